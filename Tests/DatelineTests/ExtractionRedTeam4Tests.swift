import Testing
@testable import Dateline

/// Session 7's red team: gaps left by session 6, then cases found by reading the models of new
/// wire stories, weighted to the languages with the fewest tests (Russian, Portuguese, Korean,
/// Japanese, Chinese, Indonesian, Arabic). Each failed before the rule it tests.
@Suite struct ExtractionRedTeam4Tests {
    static let knownGaps: [HardCase] = [
        HardCase(name: "a German subject after the verb is what a pronoun stands for", language: "de",
                 text: "Ukraine\n\nBerlin (dpa) - Am Montag traf Bundeskanzler Olaf Scholz den ukrainischen Präsidenten in Kiew. Er sagte, Deutschland werde weiter helfen.",
                 expected: [("Olaf Scholz", "DE", .reported, "Deutschland werde weiter helfen")]),
        HardCase(name: "a name before the German verb is the subject, not the person after it", language: "de",
                 text: "Union\n\nBerlin (dpa) - Friedrich Merz hat die Koalition zu mehr Tempo aufgefordert. Merz traf Olaf Scholz am Abend im Kanzleramt. Er sagte, die Union stehe bereit.",
                 expected: [("Friedrich Merz", "DE", .reported, "die Union stehe bereit")]),
        HardCase(name: "a German party's leader abroad speaks for Germany", language: "de",
                 text: "China-Reise\n\nPeking (dpa) - Der Grünen-Chef Felix Banaszak sagte am Dienstag, die Bundesregierung müsse klarer auftreten.",
                 expected: [("Felix Banaszak", "DE", .reported, "die Bundesregierung müsse klarer auftreten")]),
        HardCase(name: "a bare Korean verb after a topic is a statement", language: "ko",
                 text: "항의\n\n외교부는 일본 정부의 교과서 검정 결과에 대해 강력히 항의했다.",
                 expected: [("외교부", "KR", .reported, "교과서 검정 결과에 대해")]),
        HardCase(name: "a joint Chinese subject speaks for both states", language: "zh",
                 text: "贸易\n\n新华社北京5月12日电 中美双方在日内瓦发表联合声明，宣布大幅降低关税。",
                 expected: [("中美双方", "CN", .reported, "大幅降低关税"), ("中美双方", "US", .reported, "大幅降低关税")]),
        HardCase(name: "a Japanese continuative quotative closes the first content", language: "ja",
                 text: "尖閣\n\n林芳正官房長官は同日の記者会見で「断じて容認できない」と述べ、中国側に抗議したことを明らかにした。",
                 expected: [("林芳正官房長官", "JP", .direct, "断じて容認できない"),
                            ("林芳正官房長官", "JP", .reported, "中国側に抗議した")]),
        HardCase(name: "an Indonesian agency's head speaks for Indonesia", language: "id",
                 text: "Natuna\n\nKepala Badan Keamanan Laut (Bakamla) Laksamana Madya Irvansyah mengatakan kapal China itu telah diusir dari perairan Natuna.",
                 expected: [("Irvansyah", "ID", .reported, "kapal China itu telah diusir")]),
        HardCase(name: "a French general in apposition, then estime-t-il", language: "fr",
                 text: "Sahel\n\nPARIS, 4 mars (AFP) - Le chef d'état-major des armées, le général Thierry Burkhard, a mis en garde mardi contre une dégradation rapide de la situation au Sahel.\n\n« Les groupes armés gagnent du terrain chaque semaine », estime-t-il dans un entretien.",
                 expected: [("Thierry Burkhard", "FR", .reported, "une dégradation rapide"),
                            ("il", "FR", .direct, "Les groupes armés gagnent du terrain")]),
    ]

    /// The first round of new stories.
    static let firstRound: [HardCase] = [
        HardCase(name: "Russian: the sentence before Об этом заявил is the content", language: "ru",
                 text: "Лавров\n\nМОСКВА, 14 апреля. /ТАСС/. Россия не согласится на прекращение огня на условиях Запада. Об этом заявил в понедельник министр иностранных дел РФ Сергей Лавров на пресс-конференции в Анкаре.",
                 expected: [("Сергей Лавров", "RU", .reported, "Россия не согласится на прекращение огня")]),
        HardCase(name: "Russian: an addressee after the verb is no part of the speaker", language: "ru",
                 text: "Песков\n\nКак заявил журналистам пресс-секретарь президента РФ Дмитрий Песков, переговоры с Киевом пока не дали результатов.",
                 expected: [("пресс-секретарь президента РФ Дмитрий Песков", "RU", .reported, "переговоры с Киевом")]),
        HardCase(name: "Korean: criticising and then warning, and the ministry's spokesman", language: "ko",
                 text: "반발\n\n(서울=연합뉴스) 김민수 기자 = 북한 외무성은 16일 한미 연합연습을 \"북침 전쟁 연습\"이라고 비난하며 강력한 대응을 예고했다.\n\n외무성 대변인은 담화에서 \"미국의 군사적 도발은 반드시 대가를 치를 것\"이라고 밝혔다.",
                 expected: [("북한 외무성", "KP", .direct, "북침 전쟁 연습"),
                            ("외무성 대변인", "KP", .direct, "반드시 대가를 치를 것")]),
        HardCase(name: "Korean: a foreign surname and title, and a repeated claim", language: "ko",
                 text: "회담\n\n(도쿄=연합뉴스) 조현 외교부 장관은 20일 도쿄에서 이와야 다케시 일본 외무상과 회담했다.\n\n이와야 외무상은 한국과의 협력이 매우 중요하다고 말했다.\n\n일본 정부는 독도가 일본 고유의 영토라는 주장을 되풀이했다.",
                 expected: [("이와야 외무상", "JP", .reported, "한국과의 협력이 매우 중요하다"),
                            ("일본 정부", "JP", .reported, "독도가 일본 고유의 영토")]),
        HardCase(name: "Korean: expressing regret", language: "ko",
                 text: "유감\n\n외교부는 25일 일본 정부의 역사 왜곡 교과서 검정 통과에 대해 강한 유감을 표명했다.",
                 expected: [("외교부", "KR", .reported, "역사 왜곡 교과서 검정 통과")]),
        HardCase(name: "Portuguese: a vice-president speaks for the dateline's state", language: "pt",
                 text: "Tarifas\n\nBRASÍLIA, 10 de julho de 2025 (Reuters) - O vice-presidente Geraldo Alckmin disse que o governo pretende negociar antes de retaliar.",
                 expected: [("Geraldo Alckmin", "BR", .reported, "o governo pretende negociar")]),
        HardCase(name: "Japanese: also and a comma close the speaker before a later topic", language: "ja",
                 text: "ミサイル\n\n韓国軍合同参謀本部も、ミサイルは約800キロ飛行したと発表した。",
                 expected: [("韓国軍合同参謀本部", "KR", .reported, "約800キロ飛行した")]),
        HardCase(name: "Arabic: the statement speaks for the ministry before it; today is no content", language: "ar",
                 text: "غزة\n\nالكويت - 16 - 1 (كونا) -- رحبت دولة الكويت اليوم الخميس بإعلان التوصل إلى اتفاق لوقف إطلاق النار في قطاع غزة.\n\nوأعربت وزارة الخارجية في بيان عن أملها في أن يمهد الاتفاق الطريق لسلام عادل.\n\nوأشاد البيان بالجهود التي بذلتها قطر ومصر والولايات المتحدة.",
                 expected: [("دولة الكويت", "KW", .reported, "بإعلان التوصل إلى اتفاق"),
                            ("وزارة الخارجية", "KW", .reported, "يمهد الاتفاق الطريق"),
                            ("البيان", "KW", .reported, "بالجهود التي بذلتها")]),
    ]

    @Test(arguments: knownGaps + firstRound) func statements(_ c: HardCase) { c.check() }

    /// Contents open after a time word.
    @Test(arguments: [
        ("ar", "غزة\n\nرحبت دولة الكويت اليوم الخميس بإعلان التوصل إلى اتفاق لوقف إطلاق النار.", "بإعلان"),
    ]) func contentOpening(_ language: String, _ text: String, _ opening: String) {
        let model = ArticleExtractor().extract(ArticleInput(id: "case", path: "case", text: text, language: language))
        #expect(model.statements.count == 1)
        for statement in model.statements { #expect(statement.text.hasPrefix(opening), "content \(statement.text)") }
    }

    /// An organisation's name is no person.
    @Test func organisationsAreNoPeople() {
        let text = "Tarifas\n\nO presidente Luiz Inácio Lula da Silva afirmou que o Brasil vai recorrer à Organização Mundial do Comércio."
        let model = ArticleExtractor().extract(ArticleInput(id: "case", path: "case", text: text, language: "pt"))
        #expect(!model.article.people.contains { $0.hasPrefix("Organização") })
    }
}
