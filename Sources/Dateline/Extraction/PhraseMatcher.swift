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
    /// Where walks start for the phrases of each group (a language) and those added without
    /// one; for those added without one alone; and for all.
    private var groupStarts: [String: PhraseStarts] = [:]
    private var ungroupedStarts: PhraseStarts? = nil
    private var starts = PhraseStarts()

    init() {}

    /// Adds `phrase`; white space in it matches any run of white space in the text. A phrase
    /// of a `group` (a language) can be looked for with that group's alone.
    mutating func add(_ phrase: String, _ payload: Payload, prefix: Bool = false, group: String? = nil) {
        let key = ScalarTable.fold(phrase).map { ScalarTable.isSpace(Unicode.Scalar($0) ?? " ") ? 0x20 : $0 }
        guard !key.isEmpty else { return }
        let node = trie.insert(key)
        addStart(key, group: group)
        let arabic = phrase.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
        entries.append(Entry(payload: payload, isPrefix: prefix, allowsProclitic: arabic))
        let added = entries.count - 1
        guard var entry = trie.firstEntry(of: node) else { return trie.setFirstEntry(added, of: node) }
        while entries[entry].next >= 0 { entry = Int(entries[entry].next) }
        entries[entry].next = Int32(added)
    }

    private mutating func addStart(_ key: [UInt32], group: String?) {
        let node = key.count >= 3 ? trie.node(reachedBy: key[..<3]) : nil
        starts.add(key, node: node)
        if let group {
            groupStarts[group, default: ungroupedStarts ?? PhraseStarts()].add(key, node: node)
        } else {
            ungroupedStarts = ungroupedStarts ?? PhraseStarts()
            ungroupedStarts?.add(key, node: node)
            for group in groupStarts.keys { groupStarts[group]?.add(key, node: node) }
        }
        // The insertion may have moved the node's record (shared by every group that holds it).
        guard let node else { return }
        starts.update(key, node: node)
        ungroupedStarts?.update(key, node: node)
        for group in groupStarts.keys { groupStarts[group]?.update(key, node: node) }
    }

    /// Every match in `text[range]`, ordered by start; several may start at one offset.
    /// With a `group`, the matches of that group's phrases and of those added without a group:
    /// walks start only where one of them may, so other groups' matches may be missing.
    func matches(in text: ScalarText, range: Range<Int>? = nil, group: String? = nil) -> [Match] {
        let range = (range ?? 0..<text.count).clamped(to: 0..<text.count)
        let starts = group == nil ? starts : groupStarts[group!] ?? ungroupedStarts
        var found: [Match] = []
        text.withScan { scan in
            trie.withView { trie in
                let walker = Walker(text: scan, trie: trie, limit: range.upperBound)
                for i in range where scan.isWordStart(i) {
                    if let starts { walk(walker, startingAt: i, starts, into: &found) }
                    if Self.isProclitic(scan.folded[i]) {
                        var j = i + 1
                        for _ in 0..<3 where j < range.upperBound {
                            walk(walker, from: PhraseTrie.root, at: j, matchStart: i, proclitic: true, into: &found)
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
                walk(walker, from: PhraseTrie.root, at: start, matchStart: start, proclitic: false, into: &found)
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

    /// The walk from the word start `i`: where the first three scalars stand plainly (no
    /// ignored marks, no run of white space) and no shorter phrase may match, a jump to their
    /// node, or no walk if no phrase begins with them; otherwise a walk from the root.
    private func walk(_ walker: Walker, startingAt i: Int, _ starts: PhraseStarts, into found: inout [Match]) {
        guard let (c0, c1, c2) = Self.plainStart(walker.text, at: i, limit: walker.limit), !starts.mayHoldShortPhrase(c0, c1) else {
            return walk(walker, from: PhraseTrie.root, at: i, matchStart: i, proclitic: false, into: &found)
        }
        guard let node = starts.node(PhraseStarts.key(c0, c1, c2)) else { return }
        addMatches(walker, endingAt: node, end: i + 3, matchStart: i, proclitic: false, into: &found)
        walk(walker, from: node, at: i + 3, matchStart: i, proclitic: false, into: &found)
    }

    /// The scalars of the first three steps of a walk from the word start `i`, if each of them
    /// is one scalar of the text (so that the walk is at `i + 3` after them).
    @inline(__always) private static func plainStart(_ text: ScalarScan, at i: Int, limit: Int) -> (UInt32, UInt32, UInt32)? {
        guard i + 2 < limit, !text.isSpace(i) else { return nil }
        let c0 = text.folded[i]
        var c1 = text.folded[i + 1], c2 = text.folded[i + 2]
        guard c0 != 0, c1 != 0, c2 != 0 else { return nil }
        if text.isSpace(i + 1) {
            guard !text.isSpace(i + 2) else { return nil }
            c1 = 0x20
        }
        if text.isSpace(i + 2) {
            guard i + 3 >= limit || !text.isSpace(i + 3) else { return nil }
            c2 = 0x20
        }
        return (c0, c1, c2)
    }

    /// Steps from `node` along the text at `start`, adding the phrases that end on the way.
    private func walk(
        _ walker: Walker, from node: Int, at start: Int, matchStart: Int, proclitic: Bool, into found: inout [Match]
    ) {
        let text = walker.text, limit = walker.limit
        var node = node, j = start
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
            addMatches(walker, endingAt: node, end: j, matchStart: matchStart, proclitic: proclitic, into: &found)
        }
    }

    @inline(__always) private func addMatches(
        _ walker: Walker, endingAt node: Int, end: Int, matchStart: Int, proclitic: Bool, into found: inout [Match]
    ) {
        var entryIndex = walker.trie.firstEntry(of: node)
        while entryIndex >= 0 {
            let entry = entries[entryIndex]
            if (!proclitic || entry.allowsProclitic) && (entry.isPrefix || walker.text.isWordEnd(end)) {
                found.append(Match(start: matchStart, end: end, payload: entry.payload))
            }
            entryIndex = Int(entry.next)
        }
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
