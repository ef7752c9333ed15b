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
    /// Whether the word table marks this lexicon's heads (see ``headKeys``): the
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

    /// The word-table keys (``CountryMatcher/key(of:folded:)``) of the first words of the
    /// standard lexicon's phrases, which the gazetteer's word table marks
    /// (``WordEntry/isPhraseHead``): a phrase opens at a word only if the word is a head, or
    /// starts with a stem (``stemOpenings``). The first word is found by the tokenizer itself
    /// in the phrase's key, which holds folded scalars: the tokenizer's folding of a folded
    /// scalar is its folding of the scalar itself, so the word of the text that opens the
    /// phrase has that key (see `ExtractionPhraseHeadTests`), also when written with a letter
    /// that folds to a separator (``joinedSpellings(of:)``).
    static let headKeys: Set<UInt64> = Set(standardKeys.flatMap { phrase in
        joinedSpellings(of: phrase.key).compactMap { spelling in
            let words = TokenizedText(String(String.UnicodeScalarView(spelling.compactMap(Unicode.Scalar.init))))
            return words.tokens.first.map { CountryMatcher.key(of: $0, folded: words.folded(0)) }
        }
    })

    /// `key`, and `key` with its first n scalars that a letter folds to across classes
    /// (``lettersFoldedAcrossClasses``) written as that letter, for each n: the text's "sʼest"
    /// (with U+02BC, a letter) is one word where the key "s'est" holds two.
    private static func joinedSpellings(of key: [UInt32]) -> [[UInt32]] {
        var spellings = [key], spelling = key
        for k in key.indices {
            guard let letter = lettersFoldedAcrossClasses[key[k]] else { continue }
            spelling[k] = letter
            spellings.append(spelling)
        }
        return spellings
    }

    /// The folded values (``ScalarTable/fold(_:)``) that a letter or mark of the Basic
    /// Multilingual Plane folds to though they are of another ``ScalarClass``, with that
    /// letter: "'" for "ʼ" (U+02BC), a separator for a letter.
    static let lettersFoldedAcrossClasses: [UInt32: UInt32] = {
        let tables = ScalarFolding.tables
        let kind = { (v: UInt32) in ScalarFolding.kind(of: ScalarFolding.entry(v, tables: tables)) }
        var letters: [UInt32: UInt32] = [:]
        for v in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(v), kind(v) != .separator else { continue }
            let folded = ScalarTable.fold(scalar)
            if folded != 0, kind(folded) != kind(v) { letters[folded] = v }
        }
        return letters
    }()

    /// The openings of the standard lexicon's stems.
    static let stemOpenings = StemOpenings(standardKeys.filter(\.isStem).map(\.key))

    private static let standardKeys = standard.matcher.keys()
}

/// The openings of the stems of a lexicon, in three sets that stay in the cache between
/// articles (a kilobyte each). The first holds the first two folded scalars of each stem, one
/// bit a pair: the bit of the second scalar (its low six bits) in a word for the first (its
/// low seven bits), exact for ASCII letters, shared by a few pairs of other scalars. Many
/// words of running text open with a stem's pair ("co", "in", "re" and "pr" open stems), so
/// the second holds the first three, one bit a triple in a word for the pair (hashed), which
/// turns most of them away in one more probe; the third holds the first four scalars of each
/// stem (the whole of a shorter one), hashed, for the few words left.
struct StemOpenings: Sendable {
    private var pairs = [UInt64](repeating: 0, count: 128)
    /// One bit a third scalar (its low six bits) in a word for the hashed first two; all bits
    /// set in the word of a pair that a stem of one or two scalars is (any third may follow).
    private var triples = [UInt64](repeating: 0, count: 128)
    private static let length = 4
    private var openings = [UInt64](repeating: 0, count: 128)
    /// Bit k-1 set when some stem has exactly k < ``length`` scalars.
    private var shortLengths: UInt8 = 0

    init(_ stems: [[UInt32]]) {
        for stem in stems where !stem.isEmpty {
            pairs[Self.pairWord(stem[0])] |= stem.count > 1 ? Self.pairBit(stem[1]) : ~0
            // A stem of one scalar opens every pair it starts: the triple test is off for them all.
            if stem.count == 1 { triples = [UInt64](repeating: ~0, count: 128) }
            if stem.count > 1 { triples[Self.tripleWord(stem[0], stem[1])] |= stem.count > 2 ? Self.pairBit(stem[2]) : ~0 }
            let length = min(stem.count, Self.length)
            if length < Self.length { shortLengths |= 1 << UInt8(length - 1) }
            let h = stem[..<length].reduce(0, KeyPrefixHash.step)
            openings[Self.word(h)] |= Self.bit(h)
        }
    }

    /// Whether a stem may open the word `range` (of two scalars or more) of the folded scalars
    /// `folded`: a word of a stem's pair, and of its triple if the word is three scalars
    /// without a 0 (which a phrase's key skips) or longer, is read further, its 0s skipped.
    @inline(__always) func mayOpen(_ folded: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> Bool {
        let first = folded[range.lowerBound], second = folded[range.lowerBound + 1]
        guard second == 0 || pairs[Self.pairWord(first)] & Self.pairBit(second) != 0 else { return false }
        if range.count > 2, second != 0 {
            let third = folded[range.lowerBound + 2]
            guard third == 0 || triples[Self.tripleWord(first, second)] & Self.pairBit(third) != 0 else { return false }
        }
        var h: UInt64 = 0, length = 0
        for k in range where folded[k] != 0 {
            h = KeyPrefixHash.step(h, folded[k])
            length += 1
            if length == Self.length || shortLengths & (1 &<< UInt8(truncatingIfNeeded: length - 1)) != 0,
               openings[Self.word(h)] & Self.bit(h) != 0 {
                return true
            }
            if length == Self.length { return false }
        }
        return false
    }

    @inline(__always) private static func pairWord(_ first: UInt32) -> Int { Int(first & 127) }

    @inline(__always) private static func pairBit(_ second: UInt32) -> UInt64 { 1 << UInt64(second & 63) }

    @inline(__always) private static func tripleWord(_ first: UInt32, _ second: UInt32) -> Int {
        Int(truncatingIfNeeded: ((first &* 0x9E37_79B1 &+ second) &* 0x85EB_CA6B) >> 25)
    }

    @inline(__always) private static func word(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> 57) }

    @inline(__always) private static func bit(_ h: UInt64) -> UInt64 { 1 << ((h >> 40) & 63) }
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
        // Room for the usual yield of a text (a topic cue in about 30 scalars, a speech verb in
        // 60) at once: appends would regrow the arrays several times an article.
        topicCues.reserveCapacity(text.count / 32)
        verbs.reserveCapacity(text.count / 64)
        PhraseHeads.withHeads(tokens: tokens.tokens, words: lexicon.headsAreInWordTable ? words : [], text: text) { heads in
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

/// Where the word table tells that no phrase of the standard body lexicon opens: at a token
/// that is no head of a phrase (``WordEntry/isPhraseHead``) and, in a spaced script, opens
/// with no stem (``StemOpenings``), holds no scalar that ends a word inside it (a few marks
/// do), and is followed by a scalar that ends a word (one that folds to nothing might join
/// it to the next). A phrase matched there would open with that whole token (the phrase's
/// key breaks its first word where the text does: folding keeps a scalar's class), or with
/// a stem inside it. The token's entry was read already, so the phrase filter's line, cold
/// at most words, is not. At a head of three scalars or more the filter would let the walk
/// through, and at a head of one Han, kana or Hangul character it costs more than the walk:
/// it is not asked either.
struct PhraseHeads: PhraseOpenings {
    /// The text's tokens, their word-table entries, and its folded scalars and classes, in
    /// place: each word start asks of them (array subscripts there, with their bounds checks,
    /// cost as much as the answer). Only valid inside ``withHeads(tokens:words:text:_:)``.
    private let tokens: UnsafeBufferPointer<ScannedToken>
    private let words: UnsafeBufferPointer<WordEntry>
    private let folded: UnsafeBufferPointer<UInt32>
    private let classes: UnsafeBufferPointer<UInt8>
    private let stemOpenings = BodyPhraseLexicon.stemOpenings
    /// The first token not before the last word start asked about: word starts are asked in order.
    private var next = 0

    private init(tokens: UnsafeBufferPointer<ScannedToken>, words: UnsafeBufferPointer<WordEntry>, scan: ScalarScan) {
        self.tokens = tokens
        self.words = words
        folded = scan.folded
        classes = scan.classes
    }

    /// Calls `body` with the facts of `tokens` (of `text`), whose entries in the word table
    /// are `words`, one a token; none are known when `words` is empty (a lexicon whose heads
    /// the word table does not mark). Both are read unchecked.
    static func withHeads<Result>(
        tokens: [ScannedToken], words: [WordEntry], text: ScalarText, _ body: (inout PhraseHeads) -> Result
    ) -> Result {
        precondition(words.isEmpty || words.count == tokens.count, "one word-table entry a token")
        return tokens.withUnsafeBufferPointer { tokens in
            words.withUnsafeBufferPointer { words in
                text.withScan { scan in
                    var heads = PhraseHeads(tokens: words.isEmpty ? UnsafeBufferPointer(rebasing: tokens[0..<0]) : tokens, words: words, scan: scan)
                    return body(&heads)
                }
            }
        }
    }

    /// Lets the next word start asked about come before the last one (another range).
    mutating func restart() {
        next = 0
    }

    @inline(__always) mutating func opening(at i: Int, limit: Int) -> PhraseOpening {
        // In a local: the loop then keeps it in a register rather than storing it each token.
        var next = self.next
        while next < tokens.count, tokens[next].start < i { next += 1 }
        self.next = next
        guard next < tokens.count, tokens[next].start == i else { return .unknown }
        let token = tokens[next]
        guard token.end <= limit, folded[i] != 0 else { return .unknown }
        // A token of Han, kana or Hangul is one character, the whole first word of any phrase
        // opening with it: at a head, a walk of a step or two costs less than the filter.
        if words[next].isPhraseHead { return token.end - i >= 3 || token.script.isCharacterWise ? .head : .unknown }
        if token.script.isCharacterWise { return .closed }
        if token.end < limit, folded[token.end] == 0 { return .unknown }
        guard token.isASCII || endsNoWordInside(token) else { return .unknown }
        return token.end - i >= 2 && stemOpenings.mayOpen(folded, i..<token.end) ? .unknown : .closed
    }

    /// Whether every scalar of `token` is a word scalar of a spaced script, so that no phrase
    /// ends inside it (``ScalarScan/isWordEnd(_:)``): an enclosing mark or a kana voicing mark
    /// inside a word would end one. ASCII letters and digits all are.
    private func endsNoWordInside(_ token: ScannedToken) -> Bool {
        let test = ScalarTable.wordBit | ScalarTable.unspacedBit
        return (token.start..<token.end).allSatisfy { classes[$0] & test == ScalarTable.wordBit }
    }
}
