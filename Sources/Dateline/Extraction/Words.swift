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

    /// The words of `range`, one at a time (see ``WordRangeSequence``).
    func lazyWordRanges(in range: Range<Int>) -> WordRangeSequence {
        WordRangeSequence(self, range)
    }

    /// The ranges of the words of `range`, without folding them.
    func wordRanges(in range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        // About one word per six scalars in spaced scripts; capped, for a huge range.
        result.reserveCapacity(min(range.count / 6 + 1, 4096))
        forEachWordRange(in: range) { result.append($0); return true }
        return result
    }

    /// Whether `range` holds at least `minimum` words: `wordRanges(in:).count >= minimum`,
    /// stopping as soon as the answer is known.
    func hasWords(atLeast minimum: Int, in range: Range<Int>) -> Bool {
        var found = 0
        if minimum > 0 {
            forEachWordRange(in: range) { _ in found += 1; return found < minimum }
        }
        return found >= minimum
    }

    /// The first word of `range` that starts at or after `start`.
    func firstWordRange(from start: Int, in range: Range<Int>) -> Range<Int>? {
        var first: Range<Int>?
        forEachWordRange(in: start..<max(start, range.upperBound)) { first = $0; return false }
        return first
    }

    /// Calls `body` with the range of each word of `range` in order (the words of
    /// ``wordRanges(in:)``), until it returns false: for callers that test words one by one,
    /// without an array of them. Runs for every word of every sentence, so it reads the class
    /// bytes through a buffer pointer; every index read is below `end`, clamped to the text.
    @inline(__always)
    func forEachWordRange(in range: Range<Int>, _ body: (Range<Int>) -> Bool) {
        let end = min(range.upperBound, count)
        classes.withUnsafeBufferPointer { classes in
            var i = max(range.lowerBound, 0)
            while let word = Self.firstWord(in: classes, from: i, end: end) {
                guard body(word) else { return }
                i = word.upperBound
            }
        }
    }

    /// The first word of `classes` (a text's class bytes) at or after `start` that starts
    /// before `end` (at most the text's length), up to `end`. The gap before the word and each
    /// stretch of word scalars are skipped eight class bytes at a time (``ClassByteScan``): this
    /// runs for every word that any stage walks.
    @inline(__always)
    fileprivate static func firstWord(in classes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Range<Int>? {
        let i = ClassByteScan.first(in: classes, from: start, to: end) { $0 & ClassByteScan.wordBits }
        guard i < end else { return nil }
        return i..<ClassByteScan.wordEnd(in: classes, from: i + 1, to: end)
    }
}

/// The words of a range one at a time: ``ScalarText/wordRanges(in:)`` without building the
/// array, for loops that stop after a few words or run over every word of a body.
struct WordRangeSequence: Sequence, IteratorProtocol {
    /// The text's class bytes, all a word needs (`prefix`, `first(where:)` copy the sequence).
    private let classes: ScalarText.Column<UInt8>
    /// The end of the range, at most the text's length.
    private let end: Int
    private var start: Int

    init(_ text: ScalarText, _ range: Range<Int>) {
        classes = text.classes
        end = Swift.min(range.upperBound, text.count)
        start = Swift.max(range.lowerBound, 0)
    }

    mutating func next() -> Range<Int>? {
        let start = start, end = end
        guard let word = classes.withUnsafeBufferPointer({ ScalarText.firstWord(in: $0, from: start, end: end) }) else { return nil }
        self.start = word.upperBound
        return word
    }
}
