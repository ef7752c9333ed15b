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

    /// The length of the stem of a folded Cyrillic word.
    static func stemLength(of folded: ArraySlice<UInt32>) -> Int {
        for ending in endings where folded.count - ending.count >= minimumStemLength {
            if folded.suffix(ending.count).elementsEqual(ending) {
                return folded.count - ending.count
            }
        }
        return folded.count
    }
}
