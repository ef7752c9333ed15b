/// Splits folded text into the words the `contains` token index is keyed by.
///
/// A word is a run of letters, digits and combining marks; each Han, Kana or Hangul
/// character is a word of its own, since those scripts do not separate words by spaces.
/// Both the index and the query side go through here, so they always agree.
enum TextTokens {
    /// The folded words of `text`, in order, with repeats.
    static func words(of text: String) -> [Substring] {
        if let ascii = asciiWords(of: text) { return ascii }
        let folded = TextNormalizer.fold(text)
        var words: [Substring] = []
        var start: String.Index?
        var index = folded.startIndex
        for scalar in folded.unicodeScalars {
            let next = folded.unicodeScalars.index(after: index)
            if isIdeographic(scalar) {
                if let s = start { words.append(folded[s..<index]) }
                words.append(folded[index..<next])
                start = nil
            } else if isWordScalar(scalar) {
                if start == nil { start = index }
            } else if let s = start {
                words.append(folded[s..<index])
                start = nil
            }
            index = next
        }
        if let s = start { words.append(folded[s..<folded.endIndex]) }
        return words
    }

    /// The same words for ASCII text, without the folding tables (which, for ASCII, only
    /// lower case): the common case of the index build, made cheap.
    private static func asciiWords(of text: String) -> [Substring]? {
        var text = text
        return text.withUTF8 { bytes -> [Substring]? in
            var ranges: [Range<Int>] = []
            guard asciiWordRanges(UnsafeRawBufferPointer(bytes), into: &ranges) else { return nil }
            let folded = String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
            let utf8 = folded.utf8
            return ranges.map { r in
                folded[utf8.index(utf8.startIndex, offsetBy: r.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: r.upperBound)]
            }
        }
    }

    /// The byte ranges of the words (runs of ASCII letters and digits) of ASCII text, into
    /// `ranges` (emptied first); false, at once, when the text is not ASCII.
    static func asciiWordRanges(_ bytes: UnsafeRawBufferPointer, into ranges: inout [Range<Int>]) -> Bool {
        ranges.removeAll(keepingCapacity: true)
        var start = -1
        for i in 0..<bytes.count {
            let b = bytes[i]
            guard b < 0x80 else { return false }
            let isWord = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39)
            if isWord {
                if start < 0 { start = i }
            } else if start >= 0 {
                ranges.append(start..<i)
                start = -1
            }
        }
        if start >= 0 { ranges.append(start..<bytes.count) }
        return true
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func isIdeographic(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v >= 0x3040 && v <= 0x30FF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF)
            || (v >= 0xAC00 && v <= 0xD7A3) || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0x20000 && v <= 0x2FFFF)
    }
}
