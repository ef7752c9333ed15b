/// What one probe of the gazetteer's word table says of a token (see
/// ``CountryMatcher/words(of:)``): its id in the country trie, the Latin language profiles
/// that have it as a function word, and whether a body phrase opens with it. Language
/// identification, the country matcher and the body phrase walk read the same probe, so
/// each word of an article is looked up once: with many languages interleaved, every probe
/// of a large table is a likely cache miss.
struct WordEntry {
    private var raw: UInt32

    /// Bits of the token id; the phrase-head bit and the function-word languages are above them.
    static let idBits: UInt32 = 21
    private static let noID: UInt32 = (1 << idBits) - 1
    private static let phraseHeadBit: UInt32 = 1 << idBits
    private static let languageShift: UInt32 = idBits + 1
    /// The most language profiles the entry has room for (bits 22–30: the value stays positive).
    static let languageCapacity = 9

    /// The entry of a word in no table.
    static let absent = WordEntry(raw: noID)

    private init(raw: UInt32) {
        self.raw = raw
    }

    /// The packed value a table holds for a word: `tokenID` (nil: no country form has the
    /// word), `languages` (bit i: Latin profile i has it as a function word) and
    /// `isPhraseHead` (see ``isPhraseHead``).
    static func packed(tokenID: Int32?, languages: Int32, isPhraseHead: Bool = false) -> Int32 {
        let id = tokenID.map { UInt32($0) } ?? noID
        return Int32(bitPattern: id | (isPhraseHead ? phraseHeadBit : 0) | UInt32(languages) << languageShift)
    }

    /// The entry of a packed table value (see ``packed(tokenID:languages:isPhraseHead:)``).
    init(packed: Int32) {
        raw = UInt32(bitPattern: packed)
    }

    /// The word's id in the country trie, or -1 when no form has it.
    var tokenID: Int32 {
        let id = raw & Self.noID
        return id == Self.noID ? -1 : Int32(id)
    }

    /// Bit i: Latin profile i has the word as a function word (0: none).
    var functionWordLanguages: Int32 { Int32(raw >> Self.languageShift) }

    /// A phrase of the compiled-in body lexicon opens with the word (see
    /// ``BodyPhraseLexicon/headKeys``).
    var isPhraseHead: Bool { raw & Self.phraseHeadBit != 0 }
}
