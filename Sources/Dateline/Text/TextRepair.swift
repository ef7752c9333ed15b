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

    /// A cheap test: damage needs a would-be UTF-8 lead byte, a Latin-1 letter from Â to ô,
    /// or an Arabic letter glued to an ASCII letter.
    private static func mayNeedRepair(_ text: String) -> Bool {
        var previousIsASCIILetter = false
        for scalar in text.unicodeScalars {
            if (0xC2...0xF4).contains(scalar.value) { return true }
            if previousIsASCIILetter, (0x0600...0x06FF).contains(scalar.value) { return true }
            previousIsASCIILetter = scalar.isASCII && scalar.properties.isAlphabetic
        }
        return false
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
        decode(scalars, at: index, bytes: CodePage.western)
    }

    /// The Windows-1256 reading, only between a Latin letter and a non-Arabic character,
    /// and only when it gives back something that is not an Arabic letter.
    private static func decodeArabicBetweenLatin(_ scalars: [Unicode.Scalar], at index: Int, after previous: Unicode.Scalar?) -> (Unicode.Scalar, Int)? {
        guard let previous, previous.isASCII, previous.properties.isAlphabetic,
              let (scalar, consumed) = decode(scalars, at: index, bytes: CodePage.arabic),
              !(0x0600...0x06FF).contains(scalar.value) else { return nil }
        if index + consumed < scalars.count, (0x0600...0x06FF).contains(scalars[index + consumed].value) { return nil }
        return (scalar, consumed)
    }

    /// The character whose UTF-8 bytes the scalars at `index` are, read through a code page.
    private static func decode(_ scalars: [Unicode.Scalar], at index: Int, bytes page: [UInt32: UInt8]) -> (Unicode.Scalar, Int)? {
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
        static let western = reverse(WindowsCodePages.western, latin1Controls: true)
        static let arabic = reverse(WindowsCodePages.arabic, latin1Controls: false)

        private static func reverse(_ upperHalf: [UInt32], latin1Controls: Bool) -> [UInt32: UInt8] {
            var bytes: [UInt32: UInt8] = [:]
            if latin1Controls {
                for byte in UInt8(0x80)...UInt8(0x9F) { bytes[UInt32(byte)] = byte }  // Latin-1 decoders
            }
            for (offset, scalar) in upperHalf.enumerated() { bytes[scalar] = UInt8(0x80 + offset) }
            return bytes
        }
    }
}
