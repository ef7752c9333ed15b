/// Russian nouns and adjectives change their endings with case and number (Китай, Китая,
/// Китаю, Китаем, Китае; Северная Корея, Северной Кореи). Both the lexicon and the text
/// are reduced to stems by the same rule, so one listed form matches all its cases.
///
/// Works on folded scalars (ё is folded to е; й stays й). Nouns in -ия keep their и
/// (Нигерия → нигери, Нигер → нигер), so that they do not meet other names.
enum RussianCaseEndings {
    /// Stems shorter than this keep their ending: "США" stays whole, and "Кореи" loses
    /// "и", not "еи". Short words (дом, Куба) are listed in their cases in the data.
    private static let minimumStemLength = 4

    /// Case endings of nouns and adjectives, folded, longest first.
    private static let endings: [[UInt32]] = [
        "ыми", "ими", "ами", "ями", "ого", "его", "ому", "ему",
        "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ым", "им",
        "ом", "ем", "ых", "их", "ью", "ов", "ев", "ам", "ям", "ах", "ях",
        "а", "я", "о", "е", "и", "ы", "у", "ю", "ь", "й",
    ].map { Array($0.unicodeScalars.map(\.value)) }

    /// The ``endings`` of each length (at index length − 1), packed as ``packed(_:)`` packs
    /// a word's last scalars, with the ``lastLetterBit(_:)`` of each one's last letter. The
    /// stem of every Cyrillic word of the text is asked for: a word is compared with the
    /// few endings of a length, as numbers, only when one of them ends with its last letter.
    private static let endingsByLength: [(lastLetters: UInt32, packed: [UInt64])] = (1...3).map { length in
        let ofLength = endings.filter { $0.count == length }
        return (ofLength.reduce(0) { $0 | lastLetterBit($1.last!) }, ofLength.map { packed($0[...]) })
    }

    /// The length of the stem of a folded Cyrillic word: without the longest ending that
    /// leaves ``minimumStemLength`` scalars.
    static func stemLength(of folded: ArraySlice<UInt32>) -> Int {
        let count = folded.count
        guard count > minimumStemLength, case let lastLetter = lastLetterBit(folded.last!), lastLetter != 0 else { return count }
        let last = packed(folded.suffix(3))
        for length in stride(from: min(3, count - minimumStemLength), through: 1, by: -1) {
            let ofLength = endingsByLength[length - 1]
            if ofLength.lastLetters & lastLetter != 0, ofLength.packed.contains(last & ((1 << (21 * UInt64(length))) - 1)) {
                return count - length
            }
        }
        return count
    }

    /// A bit for each of а…я (all endings end with one of them), 0 for any other scalar.
    @inline(__always)
    private static func lastLetterBit(_ scalar: UInt32) -> UInt32 {
        scalar &- 0x0430 < 32 ? 1 << (scalar &- 0x0430) : 0
    }

    /// Up to three scalars in one number, 21 bits each (a Unicode scalar's width), the last
    /// one lowest: the last n of them are the lowest 21 × n bits.
    @inline(__always)
    private static func packed(_ scalars: ArraySlice<UInt32>) -> UInt64 {
        scalars.reduce(0) { $0 << 21 | UInt64($1) }
    }
}
