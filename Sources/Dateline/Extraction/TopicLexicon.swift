/// Keywords of each topic of the taxonomy in the supported languages, folded on load.
/// A keyword ending in `*` is a stem that matches any word starting with it ("cyber*"
/// matches "cyberattaque", "cyber-attaques"); others match whole words or phrases.
///
/// `attack` words (attack, attaque, serangan, هجوم, атака, 攻击…) name no domain by
/// themselves: ``TopicClassifier`` gives them the article's leading attack domain.
enum TopicLexicon {
    static let data = """
    cyber: cyber*, ciber*, kiber*, кибер*, hack*, piratage, pirate*, pirater, piraté*, piratas informáticos, hacker*, peretas, peretasan, meretas, malware, ransomware, phishing, internet, dunia maya, siber, informatique*, informática, computer*, komputer, ordinateur*, ordenador*, data breach, espionnage informatique, ddos, virus informatique, it workers, travailleurs informatiques, technologies de l'information, ingénierie de l'information, الإلكتروني*, الالكتروني*, إلكتروني*, الكتروني*, القرصنة, قرصنة, قراصنة, الإنترنت, الانترنت, الفضاء الإلكتروني, الكمبيوتر, خوادم, хакер*, взлом*, компьютер*, интернет, 网络, 黑客, 网络攻击, サイバー*, ハッカー, ハッキング, 사이버*, 해킹, 해커
    nuclear: nuclear, nucléaire*, nuklir, nuclear*, nuklear*, ядерн*, النووي*, نووي*, 核武, 核试验, 核计划, 核问题, 核设施, 核兵器, 核開発, 核実験, 核ミサイル, 핵무기, 핵실험, 핵 프로그램, 핵개발, 비핵화, uranium, uranio, урана, اليورانيوم, plutonium, atomic, atomique, atombomb*
    military: military, militaire*, militer, militar*, armed forces, armée*, army, troops, tentara, pasukan, soldat*, soldier*, soldados, missile*, misil*, rudal, ракет*, صاروخ*, الصواريخ, 导弹, ミサイル, 미사일, war, guerre, perang, guerra, krieg*, войн*, الحرب, حرب, 战争, 戦争, 전쟁, weapon*, arme, armes, senjata, armas, waffen, оружи*, أسلحة, الأسلحة, 武器, 兵器, 무기, exercise*, manœuvres, latihan militer, invasion, bombardement, airstrike*, frappe*, troupes, военн*, العسكري*, عسكري*, 军事, 軍事, 군사
    terrorism: cyberterror*, cyber-terror*, ciberterror*, кибертеррор*, الإرهاب الإلكتروني, 网络恐怖, サイバーテロ*, 사이버테러*, terror*, teroris*, terrorism*, терро*, الإرهاب*, إرهاب*, الارهاب*, ارهاب*, 恐怖*, テロ*, 테러*, 11 september, 9/11, 11 septembre, extremist*, extrémist*, ekstremis*, jihad*, militant*
    sanctions: prohibit*, ban on, banned, interdiction*, interdire, interdit, melarang, larangan, prohibición, proibição, verbot*, запрет*, حظر, 禁止, 금지, not to hire, ne pas contracter, ne pas embaucher, tidak mempekerjakan, no contratar, não contratar, sanction*, sanksi, sanciones, sanções, санкци*, العقوبات, عقوبات, 制裁, 제재, embargo*, эмбарго, blacklist*, liste noire, daftar hitam, قائمة الدول الراعية, export control*, contrôles à l'exportation, state sponsor*, parrainant le terrorisme
    diplomacy: memberi informasi kepada, berbagi informasi, share information, sharing information, partager des informations, compartir información, compartilhar informações, informationsaustausch, обмен информацией, تبادل المعلومات, 信息共享, 情報共有, 정보 공유, diplomat*, diplomasi, диплома*, الدبلوماسي*, دبلوماسي*, 外交, 외교, talks, pourparlers, perundingan, negosiasi, negociaciones, negociações, verhandlung*, переговор*, محادثات, مفاوضات, 会谈, 会談, 회담, summit, sommet, kkt, cumbre, cúpula, gipfel*, саммит, قمة, 峰会, 首脳会談, 정상회담, visit*, visite*, kunjungan, visita, besuch*, визит*, زيارة, 访问, 訪問, 방문, phone call, telephone, téléphon*, telepon, telefón*, telefon*, телефон*, هاتفي*, 通话, 電話, 통화, cooperation, coopération, kerja sama, bekerjasama, kerjasama, cooperación, cooperação, zusammenarbeit, сотрудничеств*, تعاون, التعاون, 合作, 協力, 협력, ambassad*, embajad*, embaixad*, botschaft*, посол*, سفير*, السفير*, 大使, 대사, joint statement, déclaration commune, bilateral*, bilatéra*, двусторонн*, ثنائي*, 双边, relations, hubungan, relaciones, relações, beziehungen, отношени*, العلاقات, علاقات, 关系, 関係, 관계, counterpart, homologue, mitranya, نظير*, consensus, konsensus, joint investigation, enquête conjointe, investigasi bersama, proposal, proposition, usulan, propuesta, proposta, предложени*, اقتراح, 提议, 提案, 제안, alliance, alliée, allié, aliado, verbündet*, союзник*, حليف*, 盟友, 同盟, 동맹, aide de, help from, bantuan, ayuda, ajuda, مساعدة, appui, support from, berkomunikasi dengan, communique avec, ministre des affaires étrangères, foreign minister*, menteri luar negeri, وزير الخارجية, وزيرا خارجية, 外长, 外相, 외교장관
    trade: trade, commerce, commercial*, perdagangan, comercio, comércio, handel*, торгов*, التجارة, تجاري*, 贸易, 貿易, 무역, tariff*, tarif*, droits de douane, aranceles, tarifas, zölle, пошлин*, الرسوم الجمركية, 关税, 関税, 관세, export*, import*, ekspor, impor
    economy: econom*, économ*, ekonomi*, económic*, econômic*, wirtschaft*, экономи*, الاقتصاد*, اقتصاد*, 经济, 経済, 경제, inflation, inflasi, inflación, inflação, gdp, pib, pdb, ввп, الناتج المحلي, growth, croissance, pertumbuhan, crecimiento, crescimento, wachstum, рост, النمو, 增长, 成長, 성장, recession, récession, resesi, recesión, recessão, rezession, рецесси*
    human_rights: human rights, droits de l'homme, droits humains, hak asasi, derechos humanos, direitos humanos, menschenrechte*, права человека, حقوق الإنسان, 人权, 人権, 인권, torture, tortura, folter, пытк*, التعذيب, political prisoners, prisonniers politiques, tahanan politik, presos políticos, refugee*, réfugié*, pengungsi, refugiad*, flüchtling*, беженц*, اللاجئين, لاجئ*, 难民, 難民, 난민
    elections: election*, élection*, electoral*, électora*, pemilu, pemilihan, elecciones, eleições, wahl*, выбор*, الانتخاب*, انتخاب*, 选举, 選挙, 선거, vote*, voter*, ballot*, referendum*, référendum*, referéndum, кандидат*, candidat*, kandidat*
    energy: energy, énergie*, energi, energía, energia, energie*, энерги*, الطاقة, طاقة, 能源, エネルギー, 에너지, oil, pétrole, minyak, petróleo, öl, нефт*, النفط, نفط, 石油, 석유, gas, gaz, gás, газ*, الغاز, 天然气, ガス, 가스, pipeline*, gazoduc*, oléoduc*, electricity, électricité, listrik, electricidad, eletricidade, strom, электроэнерг*, الكهرباء, 电力, 電力, 전력
    climate: climat*, iklim, clima, klima*, климат*, المناخ*, مناخ*, 气候, 気候, 기후, emission*, émission*, emisi, emisiones, emissões, выброс*, الانبعاثات, 排放, 排出, 배출, global warming, réchauffement, pemanasan global, calentamiento, aquecimento, erderwärmung, потеплени*, الاحتباس الحراري, carbon, carbone, karbon, carbono, kohlenstoff*, углерод*, الكربون, 碳, 炭素, 탄소
    health: health, santé, kesehatan, salud, saúde, gesundheit*, здравоохранени*, здоровь*, الصحة, صحي*, 卫生, 健康, 보건, 건강, pandemic*, pandémie*, pandemi, pandemia, pandemie*, пандеми*, جائحة, الجائحة, 疫情, 大流行, パンデミック, 팬데믹, virus, covid*, vaccin*, vaksin*, vacuna*, impf*, вакцин*, لقاح*, 疫苗, ワクチン, 백신, hospital*, hôpita*, rumah sakit, krankenh*, больниц*, مستشفى*, 医院, 病院, 병원, epidemic*, épidémie*, wabah, epidemia, эпидеми*, وباء
    migration: migra*, migrant*, imigra*, immigra*, emigra*, миграц*, мигрант*, الهجرة, المهاجرين, مهاجر*, 移民, 移民, 이민, asylum, asile, suaka, asilo, asyl*, убежищ*, اللجوء, 庇护, 亡命, 망명, border crossing*, passage de la frontière, deportation*, expulsion*, deportasi, deportación, deportação, abschiebung*, депортац*, ترحيل
    attack: attack*, attaque*, serangan, menyerang, ataque*, angriff*, атак*, нападени*, الهجوم, هجوم, الهجمات, هجمات, بمهاجمة, مهاجمة, 攻击, 袭击, 攻撃, 공격
    """

    /// Payload of a keyword: a topic, or nil for an attack word.
    static let matcher: PhraseMatcher<Topic?> = {
        var matcher = PhraseMatcher<Topic?>()
        for line in data.split(separator: "\n") {
            let parts = line.trimmingSpaces.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let name = String(parts[0])
            let topic = Topic(rawValue: name)
            guard topic != nil || name == "attack" else { continue }
            for keyword in parts[1].split(separator: ",").map({ $0.trimmingSpaces }) where !keyword.isEmpty {
                let isStem = keyword.hasSuffix("*")
                matcher.add(isStem ? String(keyword.dropLast()) : keyword, topic, prefix: isStem)
            }
        }
        return matcher
    }()
}
