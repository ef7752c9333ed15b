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
        var i = range.lowerBound
        while i < range.upperBound {
            guard isWord(i) else { i += 1; continue }
            let start = i
            while i < range.upperBound {
                if isWord(i) { i += 1; continue }
                let joiner = scalars[i] == "-" || scalars[i] == "'" || scalars[i] == "’"
                if joiner, isWord(i + 1), i + 1 < range.upperBound { i += 1; continue }
                break
            }
            result.append(start..<i)
        }
        return result
    }
}
