/// An article's text as Unicode scalars, with a folded twin of the same length, so that every
/// matcher works on scalar offsets — the offsets ``Statement`` and ``Mention`` carry.
///
/// Folding is per scalar (lower case, Latin accents removed, Arabic alef forms unified,
/// full-width ASCII narrowed); scalars that matching ignores (Arabic vowel marks, tatweel)
/// fold to 0, and matchers skip them.
struct ScalarText {
    /// The four columns below in one allocation: a copy of the text is one reference to
    /// retain, and an article's decoding allocates once instead of once per column.
    private let storage: Storage

    var scalars: Column<Unicode.Scalar> { Column(storage, storage.scalars) }
    var folded: Column<UInt32> { Column(storage, storage.folded) }
    /// ``ScalarTable`` class bits of each scalar, read once so that class tests are array reads.
    var classes: Column<UInt8> { Column(storage, storage.classes) }
    /// The tokenizer's class and case of each scalar (see ``ScalarTable/ownFoldingBit``), read
    /// in the same table lookup, so that ``TokenizedText`` scans these arrays instead of
    /// looking every scalar up again.
    var tokenClasses: Column<UInt8> { Column(storage, storage.tokenClasses) }

    init(_ text: String) {
        var mayBeDamaged = false
        self.init(text, mayBeDamaged: &mayBeDamaged)
    }

    /// The scalars of `text` after ``TextRepair/repair(_:)``, which `text` becomes. The
    /// decoding pass also runs the repair's test, so sound text (nearly all) is decoded once;
    /// text that may be damaged is repaired from the scalars decoded, and decoded again only
    /// when the repair changed it.
    init(repairing text: inout String) {
        var mayBeDamaged = false
        self.init(text, mayBeDamaged: &mayBeDamaged)
        guard mayBeDamaged, let repaired = scalars.withValues(TextRepair.repaired) else { return }
        text = repaired.withUnsafeBufferPointer { UTF8Scalars.string(from: $0, skippingZeros: false) }
        self.init(text)
    }

    /// Decodes `text`, noting in `mayBeDamaged` whether ``TextRepair`` might change it.
    private init(_ text: String, mayBeDamaged: inout Bool) {
        // One pass straight from the UTF-8 writes the scalars, their folded values and their
        // classes into uninitialized storage (no zero fill, no bounds checks, no second pass).
        var damage = false
        storage = UTF8Scalars.withUTF8(text) { bytes in
            let storage = Storage.make(count: UTF8Scalars.count(bytes))
            damage = ScalarTable.decode(bytes, count: storage.count, into: storage.output)
            return storage
        }
        mayBeDamaged = damage
    }

    var count: Int { storage.count }

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
        // Through the buffers of ``withScan(_:)``: every stage calls this and ``trimmed(_:)``
        // many times an article, and the column's own bounds check would come on top of the
        // class test's.
        withScan { scan in
            var end = offset
            while end > lower, scan.isSpace(end - 1) { end -= 1 }
            var start = end
            while start > lower, scan.isWord(start - 1) { start -= 1 }
            return start < end ? start..<end : nil
        }
    }

    /// `range` without surrounding white space.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        withScan { scan in
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper, scan.isSpace(lower) { lower += 1 }
            while upper > lower, scan.isSpace(upper - 1) { upper -= 1 }
            return lower..<upper
        }
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

extension ScalarText {
    /// The columns' memory: the header is the number of scalars, the elements hold the scalars
    /// and their folded values (4 bytes each), then the classes and token classes (1 byte each).
    fileprivate final class Storage: ManagedBuffer<Int, UInt32> {
        /// A storage for `count` scalars, its columns not yet written (``output`` writes them).
        static func make(count: Int) -> Storage {
            let words = 2 * count + (2 * count + 3) / 4
            return unsafeDowncast(create(minimumCapacity: words) { _ in count }, to: Storage.self)
        }

        // (Read through its pointer: the `header` property would check exclusive access on every read.)
        var count: Int { withUnsafeMutablePointerToHeader { $0.pointee } }

        // The columns' addresses are fixed for the object's life (its elements are stored inline).
        private var words: UnsafeMutablePointer<UInt32> { withUnsafeMutablePointerToElements { $0 } }
        var scalars: UnsafeMutablePointer<Unicode.Scalar> { UnsafeMutableRawPointer(words).assumingMemoryBound(to: Unicode.Scalar.self) }
        var folded: UnsafeMutablePointer<UInt32> { words + count }
        var classes: UnsafeMutablePointer<UInt8> { UnsafeMutableRawPointer(words + 2 * count).assumingMemoryBound(to: UInt8.self) }
        var tokenClasses: UnsafeMutablePointer<UInt8> { classes + count }

        /// The uninitialized columns, for ``ScalarTable/decode(_:count:into:)`` to write every element.
        var output: ScalarTable.Output {
            ScalarTable.Output(scalars: scalars, folded: folded, classes: classes, tokenClasses: tokenClasses)
        }
    }

    /// One column of the text (scalars, folded values or classes), read like an array. It
    /// holds the text's storage, so it stays valid however long it is kept.
    struct Column<Element>: RandomAccessCollection {
        private let owner: Storage
        private let base: UnsafeMutablePointer<Element>

        fileprivate init(_ owner: Storage, _ base: UnsafeMutablePointer<Element>) {
            self.owner = owner
            self.base = base
        }

        var startIndex: Int { 0 }
        var endIndex: Int { owner.count }

        subscript(i: Int) -> Element {
            precondition(i >= 0 && i < owner.count, "Index out of range")
            return base[i]
        }

        func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
            try withExtendedLifetime(owner) { try body(UnsafeBufferPointer(start: base, count: owner.count)) }
        }

        func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R? {
            try withUnsafeBufferPointer(body)
        }
    }
}

extension ScalarText.Column where Element == Unicode.Scalar {
    /// Calls `body` with the scalars' values in place (a scalar is stored as its UInt32 value).
    func withValues<R>(_ body: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        withUnsafeBufferPointer { buffer in
            UnsafeRawBufferPointer(buffer).withMemoryRebound(to: UInt32.self, body)
        }
    }
}
