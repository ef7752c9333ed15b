/// Keywords of each topic of the taxonomy in the supported languages, folded on load.
/// A keyword ending in `*` is a stem that matches any word starting with it ("cyber*"
/// matches "cyberattaque", "cyber-attaques"); others match whole words or phrases. Where a
/// stem would also start common words of another sense, the line lists the inflected forms
/// instead ("газ", "газа", … but not "газета", a newspaper; "import", "imports", … but not
/// "important").
///
/// Besides the topics, the lines name cues (see ``TopicCue``): `attack` words (attack,
/// attaque, serangan, هجوم, атака, 攻击…) and `weapon` words name no domain by themselves;
/// `contrast` phrases ("rather than", "not a", "bukan", "لم يكن", "而非") set aside the
/// keyword just after them, `contrast after` ones (ではなく, 아니) the keyword just before;
/// `inert` phrases ("not only", "bukan hanya", だけでなく) hide the contrast cue inside them, or a
/// keyword of another sense ("健康发展", "sound development" of relations, is no health);
/// `parallel` words ("a similar directive", "serupa", "同様") before a statement's content
/// say it parallels what the sentence before reported.
enum TopicLexicon {
    static let data = """
    cyber: cyber*, ciber*, kiber*, кибер*, hack*, piratage, pirate*, pirater, piraté*, piratas informáticos, hacker*, peretas, peretasan, meretas, malware, ransomware, phishing, internet, dunia maya, siber, informatique*, informática, computer*, komputer, ordinateur*, ordenador*, data breach, espionnage informatique, ddos, virus informatique, it workers, travailleurs informatiques, pekerja it, trabajadores informáticos, trabalhadores de ti, it-fachkräfte, ит-специалист*, technologies de l'information, ingénierie de l'information, الإلكتروني*, الالكتروني*, إلكتروني*, الكتروني*, القرصنة, قرصنة, قراصنة, الإنترنت, الانترنت, الفضاء الإلكتروني, الكمبيوتر, خوادم, хакер*, взлом*, компьютер*, интернет, 网络, 黑客, 网络攻击, サイバー*, ハッカー, ハッキング, 사이버*, 해킹, 해커, 網路, 網絡, 駭客, 黑客攻擊, 網路攻擊
    nuclear: nuclear, nucléaire*, nuklir, nuclear*, nuklear*, ядерн*, النووي*, نووي*, 核武, 核试验, 核计划, 核问题, 核设施, 核兵器, 核開発, 核実験, 核ミサイル, 핵무기, 핵실험, 핵 프로그램, 핵개발, 비핵화, 북핵, 핵합의, 核問題, 核合意, 核协议, 核协定, uranium, uranio, урана, اليورانيوم, plutonium, atomic, atomique, atombomb*, atomwaffe*, kernwaffe*, atomprogramm*, atomabkommen*, atomstreit*, atomtest*, atomar*, 核試驗, 核計劃, 核問題, 核設施
    military: military, militaire*, militer, militar*, armed forces, armée*, army, troops, ejército*, exército*, tropas, truppen, bundeswehr, арми*, войска, войск, войсками, الجيش, جيش, 军队, 军方, 部队, 軍隊, 自衛隊, 군대, tentara, pasukan, soldat*, soldier*, soldados, missile*, misil*, rudal, ракет*, صاروخ*, الصواريخ, 导弹, ミサイル, 미사일, war, guerre, perang, guerra, krieg*, войн*, الحرب, حرب, 战争, 戦争, 전쟁, military exercise*, joint exercise*, military drill*, joint drill*, war game*, exercices militaires, exercice militaire, ejercicios militares, exercícios militares, militärübung*, manöver*, военные учения, учения, مناورات, 演习, 军演, 演習, 군사훈련, 합동훈련, manœuvres, latihan militer, latihan gabungan, invasion, bombardement, airstrike*, frappes, frappe aérienne, troupes, военн*, العسكري*, عسكري*, 军事, 軍事, 군사, 導彈, 飛彈, 戰爭, 軍隊, 軍方, 部隊, 軍演, 演習
    terrorism: cyberterror*, cyber-terror*, ciberterror*, кибертеррор*, الإرهاب الإلكتروني, 网络恐怖, サイバーテロ*, 사이버테러*, terror*, teroris*, terrorism*, терро*, الإرهاب*, إرهاب*, الارهاب*, ارهاب*, 恐怖*, テロ*, 테러*, 11 september, 9/11, 11 septembre, extremist*, extrémist*, ekstremis*, jihad*, militant*
    sanctions: prohibit*, ban on, banned, interdiction*, interdire, interdit, melarang, larangan, prohibición, proibição, verbot*, запрет*, حظر, 禁止, 금지, not to hire, ne pas contracter, ne pas embaucher, tidak mempekerjakan, no contratar, não contratar, sanction*, sanksi, sanciones, sanções, sanktion*, санкци*, العقوبات, عقوبات, 制裁, 제재, embargo*, эмбарго, blacklist*, liste noire, daftar hitam, قائمة الدول الراعية, export control*, contrôles à l'exportation, controles a la exportación, controles de exportação, exportkontroll*, экспортный контроль, экспортного контроля, экспортные ограничения, ضوابط التصدير, قيود التصدير, kontrol ekspor, pembatasan ekspor, 出口管制, 輸出規制, 輸出管理, 수출 규제, 수출규제, 수출 통제, state sponsor*, parrainant le terrorisme, 禁運
    diplomacy: memberi informasi kepada, berbagi informasi, share information, sharing information, partager des informations, compartir información, compartilhar informações, informationsaustausch, обмен информацией, تبادل المعلومات, 信息共享, 情報共有, 정보 공유, diplomat*, diplomasi, диплома*, الدبلوماسي*, دبلوماسي*, 外交, 외교, talks, pourparlers, gespräche, gesprächen, perundingan, negosiasi, negociaciones, negociações, verhandlung*, переговор*, محادثات, مفاوضات, 会谈, 会談, 회담, summit, sommet, kkt, cumbre, cúpula, gipfel*, саммит, قمة, 峰会, 首脳会談, 정상회담, visit*, visite*, kunjungan, visita, besuch*, визит*, زيارة, 访问, 訪問, 방문, phone call, telephone, téléphon*, telepon, telefón*, telefon*, телефон*, هاتفي*, 通话, 電話, 통화, cooperation, coopération, kerja sama, bekerjasama, kerjasama, cooperación, cooperação, zusammenarbeit, сотрудничеств*, تعاون, التعاون, 合作, 協力, 협력, ambassad*, embajad*, embaixad*, botschaft*, посол*, سفير*, السفير*, 大使, 대사, joint statement, déclaration commune, bilateral*, bilatéra*, двусторонн*, ثنائي*, 双边, relations, hubungan, relaciones, relações, beziehungen, отношени*, العلاقات, علاقات, 关系, 関係, 관계, counterpart, homologue, mitranya, نظير*, consensus, konsensus, joint investigation, enquête conjointe, investigasi bersama, proposal, proposition, usulan, propuesta, proposta, предложени*, اقتراح, 提议, 提案, 제안, alliance, alliée, allié, aliado, verbündet*, союзник*, حليف*, 盟友, 同盟, 동맹, aide de, help from, bantuan, ayuda, ajuda, مساعدة, appui, support from, berkomunikasi dengan, communique avec, ministre des affaires étrangères, foreign minister*, außenminister*, ministro de relaciones exteriores, ministra de relaciones exteriores, ministro das relações exteriores, ministro dos negócios estrangeiros, министр иностранных дел, министра иностранных дел, главы мид, глава мид, menteri luar negeri, وزير الخارجية, وزيرا خارجية, 外长, 外相, 외교장관, 會談, 峰會, 通話, 雙邊, 關係, 盟友
    trade: trade, commerce, commercial*, comercial*, perdagangan, comercio, comércio, handel, handels*, торгов*, التجارة, تجاري*, 贸易, 貿易, 무역, tariff*, tarif*, droits de douane, aranceles, tarifas, zölle, zöllen, zoll*, пошлин*, الرسوم الجمركية, 关税, 関税, 관세, export*, import, imports, imported, importing, importer, importers, importation*, importación*, importaciones, importação, importações, importar, ekspor, impor, 出口, 进口, 進口, 輸出, 輸入, 수출, trade war*, guerre commerciale, guerres commerciales, perang dagang, guerra comercial, handelskrieg*, торговая война, торговой войны, торговую войну, الحرب التجارية, حرب تجارية, 贸易战, 貿易戦争, 무역전쟁, 무역 전쟁, 经贸, 經貿, 貿易戰, 關稅
    economy: econom*, économ*, ekonomi*, económic*, econômic*, wirtschaft*, экономи*, الاقتصاد*, اقتصاد*, 经济, 経済, 경제, inflation, inflasi, inflación, inflação, gdp, pib, pdb, ввп, الناتج المحلي, growth, croissance, pertumbuhan, crecimiento, crescimento, wachstum, рост, النمو, 增长, 成長, 성장, recession, récession, resesi, recesión, recessão, rezession, рецесси*, 經濟, 增長
    human_rights: human rights, droits de l'homme, droits humains, hak asasi, derechos humanos, direitos humanos, menschenrechte*, права человека, حقوق الإنسان, 人权, 人権, 인권, torture, tortura, folter, пытк*, التعذيب, political prisoners, prisonniers politiques, tahanan politik, presos políticos, refugee*, réfugié*, pengungsi, refugiad*, flüchtling*, беженц*, اللاجئين, لاجئ*, 难民, 難民, 난민, 人權, 難民
    elections: election*, élection*, electoral*, électora*, pemilu, pemilihan, 大选, elecciones, eleições, wahl*, выборы, выборов, выборах, выборам, выборами, избирател*, الانتخاب*, انتخاب*, 选举, 選挙, 선거, vote*, voter*, ballot*, referendum*, référendum*, referéndum, кандидат*, candidat*, kandidat*, 選舉, 大選
    energy: energy, énergie*, energi, energía, energia, energie*, энерги*, الطاقة, طاقة, 能源, エネルギー, 에너지, oil, pétrole, minyak, petróleo, öl, нефт*, النفط, نفط, 石油, 석유, gas, gaz, gás, газ, газа, газу, газом, газе, газов*, газопровод*, газпром*, الغاز, 天然气, ガス, 가스, pipeline*, gazoduc*, oléoduc*, electricity, électricité, listrik, electricidad, eletricidade, strom, электроэнерг*, الكهرباء, 电力, 電力, 전력, 電力, 天然氣
    climate: climat*, iklim, clima, klima*, климат*, المناخ*, مناخ*, 气候, 気候, 기후, emission*, émission*, emisi, emisiones, emissões, выброс*, الانبعاثات, 排放, 排出, 배출, global warming, réchauffement, pemanasan global, calentamiento, aquecimento, erderwärmung, потеплени*, الاحتباس الحراري, carbon, carbone, karbon, carbono, kohlenstoff*, углерод*, الكربون, 碳, 炭素, 탄소, 氣候
    health: health, santé, kesehatan, salud, saúde, gesundheit*, здравоохранени*, здоровь*, الصحة, صحي*, 卫生, 健康, 보건, 건강, pandemic*, pandémie*, pandemi, pandemia, pandemie*, пандеми*, جائحة, الجائحة, 疫情, 大流行, パンデミック, 팬데믹, virus, covid*, vaccin*, vaksin*, vacuna*, impf*, вакцин*, لقاح*, 疫苗, ワクチン, 백신, hospital*, hôpita*, rumah sakit, krankenh*, больниц*, مستشفى*, 医院, 病院, 병원, epidemic*, épidémie*, wabah, epidemia, эпидеми*, وباء, 衛生, 醫院, 疫苗
    migration: migra*, migrant*, imigra*, immigra*, emigra*, миграц*, мигрант*, الهجرة, المهاجرين, مهاجر*, 移民, 移民, 이민, asylum, asile, suaka, asilo, asyl*, убежищ*, اللجوء, 庇护, 亡命, 망명, border crossing*, passage de la frontière, deportation*, expulsion*, deportasi, deportación, deportação, abschiebung*, депортац*, ترحيل
    weapon: weapon*, arme, armes, senjata, armas, waffen, оружи*, أسلحة, الأسلحة, سلاح, السلاح, 武器, 兵器, 무기
    contrast: rather than, instead of, not a, not an, and not, but not, plutôt que, plutôt qu, au lieu de, au lieu d, et non, non pas, pas un, pas une, en lugar de, en vez de, y no, no es un, no es una, no fue un, no fue una, em vez de, ao invés de, e não, não é um, não é uma, não foi um, não foi uma, anstatt, anstelle, statt eines, statt einer, statt einem, kein, keine, keinen, keinem, keiner, bukan, alih-alih, а не, вместо, не является, не являлся, не являлась, не являются, не был, не была, не было, ليس, ليست, لم يكن, لم تكن, بدلا من, بدلاً من, لا يعد, لا يعتبر, لا تعد, 不是, 并非, 而非, 而不是, 并不是, 不属于
    contrast after: ではなく, ではない, でなく, じゃない, ではありません, 아니, 아닌
    inert: not only, non seulement, bukan hanya, bukan saja, no solo, no sólo, não só, não apenas, nicht nur, не только, ليس فقط, ليس فحسب, 不仅是, だけでなく, だけではなく, 뿐만 아니라, 뿐 아니라, 健康发展, 健康發展, 健康稳定发展, 健康穩定發展
    parallel: similar*, likewise, similaire*, semelhante*, serupa, ähnlich*, gleichfalls, ebenso, аналогичн*, مماثل*, بالمثل, 类似, 同样, 同様, 유사한, 마찬가지로
    attack: attack*, attaque*, serangan, menyerang, ataque*, angriff*, атак*, нападени*, الهجوم, هجوم, الهجمات, هجمات, بمهاجمة, مهاجمة, 攻击, 袭击, 攻撃, 공격
    """

    /// Adds every line's phrases to `matcher` (in no group), with the payload `wrap` makes of their cue.
    static func addPhrases<Payload>(to matcher: inout PhraseMatcher<Payload>, _ wrap: (TopicCue) -> Payload) {
        for line in data.split(separator: "\n") {
            let parts = line.trimmingSpaces.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let cue = TopicCue(lineName: String(parts[0])) else { continue }
            for keyword in parts[1].split(separator: ",").map({ $0.trimmingSpaces }) where !keyword.isEmpty {
                let isStem = keyword.hasSuffix("*")
                matcher.add(isStem ? String(keyword.dropLast()) : keyword, wrap(cue), prefix: isStem)
            }
        }
    }
}

/// What a phrase of the topic lexicon tells ``TopicClassifier``.
enum TopicCue: Sendable, Equatable {
    /// A keyword of one topic.
    case topic(Topic)
    /// An attack word: the domain of the keyword beside it ("cyber attacks"), else of the
    /// content or article it stands in.
    case attack
    /// A weapon word: military, unless a nuclear or cyber keyword beside it qualifies it
    /// ("nuclear weapons", "armes nucléaires", "الأسلحة النووية" are nuclear only).
    case weapon
    /// "rather than", "not a", "bukan", "لم يكن", "而非": the keyword a few words after it is
    /// contrasted ("an act of cyber vandalism rather than an act of war").
    case contrastBefore
    /// ではなく, 아니: the keyword just before it is contrasted (Japanese and Korean negate
    /// after the noun).
    case contrastAfter
    /// "not only", "bukan hanya", "nicht nur", だけでなく: a phrase that adds rather than
    /// contrasts, matched only to hide the contrast cue it holds.
    case inert
    /// "similar", "likewise", "serupa", "مماثل", "同様": before a statement's content, the
    /// statement parallels the sentence before ("Japan issued a similar directive, saying…").
    case parallel

    /// The cue of a line of ``TopicLexicon/data``: a topic's name, or one of the cue names.
    init?(lineName: String) {
        switch lineName {
        case "attack": self = .attack
        case "weapon": self = .weapon
        case "contrast": self = .contrastBefore
        case "contrast after": self = .contrastAfter
        case "parallel": self = .parallel
        case "inert": self = .inert
        default:
            guard let topic = Topic(rawValue: lineName) else { return nil }
            self = .topic(topic)
        }
    }
}
