/// All lexicon forms compiled into one trie over token keys, so that the text is scanned
/// once, token by token, whatever the number of forms (no pattern per name).
///
/// A token's key is its folded form (Russian words: their stem, see ``RussianCaseEndings``),
/// hashed to 64 bits; the vocabulary turns a hash into a token id and the trie moves from
/// node to node on token ids. Han, kana and Hangul are matched character by character.
struct CountryMatcher: Sendable {
    /// What a trie node resolves to: one lexicon form's country, with the conditions under
    /// which the text may be read that way.
    /// Plain data (no reference counting): the code and language are indexes into the
    /// matcher's ``codes`` and ``languages``, so languages compare as numbers.
    struct Reading: Sendable {
        /// Index in ``codes``; "" (no country) blocks a shorter reading.
        var code: Int32
        var kind: CountryReferenceKind
        /// Index in ``languages``.
        var language: Int32
        /// Index in ``labels``: what the reading says in ``CountryMatch/via`` ("capital, fr").
        var label: Int32
        var requiresCapitals: Bool
        var onlyInLanguage: Bool
        /// The form starts with a capital letter in a cased script ("China" but not "china").
        var requiresCapitalInitial: Bool
        /// The form ends with a period that the match should take in ("U.S.").
        var takesTrailingPeriod: Bool
        /// The form is written in lower case in a cased script ("chinois", "китайский"):
        /// an adjective of its own language that other languages may spell as a word
        /// ("china" in English), so it matches only in articles of that language.
        var isLowercaseWord: Bool
        /// The form starts with Hangul, so it must start a Korean word ("북한은", not "남북한").
        var startsHangulWord: Bool
    }

    /// Token key hash → token id, and (node, token id) → node, while building (then emptied).
    private var vocabulary: [UInt64: Int32] = [:]
    private var transitions: [UInt64: Int32] = [:]
    /// Readings by trie node while building (then emptied); node 0 is the root.
    private var readings: [[Reading]] = [[]]
    /// The same, compiled for lookups, as ``WordEntry`` values that also hold the language
    /// identifier's function words: an article's words are probed once for both.
    private var vocabularyTable = KeyTable([:])
    private var transitionTable = KeyTable([:])
    /// By token id: the node a form's first token leads to. Tokens that start forms have the
    /// ids below ``startingTokenCount`` (see ``compile()``), so this is small and dense.
    private var rootChildren: [Int32] = []
    /// Token ids below this start a form; the others (most words) only continue one.
    private var startingTokenCount: Int32 = 0
    /// Nodes 1..<nodesWithReadingsEnd have readings; the root and the others have none.
    private var nodesWithReadingsEnd: Int32 = 1
    /// Node n's readings are `readingList[readingStarts[n]..<readingStarts[n + 1]]`: one
    /// array, not one per node (whether a node has any is told by its number, see ``compile()``).
    private var readingList: [Reading] = []
    private var readingStarts: [Int32] = []
    /// The most tokens any form has.
    private(set) var longestForm = 1
    /// The alpha-2 codes (or "CN+US" compounds, or "") and languages readings name, by index.
    private(set) var codes: [String] = []
    private(set) var languages: [String] = []
    /// The `via` of readings taken without a proclitic, by index: kind and language.
    private(set) var labels: [String] = []

    init(forms: [LexiconForm]) {
        defer { compile() }
        var folded: [UInt32] = []
        var codeIDs: [String: Int32] = [:], languageIDs: [String: Int32] = [:], labelIDs: [String: Int32] = [:]
        func intern(_ value: String, _ ids: inout [String: Int32], _ list: inout [String]) -> Int32 {
            if let id = ids[value] { return id }
            list.append(value)
            ids[value] = Int32(list.count - 1)
            return Int32(list.count - 1)
        }
        for form in forms {
            TokenScanner.withScanner(of: form.text) { scanner in
                var keys: [UInt64] = []
                var first: ScannedToken?
                var firstStem: UInt64?
                while let token = scanner.next(folding: &folded) {
                    if first == nil {
                        first = token
                        firstStem = Self.arabicArticleStem(of: folded, script: token.script)
                    }
                    keys.append(Self.key(of: token, folded: folded[...]))
                }
                guard let first else { return }
                let reading = Reading(
                    code: intern(form.code, &codeIDs, &codes), kind: form.kind,
                    language: intern(form.language, &languageIDs, &languages),
                    label: intern(form.kind.rawValue + ", " + form.language, &labelIDs, &labels),
                    requiresCapitals: form.requiresCapitals, onlyInLanguage: form.onlyInLanguage,
                    requiresCapitalInitial: first.startsUppercase && (first.script == .latin || first.script == .cyrillic),
                    takesTrailingPeriod: form.text.hasSuffix("."),
                    isLowercaseWord: !first.startsUppercase && (first.script == .latin || first.script == .cyrillic),
                    startsHangulWord: first.script == .hangul)
                insert(keys, reading)
                if let firstStem { insert([firstStem] + keys.dropFirst(), reading) }
            }
        }
    }

    /// Turns the building tables into the lookup ones. Token ids and nodes are renumbered so
    /// that the tokens forms start with come first, and the nodes with readings right after
    /// the root: whether a token of the text starts a form, or a node ends one, is then a
    /// comparison, not a read from a table as large as the lexicon.
    private mutating func compile() {
        let tokenIDs = Self.order(vocabulary.count) { transitions[Self.edge(0, Int32($0))] != nil }
        startingTokenCount = tokenIDs.firstCount
        let nodes = Self.order(readings.count, keepingFirst: true) { !readings[$0].isEmpty }
        nodesWithReadingsEnd = 1 + nodes.firstCount
        vocabulary = vocabulary.mapValues { tokenIDs.new[Int($0)] }
        var edges: [UInt64: Int32] = [:]
        for (edge, node) in transitions {
            let source = nodes.new[Int(edge >> 32)], id = tokenIDs.new[Int(edge & 0xFFFF_FFFF)]
            edges[Self.edge(source, id)] = nodes.new[Int(node)]
        }
        var renumberedReadings = readings
        for (node, nodeReadings) in readings.enumerated() { renumberedReadings[Int(nodes.new[node])] = nodeReadings }
        vocabularyTable = KeyTable(Self.wordTable(tokenIDs: vocabulary, functionWords: LanguageIdentifier.functionWords.languages))
        transitionTable = KeyTable(edges)
        rootChildren = (0..<startingTokenCount).map { edges[Self.edge(0, $0)]! }
        readingStarts = [0]
        for nodeReadings in renumberedReadings {
            readingList += nodeReadings
            readingStarts.append(Int32(readingList.count))
        }
        (vocabulary, transitions, readings) = ([:], [:], [])
    }

    /// The values of the word table (see ``WordEntry``): each key's token id, if any, and the
    /// Latin profiles that have it as a function word.
    private static func wordTable(tokenIDs: [UInt64: Int32], functionWords: [UInt64: Int32]) -> [UInt64: Int32] {
        precondition(LanguageProfiles.latinWords.count <= WordEntry.languageCapacity && tokenIDs.count < 1 << WordEntry.idBits - 1)
        var table = tokenIDs.mapValues { WordEntry.packed(tokenID: $0, languages: 0) }
        for (key, languages) in functionWords {
            table[key] = WordEntry.packed(tokenID: tokenIDs[key], languages: languages)
        }
        return table
    }

    /// New numbers for `count` old ones: those `isFirst` accepts first (`firstCount` of them),
    /// then the others, each group in the old order; with `keepingFirst`, 0 stays 0 and
    /// the rest follow it.
    private static func order(_ count: Int, keepingFirst: Bool = false, isFirst: (Int) -> Bool) -> (new: [Int32], firstCount: Int32) {
        var new = [Int32](repeating: 0, count: count), next: Int32 = 0, firstCount: Int32 = 0
        let from = keepingFirst ? min(1, count) : 0
        if keepingFirst { next = 1 }
        for first in [true, false] {
            for old in from..<count where isFirst(old) == first {
                new[old] = next
                next += 1
            }
            if first { firstCount = next - Int32(from) }
        }
        return (new, firstCount)
    }

    private mutating func insert(_ keys: [UInt64], _ reading: Reading) {
        var node: Int32 = 0
        longestForm = max(longestForm, keys.count)
        for key in keys {
            let id = vocabulary[key] ?? {
                let id = Int32(vocabulary.count)
                vocabulary[key] = id
                return id
            }()
            let edge = Self.edge(node, id)
            if let next = transitions[edge] {
                node = next
            } else {
                node = Int32(readings.count)
                readings.append([])
                transitions[edge] = node
            }
        }
        let known = readings[Int(node)].contains {
            $0.code == reading.code && $0.kind == reading.kind && $0.language == reading.language
                && $0.requiresCapitalInitial == reading.requiresCapitalInitial
        }
        if !known { readings[Int(node)].append(reading) }
    }

    @inline(__always)
    private static func edge(_ node: Int32, _ id: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
    }

    /// The hash of a token's key: its folded scalars (a Russian word's stem).
    @inline(__always)
    static func key(of token: ScannedToken, folded: ArraySlice<UInt32>) -> UInt64 {
        guard token.script == .cyrillic else { return token.hash }
        return hash(folded.prefix(RussianCaseEndings.stemLength(of: folded)))
    }

    @inline(__always)
    static func hash(_ scalars: ArraySlice<UInt32>) -> UInt64 {
        var hash = ScalarFolding.hashSeed
        for value in scalars {
            hash = ScalarFolding.hash(hash, adding: value)
        }
        return hash
    }

    /// The key of an Arabic form's first word without its article ("الصين" → "صين"), so
    /// that "والصين" and "للصين" find it after their proclitics are taken off.
    private static func arabicArticleStem(of folded: [UInt32], script: ScalarClass) -> UInt64? {
        guard script == .arabic, folded.count >= 2 + ArabicClitics.minimumStemLength,
              folded[0] == 0x0627, folded[1] == 0x0644 else { return nil }
        return hash(folded[2...])
    }

    /// The index of `language` in ``languages``, or -1 when no reading has it.
    func languageID(_ language: String) -> Int32 {
        languages.firstIndex(of: language).map(Int32.init) ?? -1
    }

    /// The word table's entry for a token key (``WordEntry/absent`` for a word in neither table).
    @inline(__always)
    func wordEntry(forKey key: UInt64) -> WordEntry {
        vocabularyTable[key].map { WordEntry(packed: $0) } ?? .absent
    }

    @inline(__always)
    func tokenID(forKey key: UInt64) -> Int32? {
        let id = wordEntry(forKey: key).tokenID
        return id < 0 ? nil : id
    }

    @inline(__always)
    func node(after node: Int32, token id: Int32) -> Int32? {
        guard node == 0 else { return transitionTable[Self.edge(node, id)] }
        return startsForm(id) ? rootChildren[Int(id)] : nil
    }

    func readings(at node: Int32) -> ArraySlice<Reading> {
        readingList[Int(readingStarts[Int(node)])..<Int(readingStarts[Int(node) + 1])]
    }

    @inline(__always)
    func startsForm(_ id: Int32) -> Bool { id >= 0 && id < startingTokenCount }

    @inline(__always)
    func hasReadings(at node: Int32) -> Bool { node > 0 && node < nodesWithReadingsEnd }
}
