import Testing
@testable import Dateline

/// The canonical printer: exact output for typical trees, and parse → print → parse giving
/// the same tree for every grammar example, with printing idempotent.
@Suite struct PrinterTests {
    static let cases: [(String, String)] = [
        ("statements   WHERE topic=cyber", "statements where topic = cyber"),
        ("articles order by date asc limit 3", "articles | order by date | limit 3"),
        ("statements|count by country,speaker top 3 per country", "statements | count by country, speaker top 3 per country"),
        ("articles where a = 1 and b = 2 and c = 3", "articles where a = 1 and b = 2 and c = 3"),
        ("articles where (a = 1 and b = 2) and c = 3", "articles where (a = 1 and b = 2) and c = 3"),
        ("articles where a = 1 and (b = 2 and c = 3)", "articles where a = 1 and b = 2 and c = 3"),
        ("articles where (a = 1 or b = 2) and c = 3", "articles where (a = 1 or b = 2) and c = 3"),
        ("articles where a = 1 or (b = 2 and c = 3)", "articles where a = 1 or b = 2 and c = 3"),
        ("articles where not (a = 1)", "articles where not a = 1"),
        ("articles where not (a = 1 or b = 2)", "articles where not (a = 1 or b = 2)"),
        ("articles where not (a in (x, y))", "articles where a not in (x, y)"),
        ("articles where not a is null", "articles where not a is null"),
        ("articles where date >= 2014.0 and n < 1.50", "articles where date >= 2014 and n < 1.5"),
        ("articles where date = 2014-1-5", "articles where date = 2014-01-05"),
        (#"articles where t = "a\u{41}\"\\ b\/""#, #"articles where t = "aA\"\\ b/""#),
        (#"articles where t matches /a\/b\d/i"#, #"articles where t matches /(?i)a\/b\d/"#),
        ("let x = articles where language = fr", "let x = articles where language = fr"),
        ("explain x | count", "explain x | count"),
        ("articles where c = $country", "articles where c = $country"),
        ("articles where c = الصين", "articles where c = الصين"),
    ]

    @Test(arguments: cases)
    func printsCanonically(_ text: String, _ expected: String) throws {
        var parser = Parser(text)
        let statement = try #require(parser.parseScript().first)
        #expect(parser.diagnostics.isEmpty)
        #expect(statement.description == expected)
    }

    @Test(arguments: try Repository.grammarExamples())
    func roundTripsEveryExample(_ path: String) throws {
        var parser = Parser(try Repository.read(path))
        for statement in parser.parseScript() {
            let printed = statement.description
            var reparser = Parser(printed)
            let reparsed = reparser.parseScript()
            #expect(reparser.diagnostics.isEmpty, "\(printed)")
            #expect(reparsed.count == 1)
            #expect(reparsed.map(SyntaxTreeDump.dump) == [SyntaxTreeDump.dump(statement)], "\(printed)")
            #expect(reparsed.first?.description == printed)
        }
    }

    @Test func treesBuiltInCodePrintAsSource() {
        let r = SourceRange(0, 0)
        let word = Literal(.word("two words"), range: r)
        let keyword = Literal(.word("where"), range: r)
        #expect(word.description == "\"two words\"")
        #expect(keyword.description == "\"where\"")
        #expect(Literal(.string("tab\there\u{7}"), range: r).description == #""tab\there\u{7}""#)
        #expect(Literal(.number(1e-7), range: r).description == "1e-07")
        #expect(Literal(.number(1e300), range: r).description == "1e+300")
        let leftDeep = Expression.and(
            .and(.predicate(Predicate(field: FieldPath(["a"], range: r), test: .isNull, range: r)),
                 .predicate(Predicate(field: FieldPath(["b"], range: r), test: .isNull, range: r))),
            .predicate(Predicate(field: FieldPath(["c"], range: r), test: .isNull, range: r)))
        #expect(leftDeep.description == "(a is null and b is null) and c is null")
    }
}
