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

    /// Edges of each node but the root, searched linearly (nodes have few children).
    private var children: [[(scalar: UInt32, node: Int32)]] = [[]]
    /// The root's edges indexed by scalar (U+0000…U+FFFF), as most lookups fail at the root.
    private var rootEdges = [Int32](repeating: 0, count: 0x10000)
    private var entries: [[Entry]] = [[]]
    /// The first edge of each node and whether the node ends a phrase, in flat arrays: most
    /// nodes have one child, so a walk rarely touches the nested arrays (a cache miss each).
    private var firstEdges: [(scalar: UInt32, node: Int32)] = [(0, 0)]
    private var endsPhrase: [Bool] = [false]

    private func child(of node: Int, _ scalar: UInt32) -> Int? {
        if node == 0 {
            guard scalar < 0x10000 else { return children[0].first { $0.scalar == scalar }.map { Int($0.node) } }
            let next = rootEdges[Int(scalar)]
            return next == 0 ? nil : Int(next)
        }
        let first = firstEdges[node]
        if first.node == 0 { return nil }
        if first.scalar == scalar { return Int(first.node) }
        for edge in children[node] where edge.scalar == scalar { return Int(edge.node) }
        return nil
    }

    init() {}

    /// Adds `phrase`; white space in it matches any run of white space in the text.
    mutating func add(_ phrase: String, _ payload: Payload, prefix: Bool = false) {
        let key = ScalarTable.fold(phrase).map { ScalarTable.isSpace(Unicode.Scalar($0) ?? " ") ? 0x20 : $0 }
        guard !key.isEmpty else { return }
        var node = 0
        for c in key {
            if let next = child(of: node, c) {
                node = next
            } else {
                children.append([])
                entries.append([])
                firstEdges.append((0, 0))
                endsPhrase.append(false)
                let created = Int32(children.count - 1)
                if node == 0 && c < 0x10000 {
                    rootEdges[Int(c)] = created
                } else if node != 0 && firstEdges[node].node == 0 {
                    firstEdges[node] = (c, created)
                } else {
                    children[node].append((c, created))
                }
                node = Int(created)
            }
        }
        let arabic = phrase.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
        entries[node].append(Entry(payload: payload, isPrefix: prefix, allowsProclitic: arabic))
        endsPhrase[node] = true
    }

    /// Every match in `text[range]`, ordered by start; several may start at one offset.
    func matches(in text: ScalarText, range: Range<Int>? = nil) -> [Match] {
        let range = range ?? 0..<text.count
        var found: [Match] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if text.isWordStart(i) {
                walk(text, from: i, matchStart: i, limit: range.upperBound, proclitic: false, into: &found)
                if Self.isProclitic(text.folded[i]) {
                    var j = i + 1
                    for _ in 0..<3 where j < range.upperBound {
                        walk(text, from: j, matchStart: i, limit: range.upperBound, proclitic: true, into: &found)
                        guard Self.isProclitic(text.folded[j]) || text.folded[j] == 0x0627 else { break }
                        j += 1
                    }
                }
            }
            i += 1
        }
        return found
    }

    /// The matches that start exactly at `start` (and end before `limit`).
    func matches(in text: ScalarText, at start: Int, limit: Int) -> [Match] {
        var found: [Match] = []
        walk(text, from: start, matchStart: start, limit: min(limit, text.count), proclitic: false, into: &found)
        return found
    }

    private static func isProclitic(_ c: UInt32) -> Bool {
        c == 0x0648 || c == 0x0641 || c == 0x0628 || c == 0x0644 || c == 0x0643
    }

    private func walk(
        _ text: ScalarText, from start: Int, matchStart: Int, limit: Int, proclitic: Bool, into found: inout [Match]
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
            guard endsPhrase[node] else { continue }
            for entry in entries[node] where !proclitic || entry.allowsProclitic {
                if entry.isPrefix || text.isWordEnd(j) {
                    found.append(Match(start: matchStart, end: j, payload: entry.payload))
                }
            }
        }
    }
}
