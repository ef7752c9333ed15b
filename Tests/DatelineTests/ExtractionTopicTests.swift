import Testing
@testable import Dateline

/// Short articles written for these tests, one topic rule each: which topics the article
/// must and must not get, and the exact topics of statements (found by words inside their
/// content).
struct TopicCase: CustomTestStringConvertible, Sendable {
    var name: String
    var language: String
    var text: String
    var article: [Topic] = []
    var notArticle: [Topic] = []
    var statements: [(anchor: String, topics: [Topic])] = []

    var testDescription: String { name }

    func check() {
        let model = ArticleExtractor().extract(ArticleInput(id: "case", path: "case", text: text, language: language))
        let topics = model.article.topics
        for topic in article { #expect(topics.contains(topic.rawValue), "article topics \(topics) lack \(topic)") }
        for topic in notArticle { #expect(!topics.contains(topic.rawValue), "article topics \(topics) hold \(topic)") }
        for (anchor, expected) in statements {
            let statement = model.statements.first { $0.text.contains(anchor) }
            #expect(statement != nil, "no statement holds \(anchor): \(model.statements.map(\.text))")
            if let statement {
                #expect(statement.topics == Topic.allCases.filter(expected.contains).map(\.rawValue), "topics of \(statement.text)")
            }
        }
    }
}

@Suite struct ExtractionTopicTests {
    /// "nuclear weapons" and its translations are nuclear, not military: the guidelines count
    /// weapons as military only when they are not nuclear.
    static let nuclearWeapons: [TopicCase] = [
        TopicCase(name: "nuclear weapons, en", language: "en",
                  text: "Seoul watches the North\n\nNorth Korea keeps building nuclear weapons at a new site.\n\nThe South Korean defence minister said the North's nuclear weapons were a threat to the whole region.",
                  article: [.nuclear], notArticle: [.military], statements: [("a threat to the whole region", [.nuclear])]),
        TopicCase(name: "armes nucléaires, fr", language: "fr",
                  text: "Pyongyang relance son programme\n\nLa Corée du Nord poursuit le développement de ses armes nucléaires sur un nouveau site.\n\nLe ministre japonais de la Défense a déclaré que les armes nucléaires du Nord menaçaient toute la région.",
                  article: [.nuclear], notArticle: [.military], statements: [("menaçaient toute la région", [.nuclear])]),
        TopicCase(name: "الأسلحة النووية, ar", language: "ar",
                  text: "طوكيو تحذر\n\nتواصل كوريا الشمالية تطوير الأسلحة النووية في موقع جديد.\n\nوقال وزير الدفاع الياباني إن الأسلحة النووية لكوريا الشمالية تهدد المنطقة كلها.",
                  article: [.nuclear], notArticle: [.military], statements: [("تهدد المنطقة كلها", [.nuclear])]),
        TopicCase(name: "ядерное оружие, ru", language: "ru",
                  text: "Токио обеспокоен\n\nСеверная Корея продолжает создавать ядерное оружие на новом полигоне.\n\nМинистр обороны Японии заявил, что ядерное оружие Северной Кореи угрожает всему региону.",
                  article: [.nuclear], notArticle: [.military], statements: [("угрожает всему региону", [.nuclear])]),
        TopicCase(name: "senjata nuklir, id", language: "id",
                  text: "Tokyo waspada\n\nKorea Utara terus mengembangkan senjata nuklir di lokasi baru.\n\nMenteri pertahanan Jepang mengatakan senjata nuklir Korea Utara mengancam seluruh kawasan.",
                  article: [.nuclear], notArticle: [.military], statements: [("mengancam seluruh kawasan", [.nuclear])]),
    ]

    /// A topic named in one sentence only is a passing mention, not a topic of the article;
    /// the statement that names it still has it.
    static let passingMentions: [TopicCase] = [
        TopicCase(name: "two election words in one sentence, en", language: "en",
                  text: "Rupiah gains\n\nIndonesia's economy grew faster than expected in the third quarter.\n\nThe finance minister said growth would stay above five percent next year.\n\nShe added that neither the coming election nor the vote count would change the budget plans.",
                  article: [.economy], notArticle: [.elections], statements: [("would change the budget plans", [.elections])]),
        TopicCase(name: "two migration words in one sentence, es", language: "es",
                  text: "La inflación baja en México\n\nLa inflación en México cayó en marzo por tercer mes consecutivo.\n\nEl ministro de Hacienda dijo que la economía crecerá este año, aunque muchos jóvenes siguen pensando en la migración y en los migrantes que ya se fueron.",
                  article: [.economy], notArticle: [.migration]),
        TopicCase(name: "a short story's one topic stays its topic, en", language: "en",
                  text: "France and Egypt at odds\n\nRelations between France and Egypt have been strained for months.\n\nCairo said that France must cut its carbon emissions faster than it promised.",
                  article: [.climate], statements: [("cut its carbon emissions", [.climate])]),
        TopicCase(name: "a story naming no domain keeps the diplomacy it names once, ru", language: "ru",
                  text: "Договор о воде\n\nКазахстан и Узбекистан договорились о совместном использовании реки.\n\nМинистр иностранных дел Казахстана заявил, что соглашение откроет новую страницу в отношениях двух стран.",
                  article: [.diplomacy]),
        TopicCase(name: "two terrorism keywords in one sentence, id", language: "id",
                  text: "Peretas ancam bioskop\n\nSekelompok peretas membobol server sebuah studio film di Jakarta.\n\nPara peretas itu juga meretas situs web studio dan mencuri data karyawan.\n\nMereka menyebut aksi teroris dan ekstremis di masa lalu sebagai contoh.",
                  article: [.cyber], notArticle: [.terrorism]),
    ]

    /// A keyword a contrast governs ("rather than an act of war", "bukan perang", 而不是,
    /// ではない) does not count beside another domain; alone it still does ("keine Sanktionen"
    /// is about sanctions).
    static let contrasts: [TopicCase] = [
        TopicCase(name: "rather than an act of war, en", language: "en",
                  text: "Hackers shut down the port\n\nThe computer systems of the port of Rotterdam were shut down by hackers on Monday.\n\nThe Dutch prime minister said the hacking was \"an act of sabotage\" rather than an \"act of war.\"",
                  notArticle: [.military], statements: [("an act of sabotage", [.cyber])]),
        TopicCase(name: "لم يكن عملا من أعمال الحرب, ar", language: "ar",
                  text: "قراصنة يعطلون ميناء روتردام\n\nتعطلت أنظمة الكمبيوتر في الميناء بعد هجوم إلكتروني يوم الاثنين.\n\nوقال رئيس الوزراء الهولندي إن الهجوم على الميناء لم يكن عملا من أعمال الحرب.",
                  notArticle: [.military], statements: [("لم يكن عملا", [.cyber])]),
        TopicCase(name: "et non un acte de guerre, fr", language: "fr",
                  text: "Des pirates paralysent le port\n\nLes systèmes informatiques du port de Rotterdam ont été paralysés lundi par des pirates.\n\nLe Premier ministre néerlandais a affirmé que ce piratage était un acte de sabotage et non un acte de guerre.",
                  notArticle: [.military], statements: [("un acte de sabotage", [.cyber])]),
        TopicCase(name: "bukan tindakan perang, id", language: "id",
                  text: "Peretas lumpuhkan pelabuhan\n\nSistem komputer pelabuhan Rotterdam lumpuh akibat serangan peretas pada hari Senin.\n\nPerdana Menteri Belanda mengatakan peretasan itu adalah sabotase, bukan tindakan perang.",
                  notArticle: [.military], statements: [("adalah sabotase", [.cyber])]),
        TopicCase(name: "戦争行為ではない, ja", language: "ja",
                  text: "港のシステムが停止\n\nロッテルダム港のコンピューターが月曜日、ハッカーによって停止した。\n\nオランダの首相は、今回のハッキングは破壊行為であり、戦争行為ではないと述べた。",
                  notArticle: [.military], statements: [("破壊行為であり", [.cyber])]),
        TopicCase(name: "statt eines Kriegsakts, de", language: "de",
                  text: "Hacker legen Hafen lahm\n\nDie Computer des Hafens von Rotterdam wurden am Montag von Hackern lahmgelegt.\n\nDer niederländische Regierungschef sagte, der Hackerangriff sei ein Akt der Sabotage statt eines Kriegsakts gewesen.",
                  notArticle: [.military], statements: [("ein Akt der Sabotage", [.cyber])]),
        TopicCase(name: "not only is no contrast, en", language: "en",
                  text: "Hackers shut down the port\n\nThe computer systems of the port of Rotterdam were shut down by hackers on Monday.\n\nThe Dutch prime minister said the hacking threatened not only trade but also the energy supply.",
                  statements: [("threatened not only trade", [.cyber, .trade, .energy])]),
        TopicCase(name: "bukan hanya is no contrast, id", language: "id",
                  text: "Peretas lumpuhkan pelabuhan\n\nSistem komputer pelabuhan Rotterdam lumpuh akibat serangan peretas pada hari Senin.\n\nPerdana Menteri Belanda mengatakan peretasan itu mengancam bukan hanya perdagangan tetapi juga pasokan energi.",
                  statements: [("mengancam bukan hanya", [.cyber, .trade, .energy])]),
        TopicCase(name: "だけでなく is no contrast, ja", language: "ja",
                  text: "港のシステムが停止\n\nロッテルダム港のコンピューターが月曜日、ハッカーによって停止した。\n\nオランダの首相は、今回のハッキングは貿易だけでなくエネルギー供給も脅かしたと述べた。",
                  statements: [("エネルギー供給も", [.cyber, .trade, .energy])]),
        TopicCase(name: "keine Sanktionen still counts alone, de", language: "de",
                  text: "Handelsstreit mit China\n\nDie deutschen Exporte nach China sind im Mai stark gesunken.\n\nDer Handel mit Peking leidet seit Monaten unter neuen Zöllen.\n\nDer deutsche Wirtschaftsminister sagte, es werde keine Sanktionen gegen chinesische Firmen geben.",
                  article: [.trade], statements: [("keine Sanktionen gegen", [.sanctions])]),
    ]

    /// An attack word beside no keyword takes the attack domain its own content names
    /// ("attacks like the bombings of terrorists"), not the article's.
    static let loneAttacks: [TopicCase] = [
        TopicCase(name: "attacks like terrorist bombings in a hacking story, en", language: "en",
                  text: "Hackers threaten cinemas\n\nA group of hackers broke into the servers of a film studio in Los Angeles.\n\nThe hackers also published the studio's emails and stole staff data.\n\nThe group warned of attacks on cinemas like the terrorist bombings of 2005.",
                  statements: [("attacks on cinemas", [.terrorism])]),
        TopicCase(name: "serangan seperti aksi teroris, id", language: "id",
                  text: "Peretas ancam bioskop\n\nSekelompok peretas membobol server sebuah studio film di Jakarta.\n\nPara peretas itu juga meretas situs web studio dan mencuri data karyawan.\n\nKelompok itu mengancam akan melakukan serangan seperti aksi teroris tahun 2002 terhadap bioskop.",
                  statements: [("serangan seperti aksi", [.terrorism])]),
        TopicCase(name: "a lone attack still takes the article's domain, fr", language: "fr",
                  text: "Piratage à Lyon\n\nDes pirates ont bloqué les ordinateurs de la mairie de Lyon.\n\nLe piratage a touché tous les services informatiques.\n\nLe maire a déclaré que l'attaque avait coûté des millions d'euros.",
                  statements: [("avait coûté des millions", [.cyber])]),
    ]

    /// A statement naming no domain inherits the article's leading one: the most named, and
    /// of domains named as often, the one the article names first.
    static let leadingDomains: [TopicCase] = [
        TopicCase(name: "a tie goes to the domain named first, es", language: "es",
                  text: "Nuevas tensiones con Irán\n\nLas negociaciones nucleares con Irán siguen bloqueadas.\n\nLas tropas iraníes se acercaron el lunes a la frontera.\n\nEl ministro francés dijo que el diálogo debe reanudarse pronto.",
                  statements: [("el diálogo debe reanudarse", [.nuclear])]),
        TopicCase(name: "the most named domain leads, de", language: "de",
                  text: "Streit um Zölle\n\nDie Atomgespräche mit Teheran ruhen seit Monaten.\n\nDer Handel mit Iran ist eingebrochen, die Exporte fielen um die Hälfte.\n\nNeue Zölle belasten den Handel zusätzlich.\n\nDer Minister sagte, man werde bald eine Lösung finden.",
                  statements: [("bald eine Lösung finden", [.trade])]),
    ]

    /// A statement whose content names no domain takes those its own sentence names outside
    /// the content before the article's leading domain: in a story mostly about trade, "On
    /// climate, the minister said…" is about climate.
    static let sentenceContexts: [TopicCase] = [
        TopicCase(name: "on climate, the minister said, en", language: "en",
                  text: "Leaders meet in Lima\n\nTrade dominated the summit, as tariffs on steel and exports of copper were discussed.\n\nNew trade rules will take effect in May.\n\nAsked about climate, the Peruvian minister said the two countries would do more together.\n\nA new round of talks is planned for June.",
                  statements: [("would do more together", [.climate])]),
        TopicCase(name: "sur le climat, le ministre a déclaré, fr", language: "fr",
                  text: "Sommet à Lima\n\nLe commerce a dominé le sommet, avec les droits de douane sur l'acier et les exportations de cuivre.\n\nLes nouvelles règles commerciales entreront en vigueur en mai.\n\nInterrogé sur le climat, le ministre péruvien a déclaré que les deux pays feraient davantage ensemble.",
                  statements: [("feraient davantage ensemble", [.climate])]),
        TopicCase(name: "sobre el clima, el ministro dijo, es", language: "es",
                  text: "Cumbre en Lima\n\nEl comercio dominó la cumbre, con los aranceles al acero y las exportaciones de cobre.\n\nLas nuevas reglas comerciales entrarán en vigor en mayo.\n\nSobre el clima, el ministro peruano dijo que ambos países harán más juntos.",
                  statements: [("harán más juntos", [.climate])]),
        TopicCase(name: "a quotation closed before the full stop ends the sentence, en", language: "en",
                  text: "Hackers hit the port\n\nHackers shut down the computers of the port on Monday.\n\nThe ministry said it would not accept \"terrorist threats against the port.\" It also said the port would reopen on Friday.",
                  statements: [("the port would reopen", [.cyber])]),
    ]

    /// Stems that also begin words of another sense are spelled out: "important" is not
    /// trade, "газета" (a newspaper) not energy, "handelt" (acts) not trade, "выбора"
    /// (choice) not elections, "exercise its powers" not military; a trade war is trade.
    static let wordSenses: [TopicCase] = [
        TopicCase(name: "important is not import, fr", language: "fr",
                  text: "Sommet à Séoul\n\nLes dirigeants ont tenu un sommet important à Séoul.\n\nLe président coréen a déclaré que cette rencontre était très importante pour toute la région.",
                  notArticle: [.trade], statements: [("très importante pour", [])]),
        TopicCase(name: "газета is not gas, ru", language: "ru",
                  text: "Визит в Пекин\n\nОб этом пишет газета «Известия».\n\nМинистр иностранных дел России заявил газете, что у Москвы нет другого выбора.",
                  notArticle: [.energy, .elections], statements: [("нет другого выбора", [])]),
        TopicCase(name: "handelt is not Handel, de", language: "de",
                  text: "Besuch in Wien\n\nDie Regierung will nun schnell handeln.\n\nDer Außenminister sagte, es handelt sich um einen rein privaten Besuch.",
                  notArticle: [.trade]),
        TopicCase(name: "exercise its powers is not military, en", language: "en",
                  text: "Court rules on budget\n\nThe court said the government may exercise its powers over the budget.\n\nThe opposition said it would exercise its right to appeal.",
                  notArticle: [.military]),
        TopicCase(name: "trade war is trade, en", language: "en",
                  text: "Farmers count the cost\n\nThe trade war between the two countries has hurt soybean farmers.\n\nThe Brazilian agriculture minister said the trade war would end before the harvest.",
                  article: [.trade], notArticle: [.military], statements: [("would end before the harvest", [.trade])]),
        TopicCase(name: "guerre commerciale is trade, fr", language: "fr",
                  text: "Les agriculteurs inquiets\n\nLa guerre commerciale entre les deux pays pèse sur les agriculteurs.\n\nLe ministre brésilien de l'Agriculture a déclaré que la guerre commerciale finirait avant la récolte.",
                  article: [.trade], notArticle: [.military], statements: [("finirait avant la récolte", [.trade])]),
        TopicCase(name: "贸易战 is trade, zh", language: "zh",
                  text: "农民担忧\n\n两国之间的贸易战已经伤害了大豆农民。\n\n巴西农业部长表示，贸易战将在收获前结束。",
                  article: [.trade], notArticle: [.military]),
    ]


    /// "Japan issued a similar warning and said…": a statement whose sentence says it
    /// parallels the sentence before has that sentence's topics besides its own content's,
    /// and the parallel sentence counts as a second sentence naming them for the article.
    static let parallels: [TopicCase] = [
        TopicCase(name: "a similar warning, en", language: "en",
                  text: "Hackers for hire\n\nNorth Korean hackers stole millions from banks last year.\n\nIn May, Washington told American firms not to hire IT workers from North Korea.\n\nJapan issued a similar warning on Tuesday and said the contracts broke national laws.",
                  article: [.sanctions], statements: [("the contracts broke national laws", [.cyber, .sanctions])]),
        TopicCase(name: "peringatan serupa, id", language: "id",
                  text: "Peretas bayaran\n\nPeretas Korea Utara mencuri jutaan dolar dari bank tahun lalu.\n\nPada bulan Mei, Amerika Serikat melarang perusahaan mempekerjakan pekerja IT dari Korea Utara.\n\nJepang mengeluarkan peringatan serupa pada hari Selasa dan mengatakan kontrak itu melanggar hukum nasional.",
                  article: [.sanctions], statements: [("kontrak itu melanggar hukum", [.cyber, .sanctions])]),
        TopicCase(name: "une directive similaire, fr", language: "fr",
                  text: "Des pirates à louer\n\nDes pirates nord-coréens ont volé des millions aux banques l'an dernier.\n\nEn mai, Washington a interdit aux entreprises américaines d'embaucher des travailleurs informatiques nord-coréens.\n\nMardi, le Japon a pris une mesure similaire et a affirmé que ces contrats violaient les lois nationales.",
                  article: [.sanctions], statements: [("ces contrats violaient les lois", [.cyber, .sanctions])]),
        TopicCase(name: "a similar figure inside the content is not a parallel, en", language: "en",
                  text: "Hackers for hire\n\nNorth Korean hackers broke into bank computers and stole millions last year.\n\nIn May, Washington imposed sanctions on three North Korean banks.\n\nA Japanese official said the losses in Tokyo were similar to those in Seoul.",
                  statements: [("the losses in Tokyo", [.cyber])]),
    ]

    /// Forms the lexicon once lacked: German "Sanktionen" and "Zöllen", Korean 북핵 (the
    /// North's nuclear programme), Japanese 核問題, Chinese 军演, traditional characters.
    static let coverage: [TopicCase] = [
        TopicCase(name: "Zöllen, de", language: "de",
                  text: "Paris antwortet\n\nDer französische Minister sagte, Paris werde mit neuen Zöllen antworten.",
                  statements: [("mit neuen Zöllen", [.trade])]),
        TopicCase(name: "Sanktionen, de", language: "de",
                  text: "Berlin bleibt hart\n\nDie Außenministerin sagte, die Sanktionen blieben in Kraft.",
                  statements: [("die Sanktionen blieben", [.sanctions])]),
        TopicCase(name: "북핵, ko", language: "ko",
                  text: "서울의 입장\n\n한국 정부는 북핵 문제를 반드시 해결해야 한다고 말했다.",
                  statements: [("반드시 해결해야", [.nuclear])]),
        TopicCase(name: "核問題, ja", language: "ja",
                  text: "東京の立場\n\n日本の首相は、核問題の解決が急務だと述べた。",
                  statements: [("解決が急務", [.nuclear])]),
        TopicCase(name: "輸出規制 (export controls) is sanctions, ja", language: "ja",
                  text: "日韓外相が会談\n\n日本の外相は、輸出規制の見直しを検討していると述べた。",
                  article: [.sanctions], statements: [("見直しを検討", [.sanctions])]),
        TopicCase(name: "出口管制 is sanctions, zh", language: "zh",
                  text: "芯片限制\n\n中国商务部表示，美方的出口管制损害两国企业利益。",
                  statements: [("损害两国企业利益", [.sanctions])]),
        TopicCase(name: "Exportkontrollen is sanctions, de", language: "de",
                  text: "Chips für China\n\nDer Wirtschaftsminister sagte, die neuen Exportkontrollen träfen vor allem Chiphersteller.",
                  statements: [("vor allem Chiphersteller", [.sanctions])]),
        TopicCase(name: "飛彈 in traditional characters, zh", language: "zh",
                  text: "台海局勢\n\n台灣國防部表示，對方的飛彈試射威脅區域和平。",
                  statements: [("威脅區域和平", [.military])]),
        TopicCase(name: "經貿 in traditional characters, zh", language: "zh",
                  text: "菲律賓訪問團\n\n菲律賓代表表示，菲方願與台灣深化經貿往來。",
                  statements: [("深化經貿往來", [.trade])]),
        TopicCase(name: "军演, zh", language: "zh",
                  text: "台海局势\n\n台湾防务部门表示，大陆的军演威胁地区稳定。",
                  statements: [("威胁地区稳定", [.military])]),
    ]

    @Test(arguments: coverage) func formsOnceMissingAreKeywords(_ topicCase: TopicCase) { topicCase.check() }
    @Test(arguments: nuclearWeapons) func nuclearWeaponsAreNuclear(_ topicCase: TopicCase) { topicCase.check() }
    @Test(arguments: passingMentions) func passingMentionsAreNotArticleTopics(_ topicCase: TopicCase) { topicCase.check() }
    @Test(arguments: contrasts) func contrastedKeywordsGiveWay(_ topicCase: TopicCase) { topicCase.check() }
    @Test(arguments: loneAttacks) func loneAttacksTakeTheContentsDomain(_ topicCase: TopicCase) { topicCase.check() }
    @Test(arguments: wordSenses) func stemsDoNotMatchOtherSenses(_ topicCase: TopicCase) { topicCase.check() }
    @Test(arguments: leadingDomains) func statementsInheritTheLeadingDomain(_ topicCase: TopicCase) { topicCase.check() }
    @Test(arguments: sentenceContexts) func statementsTakeTheirSentencesDomains(_ topicCase: TopicCase) { topicCase.check() }
    @Test(arguments: parallels) func parallelStatementsShareTheSentenceBefore(_ topicCase: TopicCase) { topicCase.check() }
}
