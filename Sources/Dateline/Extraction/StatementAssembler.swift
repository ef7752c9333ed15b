/// Builds the ``Statement`` models of an article's body: sentences, speech verbs of the
/// article's language, events, resolved speakers, `about` and topics.
struct StatementAssembler {
    let text: ScalarText
    let articleID: String
    let language: String
    let countries: [CountryMatch]
    let people: [PersonName]
    let topics: TopicClassifier

    func statements(in bodyRanges: [Range<Int>]) -> [Statement] {
        let finder = StatementFinder(text: text, countries: countries)
        var resolver = SpeakerResolver(text: text, countries: countries, people: people)
        var result: [Statement] = []
        for (index, bodyRange) in bodyRanges.enumerated() {
            let paragraph = index == 0 ? DatelineFinder.afterDateline(text, bodyRange) : bodyRange
            let verbs = speechVerbs(in: paragraph)
            guard !verbs.isEmpty else { continue }
            for sentence in SentenceSplitter.sentences(in: text, paragraph: paragraph) {
                let inSentence = verbs.filter { sentence.range.contains($0.start) }
                for event in finder.events(in: sentence, verbs: inSentence) where !isSourceCitation(event) {
                    let speaker = resolver.resolve(event)
                    result += statements(for: event, speaker: speaker)
                }
            }
        }
        return result
    }

    /// The article language's speech verbs in `range`, the longest at each start, not overlapping.
    private func speechVerbs(in range: Range<Int>) -> [PhraseMatcher<SpeechLexicon.Verb>.Match] {
        let all = CompiledVocabulary.current.speechVerbs.matches(in: text, range: range).filter { language == "und" || $0.payload.language == language }
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
        let folded = text.foldedString(speaker)
        return !DatelineFinder.agencyMatcher.matches(in: text, range: speaker).isEmpty
            || DatelineFinder.agencyWords.contains { folded.contains($0) }
    }

    /// One statement per country the speaker speaks for (a joint statement appears once per country).
    private func statements(for event: SpeechEvent, speaker: ResolvedSpeaker) -> [Statement] {
        let about = ArticleExtractor.unique(countries.filter { event.content.contains($0.start) }.map(\.code))
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

    func mentions(countries: [CountryMatch], people: [PersonName], statements: [Statement]) -> [Mention] {
        var result = countries.map { match in
            Mention(article: articleID, type: .country, surface: match.surface, value: match.code,
                    start: match.start, end: match.end, via: match.via)
        }
        for person in people {
            result.append(Mention(article: articleID, type: .person, surface: person.name, value: person.name,
                                  start: person.range.lowerBound, end: person.range.upperBound,
                                  via: person.country.map { "name after a title of \($0)" } ?? "capitalised name"))
        }
        return result.sorted { $0.start < $1.start }
    }
}
