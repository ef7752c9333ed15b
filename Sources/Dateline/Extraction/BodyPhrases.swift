/// A phrase of the two lexicons looked for in an article's body: a speech verb or a topic cue.
/// Both live in one trie (``CompiledVocabulary/bodyPhrases``), so one walk over the body finds
/// the speech verbs for ``StatementAssembler`` and the keywords for ``TopicClassifier``,
/// instead of a walk each over every scalar.
enum BodyPhrase: Sendable {
    case speech(SpeechLexicon.Verb)
    case topic(TopicCue)

    /// The compiled-in speech verbs and topic phrases.
    static let matcher: PhraseMatcher<BodyPhrase> = {
        var matcher = PhraseMatcher<BodyPhrase>()
        SpeechLexicon.addForms(to: &matcher) { .speech($0) }
        TopicLexicon.addPhrases(to: &matcher) { .topic($0) }
        return matcher
    }()
}

/// The speech verbs and topic phrases of an article's title and body, from one walk of
/// ``CompiledVocabulary/bodyPhrases`` over each range.
struct BodyPhraseMatches {
    /// The article language's speech verb forms in the body (all languages' for "und"), ordered by start.
    private(set) var verbs: [PhraseMatcher<SpeechLexicon.Verb>.Match] = []
    /// Topic phrases in the body, ordered by start.
    private(set) var topicCues: [PhraseMatcher<TopicCue>.Match] = []
    /// Topic phrases in the title.
    private(set) var titleTopicCues: [PhraseMatcher<TopicCue>.Match] = []

    /// The matches in `bodyRanges` (in text order) and `titleRange`.
    init(in text: ScalarText, bodyRanges: [Range<Int>], titleRange: Range<Int>?, language: String) {
        let matcher = CompiledVocabulary.current.bodyPhrases
        let anyLanguage = language == "und"
        for range in bodyRanges {
            for match in matcher.matches(in: text, range: range) {
                switch match.payload {
                case .speech(let verb):
                    guard anyLanguage || verb.language == language else { continue }
                    verbs.append(.init(start: match.start, end: match.end, payload: verb))
                case .topic(let cue): topicCues.append(.init(start: match.start, end: match.end, payload: cue))
                }
            }
        }
        guard let titleRange else { return }
        for match in matcher.matches(in: text, range: titleRange) {
            if case .topic(let cue) = match.payload { titleTopicCues.append(.init(start: match.start, end: match.end, payload: cue)) }
        }
    }
}
