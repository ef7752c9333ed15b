/// A word of the text: a run of letters, digits and marks, with inner hyphens and
/// apostrophes kept ("porte-parole", "l'administration", "Jong-un").
struct Word: Sendable {
    var range: Range<Int>
    var folded: String
}

extension ScalarText {
    /// The words of `range` in order. Han and kana runs are one word each.
    func words(in range: Range<Int>) -> [Word] {
        wordRanges(in: range).map { Word(range: $0, folded: foldedString($0)) }
    }

    /// The ranges of the words of `range`, without folding them.
    func wordRanges(in range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        while let word = firstWordRange(from: start, in: range) {
            result.append(word)
            start = word.upperBound
        }
        return result
    }

    /// Whether `range` holds at least `minimum` words: `wordRanges(in:).count >= minimum`,
    /// stopping as soon as the answer is known.
    func hasWords(atLeast minimum: Int, in range: Range<Int>) -> Bool {
        var found = 0, start = range.lowerBound
        while found < minimum, let word = firstWordRange(from: start, in: range) {
            found += 1
            start = word.upperBound
        }
        return found >= minimum
    }

    /// The first word of `range` that starts at or after `start`.
    private func firstWordRange(from start: Int, in range: Range<Int>) -> Range<Int>? {
        var i = start
        while i < range.upperBound, !isWord(i) { i += 1 }
        guard i < range.upperBound else { return nil }
        let wordStart = i
        while i < range.upperBound {
            if isWord(i) { i += 1; continue }
            let joiner = scalars[i] == "-" || scalars[i] == "'" || scalars[i] == "’"
            if joiner, isWord(i + 1), i + 1 < range.upperBound { i += 1; continue }
            break
        }
        return wordStart..<i
    }
}
