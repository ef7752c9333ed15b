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
        var scalars = Array(text.unicodeScalars)
        for _ in 0..<3 {  // text can be mis-decoded more than once
            guard let repaired = repairOnce(scalars) else { break }
            scalars = repaired
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// A cheap test: damage needs a would-be UTF-8 lead byte (Â to ô) followed by a
    /// would-be continuation byte, or an Arabic letter glued to an ASCII letter.
    private static func mayNeedRepair(_ text: String) -> Bool {
        UTF8Scalars.withUTF8(text) { bytes in
            var previous: UInt32 = 0, offset = 0
            while offset < bytes.count {
                let (value, length) = UTF8Scalars.decode(bytes, at: offset)
                // ASCII is never damage itself: only what follows a lead-like or Latin letter is.
                if value >= 0x80 {
                    if (0xC2...0xF4).contains(previous), CodePage.western[value].map({ $0 < 0xC0 }) == true { return true }
                    if isASCIILetter(previous), (0x0600...0x06FF).contains(value) { return true }
                }
                previous = value
                offset += length
            }
            return false
        }
    }

    @inline(__always)
    private static func isASCIILetter(_ value: UInt32) -> Bool {
        (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }

    private static func repairOnce(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(scalars.count)
        var changed = false
        var index = 0
        while index < scalars.count {
            if let (scalar, consumed) = decodeWestern(scalars, at: index) ?? decodeArabicBetweenLatin(scalars, at: index, after: output.last) {
                output.append(scalar)
                index += consumed
                changed = true
            } else {
                output.append(scalars[index])
                index += 1
            }
        }
        return changed ? output : nil
    }

    private static func decodeWestern(_ scalars: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int)? {
        guard (0xC2...0xF4).contains(scalars[index].value) else { return nil }
        return decode(scalars, at: index, bytes: CodePage.western)
    }

    /// The Windows-1256 reading, only between a Latin letter and a non-Arabic character,
    /// and only when it gives back something that is not an Arabic letter.
    private static func decodeArabicBetweenLatin(_ scalars: [Unicode.Scalar], at index: Int, after previous: Unicode.Scalar?) -> (Unicode.Scalar, Int)? {
        guard let previous, isASCIILetter(previous.value), (0x0600...0x06FF).contains(scalars[index].value),
              let (scalar, consumed) = decode(scalars, at: index, bytes: CodePage.arabic),
              !(0x0600...0x06FF).contains(scalar.value) else { return nil }
        if index + consumed < scalars.count, (0x0600...0x06FF).contains(scalars[index + consumed].value) { return nil }
        return (scalar, consumed)
    }

    /// The character whose UTF-8 bytes the scalars at `index` are, read through a code page.
    private static func decode(_ scalars: [Unicode.Scalar], at index: Int, bytes page: ByteMap) -> (Unicode.Scalar, Int)? {
        guard let lead = page[scalars[index].value], (0xC2...0xF4).contains(lead) else { return nil }
        let continuations = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3
        guard index + continuations < scalars.count else { return nil }
        var value = UInt32(lead) & (lead < 0xE0 ? 0x1F : lead < 0xF0 ? 0x0F : 0x07)
        for offset in 1...continuations {
            guard let byte = page[scalars[index + offset].value], (0x80...0xBF).contains(byte) else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let smallest: UInt32 = continuations == 1 ? 0x80 : continuations == 2 ? 0x800 : 0x10000
        guard value >= smallest, var scalar = Unicode.Scalar(value) else { return nil }
        if (0x80...0x9F).contains(value) {
            // A C1 control is itself a Windows-1252 byte read as Latin-1: "’" went through twice.
            guard let western = Unicode.Scalar(WindowsCodePages.western[Int(value - 0x80)]),
                  western.value > 0x9F else { return nil }
            scalar = western
        }
        return (scalar, continuations + 1)
    }

    /// Scalar → byte maps of the code pages (ASCII excluded: it never needs repair).
    private enum CodePage {
        static let western = ByteMap(WindowsCodePages.western, latin1Controls: true)
        static let arabic = ByteMap(WindowsCodePages.arabic, latin1Controls: false)
    }

    /// The byte a code page gives a scalar: Latin-1 scalars by range, the rest by table.
    private struct ByteMap {
        private var identity: ClosedRange<UInt32>?
        private var others: [UInt32: UInt8] = [:]

        init(_ upperHalf: [UInt32], latin1Controls: Bool) {
            for (offset, scalar) in upperHalf.enumerated() where scalar != UInt32(0x80 + offset) || !latin1Controls {
                others[scalar] = UInt8(0x80 + offset)
            }
            // Windows-1252 keeps Latin-1's A0–FF, and Latin-1 decoders turn 80–9F into controls.
            identity = latin1Controls ? 0x80...0xFF : nil
        }

        @inline(__always)
        subscript(_ value: UInt32) -> UInt8? {
            if value < 0x80 { return nil }
            if let identity, identity.contains(value) { return UInt8(value) }
            return others[value]
        }
    }
}
