/// Topics of an article and of its statements, from the keyword matches of one pass.
///
/// Attack words take the article's leading attack domain (cyber, military or terrorism):
/// "the attack" in a story about hacking is a cyber attack. A statement whose content names
/// no domain (only diplomacy, or nothing) inherits the article's leading domain, since in a
/// story about one affair the parties' words are about that affair.
struct TopicClassifier {
    private let text: ScalarText
    private let matches: [PhraseMatcher<Topic?>.Match]
    /// The article's leading topic other than diplomacy, if any.
    let leadingDomain: Topic?
    /// The article's leading attack domain.
    let attackDomain: Topic?
    let articleTopics: [String]

    init(text: ScalarText, bodyRanges: [Range<Int>], titleRange: Range<Int>?) {
        self.text = text
        var all: [PhraseMatcher<Topic?>.Match] = []
        for range in bodyRanges { all += CompiledVocabulary.current.topicKeywords.matches(in: text, range: range) }
        matches = Self.longestAtEachStart(all)
        var counts = TopicCounts()
        var attackCount = 0
        for match in matches {
            if let topic = match.payload { counts[topic] += 1 } else { attackCount += 1 }
        }
        let attackCandidates: [Topic] = [.cyber, .military, .terrorism]
        let attack = attackCandidates.max { counts[$0] < counts[$1] }.flatMap { counts[$0] > 0 ? $0 : nil }
        attackDomain = attack
        if let attack { counts[attack] += attackCount }
        leadingDomain = TopicCounts.topics.filter { $0 != .diplomacy && counts[$0] > 0 }
            .max { a, b in counts[a] < counts[b] || counts[a] == counts[b] && a.rawValue > b.rawValue }
        var inTitle = TopicCounts()
        if let titleRange {
            for match in CompiledVocabulary.current.topicKeywords.matches(in: text, range: titleRange) { if let t = match.payload { inTitle[t] = 1 } }
        }
        articleTopics = TopicCounts.topics.filter { counts[$0] >= 2 || inTitle[$0] > 0 }.map(\.rawValue)
    }

    /// The topics of the content `range`.
    func topics(of range: Range<Int>) -> [String] {
        var found = TopicCounts()
        let inside = matches(inside: range)
        for index in inside.indices {
            if let topic = inside[index].payload {
                found[topic] = 1
            } else if !isQualified(attackAt: index, in: inside), let attackDomain {
                found[attackDomain] = 1
            }
        }
        if let leadingDomain, !TopicCounts.topics.contains(where: { $0 != .diplomacy && found[$0] > 0 }) { found[leadingDomain] = 1 }
        return TopicCounts.topics.filter { found[$0] > 0 }.map(\.rawValue)
    }

    /// "cyber attacks", "terrorist attacks", "serangan teroris": an attack word beside a
    /// domain keyword takes that keyword's domain, which is counted already.
    private func isQualified(attackAt index: Int, in matches: ArraySlice<PhraseMatcher<Topic?>.Match>) -> Bool {
        let attack = matches[index]
        if index > matches.startIndex, matches[index - 1].payload != nil, adjacent(matches[index - 1].end, attack.start) { return true }
        if index + 1 < matches.endIndex, matches[index + 1].payload != nil, adjacent(attack.end, matches[index + 1].start) { return true }
        return false
    }

    /// Whether only the rest of a word (a stem's ending) and one separator lie between `end` and `start`.
    private func adjacent(_ end: Int, _ start: Int) -> Bool {
        guard start >= end else { return false }
        var i = end
        while i < start, text.isWord(i) { i += 1 }
        let gap = start - i
        return gap <= 2 && (i..<start).allSatisfy { text.isSpace($0) || text.scalars[$0] == "-" }
    }

    /// The keyword matches within `range`. `matches` are sorted and do not overlap, so their
    /// ends ascend too and those within a range are one run, found by binary search.
    private func matches(inside range: Range<Int>) -> ArraySlice<PhraseMatcher<Topic?>.Match> {
        var low = 0, high = matches.count
        while low < high {
            let middle = (low + high) / 2
            if matches[middle].start < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < matches.count, matches[end].end <= range.upperBound { end += 1 }
        return matches[low..<end]
    }

    private static func longestAtEachStart(_ matches: [PhraseMatcher<Topic?>.Match]) -> [PhraseMatcher<Topic?>.Match] {
        var result: [PhraseMatcher<Topic?>.Match] = []
        for match in matches.sorted(by: { $0.start < $1.start || $0.start == $1.start && $0.end > $1.end }) {
            if let last = result.last, match.start < last.end { continue }
            result.append(match)
        }
        return result
    }
}

/// A count per topic in a fixed array: classification counts and tests topics for every
/// article and statement, which a `[Topic: Int]` or `Set<Topic>` would hash each time.
private struct TopicCounts {
    /// `Topic.allCases`, built once (the synthesized property builds a new array per call).
    static let topics = Topic.allCases
    private var counts = [Int](repeating: 0, count: topics.count)

    subscript(topic: Topic) -> Int {
        get { counts[Self.ordinal(topic)] }
        set { counts[Self.ordinal(topic)] = newValue }
    }

    private static func ordinal(_ topic: Topic) -> Int { TopicCounts.topics.firstIndex(of: topic)! }
}
