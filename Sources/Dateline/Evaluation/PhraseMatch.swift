/// Phrase matching over folded words: the words of the phrase in order, where the first
/// may end a longer word and the last may start one (a single word may sit anywhere inside
/// a word), as the word index finds them.
enum PhraseMatch {
    static func matches<S: StringProtocol>(_ words: [String], in text: [S]) -> Bool {
        guard let first = words.first else { return false }
        if words.count == 1 { return text.contains { $0.contains(first) } }
        let last = words.count - 1
        guard text.count >= words.count else { return false }
        for i in 0...(text.count - words.count) where text[i].hasSuffix(first) {
            var ok = true
            for k in 1..<words.count {
                let word = text[i + k]
                if k == last ? !word.hasPrefix(words[k]) : word != words[k] {
                    ok = false
                    break
                }
            }
            if ok { return true }
        }
        return false
    }
}

/// The same test straight on UTF-8 bytes for ASCII text, without making strings: phrase
/// checks run once per candidate row, so they must not allocate.
struct ASCIIPhraseMatcher {
    private let words: [[UInt8]]
    private var ranges: [Range<Int>] = []

    /// Nil when the phrase is not ASCII.
    init?(_ words: [String]) {
        guard words.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else { return nil }
        self.words = words.map { Array($0.utf8) }
    }

    /// Whether the text holds the phrase; nil when the text is not ASCII (use ``PhraseMatch``).
    mutating func matches(_ bytes: UnsafeRawBufferPointer) -> Bool? {
        guard TextTokens.asciiWordRanges(bytes, into: &ranges) else { return nil }
        guard ranges.count >= words.count else { return false }
        let last = words.count - 1
        for i in 0...(ranges.count - words.count) {
            var ok = true
            for k in 0...last {
                let r = ranges[i + k]
                let w = words[k]
                let fits: Bool
                if k == 0 && k == last { fits = Self.find(w, in: bytes, r) }
                else if k == 0 { fits = r.count >= w.count && Self.equal(w, bytes, at: r.upperBound - w.count) }
                else if k == last { fits = r.count >= w.count && Self.equal(w, bytes, at: r.lowerBound) }
                else { fits = r.count == w.count && Self.equal(w, bytes, at: r.lowerBound) }
                if !fits {
                    ok = false
                    break
                }
            }
            if ok { return true }
        }
        return false
    }

    private static func equal(_ word: [UInt8], _ bytes: UnsafeRawBufferPointer, at offset: Int) -> Bool {
        for (j, c) in word.enumerated() {
            var b = bytes[offset + j]
            if b >= 0x41 && b <= 0x5A { b += 0x20 }
            if b != c { return false }
        }
        return true
    }

    private static func find(_ word: [UInt8], in bytes: UnsafeRawBufferPointer, _ r: Range<Int>) -> Bool {
        guard r.count >= word.count else { return false }
        for offset in r.lowerBound...(r.upperBound - word.count) where equal(word, bytes, at: offset) { return true }
        return false
    }
}
