/// A statement as found in a sentence, before its speaker is resolved.
///
/// Plain data, with no strings to count references to as events are copied and dropped: the
/// verb's act and pronoun are read from its form (see ``verbForm``).
struct SpeechEvent: Sendable {
    /// The speaker phrase, or nil when the verb form carries a pronoun ("a-t-il ajouté") or
    /// the subject is dropped ("«…», afirmó").
    var speaker: Range<Int>?
    /// Whether the verb form carries the subject pronoun (``SpeechLexicon/Verb/pronoun``):
    /// with no speaker phrase, the pronoun is the speaker; without either, the subject is dropped.
    var carriesPronoun: Bool
    /// Whether the verb's act is to report (a source citation, or a report holding a statement).
    var reports: Bool
    var verbRange: Range<Int>
    var content: Range<Int>
    var kind: StatementKind
    /// The index of the verb form among the article's (``StatementFinder/Verbs/forms``), set by
    /// ``StatementFinder/events(in:verbs:into:)``; nil for an interview answer, which says.
    var verbForm: Int? = nil

    /// Whether `offset` is in the content, the speaker or the verb.
    /// ("据路透社报道，美国国务院一名发言人表示，…": a report's content may hold a statement of its own.)
    func takes(_ offset: Int) -> Bool {
        (!reports && content.contains(offset)) || speaker?.contains(offset) == true || verbRange.contains(offset)
    }
}

/// Finds statements in sentences, by the position of a speech verb:
///
/// - after a quotation or a comma: `"…," Wang said.` `"…", a déclaré le ministère.`
///   `"…," kata kementerian.` `«…», — заявил Лавров.` `…, the official said.`
/// - subject, verb, content: `X said (that) …`, `X a déclaré que …`, `X mengatakan bahwa …`,
///   `X 表示，…`, `لكن كوريا الشمالية تنفي …`
/// - verb first, then the speaker (Arabic, German inversion): `قال X إن …`, `Am Montag sagte X, …`
/// - content, then the verb (Japanese, Korean): `Xは「…」と述べた`, `X는 "…"라고 말했다`
struct StatementFinder {
    /// The speech verbs of one sentence, in text order: some of the article's verb forms,
    /// chosen by index and read in place (a copy of a match retains its verb), so
    /// that no paragraph builds an array of matches. Not a collection on purpose: iterating
    /// one, or a closure taking its elements, would copy them.
    struct Verbs {
        typealias Match = PhraseMatcher<SpeechLexicon.Verb>.Match
        /// All the article's verb forms.
        let forms: UnsafeBufferPointer<Match>
        /// The indices in `forms` of the sentence's verbs, in order.
        let chosen: UnsafeBufferPointer<Int>

        var count: Int { chosen.count }
        var indices: Range<Int> { 0..<chosen.count }

        subscript(v: Int) -> Match {
            unsafeAddress { forms.baseAddress! + chosen[v] }
        }

        /// The verbs `range` of these (by their indices here).
        func subrange(_ range: Range<Int>) -> Verbs {
            Verbs(forms: forms, chosen: UnsafeBufferPointer(rebasing: chosen[range]))
        }

        /// The index of the first verb `isMatching` accepts, the matches lent to it.
        func firstIndex(where isMatching: (borrowing Match) -> Bool) -> Int? {
            indices.first { isMatching(self[$0]) }
        }

        /// Whether `isMatching` accepts one of the verbs, the matches lent to it.
        func contains(where isMatching: (borrowing Match) -> Bool) -> Bool {
            firstIndex(where: isMatching) != nil
        }

        /// The index of the last verb `isMatching` accepts, the matches lent to it.
        func lastIndex(where isMatching: (borrowing Match) -> Bool) -> Int? {
            indices.last { isMatching(self[$0]) }
        }
    }

    let text: ScalarText
    /// Country references of the text: a country named right after an Arabic verb is its subject.
    let countries: [CountryMatch]
    /// The function words of the text, each looked up once.
    let clauseWords: ClauseWordMemo

    /// The statements of one sentence, given the speech verbs found in it, appended to `result`.
    /// (Matches are read in place, by index: each copy of one retains its verb.)
    func events(in sentence: Sentence, verbs: Verbs, into result: inout [SpeechEvent]) {
        let first = result.count
        for v in verbs.indices where sentence.quote(containing: verbs[v].start) == nil {
            // A verb inside the content, speaker or verb of an earlier statement of the sentence is taken.
            let start = verbs[v].start
            guard !(first..<result.count).contains(where: { result[$0].takes(start) }),
                  !yieldsToLaterVerb(verbs[v], in: sentence, verbs: verbs) else { continue }
            // (The speaker of the sentence's statement before this verb, which a coordinated verb shares.)
            let earlier = result.count > first ? result[result.count - 1].speaker : nil
            guard var event = event(for: verbs[v], in: sentence, verbs: verbs, earlierSpeaker: earlier) else { continue }
            event.verbForm = verbs.chosen[v]
            result.append(event)
        }
    }

    /// The start of the first of `verbs` that starts at or after `offset`, if any.
    private func firstVerbStart(in verbs: Verbs, notBefore offset: Int) -> Int? {
        for v in verbs.indices where verbs[v].start >= offset { return verbs[v].start }
        return nil
    }

    /// "조선중앙통신에 따르면 대변인은 "…"라고 주장했다", "共同通信によると、報道官は「…」と述べた":
    /// in Japanese and Korean, "according to" only names the source of a sentence whose own
    /// verb (after its content) gives the statement and its speaker.
    /// A Japanese verb that a quotative or nominalizer follows ("「…」と述べたことを明らかにした",
    /// "…と強調したと伝えた") is inside a later verb's content.
    private func yieldsToLaterVerb(_ verb: PhraseMatcher<SpeechLexicon.Verb>.Match, in sentence: Sentence, verbs: Verbs) -> Bool {
        let language = verb.payload.tag
        if language == .ja, !verb.payload.contentFollows, isQuotativeOrNominalizer(at: verb.end, in: sentence) {
            return verbs.contains { $0.start >= verb.end }
        }
        guard language == .ja || language == .ko, verb.payload.contentFollows else { return false }
        return verbs.contains { $0.start >= verb.end && $0.payload.tag == language && !$0.payload.contentFollows && sentence.quote(containing: $0.start) == nil }
    }

    /// Whether the Japanese quotative "と" or the nominalizer "こと" stands at `offset`.
    private func isQuotativeOrNominalizer(at offset: Int, in sentence: Sentence) -> Bool {
        guard offset < sentence.range.upperBound else { return false }
        return text.scalars[offset] == "と"
            || (text.scalars[offset] == "こ" && offset + 1 < sentence.range.upperBound && text.scalars[offset + 1] == "と")
    }

    /// Two words, or four characters of Han, kana or Hangul.
    func isSubstantial(_ content: Range<Int>) -> Bool {
        guard !content.isEmpty else { return false }
        return text.hasWords(atLeast: 2, in: content) || content.lazy.filter { text.isUnspaced($0) }.count >= 4
    }

    private func event(
        for verb: PhraseMatcher<SpeechLexicon.Verb>.Match, in sentence: Sentence, verbs: Verbs, earlierSpeaker: Range<Int>?
    ) -> SpeechEvent? {
        let language = verb.payload.tag
        if language == .ja || language == .ko, !verb.payload.contentFollows {
            let source = verbs.lastIndex { $0.payload.contentFollows && $0.end <= verb.start && $0.start >= sentence.range.lowerBound }
            // ("「…」と述べ、中国側に抗議したことを明らかにした": an earlier verb of the sentence closes its own content.)
            let previous = verbs.lastIndex {
                !$0.payload.contentFollows && $0.end <= verb.start && $0.start >= sentence.range.lowerBound && sentence.quote(containing: $0.start) == nil
                    && !yieldsToLaterVerb($0, in: sentence, verbs: verbs)
            }
            return contentFirstEvent(
                verb, sentence, from: source.map { verbs[$0].end } ?? sentence.range.lowerBound, contentFrom: previous.map { verbs[$0].end },
                korean: language == .ko)
        }
        // "have not commented", "did not say": no statement.
        if isNegated(before: verb.start) { return nil }
        let clause = clauseStart(before: verb.start, in: sentence)
        var lookups = SpeakerLookups()
        // "X called the move \"baseless\" and said …", "Путин поблагодарил … и заявил": the sentence's subject speaks.
        // ("Le ministère malien des Affaires étrangères a démenti … et affirmé que": the speaker
        // of the sentence's earlier statement, when it found one, is that subject, whole.)
        let coordinated = verb.payload.speakerFollows ? nil : coordinatedSubject(before: verb.start, in: sentence).map { earlierSpeaker ?? $0 }
        if coordinated == nil, let event = attributionAfterContent(verb, sentence, clause, &lookups) { return event }
        if verb.payload.invertedOnly || isPassive(before: verb.start) { return nil }
        // "according to X, …": the words before the preposition are never its speaker.
        // ("nach ihren Worten", "a-t-il déclaré": a form carrying its pronoun has its subject.)
        let before = verb.payload.speakerFollows || verb.payload.pronoun != nil ? nil
            : speaker(before: verb, clause, &lookups).map { withListedCountries($0, in: sentence) }
        // "Das teilte X mit", "Об этом заявил X": a demonstrative opening the sentence stands for
        // the sentence before, the content; the speaker follows the verb.
        let referred = language == .de || language == .ru ? sentenceReferredTo(before: verb.start, in: sentence, clause: clause) : nil
        var speaker = referred == nil ? coordinated ?? before : pronoun(before: verb.start, in: sentence)
        // "In Berlin begrüßte Regierungssprecher X …", "Danach erklärte X …": in German a phrase
        // opening with a preposition, or an adverb, stands before the verb, the subject after it.
        if language == .de, coordinated == nil, let phrase = before, let first = text.lazyWordRanges(in: phrase).first(where: { _ in true }),
           clauseWords.kinds(first).contains(.afterVerbStop) || Self.germanOpeningAdverbs.contains(text, first) { speaker = nil }
        if language != .ar, referred == nil, !verb.payload.speakerFollows, verb.payload.pronoun == nil {
            speaker = speaker ?? speakerBeforeComma(clause, in: sentence)
        }
        var contentStart = verb.end
        var implicit = false
        if speaker == nil {
            if verb.payload.pronoun != nil {
                implicit = true  // "По его словам, …", "Menurutnya, …"
            } else if language == .ar, verb.payload.act == "ask", let first = text.firstWordRange(from: verb.end, in: verb.end..<sentence.range.upperBound),
                      Self.addresseeNouns.contains(text, first) {
                implicit = true  // "وطالب المجتمع الدولي بالتحرك": whom the verb asks follows it, not its subject
            } else if let after = self.speaker(after: verb, in: sentence, stopsAtComma: verb.payload.speakerFollows, &lookups),
                      language == .ar || !isClause(after) {
                speaker = after
                contentStart = after.upperBound
                if verb.payload.speakerFollows, let name = nameInApposition(after: after, in: sentence) {
                    speaker = after.lowerBound..<name.upperBound
                    contentStart = name.upperBound
                }
            } else if referred != nil, let office = officeAfterAdverbials(verb, in: sentence) {
                speaker = office  // "Об этом заявил в понедельник министр …"
            } else if language.dropsSubjects, opensContent(at: verb.end, in: sentence) {
                implicit = true
            } else {
                return nil
            }
        }
        var content = contentAfter(contentStart, in: sentence, verbs: verbs)
        // (Only when no "that" opened the content: "told reporters that Tokyo …" keeps "Tokyo".)
        if Self.tellForms.contains(text, verb.start..<verb.end),
           text.firstWordRange(from: contentStart, in: contentStart..<content.upperBound)?.lowerBound == content.lowerBound {
            content = withoutAddressee(content)
        }
        // ("teilte am Mittwoch mit, die Gespräche …": the separated particle after the time
        // words closes the verb; the content follows it. Content referred to by "Das" lies in
        // an earlier sentence, which the particle never opens.)
        if let referred {
            content = referred
        } else if let particle = verb.payload.particle, let first = text.firstWordRange(from: content.lowerBound, in: content),
           first.lowerBound == content.lowerBound, text.foldedString(first) == particle {
            content = text.trimmed(first.upperBound..<content.upperBound, droppingWhere: Self.edgePunctuation.contains)
        }
        // ("ودانت مصر الهجوم، وقال …": one word before the next statement suffices.)
        guard isSubstantial(content) || (language == .ar && !content.isEmpty && arabicCommaFollows(content)),
              !lacksComplement(verb, contentStart: contentStart, content: content, in: sentence) else { return nil }
        if implicit {
            return SpeechEvent(speaker: nil, carriesPronoun: verb.payload.pronoun != nil, reports: verb.payload.reports, verbRange: verb.start..<verb.end,
                               content: content, kind: kind(of: content, in: sentence))
        }
        return SpeechEvent(speaker: speaker, carriesPronoun: false, reports: verb.payload.reports, verbRange: verb.start..<verb.end,
                           content: content, kind: kind(of: content, in: sentence))
    }

    /// The speaker phrases before and after one verb, each looked up at most once: both
    /// readings of a verb (attribution after the content, then subject and verb) ask for them.
    struct SpeakerLookups {
        var before: Range<Int>?? = nil
        var after: Range<Int>?? = nil
    }

    /// ``speakerPhrase(_:)`` of the clause before `verb`, looked up once per verb.
    func speaker(before verb: PhraseMatcher<SpeechLexicon.Verb>.Match, _ clause: ClauseStart, _ lookups: inout SpeakerLookups) -> Range<Int>? {
        if let known = lookups.before { return known }
        var found = speakerPhrase(clause.start..<verb.start)
        // ("Петер Сийярто, находящийся с визитом в Москве, сообщил": the participle's aside
        // describes the speaker before its comma.)
        if let phrase = found, case .punctuation(let at) = clause.boundary, text.scalars[at] == ",", opensWithParticiple(phrase) { found = nil }
        lookups.before = .some(found)
        return found
    }

    /// ``speakerAfterVerb(from:in:arabic:stopsAtComma:)`` after `verb`, looked up once per verb
    /// (`stopsAtComma` changes the phrase only in Arabic, which is then looked up anew).
    func speaker(
        after verb: PhraseMatcher<SpeechLexicon.Verb>.Match, in sentence: Sentence, stopsAtComma: Bool = false, _ lookups: inout SpeakerLookups
    ) -> Range<Int>? {
        let arabic = verb.payload.tag == .ar
        if arabic && stopsAtComma { return speakerAfterVerb(from: verb.end, in: sentence, arabic: true, stopsAtComma: true) }
        if let known = lookups.after { return known }
        var found = speakerAfterVerb(from: verb.end, in: sentence, arabic: arabic, verbSecond: verb.payload.tag == .de)
        if arabic, let phrase = found { found = withArabicName(after: phrase, in: sentence) }
        // "fügte er hinzu": the separated particle is no part of the speaker.
        if let particle = verb.payload.particle, let phrase = found, let last = text.lazyWordRanges(in: phrase).reversed().first,
           text.foldedString(last) == particle {
            let rest = text.trimmed(phrase.lowerBound..<last.lowerBound)
            found = rest.isEmpty ? nil : rest
        }
        lookups.after = .some(found)
        return found
    }

    /// "Paris, Londres et Berlin ont rappelé": a speaker of countries joined by a conjunction
    /// reaches back over the countries listed before it with commas.
    private func withListedCountries(_ speaker: Range<Int>, in sentence: Sentence) -> Range<Int> {
        guard countries.contains(where: { $0.start == speaker.lowerBound }) else { return speaker }
        var start = speaker.lowerBound
        while true {
            var i = start
            while i > sentence.range.lowerBound, text.isSpace(i - 1) { i -= 1 }
            guard i > sentence.range.lowerBound, text.scalars[i - 1] == "," else { break }
            i -= 1
            while i > sentence.range.lowerBound, text.isSpace(i - 1) { i -= 1 }
            guard let listed = countries.last(where: { $0.end == i }) else { break }
            var before = listed.start
            while before > sentence.range.lowerBound, text.isSpace(before - 1) { before -= 1 }
            guard before == sentence.range.lowerBound || text.scalars[before - 1] == "," else { break }
            start = listed.start
        }
        return start..<speaker.upperBound
    }

    /// German adverbs that open a sentence before its verb, the subject following it.
    static let germanOpeningAdverbs = WordSet([
        "danach", "dann", "zuvor", "später", "anschließend", "daraufhin", "zudem", "außerdem", "dazu", "dabei", "zugleich",
        "gleichzeitig", "heute", "gestern", "morgen", "nun", "jetzt", "damals", "deshalb", "dennoch", "trotzdem",
        "inzwischen", "bereits", "ebenfalls", "ferner", "allerdings", "darauf", "hierzu", "weiter",
    ])

    /// Whether reported content starts right after `offset` (a complementizer, "إلى أن", a colon or a quotation).
    private func opensContent(at offset: Int, in sentence: Sentence) -> Bool {
        var i = offset
        while i < sentence.range.upperBound, text.isSpace(i) { i += 1 }
        guard i < sentence.range.upperBound else { return false }
        if Self.isColon(text.scalars[i]) || text.scalars[i] == "，" || sentence.quotes.contains(where: { $0.open == i }) { return true }
        var words = text.lazyWordRanges(in: i..<min(sentence.range.upperBound, i + 40))
        guard let first = words.next() else { return false }
        if clauseWords.kinds(first).contains(.complementizer) || ClauseWords.isArabicComplementizer(text, first) { return true }
        guard text.isArabic(first.lowerBound), text.foldedString(first) == "الي", let second = words.next() else { return false }
        return ClauseWords.isArabicComplementizer(text, second)
    }

    /// "have not commented", "did not say", "never said": no statement.
    private func isNegated(before offset: Int) -> Bool {
        var end = offset
        while end > 0, text.isSpace(end - 1) { end -= 1 }
        var start = end
        while start > 0, text.isWord(start - 1) || text.scalars[start - 1] == "'" || text.scalars[start - 1] == "’" { start -= 1 }
        return start < end && clauseWords.kinds(start..<end).contains(.negation)
    }

    /// "were warned", "a été accusé", "wurde kritisiert": the subject is not the speaker.
    private func isPassive(before offset: Int) -> Bool {
        guard let word = text.wordRange(endingBefore: offset) else { return false }
        return clauseWords.kinds(word).contains(.passiveAuxiliary)
    }

    // MARK: - Clause boundaries

    enum Boundary {
        case sentenceStart
        case quote(QuoteSpan)
        /// A comma, semicolon, colon or dash at this offset.
        case punctuation(Int)
        case word
    }

    struct ClauseStart {
        var start: Int
        var boundary: Boundary
    }

    /// "speaking on condition of anonymity", "citing officials", "caught between the two": a
    /// participle phrase set off by commas describes the speaker before it.
    func opensWithParticiple(_ range: Range<Int>) -> Bool {
        var words = text.lazyWordRanges(in: range)
        guard let first = words.next(), !text.isUpper(first.lowerBound) else { return false }
        if Self.pastParticiples.contains(text, first) { return true }
        if (0x0430...0x044F).contains(text.scalars[first.lowerBound].value) { return Self.isRussianParticiple(text.foldedString(first)) }
        // A word ending in "ing" has "g" as its last scalar.
        guard first.count > 5, text.folded[first.upperBound - 1] == 0x67 else { return false }
        return text.foldedString(first).hasSuffix("ing")
    }

    /// Whether a folded Russian word is an active participle ("находящийся", "прибывший",
    /// "возглавляющая"): -щий/-вший and their other genders, with a reflexive -ся.
    static func isRussianParticiple(_ word: String) -> Bool {
        let stem = word.hasSuffix("ся") ? word.dropLast(2) : Substring(word)
        return stem.count > 5 && ["щий", "щая", "щее", "щие", "вший", "вшая", "вшее", "вшие"].contains { stem.hasSuffix($0) }
    }

    /// English past participles that open an aside about the subject ("caught between …",
    /// "backed by …", "based in …").
    static let pastParticiples = WordSet([
        "caught", "backed", "based", "known", "led", "hit", "struck", "torn", "shaken", "driven", "faced", "pressed", "squeezed",
        "isolated", "stung", "angered", "alarmed", "hard-hit", "battered", "emboldened",
    ])

    /// Where the clause holding `offset` begins: after the nearest punctuation, quotation,
    /// subordinator or coordinator before it.
    func clauseStart(before offset: Int, in sentence: Sentence) -> ClauseStart {
        let lower = max(sentence.range.lowerBound, 0)
        // Class bytes read in place: punctuation is looked for only among the scalars that are
        // neither letters nor spaces, boundary words only at the starts of spaced words.
        let found: ClauseStart? = text.withPunctuation { scalars, classes in
            let word = ScalarTable.wordBit, unspaced = ScalarTable.unspacedBit
            let limit = min(offset, classes.count)
            var i = limit - 1
            // Past the last quotation opening before `i`: the quotations come in order, none
            // inside another, so only that one may hold `i` (open < i <= close).
            var pastOpen = sentence.quotes.endIndex
            while i >= lower {
                while pastOpen > sentence.quotes.startIndex, sentence.quotes[pastOpen - 1].open >= i { pastOpen -= 1 }
                if pastOpen > sentence.quotes.startIndex, i <= sentence.quotes[pastOpen - 1].close {
                    let quote = sentence.quotes[pastOpen - 1]
                    return ClauseStart(start: min(quote.close + 1, offset), boundary: .quote(quote))
                }
                let c = classes[i]
                if c & (word | ScalarTable.spaceBit) == 0 {
                    if Self.isClausePunctuation(scalars[i]) || (scalars[i] == "-" && text.isSpace(i - 1) && text.isSpace(i + 1)) {
                        return ClauseStart(start: i + 1, boundary: .punctuation(i))
                    }
                } else if c & word != 0, c & unspaced == 0 {
                    // A run of spaced word scalars, entered at its end: only its first scalar may
                    // start a word, and no quotation mark or punctuation stands inside it.
                    let end = i + 1
                    while i > lower, classes[i - 1] & word != 0, classes[i - 1] & unspaced == 0 { i -= 1 }
                    // ("AS", the United States in Indonesian, is no "as".)
                    if i == 0 || classes[i - 1] & word == 0, clauseWords.kinds(i..<end).contains(.clauseBoundary), end - i < 2 || !text.isUpper(i + 1) {
                        return ClauseStart(start: end, boundary: .word)
                    }
                }
                i -= 1
            }
            return nil
        }
        return found ?? ClauseStart(start: sentence.range.lowerBound, boundary: .sentenceStart)
    }

    /// Punctuation that ends a clause (a hyphen only between spaces, tested apart).
    private static func isClausePunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ",", ";", ":", "،", "؛", "，", "；", "：", "、", "—", "–": return true
        default: return false
        }
    }

    // MARK: - Content

    /// The content after a speech verb (and its speaker): past an addressee and a
    /// complementizer within reach ("told Kerry that", "kepada AFP bahwa", "قائلا إن"),
    /// to the end of the sentence.
    private func contentAfter(_ offset: Int, in sentence: Sentence, verbs: Verbs) -> Range<Int> {
        var start = offset
        let nextVerb = firstVerbStart(in: verbs, notBefore: offset) ?? sentence.range.upperBound
        var scanned = 0, afterCoordinator = false, afterParticiple = false
        for range in text.lazyWordRanges(in: offset..<min(sentence.range.upperBound, offset + 160)).prefix(12) {
            if range.lowerBound >= nextVerb { break }
            scanned += 1
            if let quote = sentence.quote(containing: range.lowerBound) {
                if text.hasWords(atLeast: 4, in: quote.inner) { break }
                continue
            }
            let kinds = clauseWords.kinds(range)
            // ("said Taiwan was the red line that …": an auxiliary makes the words after the
            // verb a clause of their own, so a later "that" is a relative pronoun inside it.)
            if !kinds.isDisjoint(with: [.contrastive, .passiveAuxiliary, .finiteAuxiliary]) { break }
            if kinds.contains(.complementizer) || ClauseWords.isArabicComplementizer(text, range) {
                // "said A and that B", "said A, adding that B": the second clause's "that" leaves A in the content.
                if !(scanned > 1 && (afterCoordinator || afterParticiple)) { start = range.upperBound }
                break
            }
            // ("pidió una solución y recordó que …": the "that" of a later coordinated verb.)
            afterCoordinator = afterCoordinator || kinds.contains(.coordinator)
            afterParticiple = kinds.contains(.participleOfSpeech)
            if text.isArabic(range.lowerBound), kinds.contains(.participleBeforeContent) {
                start = range.upperBound
            }
        }
        var end = sentence.range.upperBound
        // "…، وقال المتحدث باسمه إن …": in Arabic a comma and a verb with و open the next statement.
        if nextVerb < end, let next = verbs.firstIndex(where: { $0.start > start && $0.payload.tag == .ar }),
           let comma = arabicCommaBefore(verbs[next].start) {
            end = comma
        }
        if nextVerb < end, let contrast = text.lazyWordRanges(in: start..<nextVerb).first(where: { clauseWords.kinds($0).contains(.contrastive) }) {
            end = contrast.lowerBound  // "…, mientras que el Gobierno chileno anunció …": another statement
        }
        if nextVerb < end, let coordinator = coordinatorOpeningSecondVerb(at: nextVerb, after: start, verbs: verbs, in: sentence) {
            end = coordinator
        }
        var content = text.trimmed(start..<end, droppingWhere: Self.edgePunctuation.contains)
        // ("solicitó este lunes una reunión": a time word after a demonstrative goes too.)
        var opener: Range<Int>? = nil
        for word in text.lazyWordRanges(in: content) {
            if clauseWords.kinds(word).contains(.timeWord) {
                content = withoutBracketedDay(text.trimmed(word.upperBound..<content.upperBound, droppingWhere: Self.edgePunctuation.contains))
                opener = nil
                continue
            }
            guard opener == nil, Self.timeOpeners.contains(text, word) else { break }
            opener = word
        }
        if let quote = sentence.quotes.first(where: { $0.open == content.lowerBound }),
           quote.close + 1 >= content.upperBound || closesUnspacedSentence(quote) {
            return text.trimmed(quote.inner, droppingWhere: Self.edgePunctuation.contains)
        }
        return content
    }

    /// "celebró el acuerdo y aseguró que …", "welcomed the deal and said that …": the start of
    /// the coordinator before the speech verb at `verbStart` when a complementizer opens that
    /// verb's own content, which is then a statement of its own (the sentence's subject speaks
    /// it too), and the first verb's content from `contentStart` is its object. Without the
    /// complementizer the words after the coordinator may be a mere predicate ("и ответил на
    /// вопросы журналистов"); a preposition opening the first content ("ответил на вопросы …
    /// и подчеркнул, что") makes the first verb no statement of its own.
    private func coordinatorOpeningSecondVerb(at verbStart: Int, after contentStart: Int, verbs: Verbs, in sentence: Sentence) -> Int? {
        guard let first = text.firstWordRange(from: contentStart, in: contentStart..<verbStart),
              case let kinds = clauseWords.kinds(first), !kinds.contains(.afterVerbStop) || kinds.contains(.determiner),
              let coordinator = text.wordRange(endingBefore: verbStart, notBefore: sentence.range.lowerBound),
              clauseWords.kinds(coordinator).contains(.coordinator),
              let v = verbs.firstIndex(where: { $0.start == verbStart }),
              let next = text.firstWordRange(from: verbs[v].end, in: verbs[v].end..<sentence.range.upperBound),
              clauseWords.kinds(next).contains(.complementizer) || ClauseWords.isArabicComplementizer(text, next) else { return nil }
        return coordinator.lowerBound
    }

    /// "林剑说：“…红线。”他表示：“…”": a quotation ending with its own full stop, right before
    /// Han or kana, closes the sentence (Chinese sets no space after it; the sentences are not
    /// split there, as "“…。”他说" gives its quotation to the verb after it).
    private func closesUnspacedSentence(_ quote: QuoteSpan) -> Bool {
        quote.close > quote.open + 1 && quote.close + 1 < text.count && text.isUnspaced(quote.close + 1)
            && SentenceSplitter.isTerminator(text.scalars[quote.close - 1])
    }

    /// `content` without the day of the month in brackets that opens it, as Brazilian papers
    /// write after a weekday ("nesta segunda-feira (14) o ataque").
    private func withoutBracketedDay(_ content: Range<Int>) -> Range<Int> {
        guard content.count > 4, text.scalars[content.lowerBound] == "(",
              let close = (content.lowerBound + 2..<min(content.upperBound, content.lowerBound + 4)).first(where: { text.scalars[$0] == ")" }),
              (content.lowerBound + 1..<close).allSatisfy({ (0x30...0x39).contains(text.scalars[$0].value) }) else { return content }
        return text.trimmed(close + 1..<content.upperBound)
    }

    /// "Berlin will weitere Systeme liefern. Das teilte der Minister mit.", "… Об этом заявил
    /// министр": a German or Russian demonstrative (after "об", "about") that is all that
    /// stands before the verb, but for a pronoun ("Об этом он сообщил"), stands for the
    /// sentence before, the content.
    private func sentenceReferredTo(before verbStart: Int, in sentence: Sentence, clause: ClauseStart) -> Range<Int>? {
        guard case .sentenceStart = clause.boundary,
              var word = text.firstWordRange(from: sentence.range.lowerBound, in: sentence.range.lowerBound..<verbStart) else { return nil }
        if Self.prepositionsOfTopic.contains(text, word), let next = text.firstWordRange(from: word.upperBound, in: word.upperBound..<verbStart) {
            word = next
        }
        guard Self.demonstratives.contains(text, word),
              text.trimmed(word.upperBound..<verbStart).isEmpty || pronoun(before: verbStart, in: sentence)?.lowerBound == text.firstWordRange(from: word.upperBound, in: word.upperBound..<verbStart)?.lowerBound
        else { return nil }
        var end = sentence.range.lowerBound
        while end > 0, text.isSpace(end - 1) { end -= 1 }
        guard end > 0, SentenceSplitter.isTerminator(text.scalars[end - 1]) else { return nil }
        var start = end - 1
        while start > 0, !SentenceSplitter.isTerminator(text.scalars[start - 1]), text.scalars[start - 1] != "\n" { start -= 1 }
        let previous = text.trimmed(start..<end, droppingWhere: Self.edgePunctuation.contains)
        return text.hasWords(atLeast: 3, in: previous) ? previous : nil
    }

    static let demonstratives = WordSet(["das", "dies", "этом"])

    /// The pronoun right before `verbStart` in `sentence` ("Об этом он сообщил"), if any.
    private func pronoun(before verbStart: Int, in sentence: Sentence) -> Range<Int>? {
        guard let word = text.wordRange(endingBefore: verbStart, notBefore: sentence.range.lowerBound),
              clauseWords.kinds(word).contains(.pronoun) else { return nil }
        return word
    }
    static let prepositionsOfTopic = WordSet(["об", "о"])

    /// Demonstratives and prepositions before a time word ("este lunes", "nesta quarta-feira", "this week").
    static let timeOpeners = WordSet(["este", "esta", "nesta", "neste", "ce", "cette", "this", "am", "on", "el", "la", "na", "no"])

    /// English forms whose object is the addressee ("told reporters the talks …").
    static let tellForms = WordSet(["told", "tells", "tell"])

    /// `content` without whom it was told, when no "that" follows the addressee: "reporters",
    /// "a news conference", "Reuters" (capitalised words), among the first five words. After a
    /// lower-case addressee a capitalised word opens the content ("told reporters China would …").
    private func withoutAddressee(_ content: Range<Int>) -> Range<Int> {
        var start = content.lowerBound, tookLowerCase = false
        for word in text.lazyWordRanges(in: content).prefix(5) {
            if text.isUpper(word.lowerBound), !tookLowerCase {
                start = word.upperBound
            } else if Self.addressees.contains(text, word) {
                start = word.upperBound
                tookLowerCase = true
            } else if !clauseWords.kinds(word).contains(.determiner) {
                break
            }
        }
        let rest = text.trimmed(start..<content.upperBound, droppingWhere: Self.edgePunctuation.contains)
        return text.hasWords(atLeast: 2, in: rest) ? rest : content
    }

    static let addressees = WordSet([
        "reporters", "journalists", "lawmakers", "legislators", "parliament", "media", "news", "conference", "briefing",
        "press", "state", "television", "radio", "broadcaster", "agency", "newspaper", "daily", "parliamentarians",
    ])

    /// Whether a comma follows `content` (its end was cut before "، وقال").
    private func arabicCommaFollows(_ content: Range<Int>) -> Bool {
        var i = content.upperBound
        while i < text.count, text.isSpace(i) { i += 1 }
        return i < text.count && (text.scalars[i] == "،" || text.scalars[i] == ",")
    }

    /// The offset of the comma before an Arabic verb that carries و ("، وقال"), if any.
    func arabicCommaBefore(_ verbStart: Int) -> Int? {
        var i = verbStart
        if i < text.count, text.scalars[i] == "و" {
            // The match holds the proclitic.
        } else if i > 0, text.scalars[i - 1] == "و" {
            i -= 1
        } else {
            return nil
        }
        while i > 0, text.isSpace(i - 1) { i -= 1 }
        return i > 0 && (text.scalars[i - 1] == "،" || text.scalars[i - 1] == ",") ? i - 1 : nil
    }

    /// "Pékin, principal allié de Pyongyang, a appelé …": the sentence opens with a state and
    /// a comma before `comma`, so what follows it is an apposition of the subject, not a content.
    func opensWithStateInApposition(_ sentence: Sentence, before comma: Int) -> Bool {
        // ("The United States, a treaty ally of Manila, condemned …": after a determiner.)
        var opening = text.lazyWordRanges(in: sentence.range)
        guard var first = opening.next() else { return false }
        if clauseWords.kinds(first).contains(.determiner), let next = opening.next() { first = next }
        guard let state = countries.first(where: { $0.start == first.lowerBound }),
              // (A dateline in capitals, "SEÚL, 14 ene (EFE).- …", is no subject.)
              state.surface.lowercased() == state.surface || state.surface.uppercased() != state.surface else { return false }
        var i = state.end
        while i < comma, text.isSpace(i) { i += 1 }
        return i < comma && text.scalars[i] == ","
    }

    /// "a rappelé son ambassadeur", "recordó a las víctimas": verbs that are speech only with a
    /// that-clause, a quotation or a colon after them.
    private func lacksComplement(
        _ verb: PhraseMatcher<SpeechLexicon.Verb>.Match, contentStart: Int, content: Range<Int>, in sentence: Sentence
    ) -> Bool {
        var last = verb.end
        while last > verb.start, text.isWord(last - 1) { last -= 1 }
        guard last < verb.end, Self.speechOnlyWithComplement.contains(text, last..<verb.end) else { return false }
        if sentence.quotes.contains(where: { $0.open + 1 >= content.lowerBound && $0.open < content.upperBound }) { return false }
        if (contentStart..<content.lowerBound).contains(where: { text.scalars[$0] == ":" }) { return false }
        return !text.lazyWordRanges(in: contentStart..<content.lowerBound).contains { clauseWords.kinds($0).contains(.complementizer) }
    }

    /// Verbs of ``lacksComplement(_:contentStart:content:in:)`` ("they supported China's
    /// modernization", "Central Asian states met": backing a policy and a plural noun are no speech).
    static let speechOnlyWithComplement = WordSet([
        "rappelé", "rappelle", "reconnu", "reconnaît", "recordó", "lembrou", "states", "supported", "supports", "backed",
        "apoyó", "apoya", "respaldó", "apoiou", "unterstützte", "поддержал", "поддержала", "поддержали", "répondu", "respondió",
        "respondeu", "responded",
    ])

    /// Punctuation trimmed from both ends of content (an array: a few comparisons cost less than hashing).
    static let edgePunctuation: [Unicode.Scalar] = [".", ",", "،", "，", "、", "。", ":", "：", ";", "!", "?", "؟", "！", "？"]

    /// Direct when most of the content is quoted.
    func kind(of content: Range<Int>, in sentence: Sentence) -> StatementKind {
        let quoted = sentence.quotes.reduce(0) { sum, quote in
            let overlap = max(0, min(quote.close, content.upperBound) - max(quote.open, content.lowerBound))
            return sum + overlap
        }
        return quoted * 2 >= content.count ? .direct : .reported
    }

}
