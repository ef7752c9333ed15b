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

    /// The first word of `range` that starts at or after `start`. Runs for every word of
    /// every sentence, so it reads the class bytes through a buffer pointer; every index read
    /// is below `end`, which is clamped to the text.
    func firstWordRange(from start: Int, in range: Range<Int>) -> Range<Int>? {
        let end = min(range.upperBound, count)
        return classes.withUnsafeBufferPointer { classes in
            let isWord = { (i: Int) in classes[i] & ScalarTable.wordBit != 0 }
            var i = max(start, 0)
            while i < end, !isWord(i) { i += 1 }
            guard i < end else { return nil }
            let wordStart = i
            while i < end {
                if isWord(i) { i += 1; continue }
                let joiner = scalars[i] == "-" || scalars[i] == "'" || scalars[i] == "’"
                if joiner, i + 1 < end, isWord(i + 1) { i += 1; continue }
                break
            }
            return wordStart..<i
        }
    }
}
