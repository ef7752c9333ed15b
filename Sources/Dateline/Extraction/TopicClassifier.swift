/// Topics of an article and of its statements, from the keyword matches of one pass.
///
/// - Weapon and attack words name no domain by themselves. Beside a keyword they take its
///   domain ("nuclear weapons" is nuclear, "cyber attacks" cyber). A lone attack word takes
///   the attack domain (cyber, military or terrorism) its content names ("attacks like
///   9/11"), else the article's leading one: "the attack" in a story about hacking is a
///   cyber attack.
/// - A contrasted keyword ("an act of vandalism rather than an act of war", "bukan perang")
///   counts for a statement only when its content names no other domain, and never for the
///   article.
/// - A statement whose sentence says, before its content, that it parallels the sentence
///   before ("Japan issued a similar directive, saying…") also has that sentence's topics.
/// - A statement whose content names no domain (only diplomacy, or nothing) takes the domains
///   its sentence names outside the content ("On climate, the minister said: …"), else
///   inherits the article's leading domain, since in a story about one affair the parties'
///   words are about that affair.
/// - An article's topics are those its title names and those its body names in at least two
///   sentences: a single sentence is a passing mention. An article naming no domain twice
///   still has its leading domain, as its statements do; one naming no domain at all, the
///   diplomacy it names once.
struct TopicClassifier {
    /// A keyword of the text with its cue resolved.
    private struct Keyword {
        var start: Int
        var end: Int
        /// The keyword's topic; nil for a lone attack word.
        var topic: Topic?
        var isContrasted = false
    }

    private static let attackDomains: [Topic] = [.cyber, .military, .terrorism]
    /// Keywords this many words (or scalars of a script without spaces) past a contrast cue
    /// are still its object: "rather than an act of war", "لم يكن عملا من أعمال الحرب".
    private static let contrastReach = (words: 3, unspaced: 4)

    private let text: ScalarText
    private let keywords: [Keyword]
    /// Where parallel cues ("similar", "serupa") start, in text order.
    private let parallels: [Int]
    /// The article's leading topic other than diplomacy, if any.
    let leadingDomain: Topic?
    /// The article's leading attack domain.
    let attackDomain: Topic?
    private(set) var articleTopics: [String] = []

    /// The topics of `text` from the topic phrases found in its body and title (``BodyPhraseMatches``).
    init(text: ScalarText, phrases: BodyPhraseMatches) {
        self.text = text
        var parallels: [Int] = []
        keywords = Self.keywords(phrases.topicCues, in: text, parallels: &parallels)
        self.parallels = parallels

        // Keywords per topic, and the rank of each topic's first keyword: of topics named as
        // often, the one the article names first leads (a lead states the story's affair).
        var counts = TopicCounts(), firstRank = TopicCounts()
        var attackCount = 0, firstAttackRank = Int.max
        for (rank, keyword) in keywords.enumerated() where !keyword.isContrasted {
            if let topic = keyword.topic {
                if counts[topic] == 0 { firstRank[topic] = rank }
                counts[topic] += 1
            } else {
                attackCount += 1
                firstAttackRank = min(firstAttackRank, rank)
            }
        }
        func leads(_ a: Topic, over b: Topic) -> Bool { counts[a] > counts[b] || counts[a] == counts[b] && firstRank[a] < firstRank[b] }
        let attack = Self.attackDomains.lazy.filter { counts[$0] > 0 }.min(by: leads)
        attackDomain = attack
        if let attack {
            counts[attack] += attackCount
            firstRank[attack] = min(firstRank[attack], firstAttackRank)
        }
        leadingDomain = TopicSet.all.lazy.filter { $0 != .diplomacy && counts[$0] > 0 }.min(by: leads)

        let (once, several) = Self.namedInSentences(keywords, attackDomain: attack, in: text)
        var named = several
        // A parallel sentence names again what the sentence before it named.
        for cue in parallels {
            let sentenceStart = Self.sentenceStart(before: cue, in: text)
            if let earlier = sentence(before: sentenceStart) { named.formUnion(once.intersection(topicsNamed(in: earlier))) }
        }
        var ignored: [Int] = []
        for keyword in Self.keywords(phrases.titleTopicCues, in: text, parallels: &ignored) where !keyword.isContrasted {
            if let topic = keyword.topic ?? attack { named.insert(topic) }
        }
        if !named.hasDomain, let leadingDomain { named.insert(leadingDomain) }
        if named.isEmpty { named = once }
        articleTopics = named.names
    }

    /// The topics of the content `range`.
    func topics(of range: Range<Int>) -> [String] {
        var named = TopicSet(), contrasted = TopicSet()
        var hasLoneAttack = false
        for keyword in keywords(inside: range) {
            if let topic = keyword.topic {
                if keyword.isContrasted { contrasted.insert(topic) } else { named.insert(topic) }
            } else if !keyword.isContrasted {
                hasLoneAttack = true
            }
        }
        if hasLoneAttack, let attackDomain, !Self.attackDomains.contains(where: named.contains) { named.insert(attackDomain) }
        if !named.hasDomain { named.formUnion(contrasted) }
        if let earlier = paralleledSentence(before: range.lowerBound) { named.formUnion(topicsNamed(in: earlier)) }
        if !named.hasDomain { named.formUnion(domainsAround(range)) }
        if !named.hasDomain, let leadingDomain { named.insert(leadingDomain) }
        return named.names
    }

    /// The domains (topics other than diplomacy) named in the sentence of the content
    /// `range`, outside it: "On climate, the minister said: …", "the trade minister said…".
    private func domainsAround(_ range: Range<Int>) -> TopicSet {
        // The sentence lies within reach of the content: without a domain named there, its
        // bounds need not be looked for (most contents).
        let before = max(0, range.lowerBound - Self.sentenceReach)..<range.lowerBound
        let after = range.upperBound..<max(range.upperBound, min(text.count, range.upperBound + Self.sentenceReach))
        guard namesDomain(before) || namesDomain(after) else { return TopicSet() }
        let start = Self.sentenceStart(before: range.lowerBound, in: text)
        let end = Self.sentenceEnd(from: range.upperBound, in: text)
        var domains = topicsNamed(in: start..<range.lowerBound)
        domains.formUnion(topicsNamed(in: range.upperBound..<end))
        domains.remove(.diplomacy)
        return domains
    }

    /// The sentence before the one holding `contentStart`, when a parallel cue stands in
    /// this sentence before the content.
    private func paralleledSentence(before contentStart: Int) -> Range<Int>? {
        guard let cue = parallels.last(where: { $0 < contentStart }) else { return nil }
        let sentenceStart = Self.sentenceStart(before: contentStart, in: text)
        return cue >= sentenceStart ? sentence(before: sentenceStart) : nil
    }

    /// The sentence that ends before the one starting at `sentenceStart`.
    private func sentence(before sentenceStart: Int) -> Range<Int>? {
        guard sentenceStart > 0 else { return nil }
        var end = sentenceStart
        while end > 0, text.isSpace(end - 1) || Self.isTerminator(end - 1, in: text) { end -= 1 }
        return Self.sentenceStart(before: end, in: text)..<sentenceStart
    }

    /// The topics uncontrasted keywords name in `range` (a lone attack word's being the
    /// article's attack domain).
    private func topicsNamed(in range: Range<Int>) -> TopicSet {
        var named = TopicSet()
        for keyword in keywords(inside: range) where !keyword.isContrasted {
            if let topic = keyword.topic ?? attackDomain { named.insert(topic) }
        }
        return named
    }

    /// Whether `range` names a domain (``topicsNamed(in:)`` other than diplomacy).
    private func namesDomain(_ range: Range<Int>) -> Bool {
        var named = topicsNamed(in: range)
        named.remove(.diplomacy)
        return !named.isEmpty
    }

    /// How far a sentence's bounds are looked for, back or ahead.
    private static let sentenceReach = 2000

    /// Where the sentence holding `position` starts: after the nearest terminator before it
    /// (looking back a bounded stretch). The scalars are read in place: most are no terminator.
    private static func sentenceStart(before position: Int, in text: ScalarText) -> Int {
        let limit = max(0, position - sentenceReach)
        return text.scalars.withUnsafeBufferPointer { scalars in
            var i = position
            while i > limit, !terminates(at: i - 1, scalars, in: text) { i -= 1 }
            return i
        }
    }

    /// Where the sentence holding `position` ends: at the nearest terminator from it on
    /// (looking ahead a bounded stretch), read as ``sentenceStart(before:in:)`` reads.
    private static func sentenceEnd(from position: Int, in text: ScalarText) -> Int {
        let limit = min(text.count, position + sentenceReach)
        return text.scalars.withUnsafeBufferPointer { scalars in
            var end = position
            while end < limit, !terminates(at: end, scalars, in: text) { end += 1 }
            return end
        }
    }

    /// The matches (the longest at each start, as ``BodyPhraseMatches`` keeps them) as
    /// keywords: attack and weapon words beside a keyword folded into it, contrast cues
    /// applied to the keyword they govern and dropped.
    private static func keywords(
        _ matches: [PhraseMatcher<TopicCue>.Match], in text: ScalarText, parallels: inout [Int]
    ) -> [Keyword] {
        var result: [Keyword] = []
        result.reserveCapacity(matches.count)
        var pendingContrast: Int? = nil
        for (index, match) in matches.enumerated() {
            var topic: Topic? = nil
            switch match.payload {
            case .contrastBefore:
                pendingContrast = match.end
                continue
            case .contrastAfter:
                if let last = result.indices.last, isNear(result[last].end, match.start, in: text) { result[last].isContrasted = true }
                continue
            case .parallel:
                parallels.append(match.start)
                continue
            case .inert:
                continue
            case .topic(let named):
                topic = named
            case .attack:
                if isQualified(index, in: matches, text: text, by: { _ in true }) { continue }
            case .weapon:
                if isQualified(index, in: matches, text: text, by: { $0 == .nuclear || $0 == .cyber }) { continue }
                topic = .military
            }
            let contrasted = pendingContrast.map { isNear($0, match.start, in: text) } ?? false
            pendingContrast = nil
            result.append(Keyword(start: match.start, end: match.end, topic: topic, isContrasted: contrasted))
        }
        return result
    }

    /// "cyber attacks", "serangan teroris", "armes nucléaires": whether a keyword of a topic
    /// `qualifying` stands right beside the match at `index`.
    private static func isQualified(
        _ index: Int, in matches: [PhraseMatcher<TopicCue>.Match], text: ScalarText, by qualifying: (Topic) -> Bool
    ) -> Bool {
        func qualifies(_ neighbour: Int) -> Bool {
            guard case .topic(let topic) = matches[neighbour].payload else { return false }
            return qualifying(topic)
        }
        let match = matches[index]
        if index > 0, qualifies(index - 1), adjacent(matches[index - 1].end, match.start, in: text) { return true }
        if index + 1 < matches.count, qualifies(index + 1), adjacent(match.end, matches[index + 1].start, in: text) { return true }
        return false
    }

    /// Whether only the rest of a word (a stem's ending) and one separator lie between `end` and `start`.
    private static func adjacent(_ end: Int, _ start: Int, in text: ScalarText) -> Bool {
        guard start >= end else { return false }
        var i = end
        while i < start, text.isWord(i) { i += 1 }
        let gap = start - i
        return gap <= 2 && (i..<start).allSatisfy { text.isSpace($0) || text.scalars[$0] == "-" }
    }

    /// Whether a contrast cue ending at `end` governs a keyword starting at `start` (or a
    /// keyword ending at `end` is governed by a cue after it at `start`): a few words apart,
    /// with nothing but spaces, quotation marks and hyphens between them.
    private static func isNear(_ end: Int, _ start: Int, in text: ScalarText) -> Bool {
        guard start >= end, start - end <= 40 else { return false }
        var words = 0, unspaced = 0, inWord = false
        for i in end..<start {
            if text.isUnspaced(i) {
                unspaced += 1
            } else if text.isWord(i) {
                if !inWord { words += 1 }
                inWord = true
                continue
            } else if !text.isSpace(i) && !quotesAndHyphens.contains(text.scalars[i]) {
                return false
            }
            inWord = false
        }
        return words <= contrastReach.words && unspaced <= contrastReach.unspaced
    }

    private static let quotesAndHyphens: Set<Unicode.Scalar> = ["\"", "'", "“", "”", "«", "»", "„", "‘", "’", "「", "」", "『", "』", "-", "‐"]

    /// The topics (a lone attack word's being `attackDomain`) that uncontrasted keywords
    /// name in exactly one sentence, and in several. The text is read only between a topic's
    /// keywords until it is known to be in several sentences: a terminator between two
    /// keywords of a topic puts them in different sentences.
    private static func namedInSentences(
        _ keywords: [Keyword], attackDomain: Topic?, in text: ScalarText
    ) -> (once: TopicSet, several: TopicSet) {
        var once = TopicSet(), several = TopicSet()
        var lastEnd = TopicCounts()
        for keyword in keywords where !keyword.isContrasted {
            guard let topic = keyword.topic ?? attackDomain, !several.contains(topic) else { continue }
            if !once.contains(topic) {
                once.insert(topic)
            } else if endsSentence(lastEnd[topic]..<keyword.start, in: text) {
                several.insert(topic)
            }
            lastEnd[topic] = keyword.end
        }
        once.subtract(several)
        return (once, several)
    }

    /// Whether `range` holds a sentence's end: a line break, or a terminator (a full stop
    /// only before white space, perhaps after closing quotation marks; not in "U.S." or "2.5").
    private static func endsSentence(_ range: Range<Int>, in text: ScalarText) -> Bool {
        text.scalars.withUnsafeBufferPointer { scalars in range.contains { terminates(at: $0, scalars, in: text) } }
    }

    /// ``isTerminator(_:in:)``, told without a branch for most scalars (``mayTerminate(_:)``)
    /// from the text's `scalars` in place.
    @inline(__always) private static func terminates(at i: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, in text: ScalarText) -> Bool {
        mayTerminate(scalars[i].value) && isTerminator(i, in: text)
    }

    /// Whether a scalar is one ``isTerminator(_:in:)`` may accept: "\n", "!", "?", "." as
    /// bits of the values below 64, or one of the wide marks — tested without a branch for
    /// most scalars.
    @inline(__always) private static func mayTerminate(_ v: UInt32) -> Bool {
        ScalarTable.lowBit(v, in: terminatorBits) != 0 || (v >= 0x61F && (v == 0x3002 || v == 0xFF01 || v == 0xFF1F || v == 0x61F))
    }

    private static let terminatorBits: UInt64 = 1 << 0x0A | 1 << 0x21 | 1 << 0x3F | 1 << 0x2E

    private static func isTerminator(_ i: Int, in text: ScalarText) -> Bool {
        switch text.scalars[i] {
        case "\n", "!", "?", "。", "！", "？", "؟": return true
        case ".":
            // "U.S. officials", "J. Smith": a stop after a lone capital ends an initial, not a sentence.
            if i >= 1, text.isUpper(i - 1), i == 1 || !text.isWord(i - 2) || text.scalars[i - 2] == "." { return false }
            // Closing quotation marks may stand between the stop and the space: `theaters." It`.
            var next = i + 1
            while next < text.count, next <= i + 2, closers.contains(text.scalars[next]) { next += 1 }
            return next >= text.count || text.isSpace(next)
        default: return false
        }
    }

    private static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", "»", ")", "」", "』"]

    /// The keywords within `range`. `keywords` are sorted and do not overlap, so their ends
    /// ascend too and those within a range are one run, found by binary search.
    private func keywords(inside range: Range<Int>) -> ArraySlice<Keyword> {
        var low = 0, high = keywords.count
        while low < high {
            let middle = (low + high) / 2
            if keywords[middle].start < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < keywords.count, keywords[end].end <= range.upperBound { end += 1 }
        return keywords[low..<end]
    }
}

/// A count per topic in a fixed vector, indexed by ``Topic/ordinal``: the article's counts
/// without hashing a `[Topic: Int]` per keyword, nor allocating an array.
private struct TopicCounts {
    private var counts = SIMD16<Int>()

    subscript(topic: Topic) -> Int {
        get { counts[topic.ordinal] }
        set { counts[topic.ordinal] = newValue }
    }
}

/// A set of topics as bits: a statement's topics are gathered without allocating.
private struct TopicSet {
    /// `Topic.allCases`, built once (the synthesized property builds a new array per call).
    static let all = Topic.allCases
    private var bits: UInt32 = 0

    func contains(_ topic: Topic) -> Bool { bits & (1 << topic.ordinal) != 0 }
    mutating func insert(_ topic: Topic) { bits |= 1 << topic.ordinal }
    mutating func formUnion(_ other: TopicSet) { bits |= other.bits }
    mutating func remove(_ topic: Topic) { bits &= ~(1 << topic.ordinal) }
    func intersection(_ other: TopicSet) -> TopicSet { TopicSet(bits: bits & other.bits) }
    mutating func subtract(_ other: TopicSet) { bits &= ~other.bits }
    var isEmpty: Bool { bits == 0 }
    /// Whether the set holds a topic other than diplomacy.
    var hasDomain: Bool { bits & ~(1 << Topic.diplomacy.ordinal) != 0 }
    /// The names of the topics, in the taxonomy's order (a set of one topic, as most are,
    /// shares an array made once).
    var names: [String] {
        guard bits != 0 else { return [] }
        if bits & (bits - 1) == 0 { return Self.singleNames[bits.trailingZeroBitCount] }
        var names: [String] = []
        names.reserveCapacity(bits.nonzeroBitCount)
        for (ordinal, name) in Self.allNames.enumerated() where bits & (1 << ordinal) != 0 { names.append(name) }
        return names
    }

    /// The raw values of ``all``, made once.
    private static let allNames = all.map(\.rawValue)
    /// Each of ``allNames`` alone in an array.
    private static let singleNames = allNames.map { [$0] }
}

private extension Topic {
    /// The topic's place in the taxonomy (`allCases` order), without searching `allCases`.
    var ordinal: Int {
        switch self {
        case .cyber: 0
        case .nuclear: 1
        case .military: 2
        case .terrorism: 3
        case .sanctions: 4
        case .diplomacy: 5
        case .trade: 6
        case .economy: 7
        case .humanRights: 8
        case .elections: 9
        case .energy: 10
        case .climate: 11
        case .health: 12
        case .migration: 13
        }
    }
}
