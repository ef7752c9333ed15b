/// Speech verbs of the supported languages, each mapped to the act it performs.
///
/// Data lines: `language act form, form, …`. In French and Spanish a form written `pp:xxx`
/// is a past participle, expanded with its auxiliaries ("a déclaré", "ont déclaré",
/// "a-t-il déclaré", "ha dicho"). A form written `verb ~particle` is a German separable
/// verb: "teilte ~mit" matches "teilte" when "mit" closes the clause later ("teilte am
/// Montag mit, …"). Flags after the act: `+inv` (only after a quote or comma), `+pre` (a
/// preposition: the speaker follows it, "according to X, …", "selon X", "по словам X"),
/// A form ending in `*` matches the start of a word: "وفقا ل*" is "according to" with the
/// preposition ل written on the speaker's first word ("وفقا لوزارة الدفاع"). `+fwd` (in Japanese and Korean: speaker first, content after, "Xによると、…"), any other
/// flag is the subject pronoun the form carries ("ujarnya", "по его словам"). Acts: say, accuse, deny, condemn, warn, threaten, ask,
/// propose, support, reject, claim, confirm, announce, promise, criticize, report (a
/// report verb whose subject is a news agency is a source citation, not a statement).
enum SpeechLexicon {
    /// What a verb form says and how it is read. A class, never changed once made: the matches
    /// of an article's forms copy one reference each, not four strings through generic value
    /// witnesses.
    final class Verb: Sendable {
        let language: String
        /// `language` as a small value, for the many tests of the statement stage (strings
        /// that differ are compared through a call into the runtime).
        let tag: LanguageTag
        let act: String
        /// A subject pronoun the form carries ("a-t-il ajouté", "ujarnya").
        let pronoun: String?
        /// A form that only attributes after a quote or comma ("…," kata X): "kata", "ujar".
        let invertedOnly: Bool
        /// A preposition whose object is the speaker ("according to", "selon", "menurut").
        let speakerFollows: Bool
        /// Speaker first and content after, in a language whose verbs otherwise follow the content.
        let contentFollows: Bool
        /// The particle of a separated German verb ("mit" of "teilte … mit"), folded.
        let particle: String?

        init(
            language: String, act: String, pronoun: String? = nil, invertedOnly: Bool = false, speakerFollows: Bool = false,
            contentFollows: Bool = false, particle: String? = nil
        ) {
            self.language = language
            tag = LanguageTag(language)
            self.act = act
            self.pronoun = pronoun
            self.invertedOnly = invertedOnly
            self.speakerFollows = speakerFollows
            self.contentFollows = contentFollows
            self.particle = particle
        }

        /// This verb as the first part of a separable German verb whose particle is `particle` (folded).
        func separated(from particle: String) -> Verb {
            Verb(language: language, act: act, pronoun: pronoun, invertedOnly: invertedOnly, speakerFollows: speakerFollows,
                 contentFollows: contentFollows, particle: particle)
        }

        /// Whether the act is to report: with a news agency as its subject, a source citation.
        var reports: Bool { act == "report" }
    }

    /// The languages whose speech verbs the statement stage reads in ways of their own; `other`
    /// for the rest.
    enum LanguageTag: Sendable {
        case ar, de, es, fr, it, ja, ko, pt, ru, zh, other

        init(_ code: String) {
            switch code {
            case "ar": self = .ar
            case "de": self = .de
            case "es": self = .es
            case "fr": self = .fr
            case "it": self = .it
            case "ja": self = .ja
            case "ko": self = .ko
            case "pt": self = .pt
            case "ru": self = .ru
            case "zh": self = .zh
            default: self = .other
            }
        }

        /// Whether verbs often stand without a subject ("وأضاف أن …", "Añadió que …"): the
        /// speaker is then the previous one.
        var dropsSubjects: Bool {
            switch self {
            case .ar, .es, .pt, .it, .ja, .ko, .zh, .ru: true
            case .de, .fr, .other: false
            }
        }
    }

    static let data = """
    en say said, says, say, told, tells, stated, states, added, adds, noted, notes, stressed, stresses, emphasized, emphasised, insisted, insists, asserted, declared, explained, reiterated, argued, argues, wrote, replied, responded, remarked, commented, acknowledged, admitted, conceded, observed, pointed out, issued a statement, said in a statement
    en claim claimed, claims, alleged, alleges
    en confirm confirmed, confirms
    en announce announced, announces
    en warn warned, warns, cautioned
    en threaten threatened, threatens, vowed to retaliate
    en accuse accused, accuses, blamed, blames
    en deny denied, denies, rejected claims
    en condemn condemned, condemns, denounced, denounces, deplored
    en criticize criticized, criticised, criticizes, slammed
    en reject rejected, rejects, dismissed, dismisses, refuted
    en ask asked, asks, urged, urges, called on, called for, demanded, demands, requested, requests, appealed
    en propose proposed, proposes, suggested, suggests, offered, offers
    en support backed, supported, supports, welcomed, welcomes, endorsed, praised
    en promise vowed, vows, pledged, pledges, promised, promises
    en report reported, reports
    en report+pre according to
    en report+him according to him
    en report+her according to her
    fr say pp:déclaré, pp:dit, pp:affirmé, pp:ajouté, pp:indiqué, pp:précisé, pp:souligné, pp:expliqué, pp:estimé, pp:assuré, pp:rappelé, pp:conclu, pp:insisté, pp:répondu, pp:reconnu, pp:jugé, pp:martelé, pp:fait savoir, pp:publié des déclarations, pp:publié une déclaration, pp:publié un communiqué, pp:publié une directive, pp:écrit, déclare, déclarent, affirme, affirment, estime, estiment, souligne, assure, explique, précise, indique, rappelle, dit, disent, ajoute
    fr say s'est dit, s'est dite, se sont dits, s'est déclaré, s'est déclarée
    fr claim pp:prétendu, pp:soutenu que, prétend
    fr confirm pp:confirmé, confirme
    fr announce pp:annoncé, annonce, annoncent
    fr warn pp:averti, pp:mis en garde, avertit, met en garde
    fr threaten pp:menacé, menace, menacent
    fr accuse pp:accusé, accuse, accusent
    fr deny pp:nié, pp:démenti, nie, nient, dément, démentent
    fr condemn pp:condamné, pp:dénoncé, condamne, condamnent, dénonce, dénoncent
    fr criticize pp:critiqué, pp:qualifié
    fr reject pp:rejeté, pp:refusé, rejette, rejettent
    fr ask pp:demandé, pp:appelé, pp:exhorté, pp:réclamé, pp:exigé, demande, demandent, appelle, réclame, exige
    fr propose pp:proposé, propose, proposent
    fr support pp:salué, pp:soutenu, soutient, salue
    fr promise pp:promis, promet
    fr report pp:rapporté, rapporte
    fr report+pre selon, d'après
    fr say+il estime-t-il, affirme-t-il, explique-t-il, ajoute-t-il, souligne-t-il, précise-t-il, assure-t-il, indique-t-il, déclare-t-il, poursuit-il, insiste-t-il, dit-il, juge-t-il
    fr say+elle estime-t-elle, affirme-t-elle, explique-t-elle, ajoute-t-elle, souligne-t-elle, précise-t-elle, assure-t-elle, indique-t-elle, déclare-t-elle, poursuit-elle, insiste-t-elle, dit-elle, juge-t-elle
    fr report+lui selon lui
    fr report+elle selon elle
    id say menegaskan kembali, menyebut, mengatakan, berkata, menyatakan, menegaskan, mengungkapkan, menjelaskan, menambahkan, menyebutkan, mengemukakan, menuturkan, mengakui, menilai, mengeluarkan pernyataan, menyampaikan, menekankan, memaparkan, mengutarakan, menerangkan
    id say+inv kata, ujar, ucap, tutur, jelas, tegas, imbuh, demikian pernyataan, demikian keterangan, demikian kata
    id say+nya katanya, ujarnya, ucapnya, tuturnya, jelasnya, tegasnya, ungkapnya, imbuhnya, tambahnya
    id claim mengklaim
    id confirm memastikan, membenarkan
    id announce mengumumkan
    id warn memperingatkan, mengingatkan
    id threaten mengancam
    id accuse menuduh, menuding
    id deny membantah, menyangkal, menepis, menampik
    id condemn mengecam, mengutuk
    id criticize mengkritik
    id reject menolak
    id ask meminta, mendesak, menyerukan, menuntut, mengimbau
    id propose mengusulkan, menawarkan
    id support mendukung, menyambut baik
    id promise berjanji
    id report melaporkan, memberitakan
    id report+pre menurut
    id report+nya menurutnya
    es say dijo, dijeron, escribió, afirmó, afirmaron, aseguró, aseguraron, declaró, declararon, señaló, señalaron, explicó, indicó, añadió, agregó, sostuvo, subrayó, destacó, insistió, manifestó, expresó, comentó, respondió, reconoció, dice, afirma, asegura, señala, sostiene, pp:dicho, pp:afirmado, pp:declarado, pp:asegurado, pp:señalado
    es say consideró, consideraron
    es confirm confirmó
    es announce anunció, anunciaron
    es warn advirtió, advirtieron, alertó, advierte
    es threaten amenazó, amenazaron, amenaza
    es accuse acusó, acusaron, acusa, pp:acusado
    es deny negó, negaron, niega, desmintió
    es condemn condenó, condenaron, condena, denunció, denunciaron
    es criticize criticó, calificó, calificaron
    es reject rechazó, rechazaron, rechaza
    es ask pidió, pidieron, instó, exigió, reclamó, solicitó, pide, exige, preguntó
    es propose propuso, propusieron, propone, ofreció
    es support respaldó, apoyó, apoya, celebró
    es promise prometió
    es report informó, informaron, reportó
    es report+pre según, de acuerdo con
    es report+ella según ella
    pt say disse, disseram, escreveu, afirmou, afirmaram, declarou, declararam, acrescentou, explicou, destacou, ressaltou, sublinhou, reiterou, comentou, garantiu, assegurou, observou, respondeu, reconheceu, diz, dizem, afirma
    pt say considerou, consideraram
    pt confirm confirmou
    pt announce anunciou, anunciaram
    pt warn alertou, advertiu, avisou, alerta
    pt threaten ameaçou, ameaçaram, ameaça
    pt accuse acusou, acusaram, acusa
    pt deny negou, negaram, nega, desmentiu
    pt condemn condenou, condenaram, condena, denunciou
    pt criticize criticou, classificou, qualificou
    pt reject rejeitou, rejeitaram, rejeita, recusou
    pt ask pediu, pediram, exigiu, cobrou, solicitou, pede, apelou, apelaram, perguntou
    pt propose propôs, propuseram, ofereceu
    pt support apoiou, defendeu, elogiou, saudou, saudaram
    pt promise prometeu
    pt report informou, noticiou
    pt report+pre segundo, de acordo com, conforme
    pt report+ele segundo ele
    pt report+ela segundo ela
    de say+inv so
    de say fügte ~hinzu, räumte ~ein, stellte ~klar, wies ~hin, gesagt, erklärt hat, betont hat, mitgeteilt, sagte, sagten, sagt, erklärte, erklärten, erklärt, betonte, betonten, betont, meinte, fügte hinzu, schrieb, bekräftigte, versicherte, unterstrich, äußerte, räumte ein, antwortete
    de claim behauptete, behauptet
    de confirm bestätigte, bestätigt
    de announce kündigte an, verkündete, teilte mit, angekündigt, kündigte ~an, teilte ~mit, gab ~bekannt
    de warn warnte, warnten, warnt, gewarnt
    de threaten drohte, drohten, droht
    de accuse warf vor, warf ~vor, warfen ~vor, wirft ~vor, beschuldigte, beschuldigt
    de deny bestritt, bestritten, bestreitet, dementierte, dementiert
    de condemn verurteilte, verurteilten, verurteilt
    de criticize kritisierte, kritisierten, kritisiert
    de reject wies zurück, lehnte ab, zurückgewiesen, wies ~zurück, wiesen ~zurück, weist ~zurück, lehnte ~ab, lehnten ~ab, lehnt ~ab
    de ask forderte, forderten, fordert, gefordert, bat, rief auf, rief ~auf, riefen ~auf, verlangte, fragte
    de propose schlug vor, bot an, schlug ~vor, bot ~an
    de support unterstützte, begrüßte, begrüßt
    de promise versprach, sicherte zu, sicherte ~zu
    de report berichtete, berichtet, meldete
    de report+pre laut, nach Angaben von, nach Angaben des, nach Angaben der
    de report+ihm nach seinen Angaben, seinen Angaben zufolge, ihm zufolge, nach seinen Worten
    de report+ihr nach ihren Angaben, ihren Angaben zufolge, nach ihren Worten
    de say+es hieß es
    ru say выразил, выразила, выразили, заявил, заявила, заявили, заявляет, сказал, сказала, сказали, отметил, отметила, отметили, подчеркнул, подчеркнула, подчеркнули, добавил, добавила, указал, указала, пояснил, пояснила, заверил, заверила, считает, говорит, говорится, заявляют, ответил, ответила, написал, написала
    ru claim утверждает, утверждал, утверждала
    ru confirm подтвердил, подтвердила, подтвердили
    ru announce объявил, объявила, объявили
    ru warn предупредил, предупредила, предупредили, предостерег
    ru threaten пригрозил, пригрозила, пригрозили, угрожает
    ru accuse обвинил, обвинила, обвинили, обвиняет, обвиняют
    ru deny опроверг, опровергла, опровергли, отрицает, отрицал, отрицала, отрицают
    ru condemn осудил, осудила, осудили, осуждает
    ru criticize раскритиковал, раскритиковала, критикует
    ru reject отверг, отвергла, отвергли, отклонил, отклонила
    ru ask призвал, призвала, призвали, потребовал, потребовала, потребовали, попросил, попросила, спросил, спросила
    ru propose предложил, предложила, предложили
    ru support поддержал, поддержала, поддержали, приветствовал
    ru promise пообещал, пообещала
    ru report сообщил, сообщила, сообщили, сообщает, передает, передаёт
    ru report+pre по словам, по данным, по мнению, по сообщению
    ru say+inv сообщили в, сообщили во, заявили в, отметили в, пояснили в
    ru say+pre как сообщили в, как сообщили во, как сообщили из, как заявили в, как отметили в, как пояснили в, как подчеркнули в
    ru report+его по его словам, по его мнению, по его данным
    ru report+её по ее словам, по её словам, по ее мнению, по её мнению
    ar say رأت, أعرب, أعربت, قال, قالت, يقول, تقول, قالوا, أكد, أكدت, يؤكد, تؤكد, أوضح, أوضحت, أضاف, أضافت, صرح, صرحت, تابع, تابعت, شدد, شددت, أشار, أشارت, اعتبر, اعتبرت, أبلغ, أبلغت, أصدر بيانا, أصدرت بيانا, أصدرت بيانات
    ar claim زعم, زعمت, ادعى, ادعت
    ar confirm أكدت مجددا
    ar announce أعلن, أعلنت, يعلن
    ar warn حذر, حذرت, يحذر, تحذر
    ar threaten هدد, هددت, يهدد, تهدد
    ar accuse اتهم, اتهمت, يتهم, تتهم
    ar deny نفى, نفت, ينفي, تنفي
    ar condemn أدان, أدانت, دان, دانت, ندد, نددت, يدين, تدين
    ar criticize انتقد, انتقدت
    ar reject رفض, رفضت, يرفض, ترفض
    ar ask طلب, طلبت, يطلب, تطلب, دعا, دعت, يدعو, تدعو, طالب, طالبت, تساءل, تساءلت
    ar propose اقترح, اقترحت
    ar support أيد, أيدت, رحب, رحبت, أشاد, أشادت
    ar promise تعهد, تعهدت
    ar report ذكر, ذكرت, أفاد, أفادت, نقلت
    ar report+pre بحسب, وبحسب, حسب, وحسب, وفقا ل*, طبقا ل*
    zh say 表示, 说, 称, 指出, 强调, 认为, 声称, 重申, 透露, 介绍, 回应, 坦言, 发表声明
    zh announce 宣布
    zh warn 警告
    zh threaten 威胁称, 威胁说, 威胁要, 威胁将
    zh accuse 指责, 指控
    zh deny 否认
    zh condemn 谴责
    zh criticize 批评
    zh reject 拒绝, 驳斥
    zh ask 呼吁, 要求, 敦促, 质问, 反问
    zh propose 提议, 建议
    zh support 支持, 欢迎
    zh promise 承诺
    zh report 报道
    zh say 回应称, 回應稱, 宣称, 宣稱, 說, 稱, 強調, 認為, 聲稱, 介紹, 回應, 發表聲明
    zh announce 宣佈
    zh threaten 威脅稱, 威脅說, 威脅要, 威脅將
    zh accuse 指責
    zh deny 否認
    zh condemn 譴責
    zh reject 拒絕, 駁斥
    zh ask 呼籲
    zh propose 建議
    zh support 歡迎
    zh promise 承諾
    zh report 報道, 報導
    ja say と述べ、, と語り、, と強調し、, と指摘し、, と述べるにとどめた, を表明した, ことを明らかにした, ことも明らかにした, 考えを示した, 意向を示した, 方針を示した, 認識を示した, との見解を示した, との考えを示した, と述べた, と語った, と話した, と強調した, と明らかにした, と指摘した, と説明した, と表明した, と述べている, と話している, と訴えた, と主張した, と答えた
    ja announce と発表した, との談話を発表した, との声明を発表した, との談話を出した, との声明を出した, とのコメントを発表した
    ja warn と警告した
    ja accuse と非難した
    ja deny と否定した
    ja criticize と批判した
    ja reject と反発した, と反論した
    ja ask と求めた, と要求した, と呼びかけた, よう呼びかけた, よう求めた, ように求めた, よう要請した, よう要求した
    ja propose と提案した
    ja say と投稿した, と応じた
    ja report と伝えた, と報じた
    ja report+fwd によると, によれば
    ko say 표명했다, 되풀이했다, 재확인했다, 말했다, 밝혔다, 강조했다, 덧붙였다, 설명했다, 지적했다, 주장했다, 언급했다, 답했다, 전망했다, 내다봤다, 말하며, 밝히며, 강조하며, 지적하며, 주장하며
    ko announce 발표했다
    ko warn 경고했다, 경고하며
    ko accuse 비난했다, 비난하며
    ko deny 부인했다
    ko condemn 규탄했다, 규탄하며
    ko criticize 비판했다, 항의했다, 비판하며
    ko reject 거부했다, 일축했다, 반박했다
    ko ask 촉구했다, 요구했다, 당부했다, 촉구하며
    ko propose 제안했다
    ko report 전했다, 보도했다
    ko report+fwd 에 따르면
    """

    /// French participles that are common outside speech ("un accord conclu", "le texte écrit"):
    /// only matched after their auxiliary.
    static let ambiguousParticiples: Set<String> = [
        "conclu", "dit", "écrit", "publié des déclarations", "publié une déclaration", "publié un communiqué",
        "publié une directive", "fait savoir", "reconnu", "appelé", "rappelé", "jugé", "soutenu", "promis", "refusé", "salué",
    ]

    /// Korean verbs follow a quotation or clause ending: "…라고 말했다", "…이라고 말했다", "…고 밝혔다",
    /// "…하겠다며 경고했다", "…다면서 말했다", "…한다는 입장을 밝혔다" ("stated the position that …"),
    /// "…라는 주장을 되풀이했다" ("repeated the claim that …"), "…라며 이같이 말했다" ("said so,
    /// saying …"). A form ending in 며 ("비난하며", "criticised … and") closes its statement's
    /// clause before the sentence goes on.
    static let koreanQuotativeEndings = [
        "고 ", "라고 ", "이라고 ", "며 ", "면서 ", "는 입장을 ", "는 뜻을 ", "라는 입장을 ", "이라는 입장을 ", "는 주장을 ", "라는 주장을 ", "이라는 주장을 ",
        "라며 이같이 ", "이라며 이같이 ", "며 이같이 ",
    ]

    /// Auxiliaries a `pp:` participle is expanded with, and the subject pronoun each carries.
    static let auxiliaries: [String: [(String, String?)]] = [
        "fr": [("a", nil), ("ont", nil), ("avait", nil), ("avaient", nil), ("aurait", nil), ("auraient", nil),
               ("a également", nil), ("a aussi", nil), ("ont également", nil), ("après avoir", nil),
               ("a pour sa part", nil), ("ont pour leur part", nil), ("a de son côté", nil), ("a quant à lui", nil), ("a quant à elle", nil),
               ("a-t-il", "il"), ("a-t-elle", "elle"), ("ont-ils", "ils"), ("ont-elles", "elles")],
        "es": [("ha", nil), ("han", nil), ("había", nil), ("habían", nil)],
    ]

    /// The polite past forms that broadcasters write for a Japanese or Korean plain past (NHK's
    /// "と述べました", "と語りました"; KBS's "밝혔습니다"): -た becomes -ました (語った, a
    /// godan verb, 語りました), -ている -ています, Korean -다 -습니다. Only the lexicon's past
    /// forms are written so: a godan past in -いた/-んだ (書いた) or a Korean present in -ㄴ다
    /// (밝힌다) would need its own rule.
    static func politeForms(of form: String, language: String) -> [String] {
        switch language {
        case "ja":
            if form.hasSuffix("語った") { return [String(form.dropLast(2)) + "りました"] }
            if form.hasSuffix("ている") { return [String(form.dropLast(2)) + "います"] }
            guard form.hasSuffix("た"), !form.hasSuffix("った") else { return [] }
            return [String(form.dropLast()) + "ました"]
        case "ko":
            guard form.hasSuffix("다") else { return [] }
            return [String(form.dropLast()) + "습니다"]
        default:
            return []
        }
    }

    /// Adds every form of every language to `matcher`, with the payload `wrap` makes of its verb.
    static func addForms<Payload>(to matcher: inout PhraseMatcher<Payload>, _ wrap: (Verb) -> Payload) {
        for line in data.split(separator: "\n") {
            let head = line.trimmingSpaces.split(separator: " ", maxSplits: 2)
            guard head.count == 3 else { continue }
            let language = String(head[0])
            let actField = head[1].split(separator: "+")
            let act = String(actField[0])
            let flag = actField.count > 1 ? String(actField[1]) : nil
            let carried = flag.flatMap { ["inv", "pre", "fwd"].contains($0) ? nil : $0 }
            let verb = Verb(language: language, act: act, pronoun: carried, invertedOnly: flag == "inv",
                            speakerFollows: flag == "pre", contentFollows: flag == "fwd")
            for form in head[2].split(separator: ",").map({ $0.trimmingSpaces }) where !form.isEmpty {
                if let tilde = form.firstIndex(of: "~") {
                    let particle = ScalarTable.fold(String(form[form.index(after: tilde)...]))
                    let folded = String(String.UnicodeScalarView(particle.compactMap(Unicode.Scalar.init)))
                    matcher.add(form[..<tilde].trimmingSpaces, wrap(verb.separated(from: folded)))
                } else if form.hasPrefix("pp:") {
                    let participle = String(form.dropFirst(3))
                    for (aux, pronoun) in auxiliaries[language] ?? [] {
                        matcher.add("\(aux) \(participle)", wrap(Verb(language: language, act: act, pronoun: pronoun)))
                    }
                    // "a par ailleurs affirmé": the auxiliary may stand apart; it is trimmed from the speaker.
                    if language == "fr", !ambiguousParticiples.contains(participle) {
                        matcher.add(participle, wrap(Verb(language: language, act: act, pronoun: nil)))
                    }
                } else if language == "ko", !verb.contentFollows {
                    for form in [form] + politeForms(of: form, language: language) {
                        for ending in koreanQuotativeEndings {
                            matcher.add(ending + form, wrap(Verb(language: language, act: act, pronoun: nil)))
                        }
                        // "…했다고 합참이 밝혔다": the bare verb, after its speaker (only so).
                        matcher.add(form, wrap(Verb(language: language, act: act, pronoun: nil, invertedOnly: true)))
                    }
                } else if language == "ja" {
                    for form in [form] + politeForms(of: form, language: language) {
                        matcher.add(form, wrap(verb))
                        // "…とも強調した" ("also stressed"): the quotative takes も.
                        if form.hasPrefix("と"), !form.hasPrefix("との") { matcher.add("とも" + form.dropFirst(), wrap(verb)) }
                    }
                } else if form.hasSuffix("*") {
                    matcher.add(String(form.dropLast()), wrap(verb), prefix: true)
                } else {
                    matcher.add(form, wrap(verb))
                }
            }
        }
    }
}

extension SpeechLexicon {
    /// Whether a verb form found in the text is used as a speech verb there: a separable
    /// German verb needs its particle to close a later clause ("wies … zurück."), and a
    /// French verb after the reflexive "s'"/"se" is reciprocal ("ils s'accusent
    /// mutuellement"), not an accusation by the subject. (Inlined: a match passed to a call
    /// from the array the caller reads in place is copied, for every verb form of the body.)
    @inline(__always)
    static func isSpeechUse(_ verb: PhraseMatcher<Verb>.Match, in text: ScalarText, limit: Int) -> Bool {
        if verb.payload.tag == .fr, isAfterReflexive(verb.start, in: text) { return false }
        guard let particle = verb.payload.particle else { return true }
        for word in text.lazyWordRanges(in: verb.end..<min(limit, verb.end + 300)) {
            let next = word.upperBound < text.count ? text.scalars[word.upperBound] : "."
            if ".!?;".unicodeScalars.contains(next) && text.foldedString(word) != particle { return false }
            if text.foldedString(word) == particle, ",.;:!?)\n".unicodeScalars.contains(next) || word.upperBound == limit { return true }
        }
        return false
    }

    private static func isAfterReflexive(_ start: Int, in text: ScalarText) -> Bool {
        if start >= 2, text.scalars[start - 1] == "'" || text.scalars[start - 1] == "’" {
            return text.folded[start - 2] == 0x73 && !text.isWord(start - 3)  // s'
        }
        guard start >= 3, text.isSpace(start - 1), text.folded[start - 3] == 0x73, text.folded[start - 2] == 0x65 else { return false }
        return !text.isWord(start - 4)  // se
    }
}
