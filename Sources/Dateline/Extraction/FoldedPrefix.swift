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

    /// Whether the folded word at `range` ends with `suffix` (folded, without 0s) and has
    /// more in front of it ("außenminister" ends with "minister"; "minister" does not).
    func foldedWord(_ range: Range<Int>, hasLongerSuffix suffix: [UInt32]) -> Bool {
        var k = suffix.count, i = range.upperBound
        while i > range.lowerBound, k > 0 {
            i -= 1
            guard folded[i] != 0 else { continue }
            k -= 1
            guard folded[i] == suffix[k] else { return false }
        }
        return k == 0 && (range.lowerBound..<i).contains { folded[$0] != 0 }
    }

    /// Whether the folded word at `range` starts with any of `prefixes`.
    func foldedWord(_ range: Range<Int>, hasPrefixIn prefixes: [[UInt32]]) -> Bool {
        prefixes.contains { foldedWord(range, hasPrefix: $0) }
    }
}
