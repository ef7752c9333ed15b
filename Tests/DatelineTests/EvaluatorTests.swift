import Foundation
import Testing
@testable import Dateline

/// Every operator, shaping stage and source over the hand-made corpus of ``EngineFixtures``.
@Suite struct EvaluatorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var query: String
        /// The column to read, and its values in order (or sorted, when `sorted`).
        var column: String
        var expected: [String]
        var sorted = true
        var testDescription: String { query }
    }

    static let cases: [Case] = [
        Case(query: "statements where country = FR", column: "article", expected: ["fr1", "fr1"]),
        Case(query: "statements where country != JP", column: "article", expected: ["ar1", "ar1", "fr1", "fr1"]),
        Case(query: "statements where country in (JP, EG)", column: "article", expected: ["ar1", "ar1", "en1", "en1"]),
        Case(query: "statements where country is null", column: "article", expected: ["id1"]),
        Case(query: "statements where country is not null and topic = trade", column: "article", expected: []),
        Case(query: "statements where about = JP", column: "article", expected: ["en1", "id1"]),
        Case(query: "statements where topic = cyber and not kind = direct", column: "article", expected: ["ar1", "en1"]),
        Case(query: "statements where (act = warn or act = condemn) and topic = cyber", column: "act", expected: ["condemn", "warn"]),
        Case(query: "statements where topic != cyber", column: "article", expected: ["ar1", "fr1", "id1"]),
        Case(query: "statements where start < 30", column: "article", expected: ["ar1", "fr1"]),
        Case(query: "statements where start between 60 and 90", column: "article", expected: ["ar1", "en1"]),
        Case(query: "statements where speaker >= M", column: "speaker", expected: ["Marie Dubois", "Marie Dubois", "Sato", "Sato", "الوزير", "الوزير"]),
        Case(query: "statements where text contains \"cyber attacks\"", column: "article", expected: ["en1"]),
        Case(query: "statements where text contains \"CYBER\"", column: "article", expected: ["en1", "fr1"]),
        Case(query: "statements where text contains \"economiques\"", column: "article", expected: ["fr1"]),
        Case(query: "statements where text contains \"الهجمات\"", column: "article", expected: ["ar1"]),
        Case(query: "statements where text contains \"les sanctions\"", column: "article", expected: ["fr1"]),
        Case(query: "statements where text contains \"sanctions les\"", column: "article", expected: []),
        Case(query: "statements where text matches /^[A-Z][a-z]+ (opposes|mendukung)/", column: "article", expected: ["en1", "id1"]),
        Case(query: "statements where speaker matches /^M/", column: "speaker", expected: ["Marie Dubois", "Marie Dubois"]),
        Case(query: "statements where article.language = ar", column: "article", expected: ["ar1", "ar1"]),
        Case(query: "statements where article = fr1 and kind = reported", column: "act", expected: ["say"]),
        Case(query: "statements where article.date < 2014-12-22", column: "article", expected: ["id1"]),
        Case(query: "statements where article.title contains \"france\"", column: "article", expected: ["fr1", "fr1"]),
        Case(query: "articles where date = 2014", column: "id", expected: ["en1", "fr1"]),
        Case(query: "articles where date = 2014-12", column: "id", expected: ["en1", "fr1"]),
        Case(query: "articles where date = 2014-12-22", column: "id", expected: ["en1"]),
        Case(query: "articles where date > 2014-12-22", column: "id", expected: ["ar1"]),
        Case(query: "articles where date >= 2014-12", column: "id", expected: ["ar1", "en1", "fr1"]),
        Case(query: "articles where date <= 2014", column: "id", expected: ["en1", "fr1", "id1"]),
        Case(query: "articles where date between 2014-06 and 2015", column: "id", expected: ["ar1", "en1", "fr1"]),
        Case(query: "articles where title is null", column: "id", expected: ["ar1"]),
        Case(query: "articles where source is not null and country = FR", column: "id", expected: ["en1", "fr1"]),
        Case(query: "articles where text contains \"perdagangan bebas\"", column: "id", expected: ["id1"]),
        Case(query: "articles where person = Budi", column: "id", expected: ["id1"]),
        Case(query: "articles where language in (fr, Arabic)", column: "id", expected: ["ar1", "fr1"]),
        Case(query: "mentions where type = country", column: "value", expected: ["JP"]),
        Case(query: "mentions where article.language = en", column: "surface", expected: ["Japan"]),
        Case(query: "countries where value = FR", column: "count", expected: ["3"]),
        Case(query: "topics where value = cyber", column: "count", expected: ["4"]),
        Case(query: "languages", column: "value", expected: ["ar", "en", "fr", "id"]),
        Case(query: "speakers where value = Sato", column: "count", expected: ["2"]),
        Case(query: "people", column: "value", expected: ["Budi", "Marie Dubois", "Sato"]),
        Case(query: "statements order by start desc limit 2 select start", column: "start", expected: ["102", "73"], sorted: false),
        Case(query: "statements order by article.date, start select article", column: "article", expected: ["id1", "fr1", "fr1", "en1", "en1", "ar1", "ar1"], sorted: false),
        Case(query: "statements | count by country", column: "country", expected: ["EG", "FR", "JP", ""], sorted: false),
        Case(query: "statements | count by country", column: "count", expected: ["2", "2", "2", "1"], sorted: false),
        Case(query: "statements where topic = cyber | count", column: "count", expected: ["4"]),
        Case(query: "statements | count by topic top 1", column: "topics", expected: ["cyber"]),
        Case(query: "statements | count by country, kind top 1 per country", column: "kind", expected: ["reported", "direct", "direct", "reported"], sorted: false),
        Case(query: "statements | count by article.language | order by article.language desc limit 1", column: "article.language", expected: ["id"], sorted: false),
        Case(query: "statements | count by country, kind top 1", column: "count", expected: ["2"]),
        Case(query: "statements | select speaker, act | count by act", column: "count", expected: ["5", "1", "1"], sorted: false),
    ]

    @Test(arguments: cases)
    func queryGivesItsRows(_ c: Case) throws {
        var session = try EngineFixtures.session()
        let result = try session.rows(c.query)
        let values = result.column(c.column)
        #expect((c.sorted ? values.sorted() : values) == (c.sorted ? c.expected.sorted() : c.expected), "\(result.columns) \(result.rows)")
    }

    @Test func aRealValueNoRowHoldsGivesAnEmptyResultWithAWarning() throws {
        var session = try EngineFixtures.session()
        let result = try session.rows("statements where country = Peru")
        #expect(result.rows.isEmpty)
        #expect(result.warnings.map(\.code) == ["absent-value"])
        #expect(result.warnings.first?.severity == .warning)
        #expect(try session.rows("statements where country = France").warnings.isEmpty)
    }

    @Test func arabicWordsAreFoundWithOrWithoutTheirProclitics() throws {
        var session = try EngineFixtures.session()
        #expect(try session.rows("statements where text contains \"والحوار\"").column("article") == ["ar1"])
        #expect(try session.rows("statements where text contains \"حوار\"").column("article") == ["ar1"])
    }

    @Test func parametersAreBoundAsValues() throws {
        var session = try EngineFixtures.session()
        let result = try session.rows("statements where country = $c and text contains $p", ["c": "France", "p": "cyberattaques"])
        #expect(result.column("article") == ["fr1"])
        // A parameter is never read as query text.
        let injected = try session.rows("statements where speaker = $s", ["s": "Sato\" or speaker = \"Budi"])
        #expect(injected.rows.isEmpty)
    }

    @Test func statementTextIsTheSpanOfTheArticle() throws {
        var session = try EngineFixtures.session()
        let result = try session.rows("statements where article = ar1")
        #expect(result.column("text") == ["مصر ترفض الهجمات الإلكترونية", "الحوار مع فرنسا مستمر"])
        let articles = try session.rows("articles where id = en1 select text")
        #expect(articles.column("text").first?.hasPrefix("TOKYO (Wire)") == true)
    }

    @Test func explainShowsStepsWithCountsAndTheEmptyingPredicate() throws {
        var session = try EngineFixtures.session()
        let plan = try session.rows("explain statements where topic = cyber and kind = direct and country = EG")
        #expect(plan.columns == ["step", "operation", "detail", "rows"])
        let details = plan.column("detail")
        // The most selective lookups run first: the broad topic lookup never runs, since the
        // result is empty after the two narrow ones.
        #expect(details.contains("country = EG"))
        #expect(!details.contains("topic = cyber"))
        #expect(details.last == "no rows are left after: \(details[details.count - 2])")
        let full = try session.rows("explain statements where text contains \"cyber\" | count by country")
        #expect(full.column("operation").contains { $0.contains("word index") })
        #expect(full.column("operation").contains("count"))
    }

    @Test func catastrophicPatternStopsWithAnError() throws {
        var session = try Session(database: Database(corpus: Corpus(models: [
            ArticleModel(article: Article(id: "x", path: "x", language: "en", text: String(repeating: "a", count: 40) + "!")),
        ])))
        session.regexTimeLimit = .milliseconds(200)
        let started = Date()
        let error = session.error("articles where text matches /^(a+)+$/")
        #expect(error?.code == "regex-timeout")
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func cancellationFlagStopsAQuery() throws {
        var session = try EngineFixtures.session()
        let flag = CancellationFlag()
        session.cancellation = flag
        flag.cancel()
        #expect(throws: QueryInterrupted.self) { try session.rows("statements where text matches /x/") }
        flag.reset()
        #expect(try session.rows("statements").rows.count == 7)
    }

    @Test func cancellingTheTaskStopsAQuery() async throws {
        let database = try Database(corpus: Corpus(models: EngineFixtures.models))
        let task = Task {
            // Wait until cancelled, then run: the query must notice and stop.
            while !Task.isCancelled { await Task.yield() }
            var session = Session(database: database)
            return try session.execute("statements where text matches /x/").count
        }
        task.cancel()
        await #expect(throws: QueryInterrupted.self) { try await task.value }
    }

    @Test func valuesOfAFieldForCompletion() throws {
        let session = try EngineFixtures.session()
        let topics = session.database.values(of: "topic", in: .statements)
        #expect(topics.first?.value == "cyber" && topics.first?.count == 4)
        #expect(session.database.values(of: "language", in: .articles).map(\.value).sorted() == ["ar", "en", "fr", "id"])
        #expect(session.database.values(of: "nonsense", in: .articles).isEmpty)
    }

    @Test func lazyResultCountsWithoutReadingRows() throws {
        var session = try EngineFixtures.session()
        let result = try session.execute("statements where topic = cyber")
        #expect(result.count == 4)
        #expect(result.row(0).values.count == result.columns.count)
    }
}
