import Foundation
import Testing
@testable import Dateline

/// The one renderer of diagnostics: positions in characters, carets by display width,
/// notes and fix-its, colour only on request. (Golden/ holds whole-query outputs.)
@Suite struct DiagnosticRenderingTests {
    static func offset(of needle: String, in text: String) -> Int {
        text.utf8.distance(from: text.startIndex, to: text.range(of: needle)!.lowerBound)
    }

    @Test func columnsCountCharactersNotBytes() {
        let text = "a = الصين\nb = 中国 @\nJose\u{301} x"
        let source = SourceText(name: "t.q", text: text)
        #expect(source.location(of: Self.offset(of: "@", in: text)) == (2, 8))
        #expect(source.location(of: Self.offset(of: "x", in: text)) == (3, 6))
        #expect(source.position(of: 0) == "1:1")
        #expect(source.line(2) == "b = 中国 @")
    }

    @Test func caretUnderlinesTheSpanInDisplayCells() {
        let text = "x = 中国 and 中国"
        let start = Self.offset(of: "and 中国", in: text) + 4
        let diagnostic = Diagnostic(code: "t", message: "m", range: SourceRange(start, text.utf8.count))
        #expect(diagnostic.rendered(in: SourceText(name: "t.q", text: text)) == """
            t.q:1:12: error: m
              1 | x = 中国 and 中国
                |              ^~~~

            """)
    }

    @Test func aNoteOnAnotherLineShowsThatLine() {
        let text = "statements where (a = 1\n  or b = 2\n  c"
        let open = Self.offset(of: "(", in: text)
        let diagnostic = Diagnostic(
            code: "t", message: "expected ')'", range: SourceRange(text.utf8.count - 1, text.utf8.count),
            notes: [.init("to close '(' opened at 1:18", range: SourceRange(open, open + 1)), .init("no place")])
        #expect(diagnostic.rendered(in: SourceText(name: "t.q", text: text)) == """
            t.q:3:3: error: expected ')'
              3 |   c
                |   ^
            note: to close '(' opened at 1:18
              1 | statements where (a = 1
                |                  ^
            note: no place

            """)
    }

    @Test func aSpanOverSeveralLinesIsUnderlinedToItsFirstLineEnd() {
        let text = "a = \"two\nlines\""
        let diagnostic = Diagnostic(code: "t", message: "m", range: SourceRange(4, text.utf8.count))
        #expect(diagnostic.rendered(in: SourceText(name: "t.q", text: text)).contains("    |     ^~~~\n"))
    }

    @Test func fixItsSayWhatTheyDo() {
        let source = SourceText(name: "t.q", text: "a == b)")
        #expect(Diagnostic.describe(.init(range: SourceRange(2, 4), replacement: "="), in: source) == "did you mean `=`?")
        #expect(Diagnostic.describe(.init(range: SourceRange(6, 6), replacement: ")"), in: source) == "insert `)`")
        #expect(Diagnostic.describe(.init(range: SourceRange(6, 7), replacement: ""), in: source) == "remove `)`")
    }

    @Test func colourOnlyWhenAskedFor() {
        let source = SourceText(name: "t.q", text: "a @")
        let diagnostic = Diagnostic(code: "t", message: "m", range: SourceRange(2, 3), fixIts: [.init(range: SourceRange(2, 3), replacement: "=")])
        #expect(!diagnostic.rendered(in: source).contains("\u{1B}["))
        let coloured = diagnostic.rendered(in: source, colored: true)
        #expect(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            == diagnostic.rendered(in: source))
    }

    @Test func anErrorAtTheEndOfTheInputPointsAfterTheLastToken() throws {
        var parser = Parser("statements where\n")
        _ = parser.parseScript()
        let diagnostic = try #require(parser.diagnostics.first)
        #expect(diagnostic.range == SourceRange(16, 16))
        #expect(diagnostic.rendered(in: SourceText(name: "t.q", text: "statements where\n")).hasPrefix("t.q:1:17: error: expected a condition after 'where', found the end of the input"))
    }
}
