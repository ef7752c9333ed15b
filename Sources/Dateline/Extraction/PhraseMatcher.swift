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

    /// How an entry is matched, in a byte read before its payload.
    private struct EntryFlags: OptionSet, Sendable {
        let rawValue: UInt8
        static var isPrefix: EntryFlags { EntryFlags(rawValue: 1) }
        static var allowsProclitic: EntryFlags { EntryFlags(rawValue: 2) }
        /// The last entry of its node's run.
        static var isLast: EntryFlags { EntryFlags(rawValue: 4) }
    }

    /// A node of the trie as a walk step reads it, in eight bytes: the scalar of the edge into
    /// it with two flags, and where the block of its children stands in `nodes`. When phrases
    /// end at the node, its block opens with a record whose scalar is ``entryMark`` and whose
    /// `firstChild` is where their entries start: the step that reads the entries reads the
    /// line the next step reads.
    private struct Node: Sendable {
        var key: UInt32
        /// The index in `nodes` of the node's block; 0 for none (the root, at 0, is in no block).
        var firstChild: UInt32 = 0

        /// The scalar of the edge (21 bits).
        var scalar: UInt32 { key & 0x1F_FFFF }
        var isLast: Bool { key & Self.lastBit != 0 }
        var hasEntries: Bool { key & Self.entriesBit != 0 }

        /// The last record of its block.
        static var lastBit: UInt32 { 1 << 31 }
        /// Phrases end at the node (its block opens with their ``entryMark`` record).
        static var entriesBit: UInt32 { 1 << 30 }
        /// The scalar of the record of a node's entries: no scalar (they stop at U+10FFFF).
        static var entryMark: UInt32 { 0x1F_FFFF }
    }

    /// The root (at 0) and the blocks of every node's children side by side: a walk step reads
    /// one block (one or two cache lines) and finds there all it needs of the next node. A node
    /// given a child or an entry moves its block to the end, unless it is there already; what
    /// it leaves behind is unused until ``compacted()``.
    private var nodes = [Node(key: Node.lastBit)]
    /// The index in `nodes` of the root's child for each scalar (U+0000…U+FFFF), 0 for none,
    /// as most lookups fail at the root; the children above U+FFFF are found in its block.
    private var rootIndex = [Int32](repeating: 0, count: 0x10000)
    /// The entries of each node side by side (the last flagged), moved to the end like a
    /// node's children when one is added; their payloads, in `payloads` at the same index, are
    /// read only for a match.
    private var entryFlags: [EntryFlags] = []
    private var payloads: [Payload] = []
    /// The prefixes of all phrases, in one filter that every walk reads: filters per language
    /// were each read by a fraction of the articles, and fell out of the cache in between.
    private var prefixes = PrefixFilter()

    /// The index in `nodes` of the child of the node at `node` for `scalar`.
    private func child(of node: Int, _ scalar: UInt32) -> Int? {
        withTrie { $0.child(of: node, scalar) }
    }

    init() {}

    /// Adds `phrase`; white space in it matches any run of white space in the text.
    mutating func add(_ phrase: String, _ payload: Payload, prefix: Bool = false) {
        let key = ScalarTable.fold(phrase).map { ScalarTable.isSpace(Unicode.Scalar($0) ?? " ") ? 0x20 : $0 }
        guard !key.isEmpty else { return }
        var node = 0
        for c in key { node = child(of: node, c) ?? addChild(c, to: node) }
        prefixes.add(key, isStem: prefix)
        let arabic = phrase.unicodeScalars.contains { ScalarTable.isArabic($0.value) }
        var flags: EntryFlags = prefix ? [.isPrefix] : []
        if arabic { flags.insert(.allowsProclitic) }
        addEntry(flags, payload, to: node)
    }

    /// The block of the node at `node` (empty if it has none).
    private func block(of node: Int) -> Range<Int> {
        let first = Int(nodes[node].firstChild)
        guard first != 0 else { return first..<first }
        var last = first
        while !nodes[last].isLast { last += 1 }
        return first..<(last + 1)
    }

    /// Moves the block of the node at `node` to the end of `nodes`, with `opening` before it
    /// if given; without `opening`, an empty block or one at the end already stays.
    private mutating func moveBlockToEnd(of node: Int, opening: Node? = nil) {
        let block = block(of: node)
        guard opening != nil || !block.isEmpty && block.upperBound != nodes.count else { return }
        let first = nodes.count
        if var opening {
            if block.isEmpty { opening.key |= Node.lastBit }
            nodes.append(opening)
        }
        // One by one: appending a slice of the array itself would copy the whole array.
        for k in block { nodes.append(nodes[k]) }
        nodes[node].firstChild = UInt32(first)
        if node == 0 {
            for k in first..<nodes.count where nodes[k].scalar < 0x10000 { rootIndex[Int(nodes[k].scalar)] = Int32(k) }
        }
    }

    /// Adds a child for `scalar` to the node at `node`; returns its index in `nodes`.
    private mutating func addChild(_ scalar: UInt32, to node: Int) -> Int {
        moveBlockToEnd(of: node)
        if nodes[node].firstChild == 0 {
            nodes[node].firstChild = UInt32(nodes.count)
        } else {
            nodes[nodes.count - 1].key &= ~Node.lastBit
        }
        nodes.append(Node(key: scalar | Node.lastBit))
        let k = nodes.count - 1
        if node == 0, scalar < 0x10000 { rootIndex[Int(scalar)] = Int32(k) }
        return k
    }

    private mutating func addEntry(_ flags: EntryFlags, _ payload: Payload, to node: Int) {
        if nodes[node].hasEntries {
            let run = entries(of: node)
            if run.upperBound != entryFlags.count - 1 {
                nodes[Int(nodes[node].firstChild)].firstChild = UInt32(entryFlags.count)
                for k in run {
                    entryFlags.append(entryFlags[k])
                    payloads.append(payloads[k])
                }
            }
            entryFlags[entryFlags.count - 1].remove(.isLast)
        } else {
            moveBlockToEnd(of: node, opening: Node(key: Node.entryMark, firstChild: UInt32(entryFlags.count)))
            nodes[node].key |= Node.entriesBit
        }
        entryFlags.append(flags.union(.isLast))
        payloads.append(payload)
    }

    /// The matcher with its nodes and entries laid out for walks, without the blocks and runs
    /// that adds left behind: the top ``breadthFirstDepth`` levels breadth first, so that the
    /// nodes every walk passes are dense, and each subtree below depth first, so that the
    /// nodes of one phrase's tail follow each other. Call it once the phrases are added.
    func compacted() -> PhraseMatcher {
        var result = self
        result.nodes = [nodes[0]]
        result.nodes.reserveCapacity(nodes.count)
        result.entryFlags = []
        result.payloads = []
        result.rootIndex = [Int32](repeating: 0, count: 0x10000)
        var level = [(old: 0, new: 0)]
        for _ in 0..<Self.breadthFirstDepth {
            level = level.flatMap { result.place(blockOf: $0.old, at: $0.new, from: self) }
        }
        for node in level { result.placeDepthFirst(node.old, at: node.new, from: self) }
        for k in result.block(of: 0) where result.nodes[k].scalar < 0x10000 {
            result.rootIndex[Int(result.nodes[k].scalar)] = Int32(k)
        }
        var keys: [(key: [UInt32], isStem: Bool)] = []
        result.collectFilterKeys(below: 0, path: [], into: &keys)
        result.prefixes = PrefixFilter(keys)
        return result
    }

    /// The keys ``PrefixFilter`` holds, read back from the trie: the paths to nodes at its key
    /// length, and to the nodes above where phrases end (with whether a stem ends there).
    private func collectFilterKeys(below node: Int, path: [UInt32], into keys: inout [(key: [UInt32], isStem: Bool)]) {
        for k in block(of: node) where nodes[k].scalar != Node.entryMark {
            let key = path + [nodes[k].scalar]
            if key.count == PrefixFilter.keyLength || nodes[k].hasEntries { keys.append((key, endsStem(k))) }
            if key.count < PrefixFilter.keyLength { collectFilterKeys(below: k, path: key, into: &keys) }
        }
    }

    /// Whether a phrase added as a prefix (a stem) ends at the node at `node`.
    private func endsStem(_ node: Int) -> Bool {
        nodes[node].hasEntries && entries(of: node).contains { entryFlags[$0].contains(.isPrefix) }
    }

    /// Every phrase key of the trie (folded, white space as U+0020), with whether a phrase
    /// added as a prefix (a stem, which also matches at the start of longer words) ends there.
    func keys() -> [(key: [UInt32], isStem: Bool)] {
        var found: [(key: [UInt32], isStem: Bool)] = []
        collectKeys(below: 0, path: [], into: &found)
        return found
    }

    private func collectKeys(below node: Int, path: [UInt32], into found: inout [(key: [UInt32], isStem: Bool)]) {
        for k in block(of: node) where nodes[k].scalar != Node.entryMark {
            let key = path + [nodes[k].scalar]
            if nodes[k].hasEntries { found.append((key, endsStem(k))) }
            collectKeys(below: k, path: key, into: &found)
        }
    }

    /// The indices of the entries of the node at `node` (it has some).
    private func entries(of node: Int) -> ClosedRange<Int> {
        let first = Int(nodes[Int(nodes[node].firstChild)].firstChild)
        var last = first
        while !entryFlags[last].contains(.isLast) { last += 1 }
        return first...last
    }

    /// How many levels of the trie ``compacted()`` lays out breadth first.
    private static var breadthFirstDepth: Int { 3 }

    /// Appends the block of the node `old` of `source` (with the node's entries) as the block
    /// of the node at `new`; returns the children's indices, old and new.
    private mutating func place(blockOf old: Int, at new: Int, from source: PhraseMatcher) -> [(old: Int, new: Int)] {
        let block = source.block(of: old)
        guard !block.isEmpty else { return [] }
        nodes[new].firstChild = UInt32(nodes.count)
        var children: [(old: Int, new: Int)] = []
        for k in block {
            var record = source.nodes[k]
            if record.scalar == Node.entryMark {
                record.firstChild = UInt32(entryFlags.count)
                var e = Int(source.nodes[k].firstChild)
                while true {
                    entryFlags.append(source.entryFlags[e])
                    payloads.append(source.payloads[e])
                    if source.entryFlags[e].contains(.isLast) { break }
                    e += 1
                }
            } else {
                children.append((k, nodes.count))
            }
            nodes.append(record)
        }
        return children
    }

    private mutating func placeDepthFirst(_ old: Int, at new: Int, from source: PhraseMatcher) {
        for child in place(blockOf: old, at: new, from: source) { placeDepthFirst(child.old, at: child.new, from: source) }
    }

    /// Every match in `text[range]`, ordered by start; several may start at one offset.
    func matches(in text: ScalarText, range: Range<Int>? = nil) -> [Match] {
        var found: [Match] = []
        forEachMatch(in: text, range: range ?? 0..<text.count) { found.append(Match(start: $0, end: $1, payload: $2)) }
        return found
    }

    /// Calls `visit` with the start, end and payload of every match in `text[range]`, in the
    /// order of ``matches(in:range:)``: no array of matches is made, and a payload is copied
    /// only if `visit` keeps it.
    func forEachMatch(in text: ScalarText, range: Range<Int>, _ visit: (Int, Int, Payload) -> Void) {
        var openings = NoKnownOpenings()
        forEachMatch(in: text, range: range, openings: &openings, visit)
    }

    /// ``forEachMatch(in:range:_:)``, where what the caller knows of the text's words
    /// (`openings`) spares the filter at word starts where no phrase opens, or where the
    /// filter would let a walk through anyway.
    func forEachMatch<Openings: PhraseOpenings>(
        in text: ScalarText, range: Range<Int>, openings: inout Openings, _ visit: (Int, Int, Payload) -> Void
    ) {
        let range = range.clamped(to: 0..<text.count)
        let filter = prefixes
        withTrie { trie in text.withScan { scan in
            var i = range.lowerBound
            while true {
                i = scan.nextWordStart(from: i, to: range.upperBound)
                guard i < range.upperBound else { break }
                defer { i += 1 }
                switch openings.opening(at: i, limit: range.upperBound) {
                case .closed: break
                case .head: trie.walk(scan, from: i, matchStart: i, limit: range.upperBound, proclitic: false, visit)
                case .unknown:
                    if filter.mayStart(scan, at: i, limit: range.upperBound) {
                        trie.walk(scan, from: i, matchStart: i, limit: range.upperBound, proclitic: false, visit)
                    }
                }
                if Self.isProclitic(scan.folded[i]) {
                    var j = i + 1
                    for _ in 0..<3 where j < range.upperBound {
                        // The filter holds every phrase's start, so a walk it turns away would find nothing.
                        if filter.mayStart(scan, at: j, limit: range.upperBound) {
                            trie.walk(scan, from: j, matchStart: i, limit: range.upperBound, proclitic: true, visit)
                        }
                        guard Self.isProclitic(scan.folded[j]) || scan.folded[j] == 0x0627 else { break }
                        j += 1
                    }
                }
            }
        } }
    }

    /// Calls `visit` as ``forEachMatch(in:range:_:)`` does with every match that starts exactly
    /// at `start` (and ends before `limit`).
    func forEachMatch(in text: ScalarText, at start: Int, limit: Int, _ visit: (Int, Int, Payload) -> Void) {
        let limit = min(limit, text.count)
        guard start >= 0, start < limit else { return }
        text.withScan { scan in
            guard prefixes.mayStart(scan, at: start, limit: limit) else { return }
            withTrie { $0.walk(scan, from: start, matchStart: start, limit: limit, proclitic: false, visit) }
        }
    }

    /// Whether a phrase matches in `text[range]`.
    func containsMatch(in text: ScalarText, range: Range<Int>) -> Bool {
        var found = false
        forEachMatch(in: text, range: range) { _, _, _ in found = true }
        return found
    }

    /// و ف ب ل ك: all between U+0628 and U+0648, which one comparison tells at most word starts.
    @inline(__always) private static func isProclitic(_ c: UInt32) -> Bool {
        c &- 0x0628 <= 0x20 && (c == 0x0648 || c == 0x0641 || c == 0x0628 || c == 0x0644 || c == 0x0643)
    }

    /// Calls `body` with the trie's arrays as buffer pointers (see ``Trie``).
    @inline(__always)
    private func withTrie<Result>(_ body: (Trie) -> Result) -> Result {
        nodes.withUnsafeBufferPointer { nodes in
            rootIndex.withUnsafeBufferPointer { rootIndex in
                entryFlags.withUnsafeBufferPointer { entryFlags in
                    payloads.withUnsafeBufferPointer { payloads in
                        body(Trie(nodes: nodes, rootIndex: rootIndex, entryFlags: entryFlags, payloads: payloads))
                    }
                }
            }
        }
    }

    /// The trie's arrays as buffer pointers, for the walks: array subscripts there (each step
    /// reloaded the array and checked the bounds of every record it read) cost as much as the
    /// step's compare. Every index a walk reads comes from the trie itself, so stays in bounds.
    private struct Trie {
        let nodes: UnsafeBufferPointer<Node>
        let rootIndex: UnsafeBufferPointer<Int32>
        let entryFlags: UnsafeBufferPointer<EntryFlags>
        let payloads: UnsafeBufferPointer<Payload>

        /// The index in `nodes` of the child of the node at `node` for `scalar`.
        @inline(__always) func child(of node: Int, _ scalar: UInt32) -> Int? {
            if node == 0, scalar < 0x10000 {
                let k = Int(rootIndex[Int(scalar)])
                return k == 0 ? nil : k
            }
            var k = Int(nodes[node].firstChild)
            guard k != 0 else { return nil }
            while true {
                let record = nodes[k]
                if record.scalar == scalar { return k }
                if record.isLast { return nil }
                k += 1
            }
        }

        func walk(
            _ text: ScalarScan, from start: Int, matchStart: Int, limit: Int, proclitic: Bool, _ visit: (Int, Int, Payload) -> Void
        ) {
            var node = 0, j = start
            while let c = text.nextKeyScalar(&j, limit: limit) {
                guard let k = child(of: node, c) else { return }
                node = k
                guard nodes[k].hasEntries else { continue }
                var e = Int(nodes[Int(nodes[k].firstChild)].firstChild)
                while true {
                    let flags = entryFlags[e]
                    if !proclitic || flags.contains(.allowsProclitic), flags.contains(.isPrefix) || text.isWordEnd(j) {
                        visit(matchStart, j, payloads[e])
                    }
                    if flags.contains(.isLast) { break }
                    e += 1
                }
            }
        }
    }
}

/// What a caller of ``PhraseMatcher/forEachMatch(in:range:openings:_:)`` knows of where the
/// matcher's phrases open, from its own reading of the text's words.
protocol PhraseOpenings {
    /// Whether a phrase opens at the word start `i` (and may end before `limit`), as far as
    /// known. Asked of the word starts of a range in order, once each.
    mutating func opening(at i: Int, limit: Int) -> PhraseOpening
}

/// What is known of the phrases opening at a word start.
enum PhraseOpening {
    /// None opens there: no walk from there would match.
    case closed
    /// A phrase's whole first word of three scalars or more, or of one Han, kana or Hangul
    /// character, stands there: the prefix filter would nearly always let the walk through (a
    /// head of three takes its fourth key scalar from the text), or cost more than the walk's
    /// step or two, and is not asked; the walk alone decides.
    case head
    /// Not known: the prefix filter decides.
    case unknown
}

/// Nothing known: every word start is asked of the filter.
struct NoKnownOpenings: PhraseOpenings {
    func opening(at i: Int, limit: Int) -> PhraseOpening { .unknown }
}

/// The hash of a phrase key's first scalars, which the prefix filter and the body lexicon's
/// ``StemOpenings`` both set and probe.
enum KeyPrefixHash {
    /// The hash of `h`'s scalars, one scalar `c` further.
    @inline(__always) static func step(_ h: UInt64, _ c: UInt32) -> UInt64 {
        ((h ^ UInt64(c)) &+ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
    }
}

/// The first four key scalars of every phrase (the whole of a shorter one), hashed into a bit
/// set: a walk of the trie starts only where the text may begin a phrase, and most words begin
/// none. Four scalars rather than three keep out the many words that merely share a phrase's
/// first three ("million" and "militar", "important" and "import"). The text's key scalars
/// are read as the walk reads them (ignored marks skipped, a run of white space as one
/// U+0020), so the test is exact up to hash collisions. A key shorter than four scalars is a
/// whole phrase, which matches only where the text's word ends after it (unless it is a stem):
/// it is looked up only there, so that most words, longer than it, read one line of the set.
///
/// The set is read at every word start of a text, and between two articles the rest of
/// extraction evicts it from the cache: so a word start reads one cache line of it (the line
/// of its first two scalars holds the bits of all the longer prefixes) and, for phrases of
/// one scalar (Han), one bit of a separate line that stays cached. A small lexicon's filter
/// has as few lines as its keys need (see ``init(_:)``), which stay cached.
private struct PrefixFilter: Sendable {
    static let keyLength = 4
    /// 64-byte lines of 512 bits (a power of two of them); line `lineCount` holds the keys of one scalar.
    private let lineCount: Int
    private static let wordsPerLine = 8
    private var bits: CacheLineBits
    /// Bit k-1 set when some key has exactly k < ``keyLength`` scalars: only those lengths are probed short.
    private var shortLengths: UInt8 = 0
    /// Bit k-1 set when some key of exactly k < ``keyLength`` scalars is a stem, which matches
    /// inside a word too: those lengths are probed short also where no word ends.
    private var shortStemLengths: UInt8 = 0

    /// An empty filter of 128 lines, for a lexicon whose size is not known yet.
    init() {
        lineCount = 128
        bits = CacheLineBits(words: (lineCount + 1) * Self.wordsPerLine)
    }

    /// A filter of `keys`, with a line (of 512 bits) for every 32 keys or fewer, up to 128
    /// lines: an eighth of the bits or fewer set, as in the largest lexicons.
    init(_ keys: [(key: [UInt32], isStem: Bool)]) {
        var lines = 1
        while lines < 128, lines * 32 < keys.count { lines *= 2 }
        lineCount = lines
        bits = CacheLineBits(words: (lineCount + 1) * Self.wordsPerLine)
        for key in keys { add(key.key, isStem: key.isStem) }
    }

    /// `key` as the trie holds it (folded, white space as U+0020); `isStem` when a phrase
    /// added as a prefix ends with it.
    mutating func add(_ key: [UInt32], isStem: Bool) {
        if !isKnownUniquelyReferenced(&bits) { bits = bits.copy() }
        let length = min(key.count, Self.keyLength)
        if length < Self.keyLength {
            shortLengths |= 1 << UInt8(length - 1)
            if isStem { shortStemLengths |= 1 << UInt8(length - 1) }
        }
        var h = KeyPrefixHash.step(0, key[0])
        guard key.count > 1 else { return setKey(h, line: lineCount) }
        h = KeyPrefixHash.step(h, key[1])
        let line = lineOf(h)
        for c in key[2..<length] { h = KeyPrefixHash.step(h, c) }
        setKey(h, line: line)
    }

    /// Sets the two bits of the key of hash `h` in `line`.
    private func setKey(_ h: UInt64, line: Int) {
        bits.set(Self.bitInLine(h), line: line)
        bits.set(Self.secondBitInLine(h), line: line)
    }

    /// Whether the two bits of a key of hash `h` are set in `line`: two bits per key let
    /// through a fraction of the words one bit would, at no further cache line.
    @inline(__always) private func mayHold(_ h: UInt64, line: Int) -> Bool {
        bits.isSet(Self.bitInLine(h), line: line) && bits.isSet(Self.secondBitInLine(h), line: line)
    }

    /// Whether a phrase may start at the word start `i` and end before `limit`.
    @inline(__always) func mayStart(_ text: ScalarScan, at i: Int, limit: Int) -> Bool {
        var h: UInt64 = 0, length = 0, j = i, line = lineCount
        while let c = text.nextKeyScalar(&j, limit: limit) {
            h = KeyPrefixHash.step(h, c)
            length += 1
            if length == 2 { line = lineOf(h) }
            if length == Self.keyLength { return mayHold(h, line: line) }
            if mayEndShort(length, text, at: j), mayHold(h, line: line) { return true }
        }
        return false
    }

    /// Whether a key of `length` (< ``keyLength``) scalars read up to `j` may be a phrase that
    /// matches there: some key is that long, and a stem is, or the text's word ends at `j`.
    @inline(__always) private func mayEndShort(_ length: Int, _ text: ScalarScan, at j: Int) -> Bool {
        let bit: UInt8 = 1 &<< UInt8(truncatingIfNeeded: length - 1)
        return shortLengths & bit != 0 && (shortStemLengths & bit != 0 || text.isWordEnd(j))
    }

    /// The line of a key whose first two scalars hash to `h`.
    @inline(__always) private func lineOf(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> 57) & (lineCount - 1) }

    @inline(__always) private static func bitInLine(_ h: UInt64) -> Int { Int(truncatingIfNeeded: (h ^ (h >> 31)) >> 20) & 511 }

    @inline(__always) private static func secondBitInLine(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> 40) & 511 }
}

/// Bits in 64-byte lines aligned to the cache's, so that one line of bits is one cache line.
/// Written only while the owner holds the only reference (``PrefixFilter`` copies it first
/// otherwise), read-only once shared.
private final class CacheLineBits: @unchecked Sendable {
    private let words: UnsafeMutablePointer<UInt64>
    private let count: Int

    init(words count: Int) {
        self.count = count
        words = UnsafeMutableRawPointer.allocate(byteCount: count * 8, alignment: 64).bindMemory(to: UInt64.self, capacity: count)
        words.initialize(repeating: 0, count: count)
    }

    deinit { words.deallocate() }

    func copy() -> CacheLineBits {
        let copy = CacheLineBits(words: count)
        copy.words.update(from: words, count: count)
        return copy
    }

    /// Sets bit `bit` (0..<512) of line `line`.
    func set(_ bit: Int, line: Int) {
        precondition(line * 8 + bit >> 6 < count)
        words[line * 8 + bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// Bit `bit` (0..<512) of line `line` (below the line count, as ``PrefixFilter`` computes it).
    @inline(__always) func isSet(_ bit: Int, line: Int) -> Bool {
        words[line &* 8 &+ (bit &>> 6)] & (1 &<< UInt64(bit & 63)) != 0
    }
}

/// The folded scalars and classes of a ``ScalarText`` as buffer pointers, for the matcher's
/// scan over every scalar: array subscripts there (with their bounds checks and the
/// reference counting of the arrays) cost more than the trie walk. Only valid inside
/// ``ScalarText/withScan(_:)``; every index is checked against the text (`count`) by the
/// class tests, and `folded` (with `classes` in ``nextKeyScalar(_:limit:)``) is read only at
/// offsets below a range bound within the text.
struct ScalarScan {
    let folded: UnsafeBufferPointer<UInt32>
    let classes: UnsafeBufferPointer<UInt8>

    @inline(__always) private func has(_ bit: UInt8, _ i: Int) -> Bool {
        i >= 0 && i < classes.count && classes[i] & bit != 0
    }

    @inline(__always) func isSpace(_ i: Int) -> Bool { has(ScalarTable.spaceBit, i) }
    @inline(__always) func isWord(_ i: Int) -> Bool { has(ScalarTable.wordBit, i) }

    /// Whether a scalar of class `current` after one of class `before` starts a word
    /// (``ScalarText/isWordStart(_:)``; 0 before the text).
    @inline(__always) static func startsWord(_ current: UInt8, after before: UInt8) -> Bool {
        current & ScalarTable.wordBit != 0
            && (current & ScalarTable.unspacedBit != 0 || before & ScalarTable.wordBit == 0 || before & ScalarTable.unspacedBit != 0)
    }

    /// The first word start (``startsWord(_:after:)``) in `start..<end`, or `end`: eight
    /// class bytes at a time, each judged with the one before it.
    @inline(__always) func nextWordStart(from start: Int, to end: Int) -> Int {
        var i = start
        var before = UInt64(i > 0 ? classes[i - 1] : 0)
        // How far the unspaced bit stands above the word bit.
        let unspaced = UInt64(ScalarTable.unspacedBit.trailingZeroBitCount - ScalarTable.wordBit.trailingZeroBitCount)
        while i + 8 <= end {
            let current = UnsafeRawPointer(classes.baseAddress! + i).loadUnaligned(as: UInt64.self).littleEndian
            let previous = current << 8 | before
            let starts = current & (current >> unspaced | ~previous | previous >> unspaced) & ClassByteScan.wordBits
            if starts != 0 { return i + starts.trailingZeroBitCount / 8 }
            before = current >> 56
            i += 8
        }
        while i < end {
            if Self.startsWord(classes[i], after: UInt8(truncatingIfNeeded: before)) { return i }
            before = UInt64(classes[i])
            i += 1
        }
        return end
    }

    /// The scalar at `j` as a phrase key holds it (a run of white space as one U+0020),
    /// after any ignored marks (folded to 0); nil at `limit`. Moves `j` past it.
    @inline(__always) func nextKeyScalar(_ j: inout Int, limit: Int) -> UInt32? {
        while j < limit {
            let c = folded[j]
            if c == 0 { j += 1; continue }
            if classes[j] & ScalarTable.spaceBit != 0 {
                while j + 1 < limit, classes[j + 1] & ScalarTable.spaceBit != 0 { j += 1 }
                j += 1
                return 0x20
            }
            j += 1
            return c
        }
        return nil
    }

    /// ``ScalarText/isWordEnd(_:)``, from the class bytes at and before `i` read once each.
    @inline(__always) func isWordEnd(_ i: Int) -> Bool {
        guard i >= 0, i < classes.count else { return true }
        let current = classes[i], before = i > 0 ? classes[i - 1] : 0
        return current & ScalarTable.wordBit == 0 || (current | before) & ScalarTable.unspacedBit != 0
    }
}

extension ScalarText {
    /// Calls `body` with pointers to the folded scalars and classes (see ``ScalarScan``).
    @inline(__always)
    func withScan<Result>(_ body: (ScalarScan) -> Result) -> Result {
        folded.withUnsafeBufferPointer { folded in
            classes.withUnsafeBufferPointer { classes in body(ScalarScan(folded: folded, classes: classes)) }
        }
    }
}
