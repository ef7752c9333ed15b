import Testing
@testable import Dateline

/// Session 8's red team: gaps left by session 7, then cases found by reading the models of
/// new wire stories, weighted to the languages with the fewest tests. Each failed before the
/// rule it tests.
@Suite struct ExtractionRedTeam5Tests {
    static let knownGaps: [HardCase] = [
        HardCase(name: "Portuguese: two leaders speak jointly, each for his state", language: "pt",
                 text: "Putin e Xi reforçam aliança\n\nMOSCOU, 8 de maio de 2025 (AFP) - Putin e Xi Jinping afirmaram nesta quinta-feira que a parceria entre Rússia e China não é dirigida contra terceiros países.",
                 expected: [("Putin e Xi Jinping", "RU", .reported, "não é dirigida contra terceiros países"),
                            ("Putin e Xi Jinping", "CN", .reported, "não é dirigida contra terceiros países")]),
        HardCase(name: "German: a joint subject abroad is no one of the dateline's state", language: "de",
                 text: "Treffen in Astana\n\nASTANA (dpa) - Lavrov und Wang Yi erklärten am Mittwoch, die Zusammenarbeit beider Länder werde weiter vertieft.",
                 expected: [("Lavrov und Wang Yi", "RU", .reported, "die Zusammenarbeit beider Länder"),
                            ("Lavrov und Wang Yi", "CN", .reported, "die Zusammenarbeit beider Länder")]),
        HardCase(name: "English: titled members, each with his state", language: "en",
                 text: "Summit\n\nSAN FRANCISCO, Nov 15 (Reuters) - U.S. President Joe Biden and Chinese President Xi Jinping said on Wednesday they had agreed to resume military talks.",
                 expected: [("Joe Biden and Chinese President Xi Jinping", "US", .reported, "agreed to resume military talks"),
                            ("Joe Biden and Chinese President Xi Jinping", "CN", .reported, "agreed to resume military talks")]),
        HardCase(name: "English: members of one state speak once", language: "en",
                 text: "Allies meet\n\nWASHINGTON, March 3 (AP) - Secretary of State Marco Rubio and Defense Secretary Pete Hegseth said the United States would not withdraw from Europe.",
                 expected: [("Marco Rubio and Defense Secretary Pete Hegseth", "US", .reported, "would not withdraw from Europe")]),
        HardCase(name: "Arabic: a name after a title ends the sentence, then speaks by surname", language: "ar",
                 text: "محادثات في القاهرة\n\nالقاهرة (رويترز) - استقبل الرئيس المصري عبد الفتاح السيسي اليوم وزير الخارجية الأمريكي أنتوني بلينكن.\n\nوقال بلينكن إن الولايات المتحدة ملتزمة بالتوصل إلى وقف لإطلاق النار.",
                 expected: [("بلينكن", "US", .reported, "ملتزمة بالتوصل إلى وقف لإطلاق النار")]),
        HardCase(name: "Korean: a Japanese leader's name ending in 다 keeps its topic particle", language: "ko",
                 text: "한일 정상회담\n\n(도쿄=연합뉴스) 기시다는 이날 기자회견에서 한국과의 관계 개선이 중요하다고 말했다.",
                 expected: [("기시다", "JP", .reported, "한국과의 관계 개선이 중요하다")]),
        HardCase(name: "Korean: a name ending in 다 written before a title elsewhere", language: "ko",
                 text: "후쿠시마\n\n(도쿄=연합뉴스) 요시다 대변인은 오염수 방류 계획에 변함이 없다고 밝혔다.\n\n요시다는 한국 정부의 우려를 이해한다고 말했다.",
                 expected: [("요시다 대변인", nil, .reported, "오염수 방류 계획에 변함이 없다"),
                            ("요시다", nil, .reported, "한국 정부의 우려를 이해한다")]),
        HardCase(name: "German: the place of a dateline before a name is no title of it", language: "de",
                 text: "Treffen in Astana\n\nASTANA (dpa) - Wang Yi sagte am Mittwoch, China wolle die Zusammenarbeit vertiefen.",
                 expected: [("Wang Yi", "CN", .reported, "China wolle die Zusammenarbeit vertiefen")]),
    ]

    /// The first round of new stories: long wire stories with several speakers.
    static let firstRound: [HardCase] = [
        HardCase(name: "English: a relative that after the reported clause's own verb", language: "en",
                 text: "Taiwan\n\nBEIJING (Reuters) - Chinese foreign ministry spokesman Lin Jian said Taiwan was the first red line that must not be crossed.",
                 expected: [("Lin Jian", "CN", .reported, "Taiwan was the first red line")]),
        HardCase(name: "Chinese: two quotations, each with its own verb", language: "zh",
                 text: "台湾\n\n外交部发言人林剑说：“台湾问题是中美关系第一条不可逾越的红线。”他表示：“我们敦促美方停止武装台湾。”",
                 expected: [("林剑", "CN", .direct, "第一条不可逾越的红线"), ("他", "CN", .direct, "我们敦促美方停止武装台湾")]),
        HardCase(name: "Japanese: the day, the place and the addressee are narration", language: "ja",
                 text: "尖閣\n\n岩屋毅外相は4日、訪問先のシンガポールで記者団に対し、中国側に冷静な対応を求めていくと述べた。\n\n中国外務省の毛寧報道官は定例記者会見で、釣魚島は中国固有の領土だと主張した。",
                 expected: [("岩屋毅外相", "JP", .reported, "中国側に冷静な対応を"), ("毛寧報道官", "CN", .reported, "釣魚島は中国固有の領土")]),
        HardCase(name: "Spanish: a quotation she wrote", language: "es",
                 text: "Aranceles\n\nCIUDAD DE MÉXICO, 3 feb (EFE).- \"Tuvimos una buena conversación con mucho respeto a nuestra soberanía\", escribió la presidenta de México, Claudia Sheinbaum, en sus redes sociales.",
                 expected: [("la presidenta de México", "MX", .direct, "Tuvimos una buena conversación")]),
        HardCase(name: "English: the Joint Chiefs speak for the dateline's state", language: "en",
                 text: "Missile\n\nSEOUL, Jan 14 (Reuters) - The Joint Chiefs of Staff said the missile flew about 1,000 km before falling into the sea.",
                 expected: [("The Joint Chiefs of Staff", "KR", .reported, "the missile flew about 1,000 km")]),
        HardCase(name: "Russian: two titled leaders speak jointly", language: "ru",
                 text: "Переговоры\n\nНЬЮ-ДЕЛИ, 5 декабря. /ТАСС/. Президент России Владимир Путин и премьер-министр Индии Нарендра Моди заявили о намерении довести товарооборот до 100 млрд долларов.",
                 expected: [("Владимир Путин", "RU", .reported, "довести товарооборот до 100 млрд"),
                            ("Владимир Путин", "IN", .reported, "довести товарооборот до 100 млрд")]),
        HardCase(name: "Korean: the speaker after the content, then the day", language: "ko",
                 text: "추도식\n\n(서울=연합뉴스) 박수진 기자 = 정부는 24일 사도광산 추도식에 참석하지 않기로 했다고 외교부가 23일 밝혔다.",
                 expected: [("외교부", "KR", .reported, "사도광산 추도식에 참석하지 않기로")]),
        HardCase(name: "Japanese: a broadcaster's polite past", language: "ja",
                 text: "日米防衛相会談\n\n会談後の共同記者会見で、ヘグセス長官は「日本は不可欠なパートナーだ」と述べました。これに対し中谷大臣は「アメリカとの連携をさらに深めたい」と応じました。",
                 expected: [("ヘグセス長官", nil, .direct, "日本は不可欠なパートナーだ"), ("中谷大臣", "JP", .direct, "アメリカとの連携をさらに深めたい")]),
        HardCase(name: "Korean: a broadcaster's polite past", language: "ko",
                 text: "통화\n\n외교부는 한미 외교장관이 북한의 완전한 비핵화 목표를 재확인했다고 밝혔습니다.",
                 expected: [("외교부", "KR", .reported, "북한의 완전한 비핵화 목표를")]),
        HardCase(name: "Portuguese: the ministers of two states speak for both", language: "pt",
                 text: "Líbano\n\nLISBOA, 12 out 2024 (Lusa) - Os ministros dos Negócios Estrangeiros de Portugal e de Espanha apelaram hoje a um cessar-fogo imediato no Líbano.",
                 expected: [("Os ministros", "PT", .reported, "um cessar-fogo imediato no Líbano"), ("Os ministros", "ES", .reported, "um cessar-fogo imediato no Líbano")]),
        HardCase(name: "French: two titled leaders in a long joint subject, then M. and a surname", language: "fr",
                 text: "Coopération\n\nTOKYO, 7 sept 2024 (AFP) - Le Premier ministre japonais Fumio Kishida et le président sud-coréen Yoon Suk Yeol ont affirmé vendredi leur volonté de renforcer la coopération sécuritaire.\n\n« Nous devons travailler ensemble pour la paix », a déclaré M. Kishida lors d'une conférence de presse.",
                 expected: [("Fumio Kishida et le président sud-coréen Yoon Suk Yeol", "JP", .reported, "renforcer la coopération sécuritaire"),
                            ("Fumio Kishida et le président sud-coréen Yoon Suk Yeol", "KR", .reported, "renforcer la coopération sécuritaire"),
                            ("M. Kishida", "JP", .direct, "Nous devons travailler ensemble")]),
        HardCase(name: "Chinese: a quotation after a reported sentence is the same speaker's", language: "zh",
                 text: "台湾\n\n新华社北京6月12日电 外交部发言人林剑说，台湾问题是中美关系第一条不可逾越的红线。“我们敦促美方停止武装台湾，停止在台湾问题上玩火。”",
                 expected: [("林剑", "CN", .reported, "不可逾越的红线"), ("林剑", "CN", .direct, "停止在台湾问题上玩火")]),
        HardCase(name: "English: a quotation after a reported sentence", language: "en",
                 text: "Strikes\n\nKYIV (Reuters) - Ukrainian President Volodymyr Zelenskiy said Russia had launched more than 400 drones overnight. \"This is terror against civilians, and the world must respond.\"",
                 expected: [("Volodymyr Zelenskiy", "UA", .reported, "launched more than 400 drones"),
                            ("Volodymyr Zelenskiy", "UA", .direct, "This is terror against civilians")]),
    ]

    @Test(arguments: knownGaps + firstRound) func statements(_ c: HardCase) { c.check() }

    /// Places that stand for their state in the scripts without Latin names: Gaza, Ukraine's
    /// cities, North Korea's nuclear sites.
    @Test(arguments: [
        ("ja", "人道危機\n\n上川陽子外相は、ガザ地区の人道状況は極めて深刻だと述べた。", "PS"),
        ("zh", "人道危机\n\n联合国官员表示，加沙地带的人道局势极其严峻。", "PS"),
        ("ko", "인도적 위기\n\n유엔 관계자는 가자지구의 인도적 상황이 매우 심각하다고 말했다.", "PS"),
        ("ru", "Кризис\n\nПредставитель ООН заявил, что положение в секторе Газа остается крайне тяжелым.", "PS"),
        ("ko", "핵시설\n\n국가정보원은 영변 핵시설의 가동 징후가 포착됐다고 밝혔다.", "KP"),
        ("zh", "袭击\n\n据报道，哈尔科夫遭到大规模无人机袭击。", "UA"),
        ("ru", "Перемирие\n\nКАИР, 3 мая. /ТАСС/. Переговоры о прекращении огня в Газе продолжатся в среду.", "PS"),
    ] as [(String, String, String)]) func places(_ language: String, _ text: String, _ code: String) {
        let model = ArticleExtractor().extract(ArticleInput(id: "case", path: "case", text: text, language: language))
        #expect(model.article.countries.contains(code), "\(model.article.countries)")
    }

    /// People as named: a title later in a run is no part of the name; a German noun phrase
    /// is no person; a lone surname joined to a named person is one.
    @Test(arguments: [
        ("en", "Allies\n\nWASHINGTON (AP) - Secretary of State Marco Rubio and Defense Secretary Pete Hegseth met NATO ministers.", ["Marco Rubio", "Pete Hegseth"], ["Defense Secretary Pete Hegseth"]),
        ("de", "Gaza\n\nGENF (dpa) - Humanitäre Helfer warnten am Montag vor einer Hungersnot. UN-Generalsekretär António Guterres sagte, die Lage sei katastrophal.", ["António Guterres"], ["Humanitäre Helfer", "UN-Generalsekretär António Guterres"]),
        ("pt", "Aliança\n\nMOSCOU (AFP) - Putin e Xi Jinping assinaram nesta quinta-feira uma declaração conjunta.", ["Putin", "Xi Jinping"], []),
        ("en", "Hearing\n\nNEW YORK (Reuters) - The hearing was attended by John Smith, Maria Lopez and Debevoise.", ["John Smith", "Maria Lopez", "Debevoise"], []),
        ("en", "Talks\n\nJERUSALEM (Reuters) - Prime Minister Benjamin Netanyahu and Hamas traded blame on Friday. Talks between President Joe Biden and Republicans in Congress resume on Monday.", ["Benjamin Netanyahu", "Joe Biden"], ["Hamas", "Republicans"]),
    ] as [(String, String, [String], [String])]) func people(_ language: String, _ text: String, _ present: [String], _ absent: [String]) {
        let model = ArticleExtractor().extract(ArticleInput(id: "case", path: "case", text: text, language: language))
        for name in present { #expect(model.article.people.contains(name), "\(model.article.people)") }
        for name in absent { #expect(!model.article.people.contains(name), "\(model.article.people)") }
    }

    /// A Korean content opens after the day and the venue of the briefing, which are narration.
    @Test(arguments: [
        ("외교부 대변인은 25일 정례 브리핑에서 북한의 도발을 강력히 규탄한다고 말했다.", "북한의 도발을"),
        ("통일부는 지난 3일 북한이 남북 합의를 위반했다고 밝혔다.", "북한이 남북 합의를"),
        ("국방부는 이날 국회에서 북한군의 러시아 파병이 사실이라고 밝혔다.", "북한군의 러시아 파병이"),
        ("외교부는 이번 조치가 유감스럽다고 밝혔다.", "이번 조치가"),
    ]) func koreanContentsOpenAfterTheDay(_ sentence: String, _ opening: String) {
        let model = ArticleExtractor().extract(ArticleInput(id: "case", path: "case", text: "북한\n\n" + sentence, language: "ko"))
        #expect(model.statements.count == 1)
        for statement in model.statements { #expect(statement.text.hasPrefix(opening), "content \(statement.text)") }
    }

    /// Text in a Latin-script language without a profile is `und`, not the profile whose short
    /// words it shares; a name with such letters leaves a line in its own language.
    @Test(arguments: [
        ("und", "Vláda v úterý schválila návrh rozpočtu na příští rok. Ministr financí řekl, že výdaje na obranu porostou a schodek se sníží."),
        ("und", "Rada Ministrów przyjęła we wtorek projekt budżetu na przyszły rok. Minister finansów powiedział, że wydatki na obronność wzrosną."),
        ("und", "Thủ tướng Chính phủ đã tiếp Bộ trưởng Ngoại giao Nhật Bản tại Hà Nội hôm thứ Ba. Hai bên nhất trí tăng cường hợp tác kinh tế."),
        ("und", "Dışişleri Bakanı Hakan Fidan, salı günü yaptığı açıklamada Türkiye'nin bölgedeki barış çabalarını sürdüreceğini söyledi."),
        ("und", "Guvernul a aprobat marți proiectul bugetului pentru anul viitor. Ministrul finanțelor a declarat că cheltuielile vor crește."),
        ("und", "A kormány kedden elfogadta a jövő évi költségvetést. A pénzügyminiszter szerint a hiány csökkenni fog, és a bérek nőnek."),
        ("und", "Regeringen presenterade på tisdagen sin budget för nästa år. Finansministern sade att satsningarna på försvaret ökar."),
        ("und", "سخنگوی وزارت امور خارجه ایران روز دوشنبه گفت که جمهوری اسلامی ایران به مذاکرات هسته‌ای ادامه خواهد داد."),
        ("uk", "Міністр закордонних справ України заявив у вівторок, що Україна розраховує на подальшу підтримку партнерів."),
        ("it", "Il Consiglio dei ministri ha approvato ieri sera la legge di bilancio. Il ministro ha detto che le misure sosterranno le famiglie."),
        ("nl", "Het kabinet heeft dinsdag de begroting voor volgend jaar gepresenteerd. De minister zei dat de overheid meer uitgeeft aan defensie."),
        ("de", "Der türkische Präsident Recep Tayyip Erdoğan hat am Dienstag in Ankara mit dem Bundeskanzler über die Lage in Syrien gesprochen."),
        ("en", "Czech Prime Minister Andrej Babiš said on Tuesday that the government would not raise taxes before the election next year."),
    ] as [(String, String)]) func unsupportedLatinLanguagesAreUnd(_ language: String, _ text: String) {
        let identified = LanguageIdentifier.standard.identify(text)
        // (Persian and Ukrainian have codes of their own; "und" or their code, never a supported language's.)
        #expect(identified == language || (language == "und" && identified == "fa"), "\(identified)")
    }

    /// From review: "아니라는" ("that it is not") is a verb's adnominal even where "아니라"
    /// stands before a space elsewhere; NHK writes the day in full-width digits.
    @Test func reviewed() {
        let korean = ArticleExtractor().extract(ArticleInput(id: "case", path: "case", text: """
            북한\n\n북한은 대화가 아니라 압박을 택했다.\n\n핵보유국이 아니라는 북한의 주장에 대해 외교부는 인정할 수 없다고 밝혔다.
            """, language: "ko"))
        // (The clause before the topic stays in the speaker's phrase, as before: what matters is its 는.)
        #expect(korean.statements.count == 1 && korean.statements.allSatisfy { $0.speaker.hasSuffix("외교부") }, "\(korean.statements.map(\.speaker))")
        let japanese = ArticleExtractor().extract(ArticleInput(id: "case", path: "case", text: """
            会談\n\n岩屋毅外相は４日、訪問先のシンガポールで記者団に対し、日米の連携を強化する考えを示したと述べました。
            """, language: "ja"))
        #expect(japanese.statements.map(\.text) == ["日米の連携を強化する考えを示した"], "\(japanese.statements.map(\.text))")
    }
}
