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

    private struct Entry: Sendable {
        var payload: Payload
        var isPrefix: Bool
        var allowsProclitic: Bool
    }

    /// A node of the trie: where its children stand in `childEdges`, and whether a phrase ends here.
    private struct Node: Sendable {
        var firstChild: Int32 = 0
        var childCount: Int32 = 0
        var endsPhrase = false
    }

    private var nodes = [Node()]
    /// The children of each node side by side (one or two cache lines per step of a walk),
    /// the root's above U+FFFF included. A node given a child moves its block to the end,
    /// unless it is there already; what it leaves behind is unused.
    private var childEdges: [(scalar: UInt32, node: Int32)] = []
    /// The root's edges indexed by scalar (U+0000…U+FFFF), as most lookups fail at the root.
    private var rootEdges = [Int32](repeating: 0, count: 0x10000)
    private var entries: [[Entry]] = [[]]
    private var prefixes = PrefixFilter()
    /// The prefixes of the phrases added with each group (a language), and of those added without one.
    private var groupPrefixes: [String: PrefixFilter] = [:]
    private var ungroupedPrefixes: PrefixFilter? = nil

    @inline(__always) private func child(of node: Int, _ scalar: UInt32) -> Int? {
        if node == 0 && scalar < 0x10000 {
            let next = rootEdges[Int(scalar)]
            return next == 0 ? nil : Int(next)
        }
        let first = Int(nodes[node].firstChild)
        for k in first..<(first + Int(nodes[node].childCount)) where childEdges[k].scalar == scalar {
            return Int(childEdges[k].node)
        }
        return nil
    }

    init() {}

    /// Adds `phrase`; white space in it matches any run of white space in the text. A phrase
    /// of a `group` (a language) can be looked for with that group's alone.
    mutating func add(_ phrase: String, _ payload: Payload, prefix: Bool = false, group: String? = nil) {
        let key = ScalarTable.fold(phrase).map { ScalarTable.isSpace(Unicode.Scalar($0) ?? " ") ? 0x20 : $0 }
        guard !key.isEmpty else { return }
        var node = 0
        for c in key {
            if let next = child(of: node, c) {
                node = next
            } else {
                nodes.append(Node())
                entries.append([])
                let created = Int32(nodes.count - 1)
                if node == 0 && c < 0x10000 {
                    rootEdges[Int(c)] = created
                } else {
                    addChild(created, scalar: c, to: node)
                }
                node = Int(created)
            }
        }
        prefixes.add(key)
        if let group {
            groupPrefixes[group, default: PrefixFilter()].add(key)
        } else {
            ungroupedPrefixes = ungroupedPrefixes ?? PrefixFilter()
            ungroupedPrefixes?.add(key)
        }
        let arabic = phrase.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
        entries[node].append(Entry(payload: payload, isPrefix: prefix, allowsProclitic: arabic))
        nodes[node].endsPhrase = true
    }

    private mutating func addChild(_ child: Int32, scalar: UInt32, to parent: Int) {
        let first = Int(nodes[parent].firstChild), count = Int(nodes[parent].childCount)
        if first + count != childEdges.count || count == 0 {
            childEdges.append(contentsOf: childEdges[first..<(first + count)])
            nodes[parent].firstChild = Int32(childEdges.count - count)
        }
        childEdges.append((scalar, child))
        nodes[parent].childCount += 1
    }

    /// Every match in `text[range]`, ordered by start; several may start at one offset.
    /// With a `group`, the matches of that group's phrases and of those added without a group:
    /// walks start only where one of them may, so other groups' matches may be missing.
    func matches(in text: ScalarText, range: Range<Int>? = nil, group: String? = nil) -> [Match] {
        let range = (range ?? 0..<text.count).clamped(to: 0..<text.count)
        let filter = group == nil ? prefixes : groupPrefixes[group!], ungrouped = group == nil ? nil : ungroupedPrefixes
        var found: [Match] = []
        text.withScan { scan in
            for i in range where scan.isWordStart(i) {
                if filter?.mayStart(scan, at: i, limit: range.upperBound) ?? false
                    || ungrouped?.mayStart(scan, at: i, limit: range.upperBound) ?? false {
                    walk(scan, from: i, matchStart: i, limit: range.upperBound, proclitic: false, into: &found)
                }
                if Self.isProclitic(scan.folded[i]) {
                    var j = i + 1
                    for _ in 0..<3 where j < range.upperBound {
                        walk(scan, from: j, matchStart: i, limit: range.upperBound, proclitic: true, into: &found)
                        guard Self.isProclitic(scan.folded[j]) || scan.folded[j] == 0x0627 else { break }
                        j += 1
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
        text.withScan { walk($0, from: start, matchStart: start, limit: min(limit, text.count), proclitic: false, into: &found) }
        return found
    }

    private static func isProclitic(_ c: UInt32) -> Bool {
        c == 0x0648 || c == 0x0641 || c == 0x0628 || c == 0x0644 || c == 0x0643
    }

    private func walk(
        _ text: ScalarScan, from start: Int, matchStart: Int, limit: Int, proclitic: Bool, into found: inout [Match]
    ) {
        var node = 0, j = start
        while j < limit {
            var c = text.folded[j]
            if c == 0 { j += 1; continue }
            if text.isSpace(j) {
                c = 0x20
                while j + 1 < limit, text.isSpace(j + 1) { j += 1 }
            }
            guard let next = child(of: node, c) else { return }
            node = next
            j += 1
            guard nodes[node].endsPhrase else { continue }
            for entry in entries[node] where !proclitic || entry.allowsProclitic {
                if entry.isPrefix || text.isWordEnd(j) {
                    found.append(Match(start: matchStart, end: j, payload: entry.payload))
                }
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
