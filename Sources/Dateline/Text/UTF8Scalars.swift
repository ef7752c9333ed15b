/// Decoding Unicode scalars straight from a string's UTF-8 storage: the scans over a whole
/// article (tokens, scalar tables, repair checks) read bytes instead of going through
/// `String.UnicodeScalarView`, which costs several times more per scalar.
enum UTF8Scalars {
    /// The scalar at a byte offset of valid UTF-8 (Swift strings always are) and its length
    /// in bytes. `offset` must be the start of a scalar.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 { return (twoByteValue(lead, bytes, at: offset), 2) }
        if lead < 0xF0 { return (threeByteValue(lead, bytes, at: offset), 3) }
        return (fourByteValue(lead, bytes, at: offset), 4)
    }

    /// The scalar whose lead byte `lead` (110xxxxx) is at `offset`, in valid UTF-8.
    @inline(__always)
    static func twoByteValue(_ lead: UInt32, _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32 {
        (lead & 0x1F) << 6 | UInt32(bytes[offset &+ 1] & 0x3F)
    }

    /// The scalar whose lead byte `lead` (1110xxxx) is at `offset`, in valid UTF-8.
    @inline(__always)
    static func threeByteValue(_ lead: UInt32, _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32 {
        (lead & 0x0F) << 12 | UInt32(bytes[offset &+ 1] & 0x3F) << 6 | UInt32(bytes[offset &+ 2] & 0x3F)
    }

    /// The scalar whose lead byte `lead` (11110xxx) is at `offset`, in valid UTF-8.
    @inline(__always)
    static func fourByteValue(_ lead: UInt32, _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32 {
        (lead & 0x07) << 18 | UInt32(bytes[offset &+ 1] & 0x3F) << 12
            | UInt32(bytes[offset &+ 2] & 0x3F) << 6 | UInt32(bytes[offset &+ 3] & 0x3F)
    }

    /// The number of scalars in valid UTF-8: its bytes that are not continuation bytes
    /// (10xxxxxx), counted eight bytes at a time. Each byte's lane of a word adds up its own
    /// continuations (at most 255 words a round), and the lanes are summed once a round: no
    /// bit count per word, which is a long sequence on a processor without `popcnt`.
    static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var continuations = 0, offset = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while offset &+ 8 <= bytes.count {
            let roundEnd = min(bytes.count, offset &+ 8 &* 255)
            var lanes: UInt64 = 0
            repeat {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                // Bit 7 of each byte: set in the byte, clear in the bit below it; moved to bit 0.
                lanes &+= (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
                offset &+= 8
            } while offset &+ 8 <= roundEnd
            // Pairs of lanes into 16-bit lanes (at most 510 each), then all four summed in the top one.
            let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ (lanes >> 8 & 0x00FF_00FF_00FF_00FF)
            continuations &+= Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
        }
        while offset < bytes.count {
            if bytes[offset] & 0xC0 == 0x80 { continuations &+= 1 }
            offset &+= 1
        }
        return bytes.count - continuations
    }

    /// The scalar values of valid UTF-8, in one pass into uninitialized storage.
    static func values(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt32] {
        decodeAll(bytes) { $0 }
    }

    /// `element` of each scalar value of valid UTF-8, in order, in one pass into
    /// uninitialized storage (no zero fill, no bounds checks).
    @inline(__always)
    static func decodeAll<Element>(_ bytes: UnsafeBufferPointer<UInt8>, _ element: (UInt32) -> Element) -> [Element] {
        let count = count(bytes)
        return [Element](unsafeUninitializedCapacity: count) { elements, initialized in
            var offset = 0
            for i in 0..<count {
                let (value, length) = decode(bytes, at: offset)
                elements.initializeElement(at: i, to: element(value))
                offset += length
            }
            initialized = count
        }
    }

    /// Calls `body` with the UTF-8 of `text`, made contiguous first if it was not (a bridged
    /// string), so that the call always happens.
    static func withUTF8<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// A string of scalar values. With `skippingZeros`, 0s (scalars that folding removed) are
    /// left out; otherwise a 0 is U+0000. Every other value must be a valid scalar. One pass
    /// encodes the UTF-8 into scratch room of four bytes a scalar (on the stack up to a
    /// kilobyte), with no count of the length first, and the bytes are copied into the string
    /// without the check that the string's initializers make of their bytes, as bytes encoded
    /// from scalars are valid UTF-8 (this runs for every statement, name and match).
    static func string(from values: UnsafeBufferPointer<UInt32>, skippingZeros: Bool) -> String {
        guard !values.isEmpty else { return "" }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: values.count &* 4) { scratch in
            let (count, isASCII) = encode(values, skippingZeros: skippingZeros, into: scratch.baseAddress!)
            let bytes = UnsafeBufferPointer(start: scratch.baseAddress, count: count)
            return String(copying: unsafe UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
        }
    }

    /// Writes the UTF-8 of `values` (see ``string(from:skippingZeros:)``) at `bytes`, which has
    /// room for four bytes a value; returns the number of bytes written and whether all are
    /// ASCII. Most values come in runs of ASCII, even in other scripts (spaces, digits,
    /// punctuation), so eight at a time are tested and, when all are ASCII (and none a 0 to
    /// skip), narrowed together into one 64-bit store; otherwise those eight are encoded one by
    /// one (retrying from the next value would test again the ASCII of a word with an accent).
    @inline(__always)
    private static func encode(_ values: UnsafeBufferPointer<UInt32>, skippingZeros: Bool, into bytes: UnsafeMutablePointer<UInt8>) -> (count: Int, isASCII: Bool) {
        let raw = UnsafeRawPointer(values.baseAddress!)
        var n = 0, i = 0, slowBits: UInt32 = 0  // the values encoded one at a time, or-ed
        while i < values.count {
            var end = values.count
            if i &+ 8 <= values.count {
                if let eight = asciiOctet(raw + i &* 4, skippingZeros: skippingZeros) {
                    UnsafeMutableRawPointer(bytes + n).storeBytes(of: eight, as: UInt64.self)
                    n &+= 8
                    i &+= 8
                    continue
                }
                end = i &+ 8
            }
            repeat {
                let v = values[i]
                i &+= 1
                slowBits |= v
                switch v {
                case 0 where skippingZeros: continue
                case 0..<0x80: bytes[n] = UInt8(v); n &+= 1
                case 0x80..<0x800:
                    bytes[n] = UInt8(0xC0 | (v >> 6)); bytes[n &+ 1] = UInt8(0x80 | (v & 0x3F)); n &+= 2
                case 0x800..<0x10000:
                    bytes[n] = UInt8(0xE0 | (v >> 12)); bytes[n &+ 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    bytes[n &+ 2] = UInt8(0x80 | (v & 0x3F)); n &+= 3
                default:
                    bytes[n] = UInt8(0xF0 | (v >> 18)); bytes[n &+ 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    bytes[n &+ 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); bytes[n &+ 3] = UInt8(0x80 | (v & 0x3F)); n &+= 4
                }
            } while i < end
        }
        return (n, slowBits < 0x80)
    }

    /// The eight values at `values` as eight bytes (the first in the lowest), when all are
    /// ASCII and, with `skippingZeros`, none is 0; nil otherwise.
    @inline(__always)
    private static func asciiOctet(_ values: UnsafeRawPointer, skippingZeros: Bool) -> UInt64? {
        let words = (0..<4).reduce(0 as UInt64) { $0 | values.loadUnaligned(fromByteOffset: $1 &* 8, as: UInt64.self) }
        guard words & nonASCIIPairBits == 0 else { return nil }
        let wide = values.loadUnaligned(as: SIMD8<UInt32>.self)
        var narrow = SIMD8<UInt8>()
        for lane in 0..<8 { narrow[lane] = UInt8(truncatingIfNeeded: wide[lane]) }  // inlined: the generic conversion stays a call
        let eight = unsafeBitCast(narrow, to: UInt64.self)
        // A byte below 0x80 sets its bit 7 when 1 is taken from it exactly when it is 0 (only a 0 borrows).
        guard !skippingZeros || (eight &- 0x0101_0101_0101_0101) & 0x8080_8080_8080_8080 == 0 else { return nil }
        return eight
    }

    /// The bits of a 64-bit word read as two 32-bit values that are clear when both are ASCII.
    private static let nonASCIIPairBits: UInt64 = 0xFFFF_FF80_FFFF_FF80

    /// Whether the four values from `index` of `values` on are all ASCII (two 64-bit reads).
    @inline(__always)
    static func areASCII(_ values: UnsafeBufferPointer<UInt32>, fourFrom index: Int) -> Bool {
        let raw = UnsafeRawPointer(values.baseAddress! + index)
        return (raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) & nonASCIIPairBits == 0
    }
}
