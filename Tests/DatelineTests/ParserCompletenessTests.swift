import Testing
@testable import Dateline

/// `isCompleteInput`: what keeps the REPL asking for another line.
@Suite struct ParserCompletenessTests {
    static let completeInputs = [
        "", "   ", "# only a comment", "articles", "statements where topic = cyber",
        "statements where topic = cyber -- and", "statements where topic = cyber # or",
        "statements | count", "statements | order by count desc", "statements where x is null",
        "articles where (a = 1))", "articles where a = 1;", "articles where x matches /a(/",
        "articles where t = \"closed\"", "articles where a = 1\n", "articles @",
    ]
    static let incompleteInputs = [
        "statements where", "statements where topic =", "statements where topic = cyber and",
        "statements where topic = cyber or\n", "statements where (topic = cyber",
        "statements where (topic = cyber\n or topic = trade", "statements where t = \"open",
        "statements where t = \"open\nstill open", "statements where t matches /open",
        "statements |", "statements | count by", "statements | count by country,",
        "statements order", "articles | limit", "let x =", "explain", "statements where not",
        "statements where x in (a,", "statements where x between 1 and", "statements where x is",
        "statements where topic = cyber and -- a comment", "statements where topic = cyber and # more\n",
        "statements | count by country top", "statements | count by a top 3 per", "articles where article.",
    ]

    @Test(arguments: completeInputs)
    func complete(_ text: String) {
        #expect(isCompleteInput(text))
    }

    @Test(arguments: incompleteInputs)
    func incomplete(_ text: String) {
        #expect(!isCompleteInput(text))
    }

    /// What the REPL considers complete, the parser reads as whole statements: a complete
    /// input never leaves the parser waiting for a line that is not there.
    @Test(arguments: incompleteInputs)
    func theParserAgreesThatIncompleteInputEndsTooSoon(_ text: String) {
        var parser = Parser(text)
        _ = parser.parseScript()
        #expect(!parser.diagnostics.isEmpty)
    }
}
