/// All lexicon forms compiled into one trie over token keys, so that the text is scanned
/// once, token by token, whatever the number of forms (no pattern per name).
///
/// A token's key is its folded form (Russian words: their stem, see ``RussianCaseEndings``),
/// hashed to 64 bits; the vocabulary turns a hash into a token id and the trie moves from
/// node to node on token ids. Han, kana and Hangul are matched character by character.
struct CountryMatcher: Sendable {
    /// What a trie node resolves to: one lexicon form's country, with the conditions under
    /// which the text may be read that way.
    /// Plain data of 8 bytes (no reference counting): the code, label and language are indexes
    /// into the matcher's ``codes``, ``labels`` and ``languages``, so languages compare as
    /// numbers, and a node's readings usually share one cache line.
    struct Reading: Sendable {
        /// Index in ``codes``; "" (no country) blocks a shorter reading.
        var code: UInt16
        /// Index in ``labels``: what the reading says in ``CountryMatch/via`` ("capital, fr").
        var label: UInt16
        /// Index in ``languages``.
        var language: UInt8
        var kind: CountryReferenceKind
        var conditions: Conditions
    }

    /// When the text may be read as a form (see ``Reading``).
    struct Conditions: OptionSet, Sendable {
        let rawValue: UInt8
        static let requiresCapitals = Conditions(rawValue: 1 << 0)
        static let onlyInLanguage = Conditions(rawValue: 1 << 1)
        /// The form starts with a capital letter in a cased script ("China" but not "china").
        static let requiresCapitalInitial = Conditions(rawValue: 1 << 2)
        /// The form ends with a period that the match should take in ("U.S.").
        static let takesTrailingPeriod = Conditions(rawValue: 1 << 3)
        /// The form is written in lower case in a cased script ("chinois", "китайский"):
        /// an adjective of its own language that other languages may spell as a word
        /// ("china" in English), so it matches only in articles of that language.
        static let isLowercaseWord = Conditions(rawValue: 1 << 4)
        /// The form starts with Hangul, so it must start a Korean word ("북한은", not "남북한").
        static let startsHangulWord = Conditions(rawValue: 1 << 5)
    }

    /// The ``CountryMatch/via`` of a reading's kind and language, taken whole or after
    /// proclitics ("demonym after the article prefix, ar"): made once, not per match.
    struct Label: Sendable {
        var whole: String
        var afterArticlePrefix: String
        var afterProclitic: String

        init(kind: CountryReferenceKind, language: String) {
            whole = kind.rawValue + ", " + language
            afterArticlePrefix = kind.rawValue + " after the article prefix, " + language
            afterProclitic = kind.rawValue + " after a proclitic, " + language
        }
    }

    /// A trie node as a lookup reads it, in 16 bytes (see ``entry(at:)``).
    struct NodeEntry: Sendable {
        /// The node's first reading, if ``count`` is not 0.
        var first: Reading
        /// How many readings the node has; those past the first are `readingList[rest..<rest + count - 1]`.
        var count: UInt8
        var rest: UInt32
        /// The ``childBit(_:)`` of each token a form continues with past the node (0: none):
        /// most names end where they have been read, or go on with a few tokens only, and
        /// the next token of the text is then not looked up in ``transitionTable``.
        var children: UInt32

        /// The entry of a node that tells nothing: no readings, and any token may continue.
        static var open: NodeEntry {
            NodeEntry(first: Reading(code: 0, label: 0, language: 0, kind: .name, conditions: []), count: 0, rest: 0, children: .max)
        }
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
    /// The keys that start a form and whose first folded scalar is Arabic, while building
    /// (then emptied), and their filter: most stems that ``appendVariants(of:to:)`` tries
    /// after a proclitic start no form, and this small filter says so without a probe of the
    /// word table, many times its size.
    private var arabicStartingKeys: [UInt64] = []
    private(set) var arabicStarts = KeyFilter([])
    /// Token ids below this start a form; the others (most words) only continue one. The
    /// node a starting token leads to from the root is numbered its id + 1 (see ``compile()``),
    /// so no table is read to find it.
    private var startingTokenCount: Int32 = 0
    /// Nodes 1..<nodesWithReadingsEnd are the root's children (some of them without
    /// readings) and the other nodes with readings; the root and the nodes past them have none.
    private var nodesWithReadingsEnd: Int32 = 1
    /// What a lookup reads of node n (n in 1..<nodesWithReadingsEnd; see ``entry(at:)``):
    /// `nodeEntries[n]`, whose first reading is in the entry itself, the others in
    /// ``readingList``. Most nodes have one reading, so a candidate reads one line, not a
    /// line of entries and another of readings.
    private var nodeEntries: [NodeEntry] = []
    private var readingList: [Reading] = []
    /// The text of the first form that ends at each node (by old node number while building,
    /// then for nodes 1..<nodesWithReadingsEnd; "" for none): most matches are written as
    /// their form is, and then take this string as their surface rather than making one.
    private var formTexts: [String] = [""]
    /// The most tokens any form has.
    private(set) var longestForm = 1
    /// The alpha-2 codes (or "CN+US" compounds, or "") and languages readings name, by index.
    private(set) var codes: [String] = []
    /// The codes a compound of ``codes`` joins ("CN+US": CN, US), by the same index; none
    /// for a single code. Split once, not at each match.
    private(set) var jointCodes: [[String]] = []
    private(set) var languages: [String] = []
    /// The `via` of readings by index: kind and language.
    private(set) var labels: [Label] = []
    /// The index of English in ``languages`` (-1: none), whose reading is preferred when the
    /// article's language has none: found once, not for each text.
    private(set) var englishID: Int32 = -1

    init(forms: [LexiconForm]) {
        defer { compile() }
        var folded: [UInt32] = []
        var codeIDs: [String: Int] = [:], languageIDs: [String: Int] = [:], labelIDs: [String: Int] = [:]
        func intern<Value>(_ key: String, _ ids: inout [String: Int], _ list: inout [Value], _ value: () -> Value) -> Int {
            if let id = ids[key] { return id }
            list.append(value())
            ids[key] = list.count - 1
            return list.count - 1
        }
        for form in forms {
            TokenScanner.withScanner(of: form.text) { scanner in
                var keys: [UInt64] = []
                var first: ScannedToken?
                var firstStem: UInt64?, firstScalar: UInt32?
                while let token = scanner.next(folding: &folded) {
                    if first == nil {
                        first = token
                        firstStem = Self.arabicArticleStem(of: folded, script: token.script)
                        firstScalar = folded.first
                    }
                    keys.append(Self.key(of: token, folded: folded[...]))
                }
                guard let first else { return }
                let cased = first.script == .latin || first.script == .cyrillic
                var conditions: Conditions = []
                if form.requiresCapitals { conditions.insert(.requiresCapitals) }
                if form.onlyInLanguage { conditions.insert(.onlyInLanguage) }
                if first.startsUppercase && cased { conditions.insert(.requiresCapitalInitial) }
                if form.text.hasSuffix(".") { conditions.insert(.takesTrailingPeriod) }
                if !first.startsUppercase && cased { conditions.insert(.isLowercaseWord) }
                if first.script == .hangul { conditions.insert(.startsHangulWord) }
                let reading = Reading(
                    code: UInt16(intern(form.code, &codeIDs, &codes) { form.code }),
                    label: UInt16(intern(form.kind.rawValue + ", " + form.language, &labelIDs, &labels) {
                        Label(kind: form.kind, language: form.language)
                    }),
                    language: UInt8(intern(form.language, &languageIDs, &languages) { form.language }),
                    kind: form.kind, conditions: conditions)
                insert(keys, reading, text: form.text)
                if firstScalar.map(ScalarTable.isArabic) == true { arabicStartingKeys.append(keys[0]) }
                if let firstStem {
                    insert([firstStem] + keys.dropFirst(), reading, text: "")
                    arabicStartingKeys.append(firstStem)
                }
            }
        }
    }

    /// Turns the building tables into the lookup ones. Token ids are renumbered so that the
    /// tokens forms start with come first, and nodes so that a starting token's id + 1 is the
    /// node it leads to from the root, and the other nodes with readings follow: whether a
    /// token of the text starts a form, where it leads, or whether a node ends a form, is then
    /// arithmetic and a comparison, not a read from a table as large as the lexicon.
    private mutating func compile() {
        jointCodes = codes.map { CountryMatch.isJoint($0) ? $0.split(separator: "+").map(String.init) : [] }
        englishID = languageID("en")
        let tokenIDs = Self.order(vocabulary.count) { transitions[Self.edge(0, Int32($0))] != nil }
        startingTokenCount = tokenIDs.firstCount
        let nodes = nodeNumbers(tokenIDs: tokenIDs.new)
        nodesWithReadingsEnd = nodes.withReadingsEnd
        vocabulary = vocabulary.mapValues { tokenIDs.new[Int($0)] }
        var edges: [UInt64: Int32] = [:]
        for (edge, node) in transitions where edge >> 32 != 0 {
            let source = nodes.new[Int(edge >> 32)], id = tokenIDs.new[Int(edge & 0xFFFF_FFFF)]
            edges[Self.edge(source, id)] = nodes.new[Int(node)]
        }
        var renumberedReadings = readings, renumberedTexts = formTexts
        for (node, nodeReadings) in readings.enumerated() {
            renumberedReadings[Int(nodes.new[node])] = nodeReadings
            renumberedTexts[Int(nodes.new[node])] = formTexts[node]
        }
        formTexts = Array(renumberedTexts[..<Int(nodesWithReadingsEnd)])
        vocabularyTable = KeyTable(Self.wordTable(
            tokenIDs: vocabulary, functionWords: LanguageIdentifier.functionWords.languages, phraseHeads: BodyPhraseLexicon.headKeys))
        transitionTable = KeyTable(edges)
        var children = [UInt32](repeating: 0, count: readings.count)
        for edge in edges.keys { children[Int(edge >> 32)] |= Self.childBit(Int32(truncatingIfNeeded: edge)) }
        precondition(MemoryLayout<NodeEntry>.stride == 16 && readings.allSatisfy { $0.count <= UInt8.max })
        for (node, nodeReadings) in renumberedReadings[..<Int(nodesWithReadingsEnd)].enumerated() {
            nodeEntries.append(NodeEntry(first: nodeReadings.first ?? NodeEntry.open.first, count: UInt8(nodeReadings.count),
                                         rest: UInt32(readingList.count), children: children[node]))
            readingList += nodeReadings.dropFirst()
        }
        arabicStarts = KeyFilter(arabicStartingKeys)
        (vocabulary, transitions, readings, arabicStartingKeys) = ([:], [:], [], [])
    }

    /// New node numbers (see ``compile()``): the root stays 0, the node the starting token
    /// of new id t leads to is t + 1; the other nodes with readings follow, up to
    /// `withReadingsEnd`, then the rest, each group in the old order.
    private func nodeNumbers(tokenIDs: [Int32]) -> (new: [Int32], withReadingsEnd: Int32) {
        var new = [Int32](repeating: -1, count: readings.count)
        new[0] = 0
        for (edge, node) in transitions where edge >> 32 == 0 { new[Int(node)] = tokenIDs[Int(edge & 0xFFFF_FFFF)] + 1 }
        var next = startingTokenCount + 1, withReadingsEnd = next
        for withReadings in [true, false] {
            for old in new.indices where new[old] < 0 && readings[old].isEmpty != withReadings {
                new[old] = next
                next += 1
            }
            if withReadings { withReadingsEnd = next }
        }
        return (new, withReadingsEnd)
    }

    /// The values of the word table (see ``WordEntry``): each key's token id, if any, the
    /// Latin profiles that have it as a function word, and whether a body phrase opens with it.
    private static func wordTable(tokenIDs: [UInt64: Int32], functionWords: [UInt64: Int32], phraseHeads: Set<UInt64>) -> [UInt64: Int32] {
        precondition(LanguageProfiles.latinWords.count <= WordEntry.languageCapacity && tokenIDs.count < 1 << WordEntry.idBits - 1)
        var table: [UInt64: Int32] = [:]
        for key in Set(tokenIDs.keys).union(functionWords.keys).union(phraseHeads) {
            table[key] = WordEntry.packed(tokenID: tokenIDs[key], languages: functionWords[key] ?? 0, isPhraseHead: phraseHeads.contains(key))
        }
        return table
    }

    /// New numbers for `count` old ones: those `isFirst` accepts first (`firstCount` of them),
    /// then the others, each group in the old order.
    private static func order(_ count: Int, isFirst: (Int) -> Bool) -> (new: [Int32], firstCount: Int32) {
        var new = [Int32](repeating: 0, count: count), next: Int32 = 0, firstCount: Int32 = 0
        for first in [true, false] {
            for old in 0..<count where isFirst(old) == first {
                new[old] = next
                next += 1
            }
            if first { firstCount = next }
        }
        return (new, firstCount)
    }

    /// Adds `reading` at the node of `keys`, whose form is written `text` ("" for a key
    /// sequence no form is written as).
    private mutating func insert(_ keys: [UInt64], _ reading: Reading, text: String) {
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
                formTexts.append("")
                transitions[edge] = node
            }
        }
        let known = readings[Int(node)].contains {
            $0.code == reading.code && $0.kind == reading.kind && $0.language == reading.language
                && $0.conditions.contains(.requiresCapitalInitial) == reading.conditions.contains(.requiresCapitalInitial)
        }
        if !known { readings[Int(node)].append(reading) }
        if formTexts[Int(node)].isEmpty { formTexts[Int(node)] = text }
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
        return startsForm(id) ? id + 1 : nil
    }

    /// What a lookup reads of `node`: its readings and the tokens it continues with
    /// (``NodeEntry/open`` for the root and the nodes from `nodesWithReadingsEnd` on, which
    /// have no readings; a child of the root without readings has an entry of count 0).
    @inline(__always)
    func entry(at node: Int32) -> NodeEntry {
        node > 0 && node < nodesWithReadingsEnd ? nodeEntries[Int(node)] : .open
    }

    /// The text of the first form ending at `node` ("" when none is known; see ``formTexts``).
    @inline(__always)
    func formText(at node: Int32) -> String {
        node > 0 && node < nodesWithReadingsEnd ? formTexts[Int(node)] : ""
    }

    /// Reading `k` (`0..<entry.count`) of the node of `entry`.
    @inline(__always)
    func reading(_ k: Int, of entry: NodeEntry) -> Reading {
        k == 0 ? entry.first : readingList[Int(entry.rest) + k - 1]
    }

    /// Whether a form may continue past the node of `entry` with token `id` (false: none does).
    @inline(__always)
    static func mayContinue(after entry: NodeEntry, with id: Int32) -> Bool {
        entry.children & childBit(id) != 0
    }

    /// A bit of ``NodeEntry/children`` for token `id`.
    @inline(__always)
    private static func childBit(_ id: Int32) -> UInt32 {
        1 << ((UInt32(bitPattern: id) &* 0x9E37_79B1) >> 27)
    }

    @inline(__always)
    func startsForm(_ id: Int32) -> Bool { id >= 0 && id < startingTokenCount }
}
