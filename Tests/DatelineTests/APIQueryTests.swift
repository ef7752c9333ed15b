import Dateline
import Foundation
import Testing

/// The embedding API as another Swift tool uses it (plain `import Dateline`, no
/// `@testable`): prepare, bind, run, typed and generic rows, rendering, diagnostics,
/// completeness and completion.
@Suite struct APIQueryTests {
    let database = APIFixtures.database

    @Test func preparedQueryRunsWithDifferentParameterValues() throws {
        let query = try database.prepare("statements where country = $country")
        #expect(query.parameterNames == ["country"])
        let japanese = try query.run(["country": "Japan"]).statements()
        let french = try query.run(["country": "Frankreich"]).statements()
        #expect(japanese.count == 2 && japanese.allSatisfy { $0.country == "JP" && $0.article == "en-cyber" })
        #expect(french.map(\.speakerName) == ["Claire Morel", "Claire Morel"])
        #expect(french.map(\.kind) == [.reported, .direct])
    }

    @Test func parameterValuesCannotChangeTheQuery() throws {
        let hostile = #"") or kind = direct or (country = ""#
        let bySpeaker = try database.prepare("statements where speaker_name = $who")
        #expect(try bySpeaker.run(["who": hostile]).isEmpty)
        #expect(try database.query("statements where kind = direct").count > 0)
        // As a country the same text is one value that names no country: an error, not a wider query.
        let byCountry = try database.prepare("statements where country = $country")
        let error = #expect(throws: QueryError.self) { try byCountry.run(["country": hostile]) }
        #expect(error?.diagnostics.first?.message.contains("country") == true)
        #expect(try bySpeaker.run(["who": "Kenji Sato"]).count == 1)
    }

    @Test func missingParameterIsReportedWhenRun() throws {
        let query = try database.prepare("statements where speaker_name = $who")
        let error = #expect(throws: QueryError.self) { try query.run() }
        #expect(error?.diagnostics.first?.code == "unbound-parameter")
    }

    @Test func articlesAreReadInFullFromTheIndex() throws {
        let articles = try database.query("articles where language = fr").articles()
        let article = try #require(articles.first)
        #expect(articles.count == 1)
        #expect(article.id == "fr-trade" && article.path == "memory/fr-trade")
        #expect(article.text.contains("Nos deux économies sont liées"))
        #expect(article.countries == ["FR", "ES"] && article.date == "2024-03-05")
    }

    @Test func statementsKeepTheirOffsetsIntoTheArticleText() throws {
        let text = APIFixtures.articles[0].text
        for statement in try database.query(#"statements where article = "en-cyber""#).statements() {
            let scalars = Array(text.unicodeScalars)[statement.start..<statement.end]
            #expect(String(String.UnicodeScalarView(scalars)) == statement.text)
        }
    }

    @Test func mentionsAndAggregatesAreTyped() throws {
        let mentions = try database.query(#"mentions where type = country and article = "en-cyber""#).mentions()
        #expect(mentions.contains { $0.value == "CN" && $0.type == .country })
        let byCountry = try database.query("statements count by country").aggregates()
        #expect(byCountry.first { $0.value == "JP" }?.count == 2)
        #expect(byCountry.first { $0.value == "CN" }?.count == 2)
        let countries = try database.query("countries").aggregates()
        #expect(countries.contains { $0.value == "ES" && $0.count == 1 })
    }

    @Test func typedAccessToTheWrongRowsThrows() throws {
        let counts = try database.query("statements count by country")
        #expect(throws: RowTypeMismatch.self) { try counts.statements() }
        let statements = try database.query("statements")
        #expect(throws: RowTypeMismatch.self) { try statements.articles() }
        #expect(throws: RowTypeMismatch.self) { try statements.aggregates() }
    }

    @Test func genericRowsByPositionAndName() throws {
        let rows = try database.query(#"statements where article = "fr-trade" select speaker, act"#)
        #expect(rows.columns == ["speaker", "act"])
        #expect(rows.map { $0["act"]?.text } == ["say", "say"])
        #expect(rows.first?[0] == .string("Claire Morel"))
        #expect(rows.first?["no such column"] == nil)
    }

    @Test func resultsRenderInEveryFormat() throws {
        let rows = try database.query("statements where country = Japan select speaker_name, act")
        let json = rows.rendered(as: .json)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(decoded?.count == 2)
        #expect(decoded?.first?["speaker_name"] as? String == "Japanese Foreign Minister Kenji Sato")
        #expect(rows.rendered(as: .csv).hasPrefix("speaker_name,act\r\n"))
        #expect(rows.rendered(as: .ndjson).split(separator: "\n").count == 2)
        for format in OutputFormat.allCases { #expect(!rows.rendered(as: format).isEmpty) }
    }

    @Test func syntaxErrorsComeBackAsValues() throws {
        let text = "statements where (country = China and"
        let error = #expect(throws: QueryError.self) { try database.prepare(text) }
        #expect(error?.diagnostics.isEmpty == false)
        #expect(error?.text == text)
        #expect(error?.rendered(name: "q").hasPrefix("q:1:") == true)
        #expect(QueryLanguage.syntaxDiagnostics(of: text) == error?.diagnostics)
        #expect(QueryLanguage.syntaxDiagnostics(of: "statements where country = China").isEmpty)
    }

    @Test func semanticErrorsAreFoundWhenPrepared() throws {
        let error = #expect(throws: QueryError.self) { try database.prepare("statements where contry = China") }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.code == "unknown-field")
        #expect(diagnostic.range == SourceRange(17, 23))
        #expect(throws: QueryError.self) { try database.prepare("statements; articles") }
        #expect(throws: QueryError.self) { try database.prepare("let x = statements") }
    }

    @Test func explainShowsThePlan() throws {
        let plan = try database.prepare("statements where country = $c").explain(["c": "CN"])
        #expect(plan.plan != nil)
        #expect(plan.count > 0)
    }

    @Test func completenessForContinuationPrompts() {
        #expect(QueryLanguage.isComplete("statements where country = China"))
        #expect(!QueryLanguage.isComplete("statements where"))
        #expect(!QueryLanguage.isComplete("statements where (country = China"))
        #expect(!QueryLanguage.isComplete(#"statements where text contains "open"#))
    }

    @Test func completionsAtTheCursor() {
        let text = #"statements where country = "Ja" and topic = cyber"#
        let cursor = text.range(of: #""Ja"#)!.upperBound
        let completion = database.completions(in: text, at: cursor)
        #expect(completion.replacing == #""Ja"#)
        #expect(completion.candidates.map(\.text) == [#""Japan""#])
        #expect(completion.candidates.first?.count == 2)
        let fields = database.completions(in: "statements where spe").candidates.map(\.text)
        #expect(fields.contains("speaker") && fields.contains("speaker_name"))
        let export = MetaCommandSpec(name: ".export", argument: .text, usage: ".export FILE", summary: "save the last result")
        #expect(database.completions(in: ".ex", metaCommands: [export]).candidates.map(\.text) == [".export"])
    }

    @Test func opensAFolderAndAnIndexFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-api-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for article in APIFixtures.articles {
            try article.text.write(to: folder.appendingPathComponent(article.id + ".txt"), atomically: true, encoding: .utf8)
        }
        let fromFolder = try Database.open(path: folder.path)
        #expect(fromFolder.articleCount == 3)
        let index = folder.appendingPathComponent("corpus.dlidx").path
        try Database.writeIndex(models: Corpus.load(path: folder.path).models, to: index)
        let fromIndex = try Database.open(path: index)
        let query = "statements where country = $c"
        #expect(try fromIndex.prepare(query).run(["c": "FR"]).statements() == fromFolder.prepare(query).run(["c": "FR"]).statements())
        #expect(throws: (any Error).self) { try Database.open(path: folder.appendingPathComponent("missing").path) }
    }

    /// The ten lines of the README's "Embedding" section, over the seed articles.
    @Test func readmeExampleRunsOverTheSeeds() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds").path
        let database = try Database.open(path: seeds)
        let query = try database.prepare("statements where country = $country and topic = $topic")
        let statements = try query.run(["country": "China", "topic": "cyber"]).statements()
        #expect(statements.contains { $0.speakerName == "Wang Yi" && $0.article.hasPrefix("004") })
        #expect(statements.contains { $0.article.hasPrefix("001") })
        let byCountry = try database.query("statements count by country").aggregates()
        #expect(byCountry.contains { $0.value == "CN" && $0.count >= statements.count })
        let json = try query.run(["country": "Japan", "topic": "trade"]).rendered(as: .json)
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [Any])
    }

    @Test func versionIsSemantic() {
        let parts = QueryLanguage.version.split(separator: ".")
        #expect(parts.count == 3 && parts.allSatisfy { Int($0) != nil })
    }
}

/// Articles written for the API tests, given in memory as a tool would pass them.
enum APIFixtures {
    static let articles: [ArticleInput] = [
        ArticleInput(id: "en-cyber", path: "memory/en-cyber", text: """
        Tokyo accuses hackers over ministry outage

        TOKYO, March 4, 2024 (Wire) -- Japanese Foreign Minister Kenji Sato said on Monday that Japan condemned the cyber attacks on its ministries.

        "We will defend our networks against every intrusion," Sato told reporters.

        China rejected the accusation. A Chinese foreign ministry spokesman said Beijing opposed all forms of cyber attacks.
        """),
        ArticleInput(id: "fr-trade", path: "memory/fr-trade", text: """
        Paris et Madrid relancent leurs échanges

        PARIS, 5 mars 2024 (Agence) -- La ministre française du Commerce, Claire Morel, a déclaré mardi que la France voulait doubler ses exportations vers l'Espagne.

        « Nos deux économies sont liées », a-t-elle ajouté devant la presse.
        """),
        ArticleInput(id: "en-harbour", path: "memory/en-harbour", text: """
        Harbour talks resume

        PORT ARDEN, June 2, 2024 (Wire) -- Negotiators met again on Tuesday.

        "The northern harbour will stay open to every fleet," Ilse Varga said after the meeting.

        "The glorbware campaign against our offices must stop," Varga said.

        "We are ready for a long winter," Varga harrumphed.

        Officials in Zembla welcomed the outcome.
        """),
    ]

    static let database: Database = try! Database(articles: articles)
}
