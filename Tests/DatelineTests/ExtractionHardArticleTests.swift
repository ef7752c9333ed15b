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
    /// Language and date of the article, when the case asserts them.
    var language: String? = nil
    var date: String? = nil
    /// (words inside the content, kind, act, countries the content is about).
    var details: [(anchor: String, kind: StatementKind, act: String, about: [String])] = []

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
        // Whole stories in the scripts without spaces and in the other languages of the
        // evaluation: page furniture, a related-links block in English after the body (its
        // countries are not the story's), later references by name, title or demonstrative,
        // "according to" before a quotation, capitals and state agencies as speakers.
        HardArticle(
            file: "zh-strait.txt", title: "中国与越南就南海渔业问题举行磋商",
            countries: ["CN", "VN", "KR"], absentCountries: ["JP"], people: [], absentPeople: [],
            statements: [
                ("中国外交部发言人林建", "CN", "中越双方同意尽快重启海上渔业联合工作组"),
                ("林建", "CN", "妥善管控分歧"),
                ("该发言人", "CN", "北京方面不接受任何单方面的划界主张"),
                ("越南外交部发言人范秋姮", "VN", "始终主张通过对话解决争议"),
            ],
            language: "zh", date: "2026-03-14",
            details: [("妥善管控分歧", .direct, "say", ["VN"]), ("北京方面不接受", .reported, "say", ["CN"])]),
        HardArticle(
            file: "zh-tw-trade.txt", title: "台灣與菲律賓簽署農業合作備忘錄",
            countries: ["TW", "PH", "CN"], absentCountries: ["JP"], people: [], absentPeople: [],
            statements: [
                ("外交部發言人蕭光偉", "TW", "這是雙邊關係的重要里程碑"),
                ("蕭光偉", "TW", "馬尼拉方面也希望在漁業領域加強合作"),
                ("菲律賓駐台代表", "PH", "菲方願與台灣深化經貿往來"),
            ],
            language: "zh", date: "2026-07-09",
            details: [("這是雙邊關係", .direct, "say", []), ("菲方願與台灣", .reported, "say", ["PH", "TW"])]),
        HardArticle(
            file: "ko-missile.txt", title: "북한, 미사일 발사 비판에 \"자위권 행사\" 반박",
            countries: ["KP", "KR", "US"], absentCountries: ["JP"], people: [], absentPeople: [],
            statements: [
                ("북한", "KP", "침략 전쟁 연습"),
                ("북한 외무성 대변인", "KP", "정당한 자위권 행사"),
                ("대변인", "KP", "미국이 긴장을 고조시키고 있다"),
                ("구병삼 대변인", "KR", "북한의 주장은 받아들일 수 없다"),
                ("구 대변인", "KR", "대화의 문을 열어두고 있다"),
            ],
            language: "ko", date: "2026-04-02",
            details: [("정당한 자위권 행사", .direct, "say", []), ("미국이 긴장을", .reported, "say", ["US"]), ("침략 전쟁 연습", .direct, "accuse", [])]),
        HardArticle(
            file: "ja-trade.txt", title: "日本とオーストラリア、重要鉱物の供給で合意",
            countries: ["JP", "AU", "CN", "IN"], absentCountries: ["KR"], people: [], absentPeople: [],
            statements: [
                ("林芳正官房長官", "JP", "経済安全保障の観点から極めて重要だ"),
                ("同長官", "JP", "中国への依存を減らす必要がある"),
                ("ウォン外相", "AU", "両国の関係は新たな段階に入った"),
                ("キャンベラ", "AU", "インドとの協力も検討している"),
            ],
            language: "ja", date: "2026-05-20",
            details: [("中国への依存", .reported, "say", ["CN"]), ("両国の関係は", .direct, "say", [])]),
        HardArticle(
            file: "es-border.txt", title: "Colombia y Venezuela reabren un paso fronterizo clave",
            countries: ["CO", "VE"], absentCountries: ["BR", "ES"], people: ["Luis Gilberto Murillo", "Yván Gil"], absentPeople: ["María López", "Mauricio Dueñas"],
            statements: [
                ("el canciller colombiano", "CO", "Es un día histórico"),
                ("Murillo", "CO", "el comercio bilateral podría duplicarse"),
                ("Caracas", "VE", "mantendrá los controles sanitarios"),
                ("el ministro venezolano de Exteriores", "VE", "la frontera nunca debió cerrarse"),
            ],
            language: "es",
            details: [("Es un día histórico", .direct, "say", []), ("mantendrá los controles", .reported, "say", [])]),
        HardArticle(
            file: "id-haze.txt", title: "Indonesia dan Malaysia sepakat atasi kabut asap lintas batas",
            countries: ["ID", "MY", "SG"], absentCountries: ["TH"], people: ["Retno Marsudi"], absentPeople: ["Rony Muharrman"],
            statements: [
                ("Retno Marsudi", "ID", "akan membentuk satuan tugas bersama"),
                ("Retno", "ID", "Kami tidak ingin warga kedua negara"),
                ("Kuala Lumpur", "MY", "siap mengirim tim pemadam"),
                ("juru bicara Kementerian Luar Negeri Malaysia", "MY", "Singapura juga akan diundang"),
            ],
            language: "id",
            details: [("Kami tidak ingin", .direct, "say", []), ("Singapura juga akan", .reported, "report", ["SG"])]),
        HardArticle(
            file: "pt-lisbon.txt", title: "Portugal e Angola assinam acordo sobre dívida",
            countries: ["PT", "AO", "BR", "CN"], absentCountries: ["ES", "MA", "ME"], people: ["Téte António", "Luís Montenegro"], absentPeople: ["Relações Exteriores", "Ana Ribeiro"],
            statements: [
                ("o primeiro-ministro português", "PT", "abre uma nova fase"),
                ("O governante", "PT", "vai apoiar projetos de energia"),
                ("Téte António", "AO", "o Brasil também foi convidado"),
                ("ele", "AO", "a China continua a ser o maior credor"),
            ],
            language: "pt", date: "2026-03-12",
            details: [("abre uma nova fase", .direct, "say", []), ("o Brasil também", .reported, "say", ["BR"])]),
        HardArticle(
            file: "ar-gulf.txt", title: "قطر وتركيا توقعان اتفاقية للتعاون الدفاعي",
            countries: ["QA", "TR", "KW", "IR"], absentCountries: ["SA"], people: ["محمد الخليفي"], absentPeople: [],
            statements: [
                ("وزير الخارجية القطري", "QA", "الاتفاقية تعزز الاستقرار في المنطقة"),
                ("الخليفي", "QA", "تعزيز العلاقات مع الكويت"),
                ("أنقرة", "TR", "لا تستهدف أي دولة أخرى"),
                ("إيران", "IR", "أبدت قلقها من هذه الخطوة"),
            ],
            language: "ar",
            details: [("تعزز الاستقرار", .direct, "say", []), ("لا تستهدف", .reported, "say", []), ("أبدت قلقها", .reported, "deny", [])]),
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
        if let language = c.language { #expect(model.article.language == language) }
        if let date = c.date { #expect(model.article.date == date) }
        for expected in c.details {
            let statement = try #require(model.statements.first { $0.text.contains(expected.anchor) }, "no statement holds “\(expected.anchor)”")
            #expect(statement.kind == expected.kind, "kind of “\(expected.anchor)”")
            #expect(statement.act == expected.act, "act of “\(expected.anchor)”")
            #expect(statement.about == expected.about, "about of “\(expected.anchor)”")
        }
    }
}
