/// Tests on the folded form of a word of the text, read where it stands instead of from a
/// folded copy: extraction asks them of many words and keeps few.
extension ScalarText {
    /// Whether the folded word at `range` starts with `prefix` (folded, without 0s):
    /// `foldedString(range).hasPrefix(prefix)` for words without combining marks.
    func foldedWord(_ range: Range<Int>, hasPrefix prefix: [UInt32]) -> Bool {
        var k = 0
        for i in range where folded[i] != 0 {
            if k == prefix.count { return true }
            guard folded[i] == prefix[k] else { return false }
            k += 1
        }
        return k == prefix.count
    }

    /// Whether the folded word at `range` starts with any of `prefixes`.
    func foldedWord(_ range: Range<Int>, hasPrefixIn prefixes: [[UInt32]]) -> Bool {
        prefixes.contains { foldedWord(range, hasPrefix: $0) }
    }
}
