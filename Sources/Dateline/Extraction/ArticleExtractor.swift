/// The raw material of one article before extraction: its text, and whatever a JSON
/// article gives explicitly (given values win over extraction).
public struct ArticleInput: Sendable, Hashable {
    /// The article's identifier (a file name without its extension, or a JSON `id`).
    public var id: String
    /// Where the article was read from (any text naming it, for articles in memory).
    public var path: String
    /// The whole article text, in any language.
    public var text: String
    /// The headline, when the source gives it; otherwise extraction finds one.
    public var title: String?
    /// The publication date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), when the source gives it.
    public var date: String?
    /// The ISO 639-1 code of the text, when known; otherwise it is identified.
    public var language: String?
    /// The agency or outlet, when the source gives it.
    public var source: String?
    /// Where the article was published, when known.
    public var url: String?

    /// An article to extract; values given here win over what extraction would find.
    public init(
        id: String, path: String, text: String, title: String? = nil, date: String? = nil,
        language: String? = nil, source: String? = nil, url: String? = nil
    ) {
        self.id = id
        self.path = path
        self.text = text
        self.title = title
        self.date = date
        self.language = language
        self.source = source
        self.url = url
    }
}

/// Turns article text into an ``ArticleModel``: zones (headline, body, captions, credits,
/// furniture), language, date, source and dateline, country and person mentions, statements
/// with resolved speakers, and topics.
///
/// Each matcher (speech verbs, topic keywords, countries, agencies) is built once and runs in
/// one pass over the text.
public struct ArticleExtractor: Sendable {
    /// The tables extraction uses: the compiled-in ones unless made with a ``Vocabulary``.
    var vocabulary = CompiledVocabulary.standard

    /// An extractor with the compiled-in tables (see ``init(vocabulary:)`` to add to them).
    public init() {}

    /// The model of one article. Never fails: text it cannot read yields fewer findings.
    public func extract(_ input: ArticleInput) -> ArticleModel {
        if CompiledVocabulary.current !== vocabulary {
            return CompiledVocabulary.$current.withValue(vocabulary) { extract(input) }
        }
        // Repair recognisable mis-decoding first: every offset points into the repaired text,
        // which is the text the model keeps.
        var repairedText = input.text
        let text = ScalarText(repairing: &repairedText)
        // One token scan, shared by the zones (its line marks), language identification and
        // the country matcher.
        let tokens = TokenizedText(text)
        var zones = ArticleZones(text, lineMarks: tokens.lineMarks)
        // One probe per word of the gazetteer's word table, read by both (see WordEntry).
        let words = vocabulary.gazetteer.words(of: tokens)
        // (The identifier is read where it stands: a local copy would retain each of its tables.)
        let identified = input.language == nil ? LanguageIdentifier.standard.identifyWithLines(tokens, words: words) : nil
        let language = input.language ?? identified?.language ?? "und"
        zones.markForeign(text, bodyLanguage: language) { line in
            identified.flatMap { LanguageIdentifier.language(ofLine: line, in: $0.lines) } ?? LanguageIdentifier.standard.identify(text.string(line))
        }

        let titleRange = zones.title.map { text.trimmed($0.range) }
        let bodyRanges = zones.bodyRanges
        var countedRanges: [Range<Int>] = []
        countedRanges.reserveCapacity(bodyRanges.count + 1)
        if let titleRange { countedRanges.append(titleRange) }
        countedRanges += bodyRanges
        var countries = CountryContext.refine(vocabulary.gazetteer.matches(in: tokens, words: words, language: language), in: text)
        // Matches in captions, credits and furniture are dropped (most articles have none
        // there: the array is then kept as it is; else the kept matches are copied once, where
        // `removeAll(where:)` would swap each one after the first dropped into place). Matches
        // come in text order: the range that held the previous one is tried first.
        var lastRange = 0
        func isCounted(_ match: CountryMatch) -> Bool {
            let holds = { (range: Range<Int>) in range.lowerBound <= match.start && match.end <= range.upperBound }
            if lastRange < countedRanges.count, holds(countedRanges[lastRange]) { return true }
            guard let index = countedRanges.firstIndex(where: holds) else { return false }
            lastRange = index
            return true
        }
        if countries.contains(where: { !isCounted($0) }) { countries = countries.filter(isCounted) }
        // The line with the dateline, within the first lines of the body.
        let heads = DatelineHeads(text, lines: bodyRanges.prefix(3).lazy.map { text.trimmed($0) }, countries: countries)
        let firstBody = heads.dateline?.line
        let datelineEnd = heads.afterDateline
        // The dateline's place, or a place in capitals opening the text ("МОСКВА, 14 мая …").
        let datelineCountry = firstBody.flatMap { body in
            countries.first { $0.start >= body.lowerBound && $0.end <= (datelineEnd ?? body.lowerBound) }?.code
                ?? countries.first { $0.start == body.lowerBound && (($0.start)..<($0.end)).allSatisfy { !text.isWord($0) || text.isUpper($0) } }?.code
        }
        // ("WIEN (APA) - Bundeskanzler …": the federal offices German shares with Austria and
        // Switzerland are the dateline's state's there; read so before titles give names a country.)
        if language == "de", let datelineCountry { CountryContext.rehomeFederalOffices(&countries, to: datelineCountry, in: text) }
        // The capitalised words of those ranges, found while looking for names, are read
        // again for repeated parts of the names.
        var capitalisedWords: [Range<Int>] = []
        capitalisedWords.reserveCapacity(text.count / 16)
        let people = PeopleFinder(text: text, countries: countries).people(in: countedRanges, capitalisedWords: &capitalisedWords)
        // One walk finds the body's speech verbs and topic phrases for both stages.
        let phrases = BodyPhraseMatches(in: text, tokens: tokens, words: words, bodyRanges: bodyRanges, titleRange: titleRange, language: language)
        let topics = TopicClassifier(text: text, phrases: phrases)
        // Read before the statement stage takes the classifier (which then needs no copy).
        let articleTopics = topics.articleTopics
        let statements = StatementAssembler(
            text: text, articleID: input.id, language: language, countries: countries, people: people, topics: topics,
            verbForms: phrases.verbs, datelineCountry: datelineCountry, heads: heads
        ).statements(in: bodyRanges)

        let header = zones.headerZones
        var dateRanges: [Range<Int>] = []
        dateRanges.reserveCapacity(header.count)
        for zone in header where zone.kind != .caption && zone.kind != .credit { dateRanges.append(zone.range) }
        let article = Article(
            id: input.id, path: input.path, language: language,
            title: input.title ?? titleRange.map { text.string($0) },
            date: input.date ?? DateFinder.firstDate(in: text, ranges: dateRanges) ?? heads.date(in: text),
            source: input.source ?? DatelineFinder.source(text, zones: zones, datelineEnd: heads.first?.datelineEnd, agencies: phrases.agencies),
            dateline: heads.dateline.flatMap { DatelineFinder.place(text, $0.line, end: $0.datelineEnd) },
            countries: Self.unique(countries) { $0.code },
            people: Self.unique(people) { $0.name },
            topics: articleTopics,
            text: repairedText)
        let mentions = MentionAssembler(articleID: input.id, text: text)
            .mentions(countries: countries, people: people, capitalisedWords: capitalisedWords)
        return ArticleModel(article: article, statements: statements, mentions: mentions)
    }

    /// The `value` of each element without repetitions, in first-seen order. An article names
    /// few countries and people, so a linear search beats hashing every string until the list
    /// grows long. Elements are read in place (a lazy map would copy each one, strings and all).
    static func unique<Element>(_ elements: [Element], _ value: (Element) -> String) -> [String] {
        var result: [String] = []
        result.reserveCapacity(elements.count)
        var seen: Set<String>? = elements.count > 32 ? [] : nil
        for index in elements.indices {
            let value = value(elements[index])
            let isNew = seen == nil ? !result.contains(value) : seen!.insert(value).inserted
            if isNew { result.append(value) }
        }
        return result
    }
}
