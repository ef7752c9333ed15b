import Testing
@testable import Dateline

/// Panic-mode recovery: a script with several mistakes reports each once, at its line, and
/// still parses the good statements around them.
@Suite struct ParserRecoveryTests {
    /// (script, the line of each error, how many statements parse)
    static let cases: [(String, [Int], Int)] = [
        ("articles\nstatements wher x = 1\narticles", [2], 2),
        ("a where x = = 1\nb where y = = 2\nc where z = = 3", [1, 2, 3], 0),
        ("statements where (x = 1 or\n  y = = 2)\narticles", [2], 1),
        ("statements where (x = 1\narticles where y = 2", [1], 1),
        ("statements where (x = 1\nlet a = articles\na | count", [1], 2),
        ("statements where x = 1 and\n  y = = 2 and\n  z = 3\narticles", [2], 1),
        ("statements where x = 1 @ y = 2; articles; statements where = 3", [1, 1], 1),
        ("statements where x = \"open\narticles", [1], 0),
        ("articles where x = 1)\narticles where (y = 2))\narticles", [1, 2], 1),
        ("statements where x = 1\n| count\nand y = 2\narticles", [2, 3], 2),
        ("statements | count by country top\ncountries", [1], 1),
    ]

    @Test(arguments: cases)
    func reportsEachMistakeOnce(_ script: String, _ lines: [Int], _ parsed: Int) {
        var parser = Parser(script)
        let statements = parser.parseScript()
        let source = SourceText(name: "s.q", text: script)
        #expect(parser.diagnostics.map { source.location(of: $0.range.start).line } == lines,
            "\(parser.diagnostics.map { $0.rendered(in: source) }.joined())")
        #expect(statements.count == parsed)
    }

    @Test func tooManyErrorsStopWithANote() {
        var parser = Parser(String(repeating: "articles where x = = 1\n", count: 500))
        _ = parser.parseScript()
        #expect(parser.diagnostics.count == Parser.maximumDiagnostics + 1)
        #expect(parser.diagnostics.last?.code == SyntaxCode.tooManyErrors.rawValue)
    }
}
