import Foundation
import Testing
@testable import Dateline

/// One test article per supported language (Fixtures/articles/LANG.txt, written for these
/// tests), each full of the hard cases of real scraped news: furniture before the headline,
/// captions printed twice with photo credits, datelines, the language's quotation marks,
/// attribution before and after the quote, countries and offices as speakers, later
/// references, agency narration and meetings that are not statements, bylines.
struct LanguageCase: CustomTestStringConvertible, Sendable {
    struct Expected: Sendable {
        /// Part of the speaker as named.
        var speaker: String
        var country: String?
        var kind: StatementKind?
        /// Words inside the content.
        var anchor: String
    }

    var language: String
    var title: String?
    var date: String?
    var source: String?
    /// Countries the body refers to (all must be found).
    var countries: [String]
    /// Countries named only in captions, credits or furniture (none may be found).
    var absentCountries: [String]
    var statements: [Expected]
    /// Text that no statement may hold: agency narration, meetings, captions.
    var notStatements: [String]

    var testDescription: String { language }
}

@Suite struct ExtractionLanguageTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/articles")

    static let cases: [LanguageCase] = [
        LanguageCase(
            language: "en", title: "Canada warns Norway over fishing dispute", date: "2021-03-03", source: "AFP",
            countries: ["CA", "NO"], absentCountries: ["PT"],
            statements: [
                .init(speaker: "Canadian Foreign Minister Laura Pemberton", country: "CA", kind: nil, anchor: "not accept any unilateral quota"),
                .init(speaker: "Pemberton", country: "CA", kind: .direct, anchor: "our fishermen cannot wait any longer"),
                .init(speaker: "Norway", country: "NO", kind: .reported, anchor: "the accusation"),
                .init(speaker: "A spokesman for the Norwegian Ministry", country: "NO", kind: nil, anchor: "the quotas respected"),
                .init(speaker: "The spokesman", country: "NO", kind: .reported, anchor: "ready to meet Canadian officials"),
                .init(speaker: "He", country: "NO", kind: .reported, anchor: "catch data would be published"),
            ],
            notStatements: ["discussed the matter", "Fishing boats moored"]),
        LanguageCase(
            language: "fr", title: "Le Sénégal accuse le Mali de bloquer ses camions à la frontière", date: "2022-02-14", source: "AFP",
            countries: ["SN", "ML"], absentCountries: ["GN"],
            statements: [
                .init(speaker: "Le gouvernement sénégalais", country: "SN", kind: .reported, anchor: "plus de deux cents camions"),
                .init(speaker: "le ministre sénégalais des Transports", country: "SN", kind: .direct, anchor: "L'économie de toute la région"),
                .init(speaker: "Le ministère malien", country: "ML", kind: .reported, anchor: "toute entrave"),
                .init(speaker: "Le ministère malien", country: "ML", kind: nil, anchor: "les contrôles visaient"),
                .init(speaker: "Le ministère", country: "ML", kind: .reported, anchor: "restait ouvert au dialogue"),
            ],
            notStatements: ["ont discuté de la situation", "Des camions à l'arrêt"]),
        LanguageCase(
            language: "ar", title: "مصر تدعو إثيوبيا إلى اتفاق ملزم بشأن السد", date: "2023-03-15", source: nil,
            countries: ["EG", "ET"], absentCountries: ["LY"],
            statements: [
                .init(speaker: "وزير الخارجية المصري", country: "EG", kind: nil, anchor: "لن تقبل بأي إجراء أحادي"),
                .init(speaker: "الحكومة الإثيوبية", country: "ET", kind: .reported, anchor: "ملء الخزان يجري وفق جدول"),
                .init(speaker: "إثيوبيا", country: "ET", kind: .reported, anchor: "بشأن الإضرار بدول المصب"),
                .init(speaker: "الوزير", country: "EG", kind: .reported, anchor: "مستعدة لاستئناف المفاوضات"),
            ],
            notStatements: ["جولة جديدة قد تعقد", "الملف خلال اجتماع"]),
        LanguageCase(
            language: "id", title: "Malaysia Tolak Klaim Filipina atas Sabah", date: nil, source: "Bernama",
            countries: ["MY", "PH", "ID"], absentCountries: [],
            statements: [
                .init(speaker: "Pemerintah Malaysia", country: "MY", kind: .reported, anchor: "klaim Filipina atas wilayah Sabah"),
                .init(speaker: "Menteri Luar Negeri Malaysia", country: "MY", kind: .direct, anchor: "bagian sah dari Malaysia sejak 1963"),
                .init(speaker: "Kementerian Luar Negeri Filipina", country: "PH", kind: .reported, anchor: "membawa masalah itu ke forum internasional"),
                .init(speaker: "Juru bicara kementerian itu", country: "PH", kind: .reported, anchor: "tetap menginginkan penyelesaian damai"),
            ],
            notStatements: ["membahas isu tersebut", "pertemuan lanjutan belum dijadwalkan", "Nelayan di pantai"]),
        LanguageCase(
            language: "es", title: "Argentina y Chile firman un acuerdo sobre el litio", date: "2023-06-10", source: "EFE",
            countries: ["AR", "CL", "BO", "BR"], absentCountries: ["PE"],
            statements: [
                .init(speaker: "Andrés Molina", country: "CL", kind: nil, anchor: "abre una nueva etapa de cooperación"),
                .init(speaker: "la ministra argentina de Economía", country: "AR", kind: .direct, anchor: "No vamos a competir entre vecinos"),
                .init(speaker: "El Gobierno de Bolivia", country: "BO", kind: .reported, anchor: "el pacto"),
                .init(speaker: "El Gobierno de Bolivia", country: "BO", kind: .reported, anchor: "defenderá sus propios intereses"),
                .init(speaker: "Molina", country: "CL", kind: .reported, anchor: "podría unirse a la iniciativa"),
            ],
            notStatements: ["discutieron los detalles"]),
        LanguageCase(
            language: "de", title: "Polen fordert von Deutschland mehr Hilfe bei der Grenzsicherung", date: "2022-10-07", source: "dpa",
            countries: ["PL", "DE"], absentCountries: ["CZ"],
            statements: [
                .init(speaker: "Der polnische Innenminister Tomasz Nowak", country: "PL", kind: .reported, anchor: "mehr Unterstützung aus Berlin"),
                .init(speaker: "Nowak", country: "PL", kind: .direct, anchor: "die Außengrenze der ganzen Europäischen Union"),
                .init(speaker: "Die deutsche Bundesregierung", country: "DE", kind: .reported, anchor: "habe bereits Millionen Euro bereitgestellt"),
                .init(speaker: "Ein Sprecher des deutschen Auswärtigen Amtes", country: "DE", kind: .reported, anchor: "zu weiteren Gesprächen bereit"),
                .init(speaker: "der Sprecher", country: "DE", kind: .reported, anchor: "eine gemeinsame Lösung nötig"),
            ],
            notStatements: ["das Thema bereits im Sommer"]),
        LanguageCase(
            language: "ru", title: "Казахстан и Узбекистан договорились о совместном использовании воды", date: "2024-04-12", source: nil,
            countries: ["KZ", "UZ", "RU"], absentCountries: ["TJ"],
            statements: [
                .init(speaker: "Министр иностранных дел Казахстана", country: "KZ", kind: .reported, anchor: "откроет новую страницу"),
                .init(speaker: "Сарсенов", country: "KZ", kind: .direct, anchor: "Мы больше не будем спорить"),
                .init(speaker: "Узбекская сторона", country: "UZ", kind: .reported, anchor: "поставки начнутся летом"),
                .init(speaker: "министерстве иностранных дел Узбекистана", country: "UZ", kind: .reported, anchor: "вопрос обсуждался с Москвой"),
            ],
            notStatements: ["документ вступит в силу", "экологию Аральского моря"]),
        LanguageCase(
            language: "zh", title: "中国与越南就南海渔业问题举行磋商", date: "2024-03-05", source: "Xinhua",
            countries: ["CN", "VN", "JP"], absentCountries: ["PH"],
            statements: [
                .init(speaker: "中国外交部发言人", country: "CN", kind: .reported, anchor: "中方愿与越方通过友好协商"),
                .init(speaker: "他", country: "CN", kind: .direct, anchor: "双方都不希望看到局势升级"),
                .init(speaker: "越南外交部", country: "VN", kind: .reported, anchor: "船只在争议海域非法作业"),
                .init(speaker: "日本政府", country: "JP", kind: .reported, anchor: "通过对话解决争端"),
            ],
            notStatements: ["两国代表团上周讨论", "渔船停靠"]),
        LanguageCase(
            language: "ja", title: "日韓外相、輸出規制の緩和で一致", date: "2023-04-10", source: "Kyodo",
            countries: ["KR", "JP", "KP"], absentCountries: ["CN"],
            statements: [
                .init(speaker: "韓国の朴外相", country: "KR", kind: .direct, anchor: "両国の経済関係は新しい段階に入った"),
                .init(speaker: "日本の外務省", country: "JP", kind: .reported, anchor: "輸出規制の見直しを前向きに検討している"),
                .init(speaker: "外務省の報道官", country: "JP", kind: .reported, anchor: "北朝鮮の動向についても協議した"),
            ],
            notStatements: ["ソウルで会談", "次回の協議は夏に"]),
        LanguageCase(
            language: "ko", title: "한미 외교장관, 대북 제재 공조 재확인", date: "2024-02-20", source: "Yonhap",
            countries: ["KR", "US", "KP"], absentCountries: ["CN"],
            statements: [
                .init(speaker: "한국 외교부 대변인", country: "KR", kind: .direct, anchor: "북한의 도발에 단호히 대응할 것"),
                .init(speaker: "미국 국무부", country: "US", kind: .reported, anchor: "대북 제재를 계속 유지하겠다"),
                .init(speaker: "북한", country: "KP", kind: .direct, anchor: "적대 행위"),
            ],
            notStatements: ["워싱턴에서 회담", "후속 협의가 다음 달"]),
        LanguageCase(
            language: "pt", title: "Brasil e Angola assinam acordo de cooperação em energia", date: "2022-08-08", source: "Lusa",
            countries: ["BR", "AO", "PT"], absentCountries: ["MZ"],
            statements: [
                .init(speaker: "Diamantino Azevedo", country: "AO", kind: nil, anchor: "vai atrair novos investimentos"),
                .init(speaker: "o embaixador brasileiro", country: "BR", kind: .direct, anchor: "O Brasil tem a tecnologia"),
                .init(speaker: "O governo angolano", country: "AO", kind: .reported, anchor: "o acordo inclua a venda"),
                .init(speaker: "Azevedo", country: "AO", kind: .reported, anchor: "também foi convidado a participar"),
            ],
            notStatements: ["discutiram os detalhes", "Plataforma de petróleo"]),
    ]

    private func model(_ language: String) throws -> ArticleModel {
        let url = Self.fixtures.appendingPathComponent("\(language).txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        return ArticleExtractor().extract(ArticleInput(id: language, path: url.path, text: text))
    }

    @Test(arguments: cases) func articleFields(_ c: LanguageCase) throws {
        let article = try model(c.language).article
        #expect(article.language == c.language)
        #expect(article.title == c.title)
        #expect(article.date == c.date)
        if let source = c.source { #expect(article.source == source) }
        for code in c.countries { #expect(article.countries.contains(code), "missing country \(code)") }
        for code in c.absentCountries { #expect(!article.countries.contains(code), "caption-only country \(code)") }
    }

    @Test(arguments: cases) func statements(_ c: LanguageCase) throws {
        let model = try model(c.language)
        for expected in c.statements {
            let found = model.statements.filter { $0.text.contains(expected.anchor) }
            let statement = try #require(found.min { $0.text.count < $1.text.count }, "no statement holds “\(expected.anchor)”")
            #expect(statement.speaker.contains(expected.speaker) || expected.speaker.contains(statement.speaker), "speaker \(statement.speaker)")
            #expect(statement.country == expected.country, "country of “\(expected.anchor)”")
            if let kind = expected.kind { #expect(statement.kind == kind, "kind of “\(expected.anchor)”") }
        }
        #expect(model.statements.count == c.statements.count, "\(model.statements.map(\.text))")
        for text in c.notStatements {
            #expect(!model.statements.contains { $0.text.contains(text) }, "“\(text)” is not a statement")
        }
    }

    /// Every statement and mention is an exact span of the text at its scalar offsets.
    @Test(arguments: cases) func offsetsAreExactSpans(_ c: LanguageCase) throws {
        let model = try model(c.language)
        let scalars = Array(model.article.text.unicodeScalars)
        func span(_ start: Int, _ end: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        }
        for statement in model.statements { #expect(span(statement.start, statement.end) == statement.text) }
        for mention in model.mentions { #expect(span(mention.start, mention.end) == mention.surface) }
    }
}
