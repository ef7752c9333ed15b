import Testing
@testable import Dateline

/// Short passages, one hard case each: what must become a statement (speaker, country,
/// kind, words of the content) and what must not. Written for these tests.
struct HardCase: CustomTestStringConvertible, Sendable {
    var name: String
    var language: String
    var text: String
    /// (part of the speaker, country, kind, words inside the content), in order.
    var expected: [(speaker: String, country: String?, kind: StatementKind?, anchor: String)]

    var testDescription: String { name }

    /// Extracts the text and checks its statements against `expected`, in order; no content
    /// starts with punctuation.
    func check() {
        let model = ArticleExtractor().extract(ArticleInput(id: "case", path: "case", text: text, language: language))
        let found = model.statements
        #expect(found.count == expected.count, "\(found.map { "\($0.speaker): \($0.text)" })")
        for (statement, expected) in zip(found, expected) {
            #expect(statement.speaker.contains(expected.speaker) || statement.speakerName.contains(expected.speaker), "speaker \(statement.speaker)")
            #expect(statement.country == expected.country, "country of \(statement.text)")
            if let kind = expected.kind { #expect(statement.kind == kind, "kind of \(statement.text)") }
            #expect(statement.text.contains(expected.anchor), "content \(statement.text)")
            #expect(!(statement.text.unicodeScalars.first.map(StatementFinder.edgePunctuation.contains) ?? false), "content \(statement.text)")
        }
    }
}

@Suite struct ExtractionHardCaseTests {
    static let cases: [HardCase] = [
        HardCase(name: "apposition after the name", language: "en",
                 text: "Talks stall\n\nWang Yi, China's foreign minister, said the two sides would meet again in May.",
                 expected: [("China's foreign minister", "CN", .reported, "would meet again in May")]),
        HardCase(name: "passive is not a speech act", language: "en",
                 text: "Storm nears\n\nResidents were warned to leave the coast before Friday.",
                 expected: []),
        HardCase(name: "quotation continued in the next paragraph", language: "en",
                 text: "Deal signed\n\n\"We have waited a long time for this,\" the Japanese trade minister said.\n\n\"Now the hard work begins for both countries.\"",
                 expected: [("the Japanese trade minister", "JP", .direct, "the hard work begins")]),
        HardCase(name: "agency narration is a source, not a speaker", language: "en",
                 text: "Border reopens\n\nThe crossing reopened on Tuesday after two weeks, the official Xinhua news agency reported.",
                 expected: []),
        HardCase(name: "meetings that discussed are not statements", language: "fr",
                 text: "Rencontre à Rome\n\nLes ministres italien et grec ont discuté mardi de la crise migratoire.",
                 expected: []),
        HardCase(name: "auxiliary apart from its participle", language: "fr",
                 text: "Tensions\n\nLe gouvernement marocain a par ailleurs affirmé que la frontière resterait fermée.",
                 expected: [("Le gouvernement marocain", "MA", .reported, "la frontière resterait fermée")]),
        HardCase(name: "inverted pronoun after a quotation", language: "fr",
                 text: "Crise\n\nLe ministre belge des Finances a déclaré que le budget serait revu. « Nous n'avons pas le choix », a-t-il ajouté.",
                 expected: [("Le ministre belge des Finances", "BE", .reported, "le budget serait revu"),
                            ("il", "BE", .direct, "Nous n'avons pas le choix")]),
        HardCase(name: "verb without subject continues the speaker", language: "ar",
                 text: "أزمة المياه\n\nقال وزير الخارجية العراقي إن بلاده تريد حلا عادلا.\n\nوأضاف أن المفاوضات ستستأنف الشهر المقبل.",
                 expected: [("وزير الخارجية العراقي", "IQ", .reported, "تريد حلا عادلا"),
                            ("وزير الخارجية العراقي", "IQ", .reported, "المفاوضات ستستأنف")]),
        HardCase(name: "country named right after the verb", language: "ar",
                 text: "توتر\n\nواتهمت إيران إسرائيل بتنفيذ الهجوم على المنشأة.",
                 expected: [("إيران", "IR", .reported, "بتنفيذ الهجوم على المنشأة")]),
        HardCase(name: "pro-drop verb in Spanish", language: "es",
                 text: "Acuerdo\n\nEl canciller mexicano dijo que el acuerdo es histórico. Añadió que el texto se firmará en julio.",
                 expected: [("El canciller mexicano", "MX", .reported, "el acuerdo es histórico"),
                            ("El canciller mexicano", "MX", .reported, "se firmará en julio")]),
        HardCase(name: "German perfect and inversion", language: "de",
                 text: "Streit\n\nDer französische Botschafter hat am Montag gesagt, dass Paris die Gespräche fortsetzen werde.",
                 expected: [("Der französische Botschafter", "FR", .reported, "die Gespräche fortsetzen werde")]),
        HardCase(name: "Chinese ministry without a country is China's", language: "zh",
                 text: "例行记者会\n\n外交部发言人在例行记者会上表示，中方坚决反对任何形式的网络攻击。",
                 expected: [("外交部发言人", "CN", .reported, "中方坚决反对任何形式的网络攻击")]),
        HardCase(name: "Japanese quote without a subject", language: "ja",
                 text: "会談\n\n林外相は記者団に対し「協議を続ける」と述べた。その上で「結論を急ぐ必要はない」と強調した。",
                 expected: [("林外相", "JP", .direct, "協議を続ける"), ("林外相", "JP", .direct, "結論を急ぐ必要はない")]),
        HardCase(name: "Korean reported speech", language: "ko",
                 text: "회담\n\n일본 외무성은 회담 일정을 조율하고 있다고 밝혔다.",
                 expected: [("일본 외무성", "JP", .reported, "회담 일정을 조율하고 있다")]),
        HardCase(name: "Russian quotation with dash attribution", language: "ru",
                 text: "Переговоры\n\n«Мы готовы к диалогу», — заявил министр иностранных дел Армении.",
                 expected: [("министр иностранных дел Армении", "AM", .direct, "Мы готовы к диалогу")]),
        HardCase(name: "Indonesian pronoun suffix", language: "id",
                 text: "Perdagangan\n\nMenteri Perdagangan Thailand mengatakan ekspor beras akan naik. \"Kami optimistis,\" ujarnya.",
                 expected: [("Menteri Perdagangan Thailand", "TH", .reported, "ekspor beras akan naik"),
                            ("nya", "TH", .direct, "Kami optimistis")]),
        HardCase(name: "German inverted attribution after a comma", language: "de",
                 text: "Hilfe\n\nDeutschland werde weiter helfen, sagte der deutsche Kanzler am Dienstag in Berlin.",
                 expected: [("der deutsche Kanzler", "DE", .reported, "Deutschland werde weiter helfen")]),
        HardCase(name: "a pronoun names the person introduced since the last statement", language: "en",
                 text: "Talks\n\nThe Norwegian minister said the talks were over. Swedish Prime Minister Anna Berg arrived an hour later. \"We will keep trying,\" she said.",
                 expected: [("The Norwegian minister", "NO", .reported, "the talks were over"), ("she", "SE", .direct, "We will keep trying")]),
        HardCase(name: "caption ending with a bare credit", language: "en",
                 text: "Floods hit the north\n\nRescuers search a street in Pakistan. REUTERS/Jane Roe\n\nThe Indian government said it would send aid.",
                 expected: [("The Indian government", "IN", .reported, "would send aid")]),
    ]

    @Test(arguments: cases) func statements(_ c: HardCase) { c.check() }

    @Test func captionCountriesAreNotArticleCountries() {
        let text = "Floods hit the north\n\nRescuers search a street in Pakistan. REUTERS/Jane Roe\n\nThe Indian government said it would send aid."
        let article = ArticleExtractor().extract(ArticleInput(id: "c", path: "c", text: text)).article
        #expect(article.countries == ["IN"])
    }
}
