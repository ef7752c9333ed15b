/// An article's text as Unicode scalars, with a folded twin of the same length, so that every
/// matcher works on scalar offsets — the offsets ``Statement`` and ``Mention`` carry.
///
/// Folding is per scalar (lower case, Latin accents removed, Arabic alef forms unified,
/// full-width ASCII narrowed); scalars that matching ignores (Arabic vowel marks, tatweel)
/// fold to 0, and matchers skip them.
struct ScalarText {
    let scalars: [Unicode.Scalar]
    let folded: [UInt32]
    /// ``ScalarTable`` class bits of each scalar, read once so that class tests are array reads.
    let classes: [UInt8]
    /// The tokenizer's class and case of each scalar (see ``ScalarTable/ownFoldingBit``), read
    /// in the same table lookup, so that ``TokenizedText`` scans these arrays instead of
    /// looking every scalar up again.
    let tokenClasses: [UInt8]

    init(_ text: String) {
        var mayBeDamaged = false
        self.init(text, mayBeDamaged: &mayBeDamaged)
    }

    /// The scalars of `text` after ``TextRepair/repair(_:)``, which `text` becomes. The
    /// decoding pass also runs the repair's test, so sound text (nearly all) is decoded once.
    init(repairing text: inout String) {
        var mayBeDamaged = false
        self.init(text, mayBeDamaged: &mayBeDamaged)
        guard mayBeDamaged else { return }
        text = TextRepair.repair(text)
        self.init(text)
    }

    /// Decodes `text`, noting in `mayBeDamaged` whether ``TextRepair`` might change it.
    private init(_ text: String, mayBeDamaged: inout Bool) {
        // One pass straight from the UTF-8 writes the scalars, their folded values and their
        // classes into uninitialized storage (no zero fill, no bounds checks, no second pass).
        var damage = false
        var folded: [UInt32] = [], classes: [UInt8] = [], tokenClasses: [UInt8] = []
        scalars = UTF8Scalars.withUTF8(text) { bytes in
            let count = UTF8Scalars.count(bytes)
            return Self.uninitialized(count) { scalars in
                folded = Self.uninitialized(count) { folded in
                    classes = Self.uninitialized(count) { classes in
                        tokenClasses = Self.uninitialized(count) { tokenClasses in
                            let output = ScalarTable.Output(scalars: scalars, folded: folded, classes: classes, tokenClasses: tokenClasses)
                            damage = ScalarTable.decode(bytes, count: count, into: output)
                        }
                    }
                }
            }
        }
        mayBeDamaged = damage
        self.folded = folded
        self.classes = classes
        self.tokenClasses = tokenClasses
    }

    /// An array of `count` elements that `initialize` writes, every one of them.
    private static func uninitialized<Element>(_ count: Int, _ initialize: (UnsafeMutableBufferPointer<Element>) -> Void) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialize(buffer)
            initialized = count
        }
    }

    var count: Int { scalars.count }

    /// The text of scalars `range` (clamped to the text).
    func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, count)), upper = max(lower, min(range.upperBound, count))
        return scalars.withValues { Self.utf8String(UnsafeBufferPointer(rebasing: $0[lower..<upper])) }
    }

    /// Whether scalars `a` and `b` of the text are the same, so that their strings are equal.
    func hasSameScalars(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.count == b.count && scalars[a].elementsEqual(scalars[b])
    }

    /// The folded text of `range`, for comparisons with folded lexicon entries.
    func foldedString(_ range: Range<Int>) -> String {
        folded.withUnsafeBufferPointer { Self.utf8String(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// A string from scalar values, 0s (scalars that matching ignores) skipped.
    private static func utf8String(_ values: UnsafeBufferPointer<UInt32>) -> String {
        UTF8Scalars.string(from: values, skippingZeros: true)
    }

    @inline(__always) private func has(_ bit: UInt8, _ i: Int) -> Bool { i >= 0 && i < classes.count && classes[i] & bit != 0 }
    func isWord(_ i: Int) -> Bool { has(ScalarTable.wordBit, i) }
    func isSpace(_ i: Int) -> Bool { has(ScalarTable.spaceBit, i) }
    /// Han, kana and Hangul: scripts where a match may start and end anywhere.
    func isUnspaced(_ i: Int) -> Bool { has(ScalarTable.unspacedBit, i) }
    func isUpper(_ i: Int) -> Bool { has(ScalarTable.upperBit, i) }
    func isArabic(_ i: Int) -> Bool { has(ScalarTable.arabicBit, i) }
    /// A hyphen or apostrophe, which joins the word scalars on both sides into one word.
    func isJoiner(_ i: Int) -> Bool { has(ScalarTable.joinerBit, i) }

    /// Whether a word may start at `i` (a word scalar not preceded by one, or any unspaced scalar).
    func isWordStart(_ i: Int) -> Bool {
        guard isWord(i) else { return false }
        return isUnspaced(i) || !isWord(i - 1) || isUnspaced(i - 1)
    }

    /// Whether a word may end just before `i`.
    func isWordEnd(_ i: Int) -> Bool {
        i >= count || !isWord(i) || isUnspaced(i) || isUnspaced(i - 1)
    }

    /// The run of word scalars that ends where only white space separates it from `offset`,
    /// reaching back no further than `lower`; nil when no word scalar stands there.
    func wordRange(endingBefore offset: Int, notBefore lower: Int = 0) -> Range<Int>? {
        var end = offset
        while end > lower, isSpace(end - 1) { end -= 1 }
        var start = end
        while start > lower, isWord(start - 1) { start -= 1 }
        return start < end ? start..<end : nil
    }

    /// `range` without surrounding white space.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, isSpace(lower) { lower += 1 }
        while upper > lower, isSpace(upper - 1) { upper -= 1 }
        return lower..<upper
    }

    /// `range` without surrounding white space and the given surrounding punctuation.
    func trimmed(_ range: Range<Int>, dropping punctuation: Set<Unicode.Scalar>) -> Range<Int> {
        trimmed(range, droppingWhere: punctuation.contains)
    }

    /// `range` without surrounding white space and the surrounding scalars `drops` accepts.
    func trimmed(_ range: Range<Int>, droppingWhere drops: (Unicode.Scalar) -> Bool) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, isSpace(lower) || drops(scalars[lower]) { lower += 1 }
        while upper > lower, isSpace(upper - 1) || drops(scalars[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}
