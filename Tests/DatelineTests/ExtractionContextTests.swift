import Testing
@testable import Dateline

/// Hard cases of attribution and country context across languages, written for these tests:
/// "according to" constructions, German separable verbs, reciprocal French verbs, inverted
/// clauses that are not speakers, bylines before a Korean speaker, dates inside a Chinese
/// speaker, surnames with honorifics.
@Suite struct ExtractionContextTests {
    static let cases: [HardCase] = [
        HardCase(name: "according to, before the content", language: "en",
                 text: "Exercises planned\n\nAccording to the Georgian defence minister, the two armies will train together in spring.",
                 expected: [("the Georgian defence minister", "GE", nil, "the two armies will train together")]),
        HardCase(name: "according to, after the content", language: "en",
                 text: "Exercises planned\n\nThe two armies will train together in spring, according to the Georgian defence minister.",
                 expected: [("the Georgian defence minister", "GE", nil, "The two armies will train together")]),
        HardCase(name: "according to a document is not a statement", language: "en",
                 text: "Exports fall\n\nExports fell by a fifth last year, according to the report.",
                 expected: []),
        HardCase(name: "an inverted clause is content, not a speaker", language: "en",
                 text: "Review\n\nMorrow, a lawyer for the Irish government, said the treaty had been checked in Dublin.",
                 expected: [("a lawyer for the Irish government", "IE", .reported, "the treaty had been checked")]),
        HardCase(name: "selon before the content", language: "fr",
                 text: "Frontière\n\nSelon le ministère tunisien de l'Intérieur, plus de trois cents migrants ont été secourus.",
                 expected: [("le ministère tunisien", "TN", nil, "plus de trois cents migrants")]),
        HardCase(name: "ju before a Han speaker and its verb", language: "zh",
                 text: "演习\n\n据蒙古国防部称，两国军队将于下月举行联合演习。",
                 expected: [("蒙古国防部", "MN", nil, "两国军队将于下月举行联合演习")]),
        HardCase(name: "genju before a Han speaker, traditional script", language: "zh",
                 text: "邊境\n\n根據泰國外交部表示，邊境口岸將於週一重新開放。",
                 expected: [("泰國外交部", "TH", nil, "邊境口岸將於週一重新開放")]),
        HardCase(name: "wifqan li with the preposition on the speaker", language: "ar",
                 text: "معبر\n\nووفقا لوزارة الخارجية التونسية، فإن المعبر الحدودي سيفتح الأسبوع المقبل.",
                 expected: [("وزارة الخارجية التونسية", "TN", nil, "المعبر الحدودي سيفتح")]),
        HardCase(name: "selon an agency is a source", language: "fr",
                 text: "Frontière\n\nSelon l'agence officielle, les deux pays ont signé un accord.",
                 expected: []),
        HardCase(name: "reciprocal verb is not an accusation", language: "fr",
                 text: "Tensions\n\nLe Rwanda et le Burundi s'accusent mutuellement de soutenir des rebelles, a indiqué un diplomate belge.",
                 expected: [("un diplomate belge", "BE", .reported, "s'accusent mutuellement")]),
        HardCase(name: "según with an apposition", language: "es",
                 text: "Frontera\n\nSegún el canciller uruguayo, Tomás Rivero, el puente se abrirá en mayo.",
                 expected: [("el canciller uruguayo", "UY", nil, "el puente se abrirá en mayo")]),
        HardCase(name: "de acordo com", language: "pt",
                 text: "Acordo\n\nDe acordo com o ministro angolano da Energia, as obras começam em março.",
                 expected: [("o ministro angolano da Energia", "AO", nil, "as obras começam em março")]),
        HardCase(name: "menurut", language: "id",
                 text: "Ekspor\n\nMenurut Menteri Perdagangan Vietnam, ekspor kopi naik tajam tahun ini.",
                 expected: [("Menteri Perdagangan Vietnam", "VN", nil, "ekspor kopi naik tajam")]),
        HardCase(name: "po ego slovam continues the speaker", language: "ru",
                 text: "Транзит\n\nМинистр транспорта Армении заявил, что дорога будет открыта. По его словам, ремонт завершится осенью.",
                 expected: [("Министр транспорта Армении", "AM", .reported, "дорога будет открыта"),
                            ("его", "AM", .reported, "ремонт завершится осенью")]),
        HardCase(name: "Russian adjective of a country and a dative addressee", language: "ru",
                 text: "Газ\n\nГрузинский министр сказал журналистам, что поставки возобновятся. «Цены не изменятся», — сказал он журналистам.",
                 expected: [("Грузинский министр", "GE", .reported, "поставки возобновятся"),
                            ("он", "GE", .direct, "Цены не изменятся")]),
        HardCase(name: "German separable verb with its object between", language: "de",
                 text: "Streit\n\nDas tschechische Außenministerium wies am Dienstag die Vorwürfe aus Warschau entschieden zurück.",
                 expected: [("Das tschechische Außenministerium", "CZ", .reported, "die Vorwürfe aus Warschau")]),
        HardCase(name: "German separable verb before a clause", language: "de",
                 text: "Streit\n\nDer slowakische Regierungssprecher teilte am Abend mit, Bratislava werde die Grenze offen halten.",
                 expected: [("Der slowakische Regierungssprecher", "SK", .reported, "Bratislava werde die Grenze offen halten")]),
        HardCase(name: "German verb without its particle is not separable speech", language: "de",
                 text: "Reise\n\nDer Minister wies den Weg zum Bahnhof.",
                 expected: []),
        HardCase(name: "Chinese speaker without the day", language: "zh",
                 text: "记者会\n\n外交部发言人林剑8日在例行记者会上表示，中方欢迎各方继续对话。",
                 expected: [("外交部发言人林剑", "CN", .reported, "中方欢迎各方继续对话")]),
        HardCase(name: "Korean byline before the speaker", language: "ko",
                 text: "발사\n\n(서울=연합뉴스) 박지훈 기자 = 통일부는 대화 재개를 희망한다고 밝혔다.",
                 expected: [("통일부", "KR", .reported, "대화 재개를 희망한다")]),
        HardCase(name: "Arabic surname repeats a name given without commas", language: "ar",
                 text: "محادثات\n\nقال وزير الخارجية القطري خالد المريخي إن الوساطة مستمرة.\n\nوأكد المريخي أن الدوحة ستواصل جهودها.",
                 expected: [("وزير الخارجية القطري", "QA", .reported, "الوساطة مستمرة"), ("المريخي", "QA", .reported, "ستواصل جهودها")]),
        HardCase(name: "a definite generic noun is the last speaker", language: "pt",
                 text: "Defesa\n\nO ministro guineense da Defesa disse que o acordo prevê formação. Segundo o governante, as tropas chegam em maio.",
                 expected: [("O ministro guineense da Defesa", "GW", .reported, "o acordo prevê formação"), ("o governante", "GW", nil, "as tropas chegam em maio")]),
        HardCase(name: "a participle phrase is not the speaker", language: "en",
                 text: "Options\n\nA senior Dutch diplomat, speaking on condition of anonymity, said the talks had stalled.",
                 expected: [("A senior Dutch diplomat", "NL", .reported, "the talks had stalled")]),
        HardCase(name: "a contrastive clause holds a second statement", language: "es",
                 text: "Crisis\n\nEl presidente paraguayo calificó la medida de inaceptable, mientras que el Gobierno boliviano anunció que retirará a su embajador.",
                 expected: [("El presidente paraguayo", "PY", .reported, "la medida de inaceptable"),
                            ("el Gobierno boliviano", "BO", .reported, "retirará a su embajador")]),
        HardCase(name: "a dateline capital gives an office its country", language: "fr",
                 text: "Crise\n\nBAMAKO, 3 juin (AFP) - « Nous ne céderons pas », a affirmé le Premier ministre à la télévision.",
                 expected: [("le Premier ministre", "ML", .direct, "Nous ne céderons pas")]),
        HardCase(name: "Amman beside Jordan, and a preposition's speaker ends at the comma", language: "ar",
                 text: "الأقصى\n\nعمان (بترا) - دانت وزارة الخارجية الأردنية اليوم اقتحام باحات المسجد.\n\nوبحسب مصادر فلسطينية، شارك مئات المستوطنين في الاقتحام.",
                 expected: [("وزارة الخارجية الأردنية", "JO", .reported, "اقتحام باحات المسجد"),
                            ("مصادر فلسطينية", "PS", nil, "شارك مئات المستوطنين")]),
        HardCase(name: "a surname repeats the person named after a speaker phrase", language: "ar",
                 text: "الأقصى\n\nدانت وزارة الخارجية الأردنية اقتحام المسجد.\n\nوقال الناطق باسم الوزارة سفيان القضاة في بيان إن الانتهاكات خطيرة.\n\nوطالب القضاة المجتمع الدولي بتحمل مسؤولياته.",
                 expected: [("وزارة الخارجية الأردنية", "JO", .reported, "اقتحام المسجد"),
                            ("الناطق باسم الوزارة", "JO", .reported, "الانتهاكات خطيرة"),
                            ("القضاة", "JO", .reported, "بتحمل مسؤولياته")]),
        HardCase(name: "Japanese surname with an honorific", language: "ja",
                 text: "会見\n\n上川外相は8日、協議を続けると述べた。上川氏は「成果を期待している」と語った。",
                 expected: [("上川外相", "JP", .reported, "協議を続ける"), ("上川氏", "JP", .direct, "成果を期待している")]),
        HardCase(name: "a Japanese lead under a date and a share line", language: "ja",
                 text: "防衛省が発表\n2025年4月2日 10:12\nシェア\n【東京共同】防衛省によると、中国海軍の艦艇2隻が2日午前、沖縄県沖を通過した。\n周辺の海域は穏やかだった。",
                 expected: [("防衛省", "JP", .reported, "中国海軍の艦艇")]),
    ]

    @Test(arguments: cases) func statements(_ c: HardCase) { c.check() }

    /// (language, text, countries that must be found, countries that must not be).
    static let countryCases: [(String, String, [String], [String])] = [
        ("en", "Visit\n\nThe Chinese version of the report and an Arabic-language summary were printed in Oslo.", ["NO"], ["CN", "SA"]),
        ("en", "Visit\n\nThe memoir, written in Japanese, was launched in Seoul.", ["KR"], ["JP"]),
        ("en", "Visit\n\nThe hotel once hosted Michael Jordan and the singer Chad Brook during a tour of Spain.", ["ES"], ["JO", "TD"]),
        ("en", "Visit\n\nThe minister flew from Jordan to Chad on Monday.", ["JO", "TD"], []),
        ("en", "Visit\n\nNorth and South Korea sent athletes to the games in Paris.", ["KP", "KR", "FR"], []),
        ("fr", "Visite\n\nLes deux Corées ont envoyé des athlètes, et la version chinoise du texte est parue.", ["KP", "KR"], ["CN"]),
        ("id", "Kunjungan\n\nKedua Korea mengirim atlet, dan buku itu terbit dalam bahasa Inggris.", ["KP", "KR"], ["GB"]),
        ("ru", "Визит\n\nДелегация обеих Корей прибыла в Ереван, текст опубликован на китайском языке.", ["KP", "KR", "AM"], ["CN"]),
    ]

    /// "据…称" and "根據…表示" name the speaker between the marker and the verb: the marker is
    /// not part of the speaker.
    @Test func hanAccordingToMarkerIsNotPartOfTheSpeaker() {
        for (text, speaker) in [("演习\n\n据蒙古国防部称，两国军队将于下月举行联合演习。", "蒙古国防部"),
                                ("邊境\n\n根據泰國外交部表示，邊境口岸將於週一重新開放。", "泰國外交部")] {
            let model = ArticleExtractor().extract(ArticleInput(id: "case", path: "case", text: text, language: "zh"))
            #expect(model.statements.map(\.speaker) == [speaker])
        }
    }

    @Test func countriesInContext() {
        for (language, text, present, absent) in Self.countryCases {
            let countries = ArticleExtractor().extract(ArticleInput(id: "c", path: "c", text: text, language: language)).article.countries
            for code in present { #expect(countries.contains(code), "\(code) in \(text)") }
            for code in absent { #expect(!countries.contains(code), "no \(code) in \(text)") }
        }
    }

    @Test func breadcrumbIsNotTheTitle() {
        let text = "Startseite > Politik > Ausland\nSchweden schließt Botschaft in Minsk\n\nStockholm (dpa) - Schweden hat seine Botschaft geschlossen."
        let article = ArticleExtractor().extract(ArticleInput(id: "b", path: "b", text: text)).article
        #expect(article.title == "Schweden schließt Botschaft in Minsk")
    }

    @Test func titleCaseHeadlineWordsAreNotPeople() {
        let text = "Vietnam Akan Bantu Laos Hadapi Banjir Besar\n\nHanoi (ANTARA) - Menteri Luar Negeri Vietnam Nguyen Van Long mengatakan bantuan akan dikirim."
        let article = ArticleExtractor().extract(ArticleInput(id: "p", path: "p", text: text)).article
        #expect(article.people == ["Nguyen Van Long"])
    }

    @Test func arabicTitleBeforeAnInstitutionIsNoName() {
        let text = "محادثات\n\nونفى المتحدث باسم الخارجية الإيرانية أن تكون طهران قد قدمت أي تنازلات."
        let article = ArticleExtractor().extract(ArticleInput(id: "p", path: "p", text: text)).article
        #expect(article.people.isEmpty)
    }

    @Test func nameAfterAnInstitutionIsAPerson() {
        let text = "Protes\n\nJuru bicara Kementerian Luar Negeri Thailand Nikorndej Balankura mengatakan kapal itu melanggar batas."
        let article = ArticleExtractor().extract(ArticleInput(id: "p", path: "p", text: text)).article
        #expect(article.people == ["Nikorndej Balankura"])
    }

    @Test func ammanIsJordanWhenTheTextSpeaksOfJordan() {
        let text = "الأردن يرحب\n\nعمان (بترا) - رحب الأردن بالاتفاق."
        let article = ArticleExtractor().extract(ArticleInput(id: "a", path: "a", text: text)).article
        #expect(article.countries == ["JO"])
    }

    @Test func surnameBeforeAnAppositionIsAPerson() {
        let text = "Review\n\nMorrow, a lawyer for the Irish government, said the treaty had been checked."
        let article = ArticleExtractor().extract(ArticleInput(id: "p", path: "p", text: text)).article
        #expect(article.people.contains("Morrow"))
    }
}
