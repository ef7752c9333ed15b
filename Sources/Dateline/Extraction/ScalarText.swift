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
        var folded: [UInt32] = [], classes: [UInt8] = []
        scalars = UTF8Scalars.withUTF8(text) { bytes in
            let count = UTF8Scalars.count(bytes)
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { scalars, scalarsCount in
                folded = [UInt32](unsafeUninitializedCapacity: count) { folded, foldedCount in
                    classes = [UInt8](unsafeUninitializedCapacity: count) { classes, classesCount in
                        damage = ScalarTable.decode(bytes, count: count, into: ScalarTable.Output(scalars: scalars, folded: folded, classes: classes))
                        classesCount = count
                    }
                    foldedCount = count
                }
                scalarsCount = count
            }
        }
        mayBeDamaged = damage
        self.folded = folded
        self.classes = classes
    }

    var count: Int { scalars.count }

    /// The text of scalars `range` (clamped to the text).
    func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, count)), upper = max(lower, min(range.upperBound, count))
        return scalars.withUnsafeBufferPointer { buffer in
            UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: buffer[lower..<upper])).withMemoryRebound(to: UInt32.self) { Self.utf8String($0) }
        }
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

/// Per-scalar classes and folding, from tables built once for the Basic Multilingual Plane.
enum ScalarTable {
    static let wordBit: UInt8 = 1, spaceBit: UInt8 = 2, unspacedBit: UInt8 = 4, upperBit: UInt8 = 8, arabicBit: UInt8 = 16
    /// Hyphen and apostrophes ("-", "'", "’"): they join word scalars on both sides into one word.
    static let joinerBit: UInt8 = 32

    /// Where ``decode(_:count:into:)`` writes: uninitialized storage for `count` elements each.
    struct Output {
        var scalars: UnsafeMutableBufferPointer<Unicode.Scalar>
        var folded: UnsafeMutableBufferPointer<UInt32>
        var classes: UnsafeMutableBufferPointer<UInt8>
    }

    /// Decodes the `count` scalars of valid UTF-8 `bytes` and writes each one, its folded
    /// value and its class bits into `output`; returns whether ``TextRepair`` might change
    /// the text (its per-pair test, ``TextRepair/mayBeDamage(_:after:)``, runs on the way).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, count: Int, into output: Output) -> Bool {
        let tables = self.tables  // once: the lazy global's check would otherwise run per scalar
        var damage = false, previous: UInt32 = 0, offset = 0
        for i in 0..<count {
            let (v, length) = UTF8Scalars.decode(bytes, at: offset)
            offset &+= length
            // Decoded from valid UTF-8, so a valid scalar: no check needed to make one.
            output.scalars.initializeElement(at: i, to: unsafeBitCast(v, to: Unicode.Scalar.self))
            if v < 0x80 {
                output.folded.initializeElement(at: i, to: tables.fold[Int(v)])
                output.classes.initializeElement(at: i, to: tables.flags[Int(v)])
            } else {
                if !damage, TextRepair.mayBeDamage(v, after: previous) { damage = true }
                let (fold, flags) = lookUp(v, tables)
                output.folded.initializeElement(at: i, to: fold)
                output.classes.initializeElement(at: i, to: flags)
            }
            previous = v
        }
        return damage
    }

    /// Han ideographs (with extension A) and Hangul syllables fold to themselves and are
    /// unspaced word scalars; they are told by range, so that a Chinese or Korean article does
    /// not spread its thousands of distinct characters over the tables' cache lines.
    private static let ideographClass = wordBit | unspacedBit

    /// The folded value and class bits of a scalar from U+0080 on.
    @inline(__always)
    private static func lookUp(_ v: UInt32, _ tables: Tables) -> (fold: UInt32, flags: UInt8) {
        switch v {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3: return (v, ideographClass)
        case 0..<0x10000: return (tables.fold[Int(v)], tables.flags[Int(v)])
        default:
            let scalar = unsafeBitCast(v, to: Unicode.Scalar.self)
            return (v, (scalar.properties.isAlphabetic ? wordBit : 0) | (v >= 0x20000 && v < 0x3FFFF ? unspacedBit : 0))
        }
    }

    /// Whether the tables agree with ``lookUp(_:_:)``'s ranges told without them (for tests).
    static var ideographRangesMatchTables: Bool {
        let tables = self.tables
        return [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3].allSatisfy { (range: ClosedRange<Int>) in
            range.allSatisfy { tables.fold[$0] == UInt32($0) && tables.flags[$0] == ideographClass }
        }
    }

    /// Tables for U+0000…U+FFFF, allocated once and never freed: lookups without reference counting.
    private struct Tables: @unchecked Sendable {
        let flags: UnsafeMutablePointer<UInt8>
        let fold: UnsafeMutablePointer<UInt32>
    }

    private static let tables: Tables = {
        let flags = UnsafeMutablePointer<UInt8>.allocate(capacity: 0x10000)
        let fold = UnsafeMutablePointer<UInt32>.allocate(capacity: 0x10000)
        flags.initialize(repeating: 0, count: 0x10000)
        fold.initialize(repeating: 0, count: 0x10000)
        for v in 0..<0x10000 {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            flags[v] = classify(s)
            fold[v] = computeFold(s)
        }
        return Tables(flags: flags, fold: fold)
    }()

    private static func classify(_ s: Unicode.Scalar) -> UInt8 {
        let p = s.properties
        var f: UInt8 = 0
        if p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark { f |= wordBit }
        if p.isWhitespace { f |= spaceBit }
        if p.isUppercase { f |= upperBit }
        if s == "-" || s == "'" || s == "’" { f |= joinerBit }
        let v = s.value
        if (0x0600...0x06FF).contains(v) { f |= arabicBit }
        if (0x3040...0x30FF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0x1100...0x11FF).contains(v) || (0x3130...0x318F).contains(v)
            || (0xF900...0xFAFF).contains(v) { f |= unspacedBit }
        return f
    }

    private static func computeFold(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        switch v {
        case 0x41...0x5A: return v + 32
        case 0..<0x80: return v
        case 0x064B...0x065F, 0x0670, 0x0640: return 0  // Arabic vowel marks and tatweel
        case 0x0622, 0x0623, 0x0625, 0x0671: return 0x0627  // alef forms → bare alef
        case 0x0649: return 0x064A  // alef maqsura → yeh
        case 0xFF01...0xFF5E: return computeFold(Unicode.Scalar(v - 0xFEE0)!)
        case 0x2019, 0x2018, 0x02BC: return 0x27  // typographic apostrophes
        case 0x00C0...0x024F, 0x1E00...0x1EFF, 0x0370...0x03FF, 0x0400...0x04FF:
            let lower = s.properties.lowercaseMapping.unicodeScalars
            let base = lower.count == 1 ? lower.first! : s
            if v >= 0x0400 && v <= 0x04FF {
                return base.value == 0x0451 ? 0x0435 : base.value  // ё → е
            }
            let decomposed = String(base).decomposedStringWithCanonicalMappingScalars
            return decomposed.first?.value ?? base.value
        default:
            return v
        }
    }

    @inline(__always) static func fold(_ s: Unicode.Scalar) -> UInt32 {
        s.value < 0x10000 ? tables.fold[Int(s.value)] : s.value
    }

    @inline(__always) static func isWord(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x10000 ? tables.flags[Int(s.value)] & wordBit != 0 : s.properties.isAlphabetic
    }

    @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x10000 ? tables.flags[Int(s.value)] & upperBit != 0 : s.properties.isUppercase
    }

    @inline(__always) static func isArabic(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x10000 && tables.flags[Int(s.value)] & arabicBit != 0
    }

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x10000 && tables.flags[Int(s.value)] & spaceBit != 0
    }

    @inline(__always) static func isUnspaced(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x20000 ? s.value < 0x3FFFF : (s.value < 0x10000 && tables.flags[Int(s.value)] & unspacedBit != 0)
    }

    /// The folded form of a whole string, as matchers compare it.
    static func fold(_ text: String) -> [UInt32] {
        text.unicodeScalars.map { fold($0) }.filter { $0 != 0 }
    }
}

import Foundation

private extension String {
    var decomposedStringWithCanonicalMappingScalars: [Unicode.Scalar] {
        Array((self as NSString).decomposedStringWithCanonicalMapping.unicodeScalars)
    }
}
