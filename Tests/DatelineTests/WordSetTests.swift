import Testing
@testable import Dateline

/// A WordSet hashes a word two scalars at a time and again without the 0s that folding
/// leaves for ignored marks: words of odd and even lengths, and words written with marks,
/// must be found as the plain entries they equal, and near misses not.
@Suite struct WordSetTests {
    private let set = WordSet(["a", "in", "the", "said", "العربية", "لغة", "ministre", "سلام", "𠀋x"])

    @Test(arguments: ["a", "in", "the", "said", "ministre", "العربية", "لغة", "MINISTRE", "Said", "𠀋x"])
    func findsEveryLengthAsWritten(_ word: String) {
        let text = ScalarText("« \(word) »")
        #expect(set.contains(text, 2..<(2 + word.unicodeScalars.count)))
    }

    @Test func findsWordsWrittenWithIgnoredMarks() {
        // Fatha, damma, dammatan and a tatweel fold to 0: in the high half of a pair of
        // scalars ("لُغَة"), in the low half ("لغَة"), and last of an odd count ("سلامٌ").
        for word in ["العَرَبِيَّة", "لُغَة", "لـغة", "لغَة", "سلامٌ"] {
            let text = ScalarText(word)
            #expect(set.contains(text, 0..<text.count), "\(word)")
        }
    }

    @Test(arguments: ["", "an", "th", "thee", "sai", "saidx", "minister", "لغ", "لغات", "𠀌x", "𠀋"])
    func turnsNearMissesAway(_ word: String) {
        let text = ScalarText(word)
        #expect(!set.contains(text, 0..<text.count))
        #expect(!set.contains(WordSet.folded(word)))
    }

    @Test func valuesAreTheIndexesOrTheGivenOnes() {
        #expect(set.entry("said") == 3)
        let valued = WordSet(folded: ["x", "yz"], values: [7, 9])
        #expect(valued.value("yz") == 9)
        #expect(valued.value("x") == 7)
        #expect(valued.value("zy") == nil)
    }
}
