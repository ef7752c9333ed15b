import Testing
@testable import Dateline

/// Semantic errors: each kind, with its place and its suggestion.
@Suite struct SemanticTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var query: String
        var code: String
        /// The source text the diagnostic must point at.
        var at: String
        /// A suggestion the message must carry, if any.
        var suggestion: String?
        var testDescription: String { query }
    }

    static let cases: [Case] = [
        Case(query: "statments", code: "unknown-source", at: "statments", suggestion: "statements"),
        Case(query: "articels where language = fr", code: "unknown-source", at: "articels", suggestion: "articles"),
        Case(query: "statements where topik = cyber", code: "unknown-field", at: "topik", suggestion: "topic"),
        Case(query: "statements where article.langage = fr", code: "unknown-field", at: "article.langage", suggestion: "article.language"),
        Case(query: "statements | count by contry", code: "unknown-field", at: "contry", suggestion: "country"),
        Case(query: "statements where topic = cybr", code: "unknown-value", at: "cybr", suggestion: "cyber"),
        Case(query: "statements where topic in (trade, sanctons)", code: "unknown-value", at: "sanctons", suggestion: "sanctions"),
        Case(query: "statements where kind = drect", code: "unknown-value", at: "drect", suggestion: "direct"),
        Case(query: "statements where act = condem", code: "unknown-value", at: "condem", suggestion: "condemn"),
        Case(query: "statements where country = Frnace", code: "unknown-value", at: "Frnace", suggestion: "France"),
        Case(query: "articles where language = Frnch", code: "unknown-value", at: "Frnch", suggestion: "French"),
        Case(query: "statements where topic < cyber", code: "operator-type", at: "topic < cyber", suggestion: nil),
        Case(query: "statements where start matches /1/", code: "operator-type", at: "start matches /1/", suggestion: nil),
        Case(query: "statements where country contains \"F\"", code: "operator-type", at: "country contains \"F\"", suggestion: nil),
        Case(query: "statements where start > many", code: "not-a-number", at: "many", suggestion: nil),
        Case(query: "articles where date = \"2014-13\"", code: "bad-date", at: "\"2014-13\"", suggestion: nil),
        Case(query: "articles where date > \"last week\"", code: "bad-date", at: "\"last week\"", suggestion: nil),
        Case(query: "statements where text matches /(unclosed/", code: "invalid-regex", at: "/(unclosed/", suggestion: nil),
        Case(query: "statements where country = $who", code: "unbound-parameter", at: "$who", suggestion: nil),
        Case(query: "statements where text contains \"...\"", code: "empty-phrase", at: "\"...\"", suggestion: nil),
        Case(query: "countries where vlue = FR", code: "unknown-field", at: "vlue", suggestion: "value"),
        Case(query: "statements | count by country | order by cuont", code: "unknown-field", at: "cuont", suggestion: "count"),
    ]

    @Test(arguments: cases)
    func errorNamesThePlaceAndSuggests(_ c: Case) throws {
        var session = try EngineFixtures.session()
        let found = session.error(c.query)
        let diagnostic = try #require(found)
        #expect(diagnostic.code == c.code, "\(diagnostic.message)")
        let utf8 = Array(c.query.utf8)
        let pointed = String(decoding: utf8[diagnostic.range.start..<diagnostic.range.end], as: UTF8.self)
        #expect(pointed == c.at)
        if let suggestion = c.suggestion {
            #expect(diagnostic.fixIts.first?.replacement == suggestion, "\(diagnostic)")
            #expect(diagnostic.fixIts.first?.range == diagnostic.range)
        }
    }

    @Test func everyErrorOfAQueryIsReportedOnce() throws {
        let session = try EngineFixtures.session()
        var parser = Parser("statements where topic = cybr and kind = drect and spekaer = x")
        let statement = try #require(parser.parseScript().first)
        let diagnostics = session.diagnose(statement)
        #expect(diagnostics.map(\.code).sorted() == ["unknown-field", "unknown-value", "unknown-value"])
    }

    @Test func knownValuesAreAcceptedInAnySpelling() throws {
        var session = try EngineFixtures.session()
        for query in ["statements where country = FR", "statements where country = france", "statements where country = \"France\"",
                      "statements where topic = Cyber", "statements where kind = DIRECT", "articles where language = French",
                      "articles where language = français", "articles where language = fra", "articles where lang = fr",
                      "articles where topics = \"human rights\" or topic = cyber"] {
            #expect(session.error(query) == nil, "\(query)")
        }
    }

    @Test func letNamesAreSourcesAndMisspeltOnesAreSuggested() throws {
        var session = try EngineFixtures.session()
        _ = try session.rows("let french = statements where country = FR")
        #expect(try session.rows("french where topic = cyber").rows.count == 1)
        let found = session.error("frenhc")
        let diagnostic = try #require(found)
        #expect(diagnostic.fixIts.map(\.replacement) == ["french"])
        #expect(session.error("let articles = statements")?.code == "reserved-name")
    }
}

/// The checks behind `Golden/semantic`: a script's syntax errors, else each statement's
/// semantic errors over the ``EngineFixtures`` corpus, running the statements that have
/// none (so that `let` names are bound for the ones after).
enum SemanticGolden {
    static func diagnostics(_ text: String) throws -> [Diagnostic] {
        var parser = Parser(text)
        let statements = parser.parseScript()
        if !parser.diagnostics.isEmpty { return parser.diagnostics }
        var session = try EngineFixtures.session()
        var found: [Diagnostic] = []
        for statement in statements {
            let problems = session.diagnose(statement)
            found += problems
            if problems.isEmpty {
                do { _ = try session.run(statement) } catch let diagnostic as Diagnostic { found.append(diagnostic) }
            }
        }
        return found
    }
}
