/// A phrase of the lexicons looked for in an article's body, as the trie of
/// ``BodyPhraseLexicon`` holds it: a speech verb or an agency by its index in the lexicon's
/// tables, a topic cue itself. Eight bytes, not the verb's record of four Strings: the
/// payloads of the 3000-odd phrases, which matches read cold, stay within 24 KB, and a topic
/// cue, the commonest match, needs no table.
enum BodyPhrase: Sendable {
    /// A speech verb: its index in ``BodyPhraseLexicon/verbs``.
    case speech(Int32)
    case topic(TopicCue)
    /// An agency of ``DatelineFinder/agencies``: its index in ``BodyPhraseLexicon/agencyNames``.
    case agency(Int32)
}

/// The speech verbs, topic phrases and agencies looked for in an article's body, all in one
/// trie (``CompiledVocabulary/bodyPhrases``): one walk over the body finds the speech verbs for
/// ``StatementAssembler``, the keywords for ``TopicClassifier`` and the agencies for
/// ``DatelineFinder/source(_:zones:datelineEnd:agencies:)``, instead of a walk each over every
/// scalar. A class: each article reads it, and a struct of its arrays would be copied (each
/// array retained and released) every time.
final class BodyPhraseLexicon: Sendable {
    let matcher: PhraseMatcher<BodyPhrase>
    /// The speech verbs that the trie's `speech` payloads index.
    let verbs: [SpeechLexicon.Verb]
    /// The agency names (the source reported) that its `agency` payloads index.
    private let agencyNames: [String]
    /// Whether the word table marks this lexicon's ASCII heads (see ``asciiHeadKeys``): the
    /// standard lexicon's only, so a vocabulary's additions turn the shortcut off.
    let headsAreInWordTable: Bool

    private init(matcher: PhraseMatcher<BodyPhrase>, verbs: [SpeechLexicon.Verb], agencyNames: [String], headsAreInWordTable: Bool) {
        self.matcher = matcher
        self.verbs = verbs
        self.agencyNames = agencyNames
        self.headsAreInWordTable = headsAreInWordTable
    }

    /// The compiled-in speech verbs, topic phrases and agencies.
    static let standard: BodyPhraseLexicon = {
        var matcher = PhraseMatcher<BodyPhrase>()
        var verbs: [SpeechLexicon.Verb] = []
        SpeechLexicon.addForms(to: &matcher) { verb in
            verbs.append(verb)
            return .speech(Int32(verbs.count - 1))
        }
        TopicLexicon.addPhrases(to: &matcher) { .topic($0) }
        for (index, agency) in DatelineFinder.agencies.enumerated() { matcher.add(agency.surface, .agency(Int32(index))) }
        return BodyPhraseLexicon(
            matcher: matcher.compacted(), verbs: verbs, agencyNames: DatelineFinder.agencies.map(\.name), headsAreInWordTable: true)
    }()

    /// The lexicon with `vocabulary`'s speech verbs and topic keywords added ("cyber*" is a
    /// stem, matched at the start of longer words); itself when it adds neither.
    func adding(_ vocabulary: Vocabulary) -> BodyPhraseLexicon {
        guard !vocabulary.speechVerbs.isEmpty || !vocabulary.topicKeywords.isEmpty else { return self }
        var matcher = matcher, verbs = verbs
        for addition in vocabulary.speechVerbs {
            verbs.append(SpeechLexicon.Verb(language: addition.language, act: addition.act))
            matcher.add(addition.form, .speech(Int32(verbs.count - 1)))
        }
        for addition in vocabulary.topicKeywords {
            let stem = addition.keyword.hasSuffix("*")
            matcher.add(stem ? String(addition.keyword.dropLast()) : addition.keyword, .topic(.topic(addition.topic)), prefix: stem)
        }
        return BodyPhraseLexicon(matcher: matcher.compacted(), verbs: verbs, agencyNames: agencyNames, headsAreInWordTable: false)
    }

    /// The name reported as the source for an agency payload's index.
    func agencyName(_ index: Int32) -> String { agencyNames[Int(index)] }

    /// The token keys (``ScannedToken/hash``) of the standard lexicon's ASCII heads (see
    /// ``PhraseMatcher/asciiHeads()``), which the gazetteer's word table marks
    /// (``WordEntry/isPhraseHead``): a phrase can open at an ASCII word only if the word is a
    /// head, or starts with a stem (``stemOpenings``).
    static let asciiHeadKeys: Set<UInt64> = Set(standardHeads.heads.compactMap { head in
        // The key the tokenizer gives the word, by the tokenizer itself.
        let tokens = TokenizedText(String(String.UnicodeScalarView(head.compactMap(Unicode.Scalar.init)))).tokens
        return tokens.count == 1 ? tokens[0].hash : nil
    })

    /// The first two scalars of the standard lexicon's ASCII stems.
    static let stemOpenings = ASCIIPairs(standardHeads.stems)

    private static let standardHeads = standard.matcher.asciiHeads()
}

/// A set of pairs of folded ASCII letters and digits, one bit each: small enough to stay in
/// the cache between articles.
struct ASCIIPairs: Sendable {
    private var bits = [UInt64](repeating: 0, count: (36 * 36 + 63) / 64)

    /// The pairs that open `words` (all of a–z and 0–9); a word of one scalar holds every pair it opens.
    init(_ words: [[UInt32]]) {
        for word in words {
            for second in word.count > 1 ? [word[1]] : Self.alphabet { insert(word[0], second) }
        }
    }

    private static let alphabet = Array(UInt32(0x61)...0x7A) + Array(UInt32(0x30)...0x39)

    private mutating func insert(_ first: UInt32, _ second: UInt32) {
        let bit = Self.bit(first, second)
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// Whether `first` and `second` (both a–z or 0–9) are a pair of the set.
    @inline(__always) func contains(_ first: UInt32, _ second: UInt32) -> Bool {
        let bit = Self.bit(first, second)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// 0–25 for a letter, 26–35 for a digit.
    @inline(__always) private static func code(_ c: UInt32) -> Int { Int(c >= 0x61 ? c - 0x61 : c - 0x30 + 26) }

    @inline(__always) private static func bit(_ first: UInt32, _ second: UInt32) -> Int { code(first) * 36 + code(second) }
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

    /// The matches in `bodyRanges` (in text order) and `titleRange`. `tokens` are the text's,
    /// and `words` their entries in the word table (``CountryGazetteer/words(of:)``), which
    /// tell where no phrase opens (see ``PhraseHeads``).
    init(in text: ScalarText, tokens: TokenizedText, words: [WordEntry], bodyRanges: [Range<Int>], titleRange: Range<Int>?, language: String) {
        let lexicon = CompiledVocabulary.current.bodyPhrases
        let anyLanguage = language == "und"
        var heads = PhraseHeads(tokens: tokens.tokens, words: lexicon.headsAreInWordTable ? words : [], folded: text.folded)
        for range in bodyRanges {
            lexicon.matcher.forEachMatch(in: text, range: range, openings: &heads) { start, end, phrase in
                switch phrase {
                case .speech(let index):
                    guard anyLanguage || lexicon.verbs[Int(index)].language == language else { return }
                    verbs.append(.init(start: start, end: end, payload: lexicon.verbs[Int(index)]))
                case .topic(let cue): Self.keepLongest(.init(start: start, end: end, payload: cue), in: &topicCues)
                case .agency(let index): agencies.append(.init(start: start, end: end, payload: lexicon.agencyName(index)))
                }
            }
        }
        guard let titleRange else { return }
        heads.restart()
        lexicon.matcher.forEachMatch(in: text, range: titleRange, openings: &heads) { start, end, phrase in
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

/// Where the word table tells that no phrase of the standard body lexicon opens: at an ASCII
/// token (a run of letters and digits) that is no head of a phrase (``WordEntry/isPhraseHead``)
/// and opens with no stem's first two scalars, followed by a scalar that ends a head (not a
/// letter or digit once folded). A phrase matched there would open with that whole token, or
/// with a stem inside it. The token's entry was read already, so the phrase filter's line,
/// cold at most words, is not.
struct PhraseHeads: PhraseOpenings {
    private let tokens: [ScannedToken]
    private let words: [WordEntry]
    private let folded: ScalarText.Column<UInt32>
    private let stemOpenings = BodyPhraseLexicon.stemOpenings
    /// The first token not before the last word start asked about: word starts are asked in order.
    private var next = 0

    /// The facts of `tokens`, whose entries in the word table are `words`; none are known
    /// when `words` is empty (a lexicon whose heads the word table does not mark).
    init(tokens: [ScannedToken], words: [WordEntry], folded: ScalarText.Column<UInt32>) {
        self.tokens = words.isEmpty ? [] : tokens
        self.words = words
        self.folded = folded
    }

    /// Lets the next word start asked about come before the last one (another range).
    mutating func restart() {
        next = 0
    }

    @inline(__always) mutating func opensNone(at i: Int, limit: Int) -> Bool {
        while next < tokens.count, tokens[next].start < i { next += 1 }
        guard next < tokens.count, tokens[next].start == i else { return false }
        let token = tokens[next]
        guard token.isASCII, token.end <= limit, !words[next].isPhraseHead else { return false }
        if token.end < limit {
            let after = folded[token.end]
            guard after != 0, !PhraseMatcher<BodyPhrase>.isASCIIAlphanumeric(after) else { return false }
        }
        return token.end - i < 2 || !stemOpenings.contains(folded[i], folded[i + 1])
    }
}
