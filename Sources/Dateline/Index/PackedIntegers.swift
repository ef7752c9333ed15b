/// An array of integers stored in as few bits as its range needs, with O(1) access: value
/// `i` is `base + (i × slope) >> 16 + v` where `v` takes `width` bits. Dictionary codes of
/// a field with 20 values take 5 bits a row instead of 32; offsets and other values that
/// grow steadily (`a.text.off`, `s.article`, list offsets) are stored as their distance
/// from a straight line (`slope`, in 1/65536ths), a few bits, or none for `0, 1, 2, …`.
///
/// ```
/// section  count (UInt64), base (Int64), width (UInt64, 0…64), slope (Int64),
///          then the values' bits, little-endian, value i at bit i × width,
///          then 8 zero bytes, so that every value is read with one unaligned 8-byte load
///          (plus one byte when it straddles)
/// ```
struct PackedIntegers: @unchecked Sendable {
    static let headerSize = 32
    private static let padding = 8

    let count: Int
    let base: Int
    let width: Int
    let slope: Int
    private let bits: UnsafeRawPointer?
    private let mask: UInt64

    /// Reads the section `bytes`; `damaged` makes the error when the header does not match
    /// its length.
    init(_ bytes: UnsafeRawBufferPointer, damaged: (String) -> IndexFileError) throws {
        guard bytes.count >= Self.headerSize else { throw damaged("has no packed-integer header") }
        let count = bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        let width = bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
        guard width <= 64, count < 1 << 40,
              Self.headerSize + Self.dataBytes(count: Int(count), width: Int(width)) == bytes.count else {
            throw damaged("has a packed-integer header that does not match its length")
        }
        self.count = Int(count)
        self.width = Int(width)
        base = Int(bytes.loadUnaligned(fromByteOffset: 8, as: Int64.self))
        slope = Int(bytes.loadUnaligned(fromByteOffset: 24, as: Int64.self))
        bits = bytes.baseAddress.map { UnsafeRawPointer($0 + Self.headerSize) }
        mask = width == 64 ? .max : (1 << width) - 1
    }

    /// An empty array (for a source with no rows).
    init() {
        count = 0
        base = 0
        width = 0
        slope = 0
        bits = nil
        mask = 0
    }

    @inline(__always)
    subscript(i: Int) -> Int {
        let line = base &+ ((i &* slope) >> 16)
        guard width > 0, let bits else { return line }
        let bit = i &* width
        let byte = bit >> 3, shift = bit & 7
        var word = bits.loadUnaligned(fromByteOffset: byte, as: UInt64.self) >> UInt64(shift)
        if shift + width > 64 {
            word |= UInt64(bits.load(fromByteOffset: byte + 8, as: UInt8.self)) << UInt64(64 - shift)
        }
        return line &+ Int(truncatingIfNeeded: word & mask)
    }

    var last: Int? { count > 0 ? self[count - 1] : nil }

    /// The smallest and largest value, by a pass over all of them (for checking a column
    /// once when it is first loaded).
    func bounds() -> (min: Int, max: Int)? {
        guard count > 0 else { return nil }
        var low = Int.max, high = Int.min
        for i in 0..<count {
            let v = self[i]
            low = Swift.min(low, v)
            high = Swift.max(high, v)
        }
        return (low, high)
    }

    /// Whether every value is at least the one before it.
    func isNondecreasing() -> Bool {
        guard count > 1 else { return true }
        var previous = self[0]
        for i in 1..<count {
            let v = self[i]
            if v < previous { return false }
            previous = v
        }
        return true
    }

    private static func dataBytes(count: Int, width: Int) -> Int {
        (count * width + 7) / 8 + padding
    }

    /// The section bytes of `values`: along the line from the first to the last value when
    /// that takes fewer bits than the values themselves.
    static func encode<C: Collection>(_ values: C) -> [UInt8] where C.Element: BinaryInteger {
        let values = values.map { Int(truncatingIfNeeded: $0) }
        var layout = Layout(values, slope: 0)
        if values.count > 2, let first = values.first, let last = values.last {
            let (rise, overflow) = last.subtractingReportingOverflow(first)
            if !overflow, rise.magnitude < 1 << 40 {
                let sloped = Layout(values, slope: (rise << 16) / (values.count - 1))
                if sloped.width < layout.width { layout = sloped }
            }
        }
        var out = [UInt8](repeating: 0, count: headerSize + dataBytes(count: values.count, width: layout.width))
        func store(_ value: UInt64, at offset: Int) {
            withUnsafeBytes(of: value.littleEndian) { out.replaceSubrange(offset..<(offset + 8), with: $0) }
        }
        store(UInt64(values.count), at: 0)
        store(UInt64(bitPattern: Int64(layout.base)), at: 8)
        store(UInt64(layout.width), at: 16)
        store(UInt64(bitPattern: Int64(layout.slope)), at: 24)
        guard layout.width > 0 else { return out }
        var bit = headerSize * 8
        for (i, value) in values.enumerated() {
            var v = UInt64(bitPattern: Int64(value &- layout.line(i)))
            var remaining = layout.width
            while remaining > 0 {
                let byte = bit >> 3, shift = bit & 7
                let take = Swift.min(remaining, 8 - shift)
                out[byte] |= UInt8(truncatingIfNeeded: (v & ((1 << UInt64(take)) - 1)) << UInt64(shift))
                v >>= UInt64(take)
                bit += take
                remaining -= take
            }
        }
        return out
    }

    /// The line values are stored against, and the bits their distances from it take.
    private struct Layout {
        let slope: Int
        let base: Int
        let width: Int

        init(_ values: [Int], slope: Int) {
            self.slope = slope
            var low = Int.max, high = Int.min
            for (i, value) in values.enumerated() {
                let distance = value &- ((i &* slope) >> 16)
                low = Swift.min(low, distance)
                high = Swift.max(high, distance)
            }
            base = values.isEmpty ? 0 : low
            let span = values.isEmpty ? 0 : UInt64(bitPattern: Int64(high &- low))
            width = span == 0 ? 0 : 64 - span.leadingZeroBitCount
        }

        func line(_ i: Int) -> Int { base &+ ((i &* slope) >> 16) }
    }
}
