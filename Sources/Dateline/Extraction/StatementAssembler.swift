/// Builds the ``Statement`` models of an article's body: sentences, speech verbs of the
/// article's language, events, resolved speakers, `about` and topics.
struct StatementAssembler {
    let text: ScalarText
    let articleID: String
    let language: String
    let countries: [CountryMatch]
    let people: [PersonName]
    let topics: TopicClassifier
    /// The country of the dateline's place, if the text opens with one.
    var datelineCountry: String? = nil

    /// Lines up to this length before the lead are page lines (a date, "Share"), not the lead.
    private static let longestLineAboveLead = 40

    func statements(in bodyRanges: [Range<Int>]) -> [Statement] {
        let finder = StatementFinder(text: text, countries: countries)
        var resolver = SpeakerResolver(text: text, countries: countries, people: people, language: language, datelineCountry: datelineCountry)
        var result: [Statement] = []
        // Statements of the last direct quotation, which a following quoted sentence continues.
        var openQuotation: Range<Int>? = nil
        // The dateline opens the lead: the first body line, or the first after the short lines
        // (a date, "Share") some sites print above it.
        var beforeLead = true
        for bodyRange in bodyRanges {
            let paragraph = beforeLead ? DatelineFinder.afterDateline(text, bodyRange) : bodyRange
            if text.trimmed(bodyRange).count > Self.longestLineAboveLead { beforeLead = false }
            let verbs = speechVerbs(in: paragraph)
            let startsWithQuote = QuotationMarks.opensAt(text, text.trimmed(paragraph).lowerBound)
            guard !verbs.isEmpty || (openQuotation != nil && startsWithQuote) else { openQuotation = nil; continue }
            for sentence in SentenceSplitter.sentences(in: text, paragraph: paragraph) {
                let inSentence = verbs.filter { sentence.range.contains($0.start) }
                let events = finder.events(in: sentence, verbs: inSentence).filter { !isSourceCitation($0) }
                if events.isEmpty, let open = openQuotation, let quote = Self.wholeQuotation(sentence) {
                    continueQuotation(&result, indices: open, through: quote)
                    continue
                }
                openQuotation = nil
                for event in events {
                    let speaker = resolver.resolve(event)
                    let first = result.count
                    result += statements(for: event, speaker: speaker)
                    openQuotation = event.kind == .direct ? first..<result.count : nil
                }
            }
        }
        return result
    }

    /// The quotation that makes up all of `sentence`, if it is one.
    private static func wholeQuotation(_ sentence: Sentence) -> QuoteSpan? {
        guard let quote = sentence.quotes.first, quote.open == sentence.range.lowerBound,
              quote.close + 2 >= sentence.range.upperBound else { return nil }
        return quote
    }

    /// `“A,” he said. “B.”`: B continues the statement of A, whose span grows to hold it.
    private func continueQuotation(_ result: inout [Statement], indices: Range<Int>, through quote: QuoteSpan) {
        for i in indices {
            let content = result[i].start..<quote.close
            result[i].end = quote.close
            result[i].text = text.string(content)
            result[i].about = countryCodes(in: content)
            result[i].topics = topics.topics(of: content)
        }
    }

    /// The codes of the countries referred to in `content`, each once, in text order (a linear
    /// search: a statement names few).
    private func countryCodes(in content: Range<Int>) -> [String] {
        var codes: [String] = []
        for match in countries where content.contains(match.start) && !codes.contains(match.code) { codes.append(match.code) }
        return codes
    }

    /// The article language's speech verbs in `range`, the longest at each start, not overlapping.
    private func speechVerbs(in range: Range<Int>) -> [PhraseMatcher<SpeechLexicon.Verb>.Match] {
        // Only the article language's phrases need be looked for (all of them for "und").
        let group = language == "und" ? nil : language
        let all = CompiledVocabulary.current.speechVerbs.matches(in: text, range: range, group: group).filter {
            (language == "und" || $0.payload.language == language) && SpeechLexicon.isSpeechUse($0, in: text, limit: range.upperBound)
        }
        var result: [PhraseMatcher<SpeechLexicon.Verb>.Match] = []
        for match in all.sorted(by: { $0.start < $1.start || $0.start == $1.start && $0.end > $1.end }) {
            if let last = result.last, match.start < last.end { continue }
            result.append(match)
        }
        return result
    }

    /// "Xinhua reported", "selon l'AFP": an agency named as the source of narration.
    private func isSourceCitation(_ event: SpeechEvent) -> Bool {
        guard event.verb.act == "report", let speaker = event.speaker else { return false }
        if text.words(in: speaker).contains(where: { ClauseWords.documents.contains($0.folded) }) { return true }
        let folded = text.foldedString(speaker)
        return !DatelineFinder.agencyMatcher.matches(in: text, range: speaker).isEmpty
            || DatelineFinder.agencyWords.contains { folded.contains($0) }
    }

    /// One statement per country the speaker speaks for (a joint statement appears once per country).
    private func statements(for event: SpeechEvent, speaker: ResolvedSpeaker) -> [Statement] {
        let about = countryCodes(in: event.content)
        let statementTopics = topics.topics(of: event.content)
        let countries: [String?] = speaker.countries.isEmpty ? [nil] : speaker.countries
        return countries.map { country in
            Statement(
                article: articleID, speaker: speaker.surface, speakerName: speaker.name, country: country,
                kind: event.kind, act: event.verb.act, text: text.string(event.content),
                start: event.content.lowerBound, end: event.content.upperBound, about: about, topics: statementTopics)
        }
    }
}

/// The mentions of an article: every country reference, and every person named or repeated.
struct MentionAssembler {
    let articleID: String
    let text: ScalarText

    func mentions(countries: [CountryMatch], people: [PersonName], in ranges: [Range<Int>]) -> [Mention] {
        var result = countries.map { match in
            Mention(article: articleID, type: .country, surface: match.surface, value: match.code,
                    start: match.start, end: match.end, via: match.via)
        }
        for person in people {
            result.append(Mention(article: articleID, type: .person, surface: person.name, value: person.name,
                                  start: person.range.lowerBound, end: person.range.upperBound,
                                  via: person.country.map { "name after a title of \($0)" } ?? "capitalised name"))
        }
        result += repeatedNames(people, in: ranges)
        return result.sorted { $0.start < $1.start }
    }

    /// "Wang" after "Wang Yi", "Pemberton" after "Laura Pemberton": one word of a person's
    /// name, capitalised, outside the full name.
    private func repeatedNames(_ people: [PersonName], in ranges: [Range<Int>]) -> [Mention] {
        var fullName: [String: String] = [:]
        for person in people {
            for word in text.words(in: person.range) where word.folded.count >= 3 && fullName[word.folded] == nil {
                fullName[word.folded] = person.name
            }
        }
        guard !fullName.isEmpty else { return [] }
        // Tested first, without folding a copy of each capitalised word.
        let nameWords = WordSet(folded: Array(fullName.keys))
        var result: [Mention] = []
        for range in ranges {
            // Names are keyed by words of 3+ Characters, hence of 3+ scalars.
            for word in text.wordRanges(in: range) where word.count >= 3 && text.isUpper(word.lowerBound) {
                guard nameWords.contains(text, word), !people.contains(where: { $0.range.contains(word.lowerBound) }),
                      let name = fullName[text.foldedString(word)] else { continue }
                result.append(Mention(article: articleID, type: .person, surface: text.string(word), value: name,
                                      start: word.lowerBound, end: word.upperBound, via: "part of the name \(name)"))
            }
        }
        return result
    }
}
