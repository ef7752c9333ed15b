/// Function words that delimit a speaker phrase and the content of a statement, for all the
/// supported languages at once (folded). A word belongs to a set whatever the article's
/// language; the sets are chosen so that no entry is a content word in another language.
enum ClauseWords {
    private static func set(_ kind: ClauseWordKinds, _ words: String) -> ClauseWordSet { ClauseWordSet(kind, words) }

    /// Subordinators and coordinators: a speaker phrase never reaches back across them.
    static let clauseBoundaries = set(.clauseBoundary, """
    after before when while as because since although though but whereas where which who that
    setelah sesudah sebelum ketika saat sementara karena meskipun namun tetapi tapi sedangkan bahwa
    après avant lorsque quand car puisque alors tandis mais que qu' où dont
    después antes cuando mientras porque aunque pero sino donde
    depois quando enquanto porque embora mas onde
    nachdem bevor als wenn während weil obwohl aber sondern dass
    после когда пока потому хотя но а что
    لكن بعد قبل عندما حين بينما لأن رغم إذ حيث ثم
    """)

    /// Words that may open a clause without being part of the speaker.
    static let leadingConnectors = set(.leadingConnector, """
    but and however meanwhile also then so yet still moreover furthermore separately later earlier
    namun tetapi tapi dan sementara itu selain kemudian lalu pun
    mais et cependant toutefois pourtant ensuite puis aussi or enfin par ailleurs
    pero y sin embargo además luego también después posteriormente más tarde
    mas e porém contudo além disso depois também posteriormente
    aber und jedoch doch zudem außerdem dabei auch
    но и однако также а при этом как ранее позднее позже затем
    لكن ولكن و ثم كما وقد قد بينما أما فيما في من جانبه جانبها جهته جهتها بدوره بدورها المقابل ناحيته ناحيتها
    한편 이에 대해 또 또한 이어 그러면서 반면
    в свою очередь su parte sua vez
    """)

    /// Trailing words of a speaker phrase that are not the speaker: auxiliaries, adverbs and
    /// time words ("on Saturday", "late Sunday", "juga", "a également", "am Montag").
    static let trailingNoise = set(.trailingNoise, """
    лишь только
    on in at late early also again yesterday today tonight earlier later has have had will would could
    monday tuesday wednesday thursday friday saturday sunday morning evening night week last this
    juga pun telah sudah akan masih pada hari senin selasa rabu kamis jumat sabtu minggu kemarin ini lalu dalam pernyataannya keterangannya
    notamment ainsi déjà pourtant toutefois alors a ont avait avaient aurait auraient aussi également encore le lundi mardi mercredi jeudi vendredi samedi dimanche hier soir matin
    ha han había habían también el lunes martes miércoles jueves viernes sábado domingo ayer
    tem também na segunda terça quarta quinta sexta sábado domingo ontem feira
    am hat haben hatte auch montag dienstag mittwoch donnerstag freitag samstag sonntag gestern
    также ранее вновь уже сегодня в во понедельник вторник среду четверг пятницу субботу воскресенье вчера журналистам репортерам корреспондентам
    الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد أمس اليوم يوم
    """)

    /// Days and relative days, which may stand between a verb and its content ("a accusé
    /// lundi le Mali …", "said Sunday that").
    static let timeWords = set(.timeWord, """
    monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
    senin selasa rabu kamis jumat sabtu minggu kemarin lundi mardi mercredi jeudi vendredi samedi dimanche hier
    lunes martes miércoles jueves viernes sábado domingo ayer hoy montag dienstag mittwoch donnerstag freitag samstag sonntag gestern
    segunda-feira terça-feira quarta-feira quinta-feira sexta-feira hoje ontem
    понедельник вторник среду четверг пятницу субботу воскресенье вчера الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد أمس
    اليوم يوم
    """)

    /// Words that end a speaker phrase read after its verb ("said X in a statement").
    static let afterVerbStops = set(.afterVerbStop, """
    in on at to during after before from with about according that as
    kepada dalam pada di saat ketika dengan bahwa dari kepada usai
    dans lors à au aux en devant selon que qu' après avant pour sur
    en durante ante a ante según tras que con
    em no na durante após segundo que com ao aos às
    in am bei im auf nach vor gegenüber dass laut dem aus gegen
    в на во при после перед по что против against contre
    في خلال يوم أمس اليوم عبر على من عن إلى الى مع قائلا قائلة مضيفا مضيفة بعد قبل أن إن لدى عقب
    """)

    /// Words that open a relative clause inside a speaker phrase ("hackers who …", "peretas yang …").
    static let relativeMarkers = set(.relativeMarker, """
    who which that whose yang qui lequel laquelle que quien cuyo que der die das welche который которая которые которое الذي التي الذين
    """)

    /// Subject pronouns, resolved to the previous speaker.
    static let pronouns = set(.pronoun, """
    it he she they il elle ils elles on dia ia mereka beliau nya él ella ellos ellas ele ela eles elas er sie es он она они оно هو هي هم
    他 她 他们 它 彼 彼女 그 그녀
    """)

    /// Determiners and other words that cannot be a speaker on their own.
    static let determiners = set(.determiner, """
    the a an this that these those le la les l' un une des du de ce cette ces el los las un una unos lo
    o os as um uma der die das ein eine einen dem den des этот эта эти
    sebuah seorang para itu ini tersebut ambos ambas todos todas kein keine keinen keiner keinem keines
    viele jede jeder jedes jedem jeden alle beide beiden einige mehrere diese dieser dieses diesem diesen weitere zahlreiche
    """)

    /// Head words of national offices, which speak for the state of the story's dateline
    /// when no other country is named.
    static let offices = set(.office, """
    ministry ministries minister ministers government spokesman spokeswoman spokesperson president presidency cabinet
    ministère ministre gouvernement porte-parole présidence kementerian menteri pemerintah presiden istana
    ministerio ministro ministros gobierno portavoz presidencia ministério governo porta-voz presidência ministres министры
    ministerium minister regierung sprecher sprecherin präsident außenministerium außenministeriums verteidigungsministerium
    verteidigungsministeriums innenministerium innenministeriums finanzministerium finanzministeriums wirtschaftsministerium
    wirtschaftsministeriums justizministerium justizministeriums staatssekretariat министерство министр правительство пресс-секретарь президент
    мид мида глава вице-премьер премьер secretary presidential palace secrétaire secretario secretário sekretaris secretaría secretaria
    chancellor chanceler canciller chancelier kanzler kanzlerin секретарь министров кабинета
    général general jenderal d'état-major état-major vice-president vice-président vice-presidente vicepresidente vicepresidenta vice-presidenta vizepräsident вице-президент kepala
    président présidente presidente presidenta ministra senator senador sénateur congressman congresswoman congresista lawmaker député diputado deputado abgeordnete abgeordneter депутат сенатор
    الوزارة وزارة الوزير وزير الحكومة حكومة المتحدث المتحدثة متحدث الناطق الناطقة الرئيس الرئاسة
    """)

    /// Auxiliaries of the passive, before a participle that is then not a speech act by the subject.
    static let passiveAuxiliaries = set(.passiveAuxiliary, """
    was were been being be is are été est sont fut furent fue fueron sido foi foram wurde wurden worden werden был была были было ser être
    """)

    /// Auxiliaries and modals of a finite clause (never inside an inverted speaker phrase).
    static let finiteAuxiliaries = set(.finiteAuxiliary, """
    has have had will would could should can must might did does do
    """)

    /// Conjunctions that set a second clause against the first ("while", "mientras", "tandis"):
    /// a speech verb after one belongs to another statement.
    static let contrastive = set(.contrastive, """
    while whereas mientras tandis alors enquanto sementara während wohingegen بينما فيما
    """)

    /// Documents and figures cited as a source ("according to the report", "selon les chiffres"):
    /// a citation, not a speaker.
    static let documents = set(.document, """
    report reports data figures statistics survey poll study estimates documents records document
    rapport données chiffres statistiques sondage étude estimations document
    informe datos cifras estadísticas encuesta estudio estimaciones documento
    relatório dados números estatísticas pesquisa estudo estimativas documento
    bericht angaben daten zahlen statistik umfrage studie schätzungen dokument
    laporan data angka statistik survei jajak studi perkiraan dokumen
    данным данных докладу исследованию опросу оценкам документу статистике
    تقرير التقرير بيانات البيانات الأرقام أرقام إحصاءات الإحصاءات دراسة استطلاع
    """)

    /// Prepositions that introduce the agent of a passive ("conclu par le président"): a phrase
    /// opening with one is not a speaker.
    static let passiveAgents = set(.passiveAgent, "by par oleh por pelo pela von durch от")

    /// Words that introduce reported content after a speech verb.
    static let complementizers = set(.complementizer, """
    that bahwa bahwasanya que qu' dass что чтобы
    """)

    /// Conjunctions that join a second clause or predicate ("and that", "et que", "y recordó",
    /// "dan bahwa").
    static let coordinators = set(.coordinator, "and et y e und dan и")

    /// Participles that add a second content to a statement ("…, adding that …").
    static let participlesOfSpeech = set(.participleOfSpeech, """
    adding saying noting stressing insisting warning arguing ajoutant soulignant précisant
    estimant assurant añadiendo agregando señalando subrayando acrescentando afirmando dizendo
    sublinhando sagte hinzufügend добавив отметив подчеркнув заявив
    """)

    /// Arabic participles after which the content follows ("قائلا", "مضيفا").
    static let participlesBeforeContent = set(.participleBeforeContent, "قائلا قائلة مضيفا")

    /// Lower-case particles of personal names ("Lula da Silva", "von der Leyen").
    static let nameParticles = set(.nameParticle, "da de do dos das del la van von der den bin ibn al el")

    /// Negations before a verb ("did not say", "never said"): no statement.
    static let negations = set(.negation, "not never n't didn't hasn't haven't hadn't nicht nie tidak belum никогда")

    /// "of", "des": the body or country an office belongs to follows.
    static let genitives = set(.genitive, "of for des du della dei")

    /// Words of asides set off by commas ("for his part", "in turn", "for its part", "por su parte").
    static let asideWords = set(.asideWord, "for his her its their part in turn meanwhile however also por")

    /// Articles of English and the Romance languages, after which a verb form is a noun
    /// ("une menace", "the claims"; not "lo": "así lo afirmó").
    static let articles = set(.article, "the a an le la les un une des el los las una um uma")

    /// German articles of an object (not of a genitive: "Sprecher der Regierung").
    static let objectArticles = set(.objectArticle, "den dem das die einen eine ein einem")

    /// ``isArabicComplementizer(_:)`` of the word of `text` at `range`, folded only when it is Arabic.
    static func isArabicComplementizer(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        guard text.isArabic(range.lowerBound) else { return false }
        guard text.standsAlone(range) else { return isArabicComplementizer(text.foldedString(range)) }
        // In place: each scalar is a Character.
        var letters = 0, bare = 0
        for i in range where text.folded[i] != 0 {
            let c = text.folded[i]
            if letters == 0 && c == 0x0628 { letters = 1; continue }  // ب
            switch bare {
            case 0: guard c == 0x0627 else { return false }  // ا
            case 1: guard c == 0x0646 else { return false }  // ن
            case 2: if c == 0x062A || c == 0x0648 { return false }  // "انت", and "انو" of the name أنور
            default: break
            }
            letters += 1
            bare += 1
        }
        return bare >= 2 && bare <= 5
    }

    static func isArabicComplementizer(_ folded: String) -> Bool {
        let bare = folded.hasPrefix("ب") ? String(folded.dropFirst()) : folded
        return bare.hasPrefix("ان") && bare.count <= 5 && !bare.hasPrefix("انت") && !bare.hasPrefix("انو")
    }

    /// Every set above, for the table of all of them.
    private static let all = [
        clauseBoundaries, leadingConnectors, trailingNoise, timeWords, afterVerbStops, relativeMarkers, pronouns, determiners,
        offices, passiveAuxiliaries, finiteAuxiliaries, contrastive, documents, passiveAgents, complementizers,
        coordinators, participlesOfSpeech, participlesBeforeContent, nameParticles, negations, genitives, asideWords, articles,
        objectArticles,
    ]

    /// All the sets in one table: a word is hashed once, whichever sets are asked about it.
    fileprivate static let table = KindedWordTable(all.map { ($0.list, $0.kind.rawValue) })

    /// The sets the folded word of `text` at `range` belongs to.
    static func kinds(_ text: ScalarText, _ range: Range<Int>) -> ClauseWordKinds {
        ClauseWordKinds(rawValue: table.kinds(text, range))
    }

    /// The sets the folded word `folded` belongs to.
    static func kinds(_ folded: String) -> ClauseWordKinds {
        ClauseWordKinds(rawValue: table.kinds(folded))
    }
}

/// The sets of ``ClauseWords`` a word belongs to.
struct ClauseWordKinds: WordKinds {
    let rawValue: UInt32
    static func of(_ text: ScalarText, _ range: Range<Int>) -> Self { ClauseWords.kinds(text, range) }
    static func of(_ folded: String) -> Self { ClauseWords.kinds(folded) }
    static let clauseBoundary = ClauseWordKinds(rawValue: 1 << 0)
    static let leadingConnector = ClauseWordKinds(rawValue: 1 << 1)
    static let trailingNoise = ClauseWordKinds(rawValue: 1 << 2)
    static let timeWord = ClauseWordKinds(rawValue: 1 << 3)
    static let afterVerbStop = ClauseWordKinds(rawValue: 1 << 4)
    static let relativeMarker = ClauseWordKinds(rawValue: 1 << 5)
    static let pronoun = ClauseWordKinds(rawValue: 1 << 6)
    static let determiner = ClauseWordKinds(rawValue: 1 << 7)
    static let office = ClauseWordKinds(rawValue: 1 << 8)
    static let passiveAuxiliary = ClauseWordKinds(rawValue: 1 << 9)
    static let finiteAuxiliary = ClauseWordKinds(rawValue: 1 << 10)
    static let contrastive = ClauseWordKinds(rawValue: 1 << 11)
    static let document = ClauseWordKinds(rawValue: 1 << 12)
    static let passiveAgent = ClauseWordKinds(rawValue: 1 << 13)
    static let complementizer = ClauseWordKinds(rawValue: 1 << 14)
    static let coordinator = ClauseWordKinds(rawValue: 1 << 15)
    static let participleOfSpeech = ClauseWordKinds(rawValue: 1 << 16)
    static let participleBeforeContent = ClauseWordKinds(rawValue: 1 << 17)
    static let nameParticle = ClauseWordKinds(rawValue: 1 << 18)
    static let negation = ClauseWordKinds(rawValue: 1 << 19)
    static let genitive = ClauseWordKinds(rawValue: 1 << 20)
    static let asideWord = ClauseWordKinds(rawValue: 1 << 21)
    static let article = ClauseWordKinds(rawValue: 1 << 22)
    static let objectArticle = ClauseWordKinds(rawValue: 1 << 23)
    // (The memo keeps a word's kinds in 24 bits: a further kind needs a wider memo value or a
    // second table.)
}

/// One set of ``ClauseWords``, looked up in the table of them all.
typealias ClauseWordSet = KindedWordSet<ClauseWordKinds>

/// The ``ClauseWords`` sets of the words of one article, each word looked up once: the
/// statement stage asks about the same words several times (the clause before a verb, its
/// speaker phrase, the content after it, the resolved speaker).
final class ClauseWordMemo {
    private let text: ScalarText
    /// ``ClauseWords``' table, read once: a static is reached through a lazy-initialisation
    /// check at every use, and most words are looked up only once.
    private let table = ClauseWords.table
    /// The words asked about, by the low bits of their start (a direct-mapped cache: a word
    /// whose slot a later one took is looked up again): start << 32 | (1 + its length) << 24 |
    /// its sets (24 bits); 0 for an empty slot. Made at the first word asked about: a
    /// kilobyte to zero, not four bytes for every scalar of the text.
    private var slots: UnsafeMutablePointer<UInt64>?
    private static let slotCount = 128

    init(text: ScalarText) {
        self.text = text
    }

    deinit {
        slots?.deallocate()
    }

    /// `ClauseWords.kinds(text, range)`, remembered by the word's start and length.
    func kinds(_ range: Range<Int>) -> ClauseWordKinds {
        let start = range.lowerBound
        guard start >= 0, start < text.count, start <= UInt32.max, range.count < 255 else { return ClauseWords.kinds(text, range) }
        let slot = (slots ?? allocate()) + (start & (Self.slotCount - 1))
        let key = UInt64(truncatingIfNeeded: start) << 32 | UInt64(truncatingIfNeeded: range.count + 1) << 24
        if slot.pointee & ~0xFF_FFFF == key { return ClauseWordKinds(rawValue: UInt32(truncatingIfNeeded: slot.pointee) & 0xFF_FFFF) }
        let kinds = ClauseWordKinds(rawValue: table.kinds(text, range))
        slot.pointee = key | UInt64(kinds.rawValue)
        return kinds
    }

    private func allocate() -> UnsafeMutablePointer<UInt64> {
        let slots = UnsafeMutablePointer<UInt64>.allocate(capacity: Self.slotCount)
        slots.initialize(repeating: 0, count: Self.slotCount)
        self.slots = slots
        return slots
    }
}
