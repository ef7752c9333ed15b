/// Function words that delimit a speaker phrase and the content of a statement, for all the
/// supported languages at once (folded). A word belongs to a set whatever the article's
/// language; the sets are chosen so that no entry is a content word in another language.
enum ClauseWords {
    private static func set(_ words: String) -> WordSet { WordSet(list: words) }

    /// Subordinators and coordinators: a speaker phrase never reaches back across them.
    static let clauseBoundaries = set("""
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
    static let leadingConnectors = set("""
    but and however meanwhile also then so yet still moreover furthermore separately later earlier
    namun tetapi tapi dan sementara itu selain kemudian lalu pun
    mais et cependant toutefois pourtant ensuite puis aussi or enfin par ailleurs
    pero y sin embargo además luego también
    mas e porém contudo além disso depois também
    aber und jedoch doch zudem außerdem dabei auch
    но и однако также а при этом как
    لكن ولكن و ثم كما وقد قد بينما أما
    한편 이에 대해 또 또한 이어 그러면서 반면
    """)

    /// Trailing words of a speaker phrase that are not the speaker: auxiliaries, adverbs and
    /// time words ("on Saturday", "late Sunday", "juga", "a également", "am Montag").
    static let trailingNoise = set("""
    on in at late early also again yesterday today tonight earlier later has have had will would could
    monday tuesday wednesday thursday friday saturday sunday morning evening night week last this
    juga pun telah sudah akan masih pada hari senin selasa rabu kamis jumat sabtu minggu kemarin ini lalu
    notamment ainsi déjà pourtant toutefois alors a ont avait avaient aurait auraient aussi également encore le lundi mardi mercredi jeudi vendredi samedi dimanche hier soir matin
    ha han había habían también el lunes martes miércoles jueves viernes sábado domingo ayer
    tem também na segunda terça quarta quinta sexta sábado domingo ontem feira
    am hat haben hatte auch montag dienstag mittwoch donnerstag freitag samstag sonntag gestern
    также ранее вновь уже сегодня в понедельник вторник среду четверг пятницу субботу воскресенье вчера журналистам репортерам корреспондентам
    الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد أمس اليوم يوم
    """)

    /// Days and relative days, which may stand between a verb and its content ("a accusé
    /// lundi le Mali …", "said Sunday that").
    static let timeWords = set("""
    monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
    senin selasa rabu kamis jumat sabtu minggu kemarin lundi mardi mercredi jeudi vendredi samedi dimanche hier
    lunes martes miércoles jueves viernes sábado domingo ayer montag dienstag mittwoch donnerstag freitag samstag sonntag gestern
    понедельник вторник среду четверг пятницу субботу воскресенье вчера الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد أمس
    """)

    /// Words that end a speaker phrase read after its verb ("said X in a statement").
    static let afterVerbStops = set("""
    in on at to during after before from with about according that as
    kepada dalam pada di saat ketika dengan bahwa dari kepada usai
    dans lors à au aux en devant selon que qu' après avant pour sur
    en durante ante a ante según tras que con
    em no na durante após segundo que com ao
    in am bei im auf nach vor gegenüber dass laut
    в на во при после перед по что
    في خلال يوم أمس اليوم عبر على من عن إلى الى مع قائلا قائلة مضيفا مضيفة بعد قبل أن إن لدى
    """)

    /// Words that open a relative clause inside a speaker phrase ("hackers who …", "peretas yang …").
    static let relativeMarkers = set("""
    who which that whose yang qui lequel laquelle que quien cuyo que der die das welche который которая которые которое الذي التي الذين
    """)

    /// Subject pronouns, resolved to the previous speaker.
    static let pronouns = set("""
    it he she they il elle ils elles on dia ia mereka beliau nya él ella ellos ellas ele ela eles elas er sie es он она они оно هو هي هم
    他 她 他们 它 彼 彼女 그 그녀
    """)

    /// Determiners and other words that cannot be a speaker on their own.
    static let determiners = set("""
    the a an this that these those le la les l' un une des du de ce cette ces el los las un una unos lo
    o os as um uma der die das ein eine einen dem den des этот эта эти
    sebuah seorang para itu ini tersebut
    """)

    /// Head words of national offices, which speak for the state of the story's dateline
    /// when no other country is named.
    static let offices = set("""
    ministry ministries minister government spokesman spokeswoman spokesperson president presidency cabinet
    ministère ministre gouvernement porte-parole présidence kementerian menteri pemerintah presiden istana
    ministerio ministro gobierno portavoz presidencia ministério governo porta-voz presidência
    ministerium minister regierung sprecher sprecherin präsident министерство министр правительство пресс-секретарь президент
    мид мида глава
    chancellor chanceler canciller chancelier kanzler kanzlerin
    الوزارة وزارة الوزير وزير الحكومة حكومة المتحدث المتحدثة متحدث الناطق الناطقة الرئيس الرئاسة
    """)

    /// Auxiliaries of the passive, before a participle that is then not a speech act by the subject.
    static let passiveAuxiliaries = set("""
    was were been being be is are été est sont fut furent fue fueron sido foi foram wurde wurden worden werden был была были было
    """)

    /// Auxiliaries and modals of a finite clause (never inside an inverted speaker phrase).
    static let finiteAuxiliaries = set("""
    has have had will would could should can must might did does do
    """)

    /// Conjunctions that set a second clause against the first ("while", "mientras", "tandis"):
    /// a speech verb after one belongs to another statement.
    static let contrastive = set("""
    while whereas mientras tandis alors enquanto sementara während wohingegen بينما
    """)

    /// Documents and figures cited as a source ("according to the report", "selon les chiffres"):
    /// a citation, not a speaker.
    static let documents = set("""
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
    static let passiveAgents = set("by par oleh por pelo pela von durch от")

    /// Words that introduce reported content after a speech verb.
    static let complementizers = set("""
    that bahwa bahwasanya que qu' dass что чтобы
    """)

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
            case 2: if c == 0x062A { return false }  // "انت"
            default: break
            }
            letters += 1
            bare += 1
        }
        return bare >= 2 && bare <= 5
    }

    static func isArabicComplementizer(_ folded: String) -> Bool {
        let bare = folded.hasPrefix("ب") ? String(folded.dropFirst()) : folded
        return bare.hasPrefix("ان") && bare.count <= 5 && !bare.hasPrefix("انت")
    }
}

/// A set of folded words, tested either as strings or, without building one, on a word of
/// the text: the folded scalars of the word are hashed where they stand and compared with
/// the entries in an open-addressing table, so a test allocates nothing. Most words tested
/// are in no set: a bit set of the entries' first two scalars turns them away before the
/// whole word is hashed.
struct WordSet: Sendable {
    /// The folded scalars of every entry, one after another.
    private let scalars: [UInt32]
    /// Where each entry starts in `scalars`; one more element than entries.
    private let starts: [Int]
    /// Entry index + 1 at each hash slot, 0 for an empty slot; the count is a power of two.
    private let slots: [Int32]
    /// The bits of the entries' first two scalars (see ``pairBit(_:_:)``).
    private let pairs: [UInt64]
    private static let pairBitCount = 1024

    /// The set of `words`, folded here.
    init(_ words: [String]) {
        self.init(folded: words.map { String(String.UnicodeScalarView(ScalarTable.fold($0).compactMap(Unicode.Scalar.init))) })
    }

    /// The set of words folded already (as ``ScalarText/foldedString(_:)`` gives them;
    /// folding is not idempotent: "İ" folds to "I").
    init(folded words: [String]) {
        var scalars: [UInt32] = [], starts: [Int] = [0]
        var pairs = [UInt64](repeating: 0, count: Self.pairBitCount / 64)
        for word in words {
            let entry = word.unicodeScalars.map(\.value).filter { $0 != 0 }
            let bit = Self.pairBit(entry.first ?? 0, entry.count > 1 ? entry[1] : 0)
            pairs[bit >> 6] |= 1 << UInt64(bit & 63)
            scalars += entry
            starts.append(scalars.count)
        }
        var size = 16
        while size < starts.count * 2 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for entry in 0..<(starts.count - 1) {
            var slot = scalars.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[starts[entry]..<starts[entry + 1]])) } & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(entry + 1)
        }
        self.scalars = scalars
        self.starts = starts
        self.slots = slots
        self.pairs = pairs
    }

    /// The words of `list`, separated by spaces, line breaks or `|`.
    init(list: String) {
        self.init(list.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "|" }).map(String.init))
    }

    /// Whether `folded` (a folded word, as ``ScalarText/foldedString(_:)`` gives it) is in the set.
    func contains(_ folded: String) -> Bool {
        folded.unicodeScalars.map(\.value).withUnsafeBufferPointer { contains($0) }
    }

    /// Whether the folded word of `text` at `range` is in the set: `contains(text.foldedString(range))`.
    func contains(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        text.folded.withUnsafeBufferPointer { contains(UnsafeBufferPointer(rebasing: $0[range.clamped(to: 0..<$0.count)])) }
    }

    /// Whether the folded scalars `word` (0s skipped) are an entry.
    private func contains(_ word: UnsafeBufferPointer<UInt32>) -> Bool {
        var first: UInt32 = 0, second: UInt32 = 0
        for c in word where c != 0 {
            if first == 0 { first = c } else { second = c; break }
        }
        let bit = Self.pairBit(first, second)
        guard pairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
        var slot = Self.hash(word) & (slots.count - 1)
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if Self.equal(word, scalars[starts[entry]..<starts[entry + 1]]) { return true }
            slot = (slot + 1) & (slots.count - 1)
        }
        return false
    }

    /// The filter bit of a word whose first two scalars (0 for none) are `first` and `second`.
    @inline(__always) private static func pairBit(_ first: UInt32, _ second: UInt32) -> Int {
        let h = (UInt64(first) &* 0x9E37_79B9_7F4A_7C15) ^ (UInt64(second) &* 0xBF58_476D_1CE4_E5B9)
        return Int(truncatingIfNeeded: h >> 54)  // 10 bits: pairBitCount
    }

    /// FNV-1a over the scalars, skipping the 0s folding leaves for ignored marks.
    private static func hash(_ folded: UnsafeBufferPointer<UInt32>) -> Int {
        var h = ScalarFolding.hashSeed
        for c in folded where c != 0 { h = ScalarFolding.hash(h, adding: c) }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// Whether `word` (which may hold 0s) equals `entry` (which holds none).
    private static func equal(_ word: UnsafeBufferPointer<UInt32>, _ entry: ArraySlice<UInt32>) -> Bool {
        var e = entry.startIndex
        for c in word where c != 0 {
            guard e < entry.endIndex, entry[e] == c else { return false }
            e += 1
        }
        return e == entry.endIndex
    }
}
