/// Builds the ``Statement`` models of an article's body: sentences, speech verbs of the
/// article's language, events, resolved speakers, `about` and topics.
struct StatementAssembler {
    let text: ScalarText
    let articleID: String
    let language: String
    let countries: [CountryMatch]
    let people: [PersonName]
    let topics: TopicClassifier
    /// The speech verb forms found in the body (``BodyPhraseMatches/verbs``), ordered by start.
    let verbForms: [PhraseMatcher<SpeechLexicon.Verb>.Match]
    /// The country of the dateline's place, if the text opens with one.
    var datelineCountry: String? = nil
    /// The datelines of the first body lines, worked out already.
    var heads: DatelineHeads? = nil

    /// Lines up to this length before the lead are page lines (a date, "Share"), not the lead.
    private static let longestLineAboveLead = 40

    func statements(in bodyRanges: [Range<Int>]) -> [Statement] {
        let clauseWords = ClauseWordMemo(text: text)
        let finder = StatementFinder(text: text, countries: countries, clauseWords: clauseWords)
        var resolver = SpeakerResolver(
            text: text, countries: countries, people: people, language: language, datelineCountry: datelineCountry,
            afterDateline: heads?.afterDateline ?? 0, clauseWords: clauseWords)
        // (Room for a statement per verb form: grown from one, the array is reallocated several times.)
        var result: [Statement] = []
        result.reserveCapacity(verbForms.count)
        // Statements of the last direct quotation, which a following quoted sentence continues.
        var openQuotation: Range<Int>? = nil
        // The dateline opens the lead: the first body line, or the first after the short lines
        // (a date, "Share") some sites print above it.
        var beforeLead = true
        // The speech verbs of a paragraph (indices of `verbForms`) and the events of a sentence:
        // two arrays for the article.
        var verbs: [Int] = []
        var events: [SpeechEvent] = []
        if !verbForms.isEmpty {
            verbs.reserveCapacity(verbForms.count)
            events.reserveCapacity(4)
        }
        // The forms are read in place, never copied (a copy of a match retains its verb).
        verbForms.withUnsafeBufferPointer { forms in
            for (line, bodyRange) in bodyRanges.enumerated() {
                let trimmed = text.trimmed(bodyRange)
                let aboveLead = beforeLead
                if trimmed.count > Self.longestLineAboveLead { beforeLead = false }
                if let answer = finder.interviewAnswer(in: trimmed) {
                    appendStatements(for: answer, speaker: resolver.resolve(answer, carriedPronoun: nil), to: &result)
                    openQuotation = nil
                    continue
                }
                // A paragraph without a verb form makes no statement; it is read only to continue
                // an open quotation.
                let first = firstVerbForm(notBefore: bodyRange.lowerBound)
                guard first < forms.count && forms[first].start < bodyRange.upperBound || openQuotation != nil else { continue }
                let paragraph = aboveLead ? afterDateline(trimmed, line: line, of: bodyRange) : bodyRange
                speechVerbs(in: paragraph, of: forms, from: first, clauseWords: clauseWords, into: &verbs)
                let startsWithQuote = QuotationMarks.opensAt(text, text.trimmed(paragraph).lowerBound)
                guard !verbs.isEmpty || (openQuotation != nil && startsWithQuote) else { openQuotation = nil; continue }
                verbs.withUnsafeBufferPointer { chosen in
                    appendStatements(
                        of: paragraph, verbs: StatementFinder.Verbs(forms: forms, chosen: chosen), finder: finder, resolver: &resolver,
                        events: &events, openQuotation: &openQuotation, to: &result)
                }
            }
        }
        return result
    }

    /// The statements of the sentences of `paragraph`, whose speech verbs are `verbs`, appended
    /// to `result`; `openQuotation` holds those of the last direct quotation, which a following
    /// quoted sentence continues. (`events` is the article's one array of a sentence's events.)
    private func appendStatements(
        of paragraph: Range<Int>, verbs: StatementFinder.Verbs, finder: StatementFinder,
        resolver: inout SpeakerResolver, events: inout [SpeechEvent], openQuotation: inout Range<Int>?, to result: inout [Statement]
    ) {
        // The verbs come in text order, as the sentences do: each sentence's are a slice.
        var firstVerb = 0
        // The statements of a reported sentence that a quotation follows in the paragraph.
        var reportedBeforeQuotation: Range<Int>? = nil
        for sentence in SentenceSplitter.sentences(in: text, paragraph: paragraph) {
            while firstVerb < verbs.count, verbs[firstVerb].start < sentence.range.lowerBound { firstVerb += 1 }
            var pastVerb = firstVerb
            while pastVerb < verbs.count, verbs[pastVerb].start < sentence.range.upperBound { pastVerb += 1 }
            events.removeAll(keepingCapacity: true)
            let sentenceVerbs = verbs.subrange(firstVerb..<pastVerb)
            // ("中方对此有何回应？": a question asks for a statement, it makes none, unless a
            // speaker's verb asks it: "وتساءل لافروف: لماذا …؟".)
            if !isQuestion(sentence) || asksQuestion(sentenceVerbs, in: sentence) {
                finder.events(in: sentence, verbs: sentenceVerbs, into: &events)
            }
            // (The last statement's span, read in place: a copy of the statement copies its strings.)
            let last = result.indices.last.map { (start: result[$0].start, end: result[$0].end) }
            dropCitationsAndRepeats(from: &events, last: last)
            if events.isEmpty, isWholeQuotation(sentence) {
                if let open = openQuotation, let last = sentence.quotes.last {
                    continueQuotation(&result, indices: open, through: last)
                    continue
                }
                if let reported = reportedBeforeQuotation {
                    // (`Lin said A. “B.” “C.”`: each quotation of the sentence is one statement.)
                    for quote in sentence.quotes {
                        openQuotation = appendQuotation(quote, after: reported, finder: finder, to: &result) ?? openQuotation
                    }
                    reportedBeforeQuotation = nil
                    continue
                }
            }
            openQuotation = nil
            reportedBeforeQuotation = nil
            for (e, event) in events.enumerated() {
                let speaker = resolver.resolve(event, carriedPronoun: carriedPronoun(of: event))
                let first = result.count
                appendStatements(for: event, speaker: speaker, to: &result)
                if e == events.count - 1, let resumed = resumedQuotation(after: event, in: sentence) {
                    continueQuotation(&result, indices: first..<result.count, through: resumed)
                }
                openQuotation = event.kind == .direct ? first..<result.count : nil
                reportedBeforeQuotation = event.kind == .reported && opensQuotation(after: sentence.range.upperBound, in: paragraph)
                    ? first..<result.count : nil
            }
            // The sentences after the paragraph's last verb matter only while a quotation may go on.
            if pastVerb == verbs.count && openQuotation == nil && reportedBeforeQuotation == nil { break }
        }
    }

    /// `paragraph` (whose trimmed range is `trimmed`, the `line`th body line) without the
    /// dateline that opens it, if any: for the lines `heads` looked at, the end it found (a
    /// dateline or a Title Case place head), else ``DatelineFinder/datelineEnd(_:_:)``.
    private func afterDateline(_ trimmed: Range<Int>, line: Int, of paragraph: Range<Int>) -> Range<Int> {
        let known = heads?.datelineEnd(ofLine: line)
        guard let end = known ?? DatelineFinder.datelineEnd(text, trimmed) else { return paragraph }
        return end..<paragraph.upperBound
    }

    /// The index of the first of `verbForms` that starts at or after `offset` (they are
    /// ordered by start).
    private func firstVerbForm(notBefore offset: Int) -> Int {
        var first = 0, past = verbForms.count
        while first < past {
            let middle = (first + past) / 2
            if verbForms[middle].start < offset { first = middle + 1 } else { past = middle }
        }
        return first
    }

    /// Whether `sentence` ends with a question mark.
    private func isQuestion(_ sentence: Sentence) -> Bool {
        guard let last = text.trimmed(sentence.range).last else { return false }
        return StatementFinder.isQuestionMark(text.scalars[last])
    }

    /// Whether one of `verbs` (the speech verbs of the question `sentence`) puts its question to
    /// someone: a verb of asking ("asked why …?"), or one that a colon follows ("وتساءل لافروف: لماذا …؟").
    private func asksQuestion(_ verbs: StatementFinder.Verbs, in sentence: Sentence) -> Bool {
        verbs.contains { verb in
            verb.payload.act == "ask" || text.scalars[verb.end..<sentence.range.upperBound].contains(where: StatementFinder.isColon)
        }
    }

    /// Whether quotations make up all of `sentence` (no word stands between them).
    private func isWholeQuotation(_ sentence: Sentence) -> Bool {
        guard let first = sentence.quotes.first, first.open == sentence.range.lowerBound,
              let last = sentence.quotes.last, last.close + 2 >= sentence.range.upperBound else { return false }
        return !sentence.quotes.indices.dropFirst().contains { k in
            text.hasWords(atLeast: 1, in: sentence.quotes[k - 1].close..<sentence.quotes[k].open)
        }
    }

    /// `“A,” he said, “B.”`: the quotation that resumes after the verb and the speaker of a
    /// direct `event` whose content came first, set off by punctuation only and ending the
    /// sentence, continues its content.
    private func resumedQuotation(after event: SpeechEvent, in sentence: Sentence) -> QuoteSpan? {
        guard event.kind == .direct, event.content.upperBound <= event.verbRange.lowerBound, let quote = sentence.quotes.last,
              quote.close + 2 >= sentence.range.upperBound else { return nil }
        let resumesAt = max(event.verbRange.upperBound, event.speaker?.upperBound ?? 0)
        guard quote.open >= resumesAt, !text.hasWords(atLeast: 1, in: resumesAt..<quote.open) else { return nil }
        return quote
    }

    /// Whether a quotation opens the next sentence of `paragraph` after `offset`.
    private func opensQuotation(after offset: Int, in paragraph: Range<Int>) -> Bool {
        var i = offset
        while i < paragraph.upperBound, text.isSpace(i) { i += 1 }
        return i < paragraph.upperBound && QuotationMarks.opensAt(text, i)
    }

    /// `Lin said A. “B.”`, `林剑说，A。“B。”`: a quoted sentence after a reported one, with no
    /// verb of its own, is the same speaker's direct statement; appended once for each of the
    /// `reported` statements (one per country), and their indices returned (a next quoted
    /// sentence continues it).
    private func appendQuotation(_ quote: QuoteSpan, after reported: Range<Int>, finder: StatementFinder, to result: inout [Statement]) -> Range<Int>? {
        let content = text.trimmed(quote.inner, droppingWhere: StatementFinder.edgePunctuation.contains)
        guard finder.isSubstantial(content) else { return nil }
        let first = result.count
        for i in reported {
            var statement = result[i]
            statement.kind = .direct
            statement.text = text.string(content)
            (statement.start, statement.end) = (content.lowerBound, content.upperBound)
            statement.about = countryCodes(in: content)
            statement.topics = topics.topics(of: content)
            result.append(statement)
        }
        return first..<result.count
    }

    /// `“A,” he said. “B.”`: B continues the statement of A, whose span grows to hold it (to
    /// its last scalar before the closing mark: « … agir ».).
    private func continueQuotation(_ result: inout [Statement], indices: Range<Int>, through quote: QuoteSpan) {
        for i in indices {
            let content = result[i].start..<text.trimmed(quote.inner).upperBound
            result[i].end = content.upperBound
            result[i].text = text.string(content)
            result[i].about = countryCodes(in: content)
            result[i].topics = topics.topics(of: content)
        }
    }

    /// The codes of the countries referred to in `content`, each once, in text order: the
    /// matches that start in it, from the first found by halving (matches read in place, not
    /// copied; the codes searched linearly, as a statement names few).
    private func countryCodes(in content: Range<Int>) -> [String] {
        var codes: [String] = []
        for i in countries.indices(startingIn: content) where !codes.contains(countries[i].code) {
            // (Grown from one, the array would be reallocated at the second and the fourth code.)
            if codes.isEmpty { codes.reserveCapacity(4) }
            codes.append(countries[i].code)
        }
        return codes
    }

    /// The speech verbs in `range` (a body range or its end, as the walk that found
    /// `verbForms` ran to the body range's end), the longest at each start, not overlapping:
    /// their indices in `forms` (= `verbForms`) put in `result` (emptied first). `first` is
    /// the first form that may be in `range`.
    private func speechVerbs(
        in range: Range<Int>, of forms: UnsafeBufferPointer<PhraseMatcher<SpeechLexicon.Verb>.Match>, from first: Int,
        clauseWords: ClauseWordMemo, into result: inout [Int]
    ) {
        result.removeAll(keepingCapacity: true)
        // The matches come in order of their starts (a paragraph after its dateline starts
        // later than its body range): of those at one start, the first of the longest wins.
        var i = first
        while i < forms.count && forms[i].start < range.lowerBound { i += 1 }
        // The bounds of the last match kept.
        var last = 0..<0
        while i < forms.count {
            let start = forms[i].start, end = forms[i].end
            guard start < range.upperBound else { break }
            defer { i += 1 }
            // (A match overlapping the last one kept replaces it only from the same start, longer.)
            let replacesLast = !result.isEmpty && start < last.upperBound
            if replacesLast, start != last.lowerBound || end <= last.upperBound { continue }
            guard SpeechLexicon.isSpeechUse(forms[i], in: text, limit: range.upperBound),
                  !isInsideCountryName(start), !followsArticle(start, clauseWords) else { continue }
            if replacesLast { result[result.count - 1] = i } else { result.append(i) }
            last = start..<end
        }
    }

    /// "comme une menace existentielle", "the claims": after an article a verb form is a noun.
    private func followsArticle(_ offset: Int, _ clauseWords: ClauseWordMemo) -> Bool {
        guard let word = text.wordRange(endingBefore: offset) else { return false }
        return word.count <= 3 && clauseWords.kinds(word).contains(.article)
    }

    /// "The United States said": "States" is part of a country's name there, not a verb.
    private func isInsideCountryName(_ offset: Int) -> Bool {
        countries.indices.contains { countries[$0].start < offset && offset < countries[$0].end }
    }

    /// `events` without the source citations and the repeats of the `last` statement, in order.
    private func dropCitationsAndRepeats(from events: inout [SpeechEvent], last: (start: Int, end: Int)?) {
        events.removeAll { isSourceCitation($0) || repeatsLastStatement($0, last) }
    }

    /// "Xinhua reported", "selon l'AFP": an agency named as the source of narration.
    private func isSourceCitation(_ event: SpeechEvent) -> Bool {
        guard event.reports, let speaker = event.speaker else { return false }
        if text.lazyWordRanges(in: speaker).contains(where: { ClauseWords.documents.contains(text, $0) }) { return true }
        if DatelineFinder.agencyMatcher.containsMatch(in: text, range: speaker) { return true }
        return holdsAgencyWord(speaker)
    }

    /// ``DatelineFinder/agencyWords`` as folded scalar values.
    private static let agencyWordValues = DatelineFinder.agencyWords.map { $0.unicodeScalars.map(\.value) }

    /// Whether the folded text of `range` (its ignored scalars skipped, as in
    /// ``ScalarText/foldedString(_:)``) holds one of the ``agencyWordValues`` anywhere
    /// ("newspaper", "وكالة الأنباء"): compared over the values on the stack, with no String
    /// built and searched (Foundation's search folds and copies both strings each time).
    private func holdsAgencyWord(_ range: Range<Int>) -> Bool {
        text.folded.withUnsafeBufferPointer { folded in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: range.count) { kept in
                var count = 0
                for i in range where folded[i] != 0 {
                    kept.initializeElement(at: count, to: folded[i])
                    count += 1
                }
                let phrase = UnsafeBufferPointer(rebasing: kept[..<count])
                return Self.agencyWordValues.contains { word in
                    word.count <= count && (0...(count - word.count)).contains { phrase[$0..<($0 + word.count)].elementsEqual(word) }
                }
            }
        }
    }

    /// "Эрдоган предложил … Об этом он сообщил журналистам": a content before its verb (the
    /// sentence a demonstrative refers to) that holds the last statement's is that statement
    /// told again.
    private func repeatsLastStatement(_ event: SpeechEvent, _ last: (start: Int, end: Int)?) -> Bool {
        guard let last, event.content.upperBound <= event.verbRange.lowerBound else { return false }
        return event.content.lowerBound <= last.start && last.end <= event.content.upperBound
    }

    /// The pronoun that the verb form of `event` carries, if it does (``SpeechEvent/carriesPronoun``).
    private func carriedPronoun(of event: SpeechEvent) -> String? {
        guard event.carriesPronoun, let form = event.verbForm else { return nil }
        return verbForms[form].payload.pronoun
    }

    /// One statement per country the speaker speaks for (a joint statement appears once per
    /// country), appended to `result`.
    private func appendStatements(for event: SpeechEvent, speaker: ResolvedSpeaker, to result: inout [Statement]) {
        // (A dropped subject with no speaker before it names nobody.)
        guard !speaker.name.isEmpty else { return }
        let about = countryCodes(in: event.content)
        let statementTopics = topics.topics(of: event.content)
        let content = text.string(event.content)
        let act = event.verbForm.map { verbForms[$0].payload.act } ?? "say"
        // Each made in the call that appends it (a statement returned by a function was copied
        // into the array, then destroyed).
        for c in 0..<max(1, speaker.countries.count) {
            result.append(Statement(
                article: articleID, speaker: speaker.surface, speakerName: speaker.name,
                country: speaker.countries.isEmpty ? nil : speaker.countries[c], kind: event.kind, act: act, text: content,
                start: event.content.lowerBound, end: event.content.upperBound, about: about, topics: statementTopics))
        }
    }
}
