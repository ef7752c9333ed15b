/// Undoes recognisable mis-decoding: UTF-8 read as Windows-1252 or Latin-1 ("â€™" → "’",
/// "Ã©" → "é", also twice over), and UTF-8 of a Windows-1252 quote read as Windows-1256
/// between Latin letters ("Koreaآ’s" → "Korea’s").
///
/// A stretch is replaced only when its characters, turned back into bytes through the code
/// page, are exactly one valid UTF-8 character; anything else is left alone. Run it before
/// extraction: offsets of mentions and statements point into the repaired text.
public enum TextRepair {
    /// `text` with mis-decoded stretches repaired; `text` itself when nothing looks damaged.
    public static func repair(_ text: String) -> String {
        guard mayNeedRepair(text) else { return text }
        // Scalar values decoded straight from the UTF-8 and encoded straight back: going
        // through `String.UnicodeScalarView` cost more than the repair itself.
        let scalars = UTF8Scalars.withUTF8(text) { UTF8Scalars.values($0) }
        guard let repaired = scalars.withUnsafeBufferPointer(repaired) else { return text }
        return repaired.withUnsafeBufferPointer { UTF8Scalars.string(from: $0, skippingZeros: false) }
    }

    /// The scalar values `scalars` with each damaged stretch repaired, or nil when none is.
    /// ``ScalarText/init(repairing:)`` passes the scalars it has decoded already.
    static func repaired(_ scalars: UnsafeBufferPointer<UInt32>) -> [UInt32]? {
        guard var repaired = repairOnce(scalars) else { return nil }
        for _ in 1..<3 {  // text can be mis-decoded more than once
            guard let again = repaired.withUnsafeBufferPointer(repairOnce) else { break }
            repaired = again
        }
        return repaired
    }

    /// A cheap test over the whole text (see ``mayBeDamage(_:after:)``).
    private static func mayNeedRepair(_ text: String) -> Bool {
        UTF8Scalars.withUTF8(text) { bytes in
            var previous: UInt32 = 0, offset = 0
            while offset < bytes.count {
                let (value, length) = UTF8Scalars.decode(bytes, at: offset)
                if mayBeDamage(value, after: previous) { return true }
                previous = value
                offset += length
            }
            return false
        }
    }

    /// Whether scalar `value` after `previous` may be damage, the test run on every pair of
    /// scalars (also by ``ScalarText/init(repairing:)`` as it decodes): damage needs a would-be
    /// UTF-8 lead byte (Â to ô) followed by a would-be continuation byte, or an Arabic letter
    /// glued to an ASCII letter. ASCII is never damage itself.
    @inline(__always)
    static func mayBeDamage(_ value: UInt32, after previous: UInt32) -> Bool {
        // Both kinds need `previous` from "A" to "ô": one test passes most scalars of other scripts.
        guard value >= 0x80, previous &- 0x41 <= 0xF4 - 0x41 else { return false }
        if (0xC2...0xF4).contains(previous) { return CodePage.western[value].map { $0 < 0xC0 } == true }
        return isASCIILetter(previous) && (0x0600...0x06FF).contains(value)
    }

    @inline(__always)
    private static func isASCIILetter(_ value: UInt32) -> Bool {
        (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }

    /// The scalars with each damaged stretch replaced, or nil when none is. Damage starts
    /// at a scalar from U+00C2 on (a would-be lead byte, or an Arabic letter), so the others
    /// are passed with one test (ASCII four at a time), and unchanged runs are copied at once.
    private static func repairOnce(_ scalars: UnsafeBufferPointer<UInt32>) -> [UInt32]? {
        var output: [UInt32] = []
        var copied = 0  // scalars before this offset are in `output`, repaired or not
        var previous: UInt32?
        var index = 0
        while index < scalars.count {
            // Runs of ASCII, most of any text, are passed four values at a time.
            if index &+ 4 <= scalars.count, UTF8Scalars.areASCII(scalars, fourFrom: index) {
                index &+= 4
                previous = scalars[index &- 1]
                continue
            }
            let value = scalars[index]
            if value >= 0xC2, let (scalar, consumed) = decodeWestern(scalars, at: index) ?? decodeArabicBetweenLatin(scalars, at: index, after: previous) {
                if output.isEmpty { output.reserveCapacity(scalars.count) }
                output += scalars[copied..<index]
                output.append(scalar)
                index += consumed
                copied = index
                previous = scalar
            } else {
                previous = value
                index += 1
            }
        }
        guard copied > 0 else { return nil }
        output += scalars[copied...]
        return output
    }

    private static func decodeWestern(_ scalars: UnsafeBufferPointer<UInt32>, at index: Int) -> (UInt32, Int)? {
        guard (0xC2...0xF4).contains(scalars[index]) else { return nil }
        return decode(scalars, at: index, bytes: CodePage.western)
    }

    /// The Windows-1256 reading, only between a Latin letter and a non-Arabic character,
    /// and only when it gives back something that is not an Arabic letter.
    private static func decodeArabicBetweenLatin(_ scalars: UnsafeBufferPointer<UInt32>, at index: Int, after previous: UInt32?) -> (UInt32, Int)? {
        guard let previous, isASCIILetter(previous), (0x0600...0x06FF).contains(scalars[index]),
              let (scalar, consumed) = decode(scalars, at: index, bytes: CodePage.arabic),
              !(0x0600...0x06FF).contains(scalar) else { return nil }
        if index + consumed < scalars.count, (0x0600...0x06FF).contains(scalars[index + consumed]) { return nil }
        return (scalar, consumed)
    }

    /// The character whose UTF-8 bytes the scalars at `index` are, read through a code page.
    private static func decode(_ scalars: UnsafeBufferPointer<UInt32>, at index: Int, bytes page: ByteMap) -> (UInt32, Int)? {
        guard let lead = page[scalars[index]], (0xC2...0xF4).contains(lead) else { return nil }
        let continuations = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3
        guard index + continuations < scalars.count else { return nil }
        var value = UInt32(lead) & (lead < 0xE0 ? 0x1F : lead < 0xF0 ? 0x0F : 0x07)
        for offset in 1...continuations {
            guard let byte = page[scalars[index + offset]], (0x80...0xBF).contains(byte) else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let smallest: UInt32 = continuations == 1 ? 0x80 : continuations == 2 ? 0x800 : 0x10000
        guard value >= smallest, Unicode.Scalar(value) != nil else { return nil }
        if (0x80...0x9F).contains(value) {
            // A C1 control is itself a Windows-1252 byte read as Latin-1: "’" went through twice.
            let western = WindowsCodePages.western[Int(value - 0x80)]
            guard Unicode.Scalar(western) != nil, western > 0x9F else { return nil }
            return (western, continuations + 1)
        }
        return (value, continuations + 1)
    }

    /// Scalar → byte maps of the code pages (ASCII excluded: it never needs repair).
    private enum CodePage {
        static let western = ByteMap(WindowsCodePages.western, latin1Controls: true)
        static let arabic = ByteMap(WindowsCodePages.arabic, latin1Controls: false)
    }

    /// The byte a code page gives a scalar, from one flat table over U+0080…U+2122 (the
    /// highest scalar of either page): a lookup is one array read, no hashing.
    private struct ByteMap {
        private static let first: UInt32 = 0x80
        /// Byte by `value - first`, 0 for none (a code page's upper half never gives 0).
        private var bytes: [UInt8]

        init(_ upperHalf: [UInt32], latin1Controls: Bool) {
            bytes = [UInt8](repeating: 0, count: Int(upperHalf.max()! + 1 - Self.first))
            // Windows-1252 keeps Latin-1's A0–FF, and Latin-1 decoders turn 80–9F into controls.
            if latin1Controls {
                for value in 0x80...0xFF { bytes[value - Int(Self.first)] = UInt8(value) }
            }
            for (offset, scalar) in upperHalf.enumerated() where scalar != UInt32(0x80 + offset) || !latin1Controls {
                if latin1Controls, (0x80...0xFF).contains(scalar) { continue }  // the identity range wins
                bytes[Int(scalar - Self.first)] = UInt8(0x80 + offset)
            }
        }

        @inline(__always)
        subscript(_ value: UInt32) -> UInt8? {
            guard value >= Self.first, value - Self.first < UInt32(bytes.count) else { return nil }
            let byte = bytes[Int(value - Self.first)]
            return byte == 0 ? nil : byte
        }
    }
}
