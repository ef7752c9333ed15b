/// The word lists ``PeopleFinder`` reads names with: titles, institution and place words,
/// calendar words, person nouns and the Arabic lists, all answered by one table
/// (``PeopleFinder/roles(_:_:)``).
extension PeopleFinder {
    /// Title words, dropped from the front of a name and read for the person's country.
    static let titles = NameWordSet(.title, """
    president minister foreign prime secretary spokesman spokeswoman spokesperson ambassador chancellor king queen
    leader general senator governor chief director deputy vice envoy counterpart his her state mr mrs ms dr us
    secretary-general gen lt col maj capt adm sgt sen rep gov prof sr sra dra gral
    président ministre premier secrétaire porte-parole ambassadeur chef directeur général homologue son sa m mme
    presiden menteri menlu perdana luar negeri juru bicara duta besar kepala direktur jenderal wakil pemimpin bapak ibu
    perdagangan pertahanan keuangan dalam hukum kesehatan pendidikan perhubungan perindustrian pertanian koordinator
    sekretaris kabinet agama sosial energi investasi kelautan perikanan ketenagakerjaan
    presidente ministro primer secretario portavoz embajador canciller jefe porta-voz embaixador chanceler
    präsident minister kanzler sprecher botschafter außenminister bundeskanzler herr frau präsidenten ministerpräsident
    ministerpräsidenten staatschef
    amtskollege amtskollegen amtskollegin ihr ihrem ihren ihres sein seinem seinen seines
    президент министр премьер глава посол пресс-секретарь госсекретарь канцлер лидер
    """)

    /// Endings of compound titles ("Außenminister", "Kremlsprecher", "CDU-Außenpolitiker").
    static let titleEndings = ["minister", "ministerin", "sprecher", "sprecherin", "politiker", "politikerin", "prasident",
                               "prasidentin", "kanzler", "kanzlerin", "chef", "chefin", "botschafter", "botschafterin",
                               "sekretar", "sekretarin", "berater", "beraterin"]

    /// The roles of the folded word of `text` at `range`, from the table of every list.
    static func roles(_ text: ScalarText, _ range: Range<Int>) -> NameWordRoles {
        NameWordRoles(rawValue: roleTable.kinds(text, range))
    }

    /// The roles of the folded word `folded`.
    static func roles(_ folded: String) -> NameWordRoles {
        NameWordRoles(rawValue: roleTable.kinds(folded))
    }

    /// Every list of names' words, and the ``ClauseWords`` sets asked about them, in one table:
    /// a word is hashed once, whichever lists are asked about it.
    private static let roleTable = KindedWordTable(
        [titles, institutionWords, sourcePrepositions, calendarWords, personNouns, arabicTitles, arabicNameParts, arabicNonNames,
         arabicNameFollowers, inTheNameOf].map { ($0.list, $0.kind.rawValue) }
        + [(ClauseWords.determiners.list, NameWordRoles.determiner.rawValue),
           (ClauseWords.leadingConnectors.list, NameWordRoles.leadingConnector.rawValue),
           (ClauseWords.pronouns.list, NameWordRoles.pronoun.rawValue)])

    /// ``titleEndings`` as scalars, for the test on a word of the text.
    private static let titleEndingScalars = titleEndings.map { $0.unicodeScalars.map(\.value) }

    /// Whether the word of `text` at `range` is a title word or ends like a compound title
    /// ("außenminister"), read in place.
    static func isTitle(_ range: Range<Int>, in text: ScalarText) -> Bool {
        titles.contains(text, range) || hasTitleEnding(range, in: text)
    }

    /// ``hasTitleEnding(_:)`` of the word of `text` at `range`, read in place; only the
    /// endings with the word's last scalar are compared.
    static func hasTitleEnding(_ range: Range<Int>, in text: ScalarText) -> Bool {
        guard let last = range.last(where: { text.folded[$0] != 0 }), titleEndingLasts & 1 << UInt64(text.folded[last] & 63) != 0 else {
            return false
        }
        return titleEndingScalars.contains { text.foldedWord(range, hasLongerSuffix: $0) }
    }

    /// Bit `c & 63` for the last scalar c of each of ``titleEndings``.
    private static let titleEndingLasts = titleEndingScalars.reduce(UInt64(0)) { $0 | 1 << UInt64($1.last! & 63) }

    /// A compound title ("außenminister", "regierungssprecher").
    static func hasTitleEnding(_ folded: String) -> Bool {
        // The endings are ASCII, so comparing UTF-8 suffixes is comparing Characters.
        titleEndings.contains { ending in
            folded.utf8.count > ending.utf8.count && folded.utf8.suffix(ending.utf8.count).elementsEqual(ending.utf8)
        }
    }

    /// Words that make a capitalised run an organisation or a place, not a person.
    static let institutionWords = NameWordSet(.institution, """
    ministry bureau agency council department office news pictures entertainment corporation company group
    university party army forces committee organization organisation union nations house senate congress court
    bank cinemas cinema studios service services post times press network television radio center centre
    ministère conseil agence bureau gouvernement nations unies assemblée armée parti
    kementerian dewan badan kantor pemerintah perserikatan bangsa-bangsa
    ministerio consejo agencia gobierno ministerium rat regierung министерство совет агентство правительство
    relações relaciones exteriores estrangeiros negócios asuntos affaires étrangères defesa defensa hacienda fazenda
    affairs organização organización
    camp street avenue city island islands sea ocean river mount valley hollywood california
    shoal reef atoll strait cape gulf bay peninsula province lake canal harbour harbor airport square
    cabo golfo estreito estrecho península provincia província île détroit golfe
    treaty agreement accord convention school institute studies foundation principles standards banco bank
    armadas armées palácio palais nacional commission comisión comissão kommission selatan utara barat fondo fundo
    fonds monetario monetário monétaire internacional international internationale
    """)

    /// "according to" words that open a sentence before a name ("Menurut Roy", "Segundo
    /// Zakharova", "Nach Angaben"): as after an institution, a name may follow them, never
    /// include them.
    static let sourcePrepositions = NameWordSet(.institution, """
    menurut segundo según selon laut nach angaben gemäß zufolge conforme
    """)

    /// Calendar words and other capitalised non-names.
    static let calendarWords = NameWordSet(.calendar, """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december dec jan feb internet christmas noël natal
    senin selasa rabu kamis jumat sabtu minggu lundi mardi mercredi jeudi vendredi samedi dimanche
    montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz mai juni juli oktober dezember
    millionen milliarden prozent euro
    """)

    /// Arabic title words after which a name stands between commas.
    static let arabicTitles = NameWordSet(.arabicTitle, """
    وزير وزيرة الرئيس رئيس رئيسة نظيره لنظيره الزعيم للزعيم المتحدث المتحدثة الناطق الناطقة السفير السفيرة سفير الأمين
    الملك ولي زعيم للرئيس والرئيس المستشار مستشار المدير مدير القائد قائد
    """)

    /// Definite words that are parts of Arabic names ("عبد الله", "نور الدين").
    static let arabicNameParts = NameWordSet(.arabicNamePart, "الله الدين الرحمن العزيز الرحيم")

    /// Nouns for a person, which make a capitalised word before them a name when they head an
    /// apposition ("Debevoise, a lawyer for …", "Haddad, porte-parole du …").
    static let personNouns = NameWordSet(.personNoun, """
    lawyer attorney official analyst professor researcher expert adviser advisor diplomat lawmaker legislator
    journalist activist economist author founder executive commander member head resident witness negotiator
    avocat responsable analyste chercheur professeur expert conseiller diplomate député élu militant économiste
    abogado funcionario analista investigador experto asesor diplomático diputado activista economista
    advogado funcionário pesquisador especialista assessor diplomata deputado
    anwalt analyst experte berater diplomat abgeordneter
    pengacara pejabat analis peneliti pakar penasihat diplomat anggota
    """)

    /// Words that cannot open an Arabic name after a title, nor be part of it (prepositions,
    /// time words, "all").
    static let arabicNonNames = NameWordSet(.arabicNonName, "خلال في على عن من إلى الى مع يوم أمس اليوم بعد قبل عقب لدى عبر ضد منذ حول بشأن إنه أنه أمام باسم نيابة جميع كل كافة")

    /// Words that may follow a name before the content ("… سفيان القضاة في بيان إن").
    static let arabicNameFollowers = NameWordSet(.arabicNameFollower, "في خلال أمام لوكالة اليوم أمس")

    /// "باسم" ("in the name of"), which a title takes before its ministry ("المتحدث باسم الخارجية").
    static let inTheNameOf = NameWordSet(.inTheNameOf, "باسم")
}

/// The lists of ``PeopleFinder`` a word of the text is in, and the ``ClauseWords`` sets it
/// asks about words: one lookup answers them all.
struct NameWordRoles: WordKinds {
    let rawValue: UInt32
    static func of(_ text: ScalarText, _ range: Range<Int>) -> Self { PeopleFinder.roles(text, range) }
    static func of(_ folded: String) -> Self { PeopleFinder.roles(folded) }
    static let title = NameWordRoles(rawValue: 1 << 0)
    static let institution = NameWordRoles(rawValue: 1 << 1)
    static let calendar = NameWordRoles(rawValue: 1 << 2)
    static let personNoun = NameWordRoles(rawValue: 1 << 3)
    static let arabicTitle = NameWordRoles(rawValue: 1 << 4)
    static let arabicNamePart = NameWordRoles(rawValue: 1 << 5)
    static let arabicNonName = NameWordRoles(rawValue: 1 << 6)
    static let arabicNameFollower = NameWordRoles(rawValue: 1 << 7)
    static let inTheNameOf = NameWordRoles(rawValue: 1 << 8)
    static let determiner = NameWordRoles(rawValue: 1 << 9)
    static let leadingConnector = NameWordRoles(rawValue: 1 << 10)
    static let pronoun = NameWordRoles(rawValue: 1 << 11)
    /// Not in the table: a word inside a country reference, marked by ``PeopleFinder`` itself.
    static let country = NameWordRoles(rawValue: 1 << 31)
}

/// One list of ``PeopleFinder``, looked up in the table of them all.
typealias NameWordSet = KindedWordSet<NameWordRoles>
