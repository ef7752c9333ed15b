/// A trie over folded phrases, built once, that finds every phrase of a lexicon in one pass
/// over a ``ScalarText`` — instead of one regular expression per phrase per article.
///
/// Phrases match at word starts (anywhere in Han, kana and Hangul), and end at a word end
/// unless added as a prefix (stems such as "cyber" that match "cyberattaque"). Arabic
/// proclitics (و ف ب ل, and ال after them) may precede a phrase marked `arabic`.
struct PhraseMatcher<Payload: Sendable>: Sendable {
    struct Match {
        var start: Int
        var end: Int
        var payload: Payload
    }

    /// A phrase ending at a node; `next` is the index of the node's next entry, or -1.
    private struct Entry: Sendable {
        var payload: Payload
        var isPrefix: Bool
        var allowsProclitic: Bool
        var next: Int32 = -1
    }

    private var trie = PhraseTrie()
    /// Every phrase's entry; those of one node are chained in the order they were added.
    private var entries: [Entry] = []
    private var prefixes = PrefixFilter()
    /// The prefixes of the phrases added with each group (a language) and of those added
    /// without one; and of those added without one alone.
    private var groupPrefixes: [String: PrefixFilter] = [:]
    private var ungroupedPrefixes: PrefixFilter? = nil

    init() {}

    /// Adds `phrase`; white space in it matches any run of white space in the text. A phrase
    /// of a `group` (a language) can be looked for with that group's alone.
    mutating func add(_ phrase: String, _ payload: Payload, prefix: Bool = false, group: String? = nil) {
        let key = ScalarTable.fold(phrase).map { ScalarTable.isSpace(Unicode.Scalar($0) ?? " ") ? 0x20 : $0 }
        guard !key.isEmpty else { return }
        let node = trie.insert(key)
        addPrefix(key, group: group)
        let arabic = phrase.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
        entries.append(Entry(payload: payload, isPrefix: prefix, allowsProclitic: arabic))
        let added = entries.count - 1
        guard var entry = trie.firstEntry(of: node) else { return trie.setFirstEntry(added, of: node) }
        while entries[entry].next >= 0 { entry = Int(entries[entry].next) }
        entries[entry].next = Int32(added)
    }

    private mutating func addPrefix(_ key: [UInt32], group: String?) {
        prefixes.add(key)
        if let group {
            groupPrefixes[group, default: ungroupedPrefixes ?? PrefixFilter()].add(key)
        } else {
            ungroupedPrefixes = ungroupedPrefixes ?? PrefixFilter()
            ungroupedPrefixes?.add(key)
            for group in groupPrefixes.keys { groupPrefixes[group]?.add(key) }
        }
    }

    /// Every match in `text[range]`, ordered by start; several may start at one offset.
    /// With a `group`, the matches of that group's phrases and of those added without a group:
    /// walks start only where one of them may, so other groups' matches may be missing.
    func matches(in text: ScalarText, range: Range<Int>? = nil, group: String? = nil) -> [Match] {
        let range = (range ?? 0..<text.count).clamped(to: 0..<text.count)
        let filter = group == nil ? prefixes : groupPrefixes[group!] ?? ungroupedPrefixes
        var found: [Match] = []
        text.withScan { scan in
            trie.withView { trie in
                let walker = Walker(text: scan, trie: trie, limit: range.upperBound)
                for i in range where scan.isWordStart(i) {
                    if filter?.mayStart(scan, at: i, limit: range.upperBound) ?? false {
                        walk(walker, from: i, matchStart: i, proclitic: false, into: &found)
                    }
                    if Self.isProclitic(scan.folded[i]) {
                        var j = i + 1
                        for _ in 0..<3 where j < range.upperBound {
                            walk(walker, from: j, matchStart: i, proclitic: true, into: &found)
                            guard Self.isProclitic(scan.folded[j]) || scan.folded[j] == 0x0627 else { break }
                            j += 1
                        }
                    }
                }
            }
        }
        return found
    }

    /// The matches that start exactly at `start` (and end before `limit`).
    func matches(in text: ScalarText, at start: Int, limit: Int) -> [Match] {
        var found: [Match] = []
        guard start >= 0 else { return found }
        text.withScan { scan in
            trie.withView { trie in
                let walker = Walker(text: scan, trie: trie, limit: min(limit, text.count))
                walk(walker, from: start, matchStart: start, proclitic: false, into: &found)
            }
        }
        return found
    }

    private static func isProclitic(_ c: UInt32) -> Bool {
        c == 0x0648 || c == 0x0641 || c == 0x0628 || c == 0x0644 || c == 0x0643
    }

    /// What a walk reads, as buffers, valid within one scan.
    private struct Walker {
        let text: ScalarScan
        let trie: PhraseTrie.View
        let limit: Int
    }

    private func walk(_ walker: Walker, from start: Int, matchStart: Int, proclitic: Bool, into found: inout [Match]) {
        let text = walker.text, limit = walker.limit
        var node = PhraseTrie.root, j = start
        while j < limit {
            var c = text.folded[j]
            if c == 0 { j += 1; continue }
            if text.isSpace(j) {
                c = 0x20
                while j + 1 < limit, text.isSpace(j + 1) { j += 1 }
            }
            guard let next = walker.trie.child(of: node, c) else { return }
            node = next
            j += 1
            var entryIndex = walker.trie.firstEntry(of: node)
            while entryIndex >= 0 {
                let entry = entries[Int(entryIndex)]
                if (!proclitic || entry.allowsProclitic) && (entry.isPrefix || text.isWordEnd(j)) {
                    found.append(Match(start: matchStart, end: j, payload: entry.payload))
                }
                entryIndex = Int(entry.next)
            }
        }
    }
}

/// The first three folded scalars of every phrase (the whole of a shorter one), hashed into
/// a bit set that stays in the first-level cache: a walk of the trie starts only where the
/// text may begin a phrase, and most words begin none. The test is conservative: where the
/// text's next scalars are ignored marks or white space it lets the walk decide.
private struct PrefixFilter: Sendable {
    private static let bitCount = 1 << 16
    private var words = [UInt64](repeating: 0, count: bitCount / 64)

    /// `key` as the trie holds it (folded, white space as U+0020).
    mutating func add(_ key: [UInt32]) {
        let bit = Self.bit(key.count, key[0], key.count > 1 ? key[1] : 0, key.count > 2 ? key[2] : 0)
        words[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// Whether a phrase may start at the word start `i` and end before `limit`.
    @inline(__always) func mayStart(_ text: ScalarScan, at i: Int, limit: Int) -> Bool {
        let c0 = text.folded[i]
        if c0 == 0 || isSet(Self.bit(1, c0, 0, 0)) { return true }
        guard i + 1 < limit else { return false }
        let c1 = text.folded[i + 1]
        if c1 == 0 || text.isSpace(i + 1) || isSet(Self.bit(2, c0, c1, 0)) { return true }
        guard i + 2 < limit else { return false }
        let c2 = text.isSpace(i + 2) ? 0x20 : text.folded[i + 2]
        return c2 == 0 || isSet(Self.bit(3, c0, c1, c2))
    }

    @inline(__always) private func isSet(_ bit: Int) -> Bool { words[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }

    /// The bit of a key of `length` scalars (3 for longer ones) starting `c0 c1 c2`.
    @inline(__always) private static func bit(_ length: Int, _ c0: UInt32, _ c1: UInt32, _ c2: UInt32) -> Int {
        var h = UInt64(min(length, 3)) &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ UInt64(c0)) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ UInt64(c1)) &* 0x94D0_49BB_1331_11EB
        h = (h ^ UInt64(c2)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h >> 48)
    }
}

/// The folded scalars and classes of a ``ScalarText`` as buffer pointers, for the matcher's
/// scan over every scalar: array subscripts there (with their bounds checks and the
/// reference counting of the arrays) cost more than the trie walk. Only valid inside
/// ``ScalarText/withScan(_:)``; every index is checked against the text (`count`) by the
/// class tests, and `folded` is read only at offsets below a range bound within the text.
struct ScalarScan {
    let folded: UnsafeBufferPointer<UInt32>
    let classes: UnsafeBufferPointer<UInt8>

    @inline(__always) private func has(_ bit: UInt8, _ i: Int) -> Bool {
        i >= 0 && i < classes.count && classes[i] & bit != 0
    }

    @inline(__always) func isSpace(_ i: Int) -> Bool { has(ScalarTable.spaceBit, i) }

    /// ``ScalarText/isWordStart(_:)``.
    @inline(__always) func isWordStart(_ i: Int) -> Bool {
        guard has(ScalarTable.wordBit, i) else { return false }
        return has(ScalarTable.unspacedBit, i) || !has(ScalarTable.wordBit, i - 1) || has(ScalarTable.unspacedBit, i - 1)
    }

    /// ``ScalarText/isWordEnd(_:)``.
    @inline(__always) func isWordEnd(_ i: Int) -> Bool {
        i >= classes.count || !has(ScalarTable.wordBit, i) || has(ScalarTable.unspacedBit, i) || has(ScalarTable.unspacedBit, i - 1)
    }
}

extension ScalarText {
    /// Calls `body` with pointers to the folded scalars and classes (see ``ScalarScan``).
    func withScan<Result>(_ body: (ScalarScan) -> Result) -> Result {
        folded.withUnsafeBufferPointer { folded in
            classes.withUnsafeBufferPointer { classes in body(ScalarScan(folded: folded, classes: classes)) }
        }
    }
}
