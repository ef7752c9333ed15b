/// A phrase of the lexicons looked for in an article's body: a speech verb, a topic cue, or a
/// news agency. All live in one trie (``CompiledVocabulary/bodyPhrases``), so one walk over
/// the body finds the speech verbs for ``StatementAssembler``, the keywords for
/// ``TopicClassifier`` and the agencies for ``DatelineFinder/source(_:zones:datelineEnd:agencies:)``,
/// instead of a walk each over every scalar.
enum BodyPhrase: Sendable {
    case speech(SpeechLexicon.Verb)
    case topic(TopicCue)
    /// An agency of ``DatelineFinder/agencies``: the name reported as the source.
    case agency(String)

    /// The compiled-in speech verbs, topic phrases and agencies.
    static let matcher: PhraseMatcher<BodyPhrase> = {
        var matcher = PhraseMatcher<BodyPhrase>()
        SpeechLexicon.addForms(to: &matcher) { .speech($0) }
        TopicLexicon.addPhrases(to: &matcher) { .topic($0) }
        for agency in DatelineFinder.agencies { matcher.add(agency.surface, .agency(agency.name)) }
        return matcher.compacted()
    }()
}

/// The speech verbs, topic phrases and agencies of an article's title and body, from one walk
/// of ``CompiledVocabulary/bodyPhrases`` over each range.
struct BodyPhraseMatches {
    /// The article language's speech verb forms in the body (all languages' for "und"), ordered by start.
    private(set) var verbs: [PhraseMatcher<SpeechLexicon.Verb>.Match] = []
    /// Topic phrases in the body, ordered by start: the longest at each start, none inside the
    /// one before (see ``keepLongest(_:in:)``).
    private(set) var topicCues: [PhraseMatcher<TopicCue>.Match] = []
    /// Topic phrases in the title, kept as ``topicCues`` are.
    private(set) var titleTopicCues: [PhraseMatcher<TopicCue>.Match] = []
    /// Agencies named in the body, ordered by start (as ``DatelineFinder/agencyMatcher`` finds them).
    private(set) var agencies: [PhraseMatcher<String>.Match] = []

    /// The matches in `bodyRanges` (in text order) and `titleRange`.
    init(in text: ScalarText, bodyRanges: [Range<Int>], titleRange: Range<Int>?, language: String) {
        let matcher = CompiledVocabulary.current.bodyPhrases
        let anyLanguage = language == "und"
        for range in bodyRanges {
            matcher.forEachMatch(in: text, range: range) { start, end, phrase in
                switch phrase {
                case .speech(let verb):
                    guard anyLanguage || verb.language == language else { return }
                    verbs.append(.init(start: start, end: end, payload: verb))
                case .topic(let cue): Self.keepLongest(.init(start: start, end: end, payload: cue), in: &topicCues)
                case .agency(let name): agencies.append(.init(start: start, end: end, payload: name))
                }
            }
        }
        guard let titleRange else { return }
        matcher.forEachMatch(in: text, range: titleRange) { start, end, phrase in
            if case .topic(let cue) = phrase { Self.keepLongest(.init(start: start, end: end, payload: cue), in: &titleTopicCues) }
        }
    }

    /// Appends `match` unless a longer cue starts where it does or the last cue covers its
    /// start; replaces the last cue if it starts there too but ends sooner. Matches come
    /// ordered by start (range after range), so the cues are kept in one pass, without an
    /// array of all of them: ``TopicClassifier`` reads no other.
    private static func keepLongest(_ match: PhraseMatcher<TopicCue>.Match, in cues: inout [PhraseMatcher<TopicCue>.Match]) {
        if let last = cues.last {
            if match.start == last.start {
                if match.end > last.end { cues[cues.count - 1] = match }
                return
            }
            if match.start < last.end { return }
        }
        cues.append(match)
    }
}
