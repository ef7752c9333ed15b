import Foundation

/// Per-scalar classes and folding, from one table built once for the Basic Multilingual Plane.
///
/// One 8-byte record per scalar holds everything the passes over an article's scalars read:
/// the matchers' folded value and class bits (``ScalarText``) and the tokenizer's class and
/// case (``TokenScanner``). Each distinct scalar of a text then costs one cache line, not one
/// per table: with articles in many languages interleaved, the lines are what costs.
enum ScalarTable {
    static let wordBit: UInt8 = 1, spaceBit: UInt8 = 2, unspacedBit: UInt8 = 4, upperBit: UInt8 = 8, arabicBit: UInt8 = 16
    /// Hyphen and apostrophes ("-", "'", "’"): they join word scalars on both sides into one word.
    static let joinerBit: UInt8 = 32

    /// A token class byte (see ``ScalarText/tokenClasses``): the ``ScalarClass`` in the low
    /// four bits, ``ScalarFolding``'s letter case flags in the next two, ``telltaleBit``, and this bit when
    /// the tokenizer's folding (``ScalarFolding``) of the scalar is not its folded value in
    /// ``ScalarText/folded`` (0 there standing for "folds to nothing"): the tokenizer then
    /// reads ``ScalarFolding``'s entry instead. Few scalars have it (ß, й, ة, combining marks).
    static let ownFoldingBit: UInt8 = 0x80

    /// Set in the token class of a letter that points to one language (the telltale letters of
    /// ``LanguageProfiles``: "ñ", "ß", "پ", "ї"), so that language identification reads the
    /// scalars only of the tokens that have one (see ``ScannedToken/hasTelltaleLetter``).
    static let telltaleBit: UInt8 = 0x40

    /// The ``ScalarClass`` of a token class byte.
    @inline(__always)
    static func scalarClass(_ token: UInt8) -> ScalarClass {
        // Bytes are only ever made from a ScalarClass, so the raw value is valid.
        unsafeBitCast(token & 0x0F, to: ScalarClass.self)
    }

    /// The ``ScalarFolding`` letter case flags of a token class byte.
    @inline(__always)
    static func letterCase(_ token: UInt8) -> UInt8 { (token >> 4) & 3 }

    /// Where ``decode(_:count:into:)`` writes: the starts of uninitialized storage for as many
    /// elements each as there are scalars (plain addresses: the decoding loop keeps them in
    /// registers instead of reading a buffer's fields back for every scalar).
    struct Output {
        var scalars: UnsafeMutablePointer<Unicode.Scalar>
        var folded: UnsafeMutablePointer<UInt32>
        var classes: UnsafeMutablePointer<UInt8>
        var tokenClasses: UnsafeMutablePointer<UInt8>

        /// Writes scalar `v` (a valid scalar) and its record at `i`.
        @inline(__always)
        fileprivate func write(_ v: UInt32, _ record: Record, at i: Int) {
            // Decoded from valid UTF-8, so a valid scalar: no check needed to make one.
            (scalars + i).initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self))
            (folded + i).initialize(to: record.fold)
            (classes + i).initialize(to: record.flags)
            (tokenClasses + i).initialize(to: record.token)
        }
    }

    /// Decodes the `count` scalars of valid UTF-8 `bytes` and writes each one, its folded
    /// value, its class bits and its token class into `output`; returns whether ``TextRepair``
    /// might change the text (its per-pair test, ``TextRepair/mayBeDamage(_:after:)``, runs on the way).
    ///
    /// Most of an article's scalars are ASCII, in runs: from an ASCII byte with sixteen scalars
    /// left, sixteen bytes are tested at once, and when the first four or more are ASCII, sixteen
    /// lanes are written by ``writeASCII(_:at:into:)`` (lanes past the first non-ASCII byte
    /// are written over by the scalars decoded after them). Other scalars are decoded one by
    /// one, each length of sequence on its own path: two bytes (Latin accents, Greek, Cyrillic,
    /// Arabic) are all below the ideographs, so their records are read at once.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, count: Int, into output: Output) -> Bool {
        let records = self.records  // once: the lazy global's check would otherwise run per scalar
        let raw = UnsafeRawBufferPointer(bytes)
        var damage = false, previous: UInt32 = 0, offset = 0, i = 0
        while i < count {
            let lead = UInt32(bytes[offset])
            if lead < 0x80 {
                // A scalar takes at least one byte, so sixteen scalars left means sixteen bytes.
                if i &+ 16 <= count {
                    let low = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & asciiHighBits
                    let high = raw.loadUnaligned(fromByteOffset: offset &+ 8, as: UInt64.self) & asciiHighBits
                    let ascii = low != 0 ? low.trailingZeroBitCount >> 3 : high != 0 ? 8 &+ high.trailingZeroBitCount >> 3 : 16
                    if ascii >= 4 {
                        writeASCII(raw.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self), at: i, into: output)
                        i &+= ascii
                        offset &+= ascii
                        previous = UInt32(bytes[offset &- 1])
                        continue
                    }
                }
                output.write(lead, records[Int(lead)], at: i)
                previous = lead
                offset &+= 1
            } else {
                let v: UInt32, record: Record
                if lead < 0xE0 {
                    v = UTF8Scalars.twoByteValue(lead, bytes, at: offset)
                    record = records[Int(v)]
                    offset &+= 2
                } else if lead < 0xF0 {
                    v = UTF8Scalars.threeByteValue(lead, bytes, at: offset)
                    record = lookUp(v, records)
                    offset &+= 3
                } else {
                    v = UTF8Scalars.fourByteValue(lead, bytes, at: offset)
                    record = outsideRecord(v)
                    offset &+= 4
                }
                if TextRepair.mayBeDamage(v, after: previous) { damage = true }
                output.write(v, record, at: i)
                previous = v
            }
            i &+= 1
        }
        return damage
    }

    /// The top bit of each byte of a word: set in a byte that is not ASCII.
    private static let asciiHighBits: UInt64 = 0x8080_8080_8080_8080

    /// Writes sixteen ASCII scalars from element `i` of `output` on: each written as a
    /// sixteen-lane vector, with ``asciiRecords(_:)`` for the table's records.
    @inline(__always)
    private static func writeASCII(_ chunk: SIMD16<UInt8>, at i: Int, into output: Output) {
        let records = asciiRecords(chunk)
        UnsafeMutableRawPointer(output.scalars + i).storeBytes(of: widened(chunk), as: SIMD16<UInt32>.self)
        UnsafeMutableRawPointer(output.folded + i).storeBytes(of: widened(records.fold), as: SIMD16<UInt32>.self)
        UnsafeMutableRawPointer(output.classes + i).storeBytes(of: records.flags, as: SIMD16<UInt8>.self)
        UnsafeMutableRawPointer(output.tokenClasses + i).storeBytes(of: records.token, as: SIMD16<UInt8>.self)
    }

    /// `SIMD16<UInt32>(truncatingIfNeeded: lanes)`, inlined: the standard library's generic
    /// conversion stays a call (two per ASCII run), while this loop becomes the few unpacking
    /// instructions of a zero extension in place.
    @inline(__always)
    private static func widened(_ lanes: SIMD16<UInt8>) -> SIMD16<UInt32> {
        var wide = SIMD16<UInt32>()
        for lane in 0..<16 { wide[lane] = UInt32(lanes[lane]) }
        return wide
    }

    /// The records of sixteen ASCII scalars, lane by lane, computed as the table is built
    /// (``classify(_:)``, ``computeFold(_:)``, ``tokenClass(_:fold:)``), which
    /// ``asciiRecordsMatchTable`` checks: letters and digits are Latin word scalars, "A"–"Z"
    /// fold to lower case, tab to carriage return and space are spaces, "-" and "'" joiners.
    /// Every operand is a vector: a comparison with a scalar is made lane by lane in a loop.
    @inline(__always)
    private static func asciiRecords(_ v: SIMD16<UInt8>) -> (fold: SIMD16<UInt8>, flags: SIMD16<UInt8>, token: SIMD16<UInt8>) {
        typealias Lanes = SIMD16<UInt8>
        let none = Lanes()
        @inline(__always) func within(_ first: UInt8, _ count: UInt8) -> SIMDMask<SIMD16<Int8>> {
            v &- Lanes(repeating: first) .< Lanes(repeating: count)
        }
        @inline(__always) func lanes(_ value: UInt8, where mask: SIMDMask<SIMD16<Int8>>) -> Lanes {
            none.replacing(with: Lanes(repeating: value), where: mask)
        }
        let upper = within(0x41, 26), lower = within(0x61, 26)
        let word = upper .| lower .| within(0x30, 10)
        let space = within(0x09, 5) .| v .== Lanes(repeating: 0x20)
        let joiner = v .== Lanes(repeating: 0x2D) .| v .== Lanes(repeating: 0x27)
        let fold = v | lanes(0x20, where: upper)
        let flags = lanes(wordBit, where: word) | lanes(spaceBit, where: space) | lanes(upperBit, where: upper) | lanes(joinerBit, where: joiner)
        let token = lanes(ScalarClass.latin.rawValue, where: word) | lanes(ScalarFolding.uppercaseFlag << 4, where: upper)
            | lanes(ScalarFolding.lowercaseFlag << 4, where: lower)
        return (fold, flags, token)
    }

    /// Whether ``asciiRecords(_:)`` gives every ASCII scalar its record in the table (for tests).
    static var asciiRecordsMatchTable: Bool {
        let records = self.records
        return stride(from: 0, to: 0x80, by: 16).allSatisfy { first in
            let lanes = SIMD16<UInt8>((0..<16).map { UInt8(first + $0) })
            let computed = asciiRecords(lanes)
            return (0..<16).allSatisfy { lane in
                let record = records[first + lane]
                return record.fold == UInt32(computed.fold[lane]) && record.flags == computed.flags[lane] && record.token == computed.token[lane]
            }
        }
    }

    /// What the table holds for one scalar.
    fileprivate struct Record {
        var fold: UInt32
        var flags: UInt8
        var token: UInt8
    }

    /// Han ideographs (with extension A) and Hangul syllables fold to themselves and are
    /// unspaced word scalars; they are told by range, so that a Chinese or Korean article does
    /// not spread its thousands of distinct characters over the table's cache lines.
    private static let ideographClass = wordBit | unspacedBit

    /// The record of a scalar of three UTF-8 bytes (U+0800…U+FFFF).
    @inline(__always)
    private static func lookUp(_ v: UInt32, _ records: Records) -> Record {
        // Below the ideographs (Samaritan to kana, CJK punctuation…): the table, at once.
        if v < 0x3400 { return records[Int(v)] }
        switch v {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: return Record(fold: v, flags: ideographClass, token: ScalarClass.han.rawValue)
        case 0xAC00...0xD7A3: return Record(fold: v, flags: ideographClass, token: ScalarClass.hangul.rawValue)
        default: return records[Int(v)]
        }
    }

    /// The record of a scalar beyond the Basic Multilingual Plane (rare: computed each time).
    @inline(never)
    private static func outsideRecord(_ v: UInt32) -> Record {
        let scalar = unsafeBitCast(v, to: Unicode.Scalar.self)
        let flags = (scalar.properties.isAlphabetic ? wordBit : 0) | (v >= 0x20000 && v < 0x3FFFF ? unspacedBit : 0)
        return Record(fold: v, flags: flags, token: tokenClass(v, fold: v))
    }

    /// Whether the ranges ``lookUp(_:_:)`` tells without the table agree with it (for tests).
    static var ideographRangesMatchTable: Bool {
        let records = self.records
        return [(0x3400...0x4DBF, ScalarClass.han), (0x4E00...0x9FFF, .han), (0xAC00...0xD7A3, .hangul)].allSatisfy { range, kind in
            range.allSatisfy { v in
                let record = records[v]
                return record.fold == UInt32(v) && record.flags == ideographClass && record.token == kind.rawValue
            }
        }
    }

    /// The table for U+0000…U+FFFF, allocated once and never freed: lookups without reference
    /// counting; never written after it is built.
    private struct Records: @unchecked Sendable {
        let pointer: UnsafeMutablePointer<Record>

        @inline(__always) subscript(v: Int) -> Record { pointer[v] }
    }

    private static let records: Records = {
        let records = UnsafeMutablePointer<Record>.allocate(capacity: 0x10000)
        let telltales = Set((LanguageProfiles.telltaleLetters + LanguageProfiles.otherScriptLetters + LanguageProfiles.foreignLatinLetters).compactMap { letter in
            String(decoding: letter.bytes, as: UTF8.self).unicodeScalars.first?.value
        })
        for v in 0..<0x10000 {
            guard let s = Unicode.Scalar(UInt32(v)) else {  // surrogates: never decoded
                (records + v).initialize(to: Record(fold: 0, flags: 0, token: ScalarClass.separator.rawValue))
                continue
            }
            let fold = computeFold(s)
            let token = tokenClass(UInt32(v), fold: fold) | (telltales.contains(UInt32(v)) ? telltaleBit : 0)
            (records + v).initialize(to: Record(fold: fold, flags: classify(s), token: token))
        }
        return Records(pointer: records)
    }()

    /// The token class byte of scalar `v` whose folded value is `fold`.
    private static func tokenClass(_ v: UInt32, fold: UInt32) -> UInt8 {
        let entry = ScalarFolding.entry(v, tables: ScalarFolding.tables)
        let tokenFold = UInt32(truncatingIfNeeded: entry)
        let same = tokenFold == ScalarFolding.removed ? fold == 0 : tokenFold < ScalarFolding.expansionBase && tokenFold == fold
        return ScalarFolding.kind(of: entry).rawValue | ScalarFolding.letterCase(of: entry) << 4 | (same ? 0 : ownFoldingBit)
    }

    private static func classify(_ s: Unicode.Scalar) -> UInt8 {
        let p = s.properties
        var f: UInt8 = 0
        if p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark { f |= wordBit }
        if p.isWhitespace { f |= spaceBit }
        if p.isUppercase { f |= upperBit }
        if s == "-" || s == "'" || s == "’" { f |= joinerBit }
        let v = s.value
        if isArabic(v) { f |= arabicBit }
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
            let decomposed = Array((String(base) as NSString).decomposedStringWithCanonicalMapping.unicodeScalars)
            return decomposed.first?.value ?? base.value
        default:
            return v
        }
    }

    @inline(__always) private static func flags(_ s: Unicode.Scalar) -> UInt8 { records[Int(s.value)].flags }

    @inline(__always) static func fold(_ s: Unicode.Scalar) -> UInt32 {
        s.value < 0x10000 ? records[Int(s.value)].fold : s.value
    }

    /// 1 when `v` is below 64 and its bit in `mask` is set, otherwise 0, without a branch
    /// (`(v &- 64) >> 31` is 1 exactly for the values below 64): the hot scans test a few
    /// ASCII marks in every scalar this way.
    @inline(__always) static func lowBit(_ v: UInt32, in mask: UInt64) -> UInt64 {
        (mask >> UInt64(v & 63)) & UInt64((v &- 64) >> 31)
    }

    @inline(__always) static func isWord(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x10000 ? flags(s) & wordBit != 0 : s.properties.isAlphabetic
    }

    @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x10000 ? flags(s) & upperBit != 0 : s.properties.isUppercase
    }

    /// Whether a scalar value is of the Arabic block (the table's ``arabicBit``); folded
    /// values are tested without a table read.
    @inline(__always) static func isArabic(_ value: UInt32) -> Bool { value >= 0x0600 && value < 0x0700 }

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x10000 && flags(s) & spaceBit != 0
    }

    @inline(__always) static func isUnspaced(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x20000 ? s.value < 0x3FFFF : (s.value < 0x10000 && flags(s) & unspacedBit != 0)
    }

    /// The folded form of a whole string, as matchers compare it.
    static func fold(_ text: String) -> [UInt32] {
        text.unicodeScalars.map { fold($0) }.filter { $0 != 0 }
    }
}
