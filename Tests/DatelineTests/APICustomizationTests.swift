import Dateline
import Testing

/// The extension points of ``Vocabulary``: each addition changes extraction (and, for
/// country aliases, queries) of the database it is given to, and of no other.
@Suite struct APICustomizationTests {
    static let harbour = APIFixtures.articles.filter { $0.id == "en-harbour" }

    static func database(_ vocabulary: Vocabulary) throws -> Database {
        try Database(articles: harbour, vocabulary: vocabulary)
    }

    @Test func countryAliasIsRecognisedInTextAndInQueries() throws {
        var vocabulary = Vocabulary()
        try vocabulary.addCountryAlias("Zembla", country: "NO")
        let customised = try Self.database(vocabulary)
        #expect(try customised.query("articles").articles().first?.countries == ["NO"])
        #expect(try customised.query(#"articles where country = "Zembla""#).count == 1)
        #expect(try customised.query("articles where country = $c", ["c": "Zembla"]).count == 1)
        #expect(try customised.query("articles where country = Norway").count == 1)

        let plain = try Self.database(Vocabulary())
        #expect(try plain.query("articles").articles().first?.countries == [])
        #expect(throws: QueryError.self) { try plain.query(#"articles where country = "Zembla""#) }
    }

    @Test func aliasOfOneLanguageIsReadInItsArticlesOnlyButInEveryQuery() throws {
        var vocabulary = Vocabulary()
        try vocabulary.addCountryAlias("Zembla", country: "NO", language: "fr")
        let database = try Self.database(vocabulary)
        #expect(try database.query("articles").articles().first?.countries == [])
        #expect(try database.query(#"articles where country = "zembla""#).count == 0)
        var english = Vocabulary()
        try english.addCountryAlias("Zembla", country: "NO", language: "en")
        #expect(try Self.database(english).query("articles where country = Zembla").count == 1)
    }

    @Test func databasesWithDifferentVocabulariesAreBuiltAtOnce() async throws {
        let results = try await withThrowingTaskGroup(of: (String, [String]).self) { group in
            for code in ["NO", "SE", "FI", "DK"] {
                group.addTask {
                    var vocabulary = Vocabulary()
                    try vocabulary.addCountryAlias("Zembla", country: code)
                    let articles = (0..<8).map { ArticleInput(id: "h\($0)", path: "h\($0)", text: Self.harbour[0].text) }
                    let database = try Database(articles: articles, vocabulary: vocabulary)
                    return (code, try database.query("articles").articles().flatMap(\.countries))
                }
            }
            var results: [String: [String]] = [:]
            for try await (code, countries) in group { results[code] = countries }
            return results
        }
        for (code, countries) in results { #expect(countries == Array(repeating: code, count: 8)) }
    }

    @Test func personWithACountryGivesItToTheirStatements() throws {
        let query = #"statements where speaker_name = "Ilse Varga""#
        let before = try Self.database(Vocabulary()).query(query).statements()
        #expect(!before.isEmpty && before.allSatisfy { $0.country == nil })

        var vocabulary = Vocabulary()
        try vocabulary.addPerson("Ilse Varga", country: "Malta")
        let after = try Self.database(vocabulary).query(query).statements()
        #expect(after.count == before.count && after.allSatisfy { $0.country == "MT" })
    }

    @Test func topicKeywordsTagStatements() throws {
        let query = #"statements where text contains "glorbware""#
        #expect(try Self.database(Vocabulary()).query(query).statements().first?.topics == [])

        var vocabulary = Vocabulary()
        vocabulary.addTopicKeywords(["glorb*"], to: .cyber)
        let database = try Self.database(vocabulary)
        #expect(try database.query(query).statements().first?.topics == ["cyber"])
        let cyber = try database.query("statements where topic = cyber").statements()
        #expect(cyber.contains { $0.text.contains("glorbware") })
    }

    @Test func speechVerbsProduceStatements() throws {
        let query = #"statements where text contains "long winter""#
        #expect(try Self.database(Vocabulary()).query(query).isEmpty)

        var vocabulary = Vocabulary()
        vocabulary.addSpeechVerbs(["harrumphed"], language: "en", act: "warn")
        let found = try Self.database(vocabulary).query(query).statements()
        #expect(found.map(\.text) == ["We are ready for a long winter"])
        #expect(found.first?.act == "warn" && found.first?.speakerName == "Ilse Varga")
        // Other languages' articles are not affected by an English verb.
        vocabulary = Vocabulary()
        vocabulary.addSpeechVerbs(["harrumphed"], language: "fr")
        #expect(try Self.database(vocabulary).query(query).isEmpty)
    }

    @Test func speechVerbsOfAnotherLanguage() throws {
        let article = ArticleInput(id: "fr-peche", path: "memory/fr-peche", text: """
        Les pêcheurs bretons inquiets

        BREST, 12 avril 2024 (Agence) -- La réunion s'est achevée sans accord.

        « Ces quotas sont injustes pour nos ports », a tancé Pierre Lagarde à la sortie.
        """)
        let query = #"statements where text contains "quotas sont injustes""#
        #expect(try Database(articles: [article]).query(query).isEmpty)
        var vocabulary = Vocabulary()
        vocabulary.addSpeechVerbs(["a tancé", "ont tancé"], language: "fr", act: "criticize")
        let found = try Database(articles: [article], vocabulary: vocabulary).query(query).statements()
        #expect(found.map(\.act) == ["criticize"])
        #expect(found.first?.speakerName == "Pierre Lagarde" && found.first?.kind == .direct)
    }

    @Test func extractorWithAVocabularyWorksWithoutADatabase() throws {
        var vocabulary = Vocabulary()
        try vocabulary.addPerson("Ilse Varga", country: "MT")
        let model = ArticleExtractor(vocabulary: vocabulary).extract(Self.harbour[0])
        #expect(model.statements.contains { $0.country == "MT" })
        #expect(ArticleExtractor().extract(Self.harbour[0]).statements.allSatisfy { $0.country == nil })
    }

    @Test func badAdditionsAreRefused() {
        var vocabulary = Vocabulary()
        #expect(throws: VocabularyError.self) { try vocabulary.addCountryAlias("Zembla", country: "Atlantis") }
        #expect(throws: VocabularyError.self) { try vocabulary.addCountryAlias("  ", country: "NO") }
        #expect(throws: VocabularyError.self) { try vocabulary.addPerson("Ilse Varga", country: "XX") }
        vocabulary.addTopicKeywords([" ", ""], to: .cyber)
        vocabulary.addSpeechVerbs([""], language: "en")
        #expect(vocabulary.isEmpty)
    }
}
