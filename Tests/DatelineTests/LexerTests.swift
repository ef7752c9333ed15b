import Testing
@testable import Dateline

/// Table-driven lexer cases: text → tokens, written compactly (see ``describe(_:)``).
@Suite struct LexerTests {
    static func describe(_ kind: Token.Kind) -> String {
        switch kind {
        case .word(let w): return "word:\(w)"
        case .keyword(let k): return k.rawValue
        case .string(let s): return "string:\(s)"
        case .number(let n): return "number:\(n)"
        case .date(let d): return "date:\(d)"
        case .parameter(let p): return "$\(p)"
        case .regex(let r): return "regex:\(r)"
        case .comparison(let c): return c.rawValue
        case .symbol(let s): return s.rawValue
        case .newline: return "NL"
        case .end: return "END"
        case .invalid(let d): return "invalid:\(d.code)"
        }
    }

    static func lex(_ text: String) -> String {
        var lexer = Lexer(text)
        return lexer.tokenize().map { describe($0.kind) }.joined(separator: " ")
    }

    static let cases: [(String, String)] = [
        ("", "END"),
        ("   \t\r ", "END"),
        ("where WHERE Where", "where where where END"),
        ("statements where topic = cyber", "word:statements where word:topic = word:cyber END"),
        ("a.b", "word:a . word:b END"),
        ("= != < <= > >= ( ) , | ; .", "= != < <= > >= ( ) , | ; . END"),
        ("a=b", "word:a = word:b END"),
        ("a<=b!=c", "word:a <= word:b != word:c END"),
        ("الصين 中国 Chine français", "word:الصين word:中国 word:Chine word:français END"),
        ("كَتَبَ", "word:كَتَبَ END"),
        ("al-Sisi a-b- x--y", "word:al-Sisi word:a-b invalid:unexpected-character word:x END"),
        ("\u{3000}中国\u{00A0}x", "word:中国 word:x END"),
        ("42 -7 3.25 1e3 2.5E-2", "number:42.0 number:-7.0 number:3.25 number:1000.0 number:0.025 END"),
        ("2014", "number:2014.0 END"),
        ("2014-12 2014-12-22 2014-2-9", "date:2014-12 date:2014-12-22 date:2014-02-09 END"),
        ("2016-02-29", "date:2016-02-29 END"),
        ("2015-02-29", "invalid:invalid-date END"),
        ("2014-13", "invalid:invalid-date END"),
        ("12-2014", "invalid:invalid-date END"),
        ("5G 3D", "word:5G word:3D END"),
        (#""a \"b\" \\ \/ \n\t\r \u{627}""#, "string:a \"b\" \\ / \n\t\r \u{627} END"),
        ("\"two\nlines\"", "string:two\nlines END"),
        ("\"open", "invalid:unterminated-string END"),
        (#""bad \q" x"#, "invalid:invalid-escape word:x END"),
        (#""\u{110000}""#, "invalid:invalid-escape END"),
        (#""\u{}""#, "invalid:invalid-escape END"),
        (#"/a\/b\d/ /x/im"#, #"regex:a/b\d regex:(?im)x END"#),
        ("/open", "invalid:unterminated-regex END"),
        ("/x/g", "invalid:invalid-regex-flag END"),
        ("// x", "invalid:empty-regex word:x END"),
        ("$country $ x", "$country invalid:missing-parameter-name word:x END"),
        ("a # comment\nb -- another\nc", "word:a NL word:b NL word:c END"),
        ("a@b", "word:a invalid:unexpected-character word:b END"),
        ("👍🏽x", "invalid:unexpected-character word:x END"),
        ("== <> && || !", "invalid:foreign-operator invalid:foreign-operator invalid:foreign-operator invalid:foreign-operator invalid:foreign-operator END"),
        ("'China' “Chine” «x»", "invalid:misquoted-string invalid:misquoted-string invalid:misquoted-string END"),
        ("x ＝ y", "word:x invalid:unexpected-character word:y END"),
        ("99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999", "invalid:invalid-number END"),
    ]

    @Test(arguments: cases)
    func lexes(_ text: String, _ expected: String) {
        #expect(Self.lex(text) == expected)
    }

    @Test func rangesAreUTF8Offsets() {
        var lexer = Lexer("x = الصين")
        let tokens = lexer.tokenize()
        #expect(tokens.map(\.range) == [SourceRange(0, 1), SourceRange(2, 3), SourceRange(4, 14), SourceRange(14, 14)])
    }

    @Test func unterminatedStringIsReportedAtItsOpening() throws {
        var lexer = Lexer("a = \"open\nmore")
        let token = lexer.tokenize()[2]
        guard case .invalid(let diagnostic) = token.kind else { Issue.record("expected an invalid token"); return }
        #expect(diagnostic.range == SourceRange(4, 5))
        #expect(token.range == SourceRange(4, 14))
        #expect(diagnostic.notes.count == 1)
    }

    @Test func foreignOperatorsOfferTheDatelineSpelling() throws {
        var lexer = Lexer("a == b")
        guard case .invalid(let diagnostic) = lexer.tokenize()[1].kind else { Issue.record("expected an invalid token"); return }
        #expect(diagnostic.fixIts == [Diagnostic.FixIt(range: SourceRange(2, 4), replacement: "=")])
    }

    @Test func everyKeywordLexesAsItself() {
        for keyword in Keyword.allCases {
            #expect(Self.lex(keyword.rawValue.uppercased()) == "\(keyword.rawValue) END")
        }
    }
}
