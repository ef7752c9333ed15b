/// The adjacent-word index of a text field: for each pair of words that stand next to each
/// other somewhere (by their codes in the word index), the rows where they do. A two-word
/// `contains` is then a posting lookup, with no text read; a longer phrase intersects the
/// postings of its pairs before the text is checked.
///
/// Sections, beside the word index `S.F.tok.*`:
/// - `S.F.pair.first`: packed integers, word count + 1 offsets: the pairs whose first word has code
///   `w` are the pair codes `first[w] ..< first[w+1]`;
/// - `S.F.pair.second`: packed, the second word of each pair, ascending within a first word;
/// - `S.F.pair.post(.off)`: the rows of each pair, as ``VarintPostings``;
/// - `S.F.tok.rev`: packed, the word codes in the order of their reversed bytes, so that the
///   words ending with a given word are one range.
struct WordPairColumn: @unchecked Sendable {
    let first: PackedIntegers
    let second: PackedIntegers
    let postings: VarintPostings
    let reversed: PackedIntegers

    /// The pair codes whose first word is `firstWord` and whose second word's code lies in `seconds`.
    func pairs(first firstWord: Int, seconds: Range<Int>) -> Range<Int> {
        let block = first[firstWord]..<first[firstWord + 1]
        return lowerBound(seconds.lowerBound, in: block)..<lowerBound(seconds.upperBound, in: block)
    }

    private func lowerBound(_ value: Int, in block: Range<Int>) -> Int {
        var low = block.lowerBound, high = block.upperBound
        while low < high {
            let mid = (low + high) / 2
            if second[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The codes of the words of `keys` that end with `needle` (the word itself included).
    func codes(endingWith needle: [UInt8], in keys: StringTable) -> [Int] {
        var low = 0, high = reversed.count
        while low < high {
            let mid = (low + high) / 2
            if Self.compareReversed(keys.bytes(reversed[mid]), needle) < 0 { low = mid + 1 } else { high = mid }
        }
        var out: [Int] = []
        while low < reversed.count, Self.hasSuffix(keys.bytes(reversed[low]), needle) {
            out.append(reversed[low])
            low += 1
        }
        return out
    }

    /// Compares `a` and `b` read from their last byte to their first.
    static func compareReversed(_ a: UnsafeRawBufferPointer, _ b: [UInt8]) -> Int {
        let n = min(a.count, b.count)
        for j in 0..<n {
            let x = a[a.count - 1 - j], y = b[b.count - 1 - j]
            if x != y { return x < y ? -1 : 1 }
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }

    private static func hasSuffix(_ a: UnsafeRawBufferPointer, _ suffix: [UInt8]) -> Bool {
        guard a.count >= suffix.count else { return false }
        let base = a.count - suffix.count
        for j in 0..<suffix.count where a[base + j] != suffix[j] { return false }
        return true
    }
}

/// Collects the adjacent word pairs of each row while a word index is built.
struct WordPairCollector {
    /// Pairs as (first word id << 32 | second word id).
    private var pairWords = DenseCodes<UInt64>()
    /// Pair codes (in order of first appearance), row by row, without repeats in a row.
    private(set) var rowPairs: [[Int32]] = []

    /// Adds one row given the ids of its words in text order.
    mutating func add(row words: [Int32]) {
        var codes: [Int32] = []
        codes.reserveCapacity(words.count)
        for i in words.indices.dropLast() {
            let key = UInt64(UInt32(bitPattern: words[i])) << 32 | UInt64(UInt32(bitPattern: words[i + 1]))
            codes.append(pairWords.code(of: key).code)
        }
        codes.sort()
        var unique: [Int32] = []
        unique.reserveCapacity(codes.count)
        for code in codes where unique.last != code { unique.append(code) }
        rowPairs.append(unique)
    }

    /// The stored form, given each word id's final code (`rank`): first-word offsets, second
    /// words, and each row's pairs renumbered in (first, second) order.
    func layout(rank: [Int32], wordCount: Int) -> (first: [Int32], second: [Int32], rows: [[Int32]]) {
        let ranked = pairWords.keys.map { key -> (Int32, Int32) in (rank[Int(key >> 32)], rank[Int(key & 0xFFFF_FFFF)]) }
        let order = ranked.indices.sorted { ranked[$0] < ranked[$1] }
        var newCode = [Int32](repeating: 0, count: ranked.count)
        for (position, old) in order.enumerated() { newCode[old] = Int32(position) }
        var first = [Int32](repeating: 0, count: wordCount + 1)
        for (firstWord, _) in ranked { first[Int(firstWord) + 1] += 1 }
        for w in 0..<wordCount { first[w + 1] += first[w] }
        let second = order.map { ranked[$0].1 }
        let rows = rowPairs.map { codes in codes.map { newCode[Int($0)] }.sorted() }
        return (first, second, rows)
    }
}
