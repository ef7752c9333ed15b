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
        if lead < 0xE0 {
            return (((lead & 0x1F) << 6) | UInt32(bytes[offset &+ 1] & 0x3F), 2)
        }
        if lead < 0xF0 {
            return (((lead & 0x0F) << 12) | (UInt32(bytes[offset &+ 1] & 0x3F) << 6) | UInt32(bytes[offset &+ 2] & 0x3F), 3)
        }
        return (((lead & 0x07) << 18) | (UInt32(bytes[offset &+ 1] & 0x3F) << 12)
            | (UInt32(bytes[offset &+ 2] & 0x3F) << 6) | UInt32(bytes[offset &+ 3] & 0x3F), 4)
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
    /// left out; otherwise a 0 is U+0000. Every other value must be a valid scalar. The exact
    /// length is counted first, without a branch per scalar: up to 15 bytes make a small
    /// (unallocated) string, encoded straight into it; longer text is encoded into scratch
    /// room and copied into the string without the check that the string's initializers make
    /// of their bytes, as bytes encoded from scalars are valid UTF-8 (this runs for every
    /// statement, name and match). Text that is all ASCII is narrowed, not encoded.
    static func string(from values: UnsafeBufferPointer<UInt32>, skippingZeros: Bool) -> String {
        // (32-bit counts, as wide as the values: the loop compares and adds them side by side.)
        var allBits: UInt32 = 0, zeros: UInt32 = 0, extraBytes: UInt32 = 0
        for v in values {
            allBits |= v
            zeros &+= v == 0 ? 1 : 0
            extraBytes &+= (v >= 0x80 ? 1 : 0) &+ (v >= 0x800 ? 1 : 0) &+ (v >= 0x1_0000 ? 1 : 0)
        }
        let isASCII = allBits < 0x80, skipped = skippingZeros ? Int(zeros) : 0
        let length = values.count - skipped + Int(extraBytes)
        guard length > 15 else {
            return String(unsafeUninitializedCapacity: length) {
                isASCII ? narrow(values, skippingZeros: skipped != 0, into: $0) : encode(values, skippingZeros: skippingZeros, into: $0)
            }
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { scratch in
            let count = isASCII ? narrow(values, skippingZeros: skipped != 0, into: scratch) : encode(values, skippingZeros: skippingZeros, into: scratch)
            let bytes = UnsafeBufferPointer(rebasing: scratch[..<count])
            return String(copying: unsafe UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII))
        }
    }

    /// Writes the UTF-8 of `values` (see ``string(from:skippingZeros:)``) into `bytes`, which
    /// has room for it; returns the number of bytes written.
    @inline(__always)
    private static func encode(_ values: UnsafeBufferPointer<UInt32>, skippingZeros: Bool, into bytes: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var n = 0
        for v in values {
            switch v {
            case 0 where skippingZeros: continue
            case 0..<0x80: bytes[n] = UInt8(v); n += 1
            case 0x80..<0x800:
                bytes[n] = UInt8(0xC0 | (v >> 6)); bytes[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
            case 0x800..<0x10000:
                bytes[n] = UInt8(0xE0 | (v >> 12)); bytes[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                bytes[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
            default:
                bytes[n] = UInt8(0xF0 | (v >> 18)); bytes[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                bytes[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); bytes[n + 3] = UInt8(0x80 | (v & 0x3F)); n += 4
            }
        }
        return n
    }

    /// ``encode(_:skippingZeros:into:)`` of values that are all ASCII: one byte each (with no
    /// zeros to skip, a loop without a branch).
    @inline(__always)
    private static func narrow(_ values: UnsafeBufferPointer<UInt32>, skippingZeros: Bool, into bytes: UnsafeMutableBufferPointer<UInt8>) -> Int {
        guard skippingZeros else {
            for i in values.indices { bytes[i] = UInt8(truncatingIfNeeded: values[i]) }
            return values.count
        }
        var n = 0
        for v in values where v != 0 {
            bytes[n] = UInt8(truncatingIfNeeded: v)
            n += 1
        }
        return n
    }
}
