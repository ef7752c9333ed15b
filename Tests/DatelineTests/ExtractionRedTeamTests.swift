import Testing
@testable import Dateline

/// Cases found by writing new wire stories in each language and reading their models
/// against the guidelines (session 4's red team): each failed before the rule it tests.
@Suite struct ExtractionRedTeamTests {
    static let cases: [HardCase] = [
        HardCase(name: "\"States\" of the United States is no speech verb", language: "en",
                 text: "Cables\n\nThe United States said it would work with Australia on cable security.",
                 expected: [("The United States", "US", .reported, "it would work with Australia")]),
        HardCase(name: "a name in apposition before the verb is not a content", language: "en",
                 text: "Talks\n\nA spokesman for the South Korean Unification Ministry, Koo Byoung-sam, said Seoul remained open to dialogue.",
                 expected: [("Koo Byoung-sam", "KR", .reported, "Seoul remained open to dialogue")]),
        HardCase(name: "an aside after the verb is not the content", language: "en",
                 text: "Launch\n\nNorth Korea fired a missile into the sea on Wednesday, South Korea's military said, the latest in a string of tests this year.",
                 expected: [("South Korea's military", "KR", .reported, "North Korea fired a missile")]),
        HardCase(name: "a later that after a comma does not cut the content", language: "en",
                 text: "Cables\n\nAustralian Foreign Minister Penny Wong said Canberra would fund new cable links, adding that the region deserved better.",
                 expected: [("Penny Wong", "AU", .reported, "Canberra would fund new cable links")]),
        HardCase(name: "an appositive speaker after an institution", language: "en",
                 text: "Launch\n\nKCNA, the North's official news agency, said the launch was a routine test of a new engine.",
                 expected: [("news agency", "KP", .reported, "a routine test of a new engine")]),
        HardCase(name: "a surname that is a country's name, alone later", language: "en",
                 text: "Talks\n\nWhite House press secretary Karen Jordan said the offer of talks still stood.\n\nJordan said the president had been briefed.",
                 expected: [("Karen Jordan", "US", .reported, "the offer of talks still stood"),
                            ("Jordan", "US", .reported, "the president had been briefed")]),
        HardCase(name: "a relative clause between the speaker and the verb", language: "es",
                 text: "Aranceles\n\nCanadá, que también fue afectado, anunció que presentará una queja ante la OMC.",
                 expected: [("Canadá", "CA", .reported, "presentará una queja")]),
        HardCase(name: "la mandataria repeats the president", language: "es",
                 text: "Aranceles\n\nLa presidenta de México, Claudia Sheinbaum, rechazó los aranceles.\n\n\"No vamos a aceptar imposiciones de ningún país\", dijo la mandataria.",
                 expected: [("Claudia Sheinbaum", "MX", .reported, "los aranceles"),
                            ("la mandataria", "MX", .direct, "No vamos a aceptar imposiciones")]),
        HardCase(name: "o chanceler speaks for the dateline's state", language: "pt",
                 text: "Ataque\n\nBRASÍLIA — \"Não aceitaremos nenhuma interferência em nossas instituições\", afirmou o chanceler Mauro Vieira.",
                 expected: [("Mauro Vieira", "BR", .direct, "Não aceitaremos nenhuma interferência")]),
        HardCase(name: "pour sa part between the auxiliary and the participle", language: "fr",
                 text: "Crise\n\nLe chef de la diplomatie algérienne, Ahmed Attaf, a pour sa part jugé que la balle était dans le camp marocain.",
                 expected: [("Ahmed Attaf", "DZ", .reported, "la balle était dans le camp")]),
        HardCase(name: "Warschau speaks for Poland, die Ministerin repeats the minister", language: "de",
                 text: "Angriff\n\nDie deutsche Außenministerin Anna Berger sagte, es gebe eindeutige Belege. Die Ministerin kündigte an, Sanktionen gegen die Verantwortlichen zu prüfen.\n\nWarschau forderte eine gemeinsame Antwort der NATO.",
                 expected: [("Anna Berger", "DE", .reported, "es gebe eindeutige Belege"),
                            ("Die Ministerin", "DE", .reported, "Sanktionen gegen die Verantwortlichen"),
                            ("Warschau", "PL", .reported, "eine gemeinsame Antwort der NATO")]),
        HardCase(name: "a surname in the genitive after po slovam", language: "ru",
                 text: "Кибератаки\n\nОфициальный представитель МИД России Мария Захарова заявила, что у Москвы есть доказательства. По словам Захаровой, Москва оставляет за собой право на ответные меры.",
                 expected: [("Мария Захарова", "RU", .reported, "у Москвы есть доказательства"),
                            ("Захаровой", "RU", .reported, "оставляет за собой право")]),
        HardCase(name: "the Secretary-General of the United Nations", language: "ar",
                 text: "لبنان\n\nودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش جميع الأطراف إلى ضبط النفس.",
                 expected: [("الأمين العام للأمم المتحدة", nil, .reported, "جميع الأطراف إلى ضبط النفس")]),
        HardCase(name: "the international community is whom the speaker asks", language: "ar",
                 text: "لبنان\n\nوأكد وزير الخارجية الأردني نواف القضاة أن الأردن يقف إلى جانب لبنان.\n\nوطالب القضاة المجتمع الدولي بالتحرك العاجل لحماية المدنيين.",
                 expected: [("وزير الخارجية الأردني", "JO", .reported, "الأردن يقف إلى جانب لبنان"),
                            ("القضاة", "JO", .reported, "المجتمع الدولي بالتحرك العاجل")]),
        HardCase(name: "the unqualified ministry is Korea's after China's", language: "ko",
                 text: "훈련\n\n중국 외교부는 10일 한미 연합훈련에 대해 \"지역 긴장을 고조시키는 행위\"라고 비판했다.\n\n이에 대해 외교부 당국자는 \"훈련은 방어적 성격\"이라고 반박했다.",
                 expected: [("중국 외교부", "CN", .direct, "지역 긴장을 고조시키는 행위"),
                            ("외교부 당국자", "KR", .direct, "훈련은 방어적 성격")]),
        HardCase(name: "danwa o happyo shita and the US prefix", language: "ja",
                 text: "輸出規制\n\n米商務省は1日、中国向けの先端半導体の輸出規制を強化すると発表した。中国商務省の報道官は2日、「正常な貿易を妨げるもので、断固反対する」との談話を発表した。同報道官は、中国が必要な措置を取ったことを明らかにした。",
                 expected: [("米商務省", "US", .reported, "輸出規制を強化する"),
                            ("中国商務省の報道官", "CN", .direct, "正常な貿易を妨げる"),
                            ("同報道官", "CN", .reported, "必要な措置を取った")]),
        HardCase(name: "menyampaikan bahwa", language: "id",
                 text: "Pertahanan\n\nMenteri Pertahanan Korea Selatan Ahn Gyu-back menyampaikan bahwa kedua negara akan berbagi data peringatan rudal.",
                 expected: [("Ahn Gyu-back", "KR", .reported, "kedua negara akan berbagi data")]),
    ]

    /// The second round of stories.
    static let moreCases: [HardCase] = [
        HardCase(name: "a prefixed object after a country ends the speaker after the verb", language: "ar",
                 text: "اتفاق\n\nرحبت دولة الإمارات العربية المتحدة بالاتفاق الذي توصلت إليه السعودية وإيران.",
                 expected: [("دولة الإمارات العربية المتحدة", "AE", .reported, "بالاتفاق الذي توصلت")]),
        HardCase(name: "an honorific before an Arabic name, and Anwar is no complementizer", language: "ar",
                 text: "حوار\n\nوقال الدكتور أنور قرقاش إن \"الحوار هو الطريق الوحيد لحل الخلافات\".",
                 expected: [("أنور قرقاش", nil, .direct, "الحوار هو الطريق الوحيد")]),
        HardCase(name: "nach Angaben des: an auxiliary opens the content", language: "de",
                 text: "Taiwan\n\nNach Angaben des taiwanischen Verteidigungsministeriums wurden 20 chinesische Militärflugzeuge gesichtet.",
                 expected: [("taiwanischen Verteidigungsministeriums", "TW", .reported, "wurden 20 chinesische Militärflugzeuge")]),
        HardCase(name: "a second that-clause after and", language: "en",
                 text: "Clash\n\nIndia's foreign ministry said Pakistani troops had opened fire \"without provocation\" and that Indian forces had responded.",
                 expected: [("India's foreign ministry", "IN", .reported, "Pakistani troops had opened fire")]),
        HardCase(name: "a quotation, then a speaker in apposition", language: "en",
                 text: "Clash\n\n\"It was the Indian side that violated the ceasefire,\" Pakistan's military spokesman, Lieutenant General Ahmed Chaudhry, told a news conference.",
                 expected: [("Pakistan's military spokesman", "PK", .direct, "the Indian side that violated")]),
        HardCase(name: "an infinitive is no inverted speaker", language: "es",
                 text: "Frontera\n\nBolivia, que comparte frontera con ambos, pidió ser incluida en el acuerdo.",
                 expected: [("Bolivia", "BO", .reported, "ser incluida en el acuerdo")]),
        HardCase(name: "countries listed with commas speak together", language: "fr",
                 text: "Nucléaire\n\nParis, Londres et Berlin ont rappelé dans un communiqué commun que l'Iran devait respecter ses engagements.",
                 expected: [("Paris, Londres et Berlin", "FR", .reported, "l'Iran devait respecter"),
                            ("Paris, Londres et Berlin", "GB", .reported, "l'Iran devait respecter"),
                            ("Paris, Londres et Berlin", "DE", .reported, "l'Iran devait respecter")]),
        HardCase(name: "a porta-voz after the verb, then her name; the European chief speaks for no state", language: "pt",
                 text: "Espionagem\n\n\"Estas ações são incompatíveis com o estatuto diplomático\", afirmou a porta-voz da diplomacia russa, Maria Zakharova.\n\nO chefe da diplomacia europeia disse em Bruxelas que acompanha o caso.",
                 expected: [("a porta-voz da diplomacia russa", "RU", .direct, "Estas ações são incompatíveis"),
                            ("O chefe da diplomacia europeia", nil, .reported, "acompanha o caso")]),
        HardCase(name: "wo hyomei shita, doshō no hōdōkan and a one-character surname", language: "ja",
                 text: "輸出規制\n\n中国外務省の毛寧報道官は8日の記者会見で、日本政府が発表した輸出規制について「強烈な不満と断固たる反対」を表明した。同省の報道官は、日本側に対し「誤った行為を直ちに是正するよう求める」と述べた。毛氏はまた、中国は必要な措置を取ると強調した。",
                 expected: [("中国外務省の毛寧報道官", "CN", .direct, "強烈な不満と断固たる反対"),
                            ("同省の報道官", "CN", .direct, "誤った行為を直ちに是正する"),
                            ("毛", "CN", .reported, "必要な措置を取る")]),
        HardCase(name: "v svoyu ochered between the speaker and the verb", language: "ru",
                 text: "Переговоры\n\nГлава МИД КНР Ван И, в свою очередь, подчеркнул, что Китай выступает за политическое урегулирование.",
                 expected: [("Ван И", "CN", .reported, "Китай выступает за политическое")]),
        HardCase(name: "the one-character abbreviation of Russia", language: "zh",
                 text: "核电站\n\n俄外交部发言人扎哈罗娃表示，国际原子能机构必须作出回应。",
                 expected: [("俄外交部发言人扎哈罗娃", "RU", .reported, "国际原子能机构必须作出回应")]),
        HardCase(name: "menyebut", language: "id",
                 text: "Laut China Selatan\n\nJuru bicara Penjaga Pantai Filipina Jay Tarriela mengatakan kapal itu rusak. Tarriela menyebut insiden itu terjadi di dekat karang.",
                 expected: [("Jay Tarriela", "PH", .reported, "kapal itu rusak"),
                            ("Tarriela", "PH", .reported, "insiden itu terjadi di dekat karang")]),
    ]

    /// The third round.
    static let thirdCases: [HardCase] = [
        // (Session 5: the quoted word is no content, but the coordinated verb is a statement of the sentence's subject.)
        HardCase(name: "a verb after and continues the clause of a quoted word", language: "en",
                 text: "Expulsions\n\nBritain's Foreign Office called the move \"baseless\" and said it would respond.",
                 expected: [("Britain's Foreign Office", "GB", .reported, "it would respond")]),
        HardCase(name: "name particles in an appositive name", language: "es",
                 text: "Esequibo\n\nEl presidente de Brasil, Luiz Inácio Lula da Silva, instó a ambos países a resolver sus diferencias por la vía del diálogo.",
                 expected: [("Lula da Silva", "BR", .reported, "a resolver sus diferencias")]),
        HardCase(name: "the state before an apposition naming another", language: "fr",
                 text: "Missile\n\nPékin, principal allié de Pyongyang, a appelé toutes les parties à la retenue.",
                 expected: [("principal allié de Pyongyang", "CN", .reported, "toutes les parties à la retenue")]),
        HardCase(name: "a title's country does not reach back over a comma and a verb", language: "ru",
                 text: "Учения\n\nТОКИО, 8 апреля. /ТАСС/. Правительство Японии выразило протест Китаю в связи с учениями у Тайваня, сообщил генеральный секретарь кабинета министров Ёсимаса Хаяси.",
                 expected: [("Ёсимаса Хаяси", "JP", .reported, "Правительство Японии выразило протест")]),
    ]

    @Test(arguments: cases + moreCases + thirdCases) func statements(_ c: HardCase) { c.check() }

    /// Section names printed above the headline ("Mundo", "Politik / Ausland", "国際ニュース",
    /// "Skip to main content") are site furniture: the headline is the line after them, and
    /// it yields no statement.
    @Test(arguments: [
        ("es", "Mundo\nMéxico rechaza los aranceles de Estados Unidos\nEFE\nLa presidenta de México rechazó este jueves los aranceles anunciados por Washington.",
         "México rechaza los aranceles de Estados Unidos"),
        ("de", "Politik\nAusland\nBerlin wirft Moskau Cyberangriff auf Bundestag vor\nDie Bundesregierung hat Russland für den Angriff verantwortlich gemacht.",
         "Berlin wirft Moskau Cyberangriff auf Bundestag vor"),
        ("ja", "国際ニュース\n北朝鮮がミサイル発射　政府「断じて容認できない」\n北朝鮮は14日朝、弾道ミサイル1発を日本海に向けて発射した。",
         "北朝鮮がミサイル発射　政府「断じて容認できない」"),
        ("en", "Skip to main content\nUS accuses China of hacking island networks\nThe United States on Tuesday accused China of running a hacking campaign.",
         "US accuses China of hacking island networks"),
        ("ar", "الصفحة الرئيسية\nالكويت وبريطانيا تبحثان تعزيز التعاون\nبحث وزير الخارجية الكويتي مع نظيره البريطاني سبل تعزيز التعاون.",
         "الكويت وبريطانيا تبحثان تعزيز التعاون"),
    ]) func sectionLabelIsNotTheTitle(_ language: String, _ text: String, _ title: String) {
        let model = ArticleExtractor().extract(ArticleInput(id: "case", path: "case", text: text, language: language))
        #expect(model.article.title == title)
        #expect(!model.statements.contains { title.contains($0.text) }, "\(model.statements.map(\.text))")
    }

    /// Countries in context: Brussels stands for the European Union (not a country), a
    /// surname that is a country's name names no country, Белоруссия is Belarus.
    @Test(arguments: [
        ("en", "Sanctions\n\nBrussels also weighed in on Tuesday. The European Union's foreign policy chief warned that attacks on infrastructure would not go unanswered.",
         [String](), ["BE"]),
        ("fr", "Sanctions\n\nBruxelles a annoncé de nouvelles sanctions contre des pirates informatiques.", [], ["BE"]),
        ("en", "Talks\n\nWhite House press secretary Karen Jordan said the offer still stood.\n\nJordan said the president had been briefed.", ["US"], ["JO"]),
        ("ru", "Поддержка\n\nГлава МИД Белоруссии Максим Рыженков выразил поддержку позиции Москвы.", ["BY", "RU"], []),
        ("de", "Gespräche\n\nDie Delegation reiste am Montag von Warschau nach Prag.", ["PL", "CZ"], []),
    ]) func countriesInContext(_ language: String, _ text: String, _ present: [String], _ absent: [String]) {
        let model = ArticleExtractor().extract(ArticleInput(id: "case", path: "case", text: text, language: language))
        for code in present { #expect(model.article.countries.contains(code), "missing \(code) in \(model.article.countries)") }
        for code in absent { #expect(!model.article.countries.contains(code), "wrong \(code) in \(model.article.countries)") }
    }

    /// "U.S." inside a sentence does not end it: two sanctions words around it are one
    /// sentence's, a passing mention rather than a topic of the article.
    @Test func initialsDoNotEndASentenceForTopics() {
        TopicCase(name: "U.S. inside a sentence, en", language: "en",
                  text: "Rupiah gains\n\nIndonesia's economy grew faster than expected in the third quarter.\n\nThe finance minister said growth would stay above five percent next year.\n\nShe added that the sanctions announced by the U.S. Treasury and the new blacklist would not change the budget plans.",
                  article: [.economy], notArticle: [.sanctions], statements: [("would not change the budget plans", [.sanctions])]).check()
    }
}
