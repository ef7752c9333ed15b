import Foundation
import Testing
@testable import Dateline

/// Whole wire stories written for these tests (Fixtures/hard), each packed with cases that
/// broke earlier versions: breadcrumbs above the headline, country names that are people's
/// names or languages, joint forms ("North and South Korea"), "according to" in its
/// languages' forms, German separable verbs, appositive surnames, later references.
struct HardArticle: CustomTestStringConvertible, Sendable {
    var file: String
    var title: String
    var countries: [String]
    var absentCountries: [String]
    var people: [String]
    var absentPeople: [String]
    /// (part of the speaker, country, words inside the content).
    var statements: [(speaker: String, country: String?, anchor: String)]

    var testDescription: String { file }
}

@Suite struct ExtractionHardArticleTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/hard")

    static let cases: [HardArticle] = [
        HardArticle(
            file: "en-names.txt", title: "Jordan and Georgia sign border-security pact",
            countries: ["JO", "GE", "KP", "KR", "TD", "NE", "IR", "GW", "PG"], absentCountries: ["CN", "SA"],
            people: ["Ayman Haddad", "Irakli Beridze", "Debevoise"], absentPeople: ["Sarah Whitfield", "Mark Lennox", "Tom Hale"],
            statements: [
                ("Ayman Haddad", "JO", "would \"open a new chapter\""),
                ("Haddad", "JO", "North and South Korea had been invited"),
                ("Haddad", "JO", "Nobody should read this"),
                ("a waiter", nil, "guests were served roast turkey"),
                ("Irakli Beridze", "GE", "cyber security cooperation"),
                ("Beridze", "GE", "will hold joint exercises"),
                ("a lawyer for the Georgian government", "GE", "the text had been reviewed"),
                ("officials", nil, "The Chinese version of the agreement"),
            ]),
        HardArticle(
            file: "de-separable.txt", title: "Österreich weist Vorwürfe aus Ungarn zurück",
            countries: ["AT", "HU"], absentCountries: [],
            people: ["Karl Brunner", "Zoltán Kovács"], absentPeople: ["Hans Klein"],
            statements: [
                ("Das österreichische Außenministerium", "AT", "die Vorwürfe aus Budapest"),
                ("Ein Sprecher", "AT", "Wien habe alle Verpflichtungen erfüllt"),
                ("Außenminister Karl Brunner", "AT", "nächste Woche nach Budapest reisen"),
                ("Zoltán Kovács", "HU", "die Grenzkontrollen zu verschärfen"),
            ]),
        HardArticle(
            file: "ru-according.txt", title: "Грузия и Армения подписали соглашение о транзите",
            countries: ["GE", "AM", "TR"], absentCountries: [],
            people: ["Давид Гоциридзе"], absentPeople: [],
            statements: [
                ("Давид Гоциридзе", "GE", "откроет новые возможности"),
                ("его", "GE", "документ вступит в силу осенью"),
                ("он", "GE", "Мы долго шли к этому решению"),
                ("МИД Армении", "AM", "Ереван поддерживает инициативу"),
                ("армянский премьер", "AM", "Турция также может присоединиться"),
            ]),
        HardArticle(
            file: "fr-sahel.txt", title: "Le Niger rompt sa coopération militaire avec le Bénin",
            countries: ["NE", "BJ", "FR"], absentCountries: [],
            people: ["Ali Lamine Zeine", "Wilfried Houngbédji"], absentPeople: ["Issouf Sanogo"],
            statements: [
                ("Le gouvernement nigérien", "NE", "la suspension de sa coopération militaire"),
                ("Ali Lamine Zeine", "NE", "une base arrière pour déstabiliser"),
                ("Wilfried Houngbédji", "BJ", "totalement infondées"),
                ("lui", "BJ", "aucun soldat étranger"),
            ]),
    ]

    @Test(arguments: cases) func article(_ c: HardArticle) throws {
        let url = Self.folder.appendingPathComponent(c.file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let model = ArticleExtractor().extract(ArticleInput(id: c.file, path: url.path, text: text))
        #expect(model.article.title == c.title)
        for code in c.countries { #expect(model.article.countries.contains(code), "missing \(code)") }
        for code in c.absentCountries { #expect(!model.article.countries.contains(code), "wrong \(code)") }
        for name in c.people { #expect(model.article.people.contains(name), "missing person \(name)") }
        for name in c.absentPeople { #expect(!model.article.people.contains(name), "not a person of the story: \(name)") }
        #expect(model.statements.count == c.statements.count, "\(model.statements.map { "\($0.speaker): \($0.text)" })")
        for expected in c.statements {
            let statement = try #require(model.statements.first { $0.text.contains(expected.anchor) }, "no statement holds “\(expected.anchor)”")
            #expect(statement.speaker.contains(expected.speaker), "speaker \(statement.speaker)")
            #expect(statement.country == expected.country, "country of “\(expected.anchor)”")
        }
    }
}
