import Foundation

/// One distinct value of a field, with the number of rows that have it.
public struct ValueCount: Sendable, Hashable {
    /// The value as stored: an alpha-2 code for countries ("CN"), a topic, a language code.
    public var value: String
    /// The value as a person types and reads it: "China" for "CN"; else the value itself.
    public var label: String
    /// Rows of the source that have the value (a list field counts each row once).
    public var count: Int

    public init(value: String, label: String, count: Int) {
        self.value = value
        self.label = label
        self.count = count
    }
}

/// The distinct values of each field of a corpus, with their counts: what TAB offers after
/// `country = ` and what `.schema` shows as examples. Computed from the article models on
/// demand (a pass over the rows of one source per call).
public struct ValueCatalog: Sendable {
    public let corpus: Corpus
    /// When set, values come from the index's dictionaries instead of a pass over models.
    public let database: Database?

    public init(corpus: Corpus) {
        self.corpus = corpus
        self.database = nil
    }

    /// A catalog read off an opened index (a folder or an index file).
    public init(database: Database) {
        self.corpus = Corpus(models: [])
        self.database = database
    }

    /// The values of `field` (a name, an alias or `article.NAME`) over the rows of
    /// `source`, the most frequent first; nil for fields whose values are free text or
    /// numbers, which are not worth listing.
    public func values(of field: String, in source: SourceKind) -> [ValueCount]? {
        if let counted = Self.countedField(of: source) {
            return field == "value" ? values(of: counted.field, in: counted.source) : nil
        }
        let (owner, name) = Self.split(field, in: source)
        guard let resolved = Schema.field(name, in: owner), Self.isCategorical(resolved) else { return nil }
        if let database {
            let isCountry = resolved.type == .country || resolved.type == .countryList
            return database.values(of: resolved.name, in: owner)
                .map { ValueCount(value: $0.value, label: isCountry ? Self.countryName($0.value) : $0.value, count: $0.count) }
        }
        var counts: [String: Int] = [:]
        func tally(_ values: [String]) {
            for value in Set(values) where !value.isEmpty { counts[value, default: 0] += 1 }
        }
        for model in corpus.models {
            let articleValues = owner == .articles ? Self.values(resolved.name, of: model.article) : []
            switch source {
            case .articles:
                tally(articleValues)
            case .statements:
                for statement in model.statements {
                    tally(owner == .articles ? articleValues : Self.values(resolved.name, of: statement))
                }
            case .mentions:
                for mention in model.mentions {
                    tally(owner == .articles ? articleValues : Self.values(resolved.name, of: mention))
                }
            case .countries, .people, .speakers, .topics, .languages:
                break
            }
        }
        let isCountry = resolved.type == .country || resolved.type == .countryList
        return counts.map { ValueCount(value: $0.key, label: isCountry ? Self.countryName($0.key) : $0.key, count: $0.value) }
            .sorted { ($0.count, $1.label) > ($1.count, $0.label) }
    }

    /// The English name of an alpha-2 code ("CN" → "China"), or the code itself.
    public static func countryName(_ code: String) -> String {
        CountryGazetteer.standard.name(for: code) ?? code
    }

    /// Fields listed by value: codes, names, topics, kinds, not text, offsets or titles.
    static func isCategorical(_ field: Field) -> Bool {
        switch field.type {
        case .country, .countryList, .language, .topic, .topicList, .list, .keyword: return true
        case .name: return ["id", "article", "source", "value"].contains(field.name)
        case .text: return ["speaker", "speaker_name", "dateline", "value", "surface", "via"].contains(field.name)
        case .date, .number: return false
        }
    }

    /// `article.language` in statements is the `language` field of the articles source.
    private static func split(_ field: String, in source: SourceKind) -> (SourceKind, String) {
        if source != .articles, field.hasPrefix("article.") { return (.articles, String(field.dropFirst(8))) }
        return (source, field)
    }

    /// The field whose values a counting source (`countries`, `topics`, …) lists, or nil
    /// for the sources of rows.
    private static func countedField(of source: SourceKind) -> (field: String, source: SourceKind)? {
        switch source {
        case .countries: return ("countries", .articles)
        case .people: return ("people", .articles)
        case .speakers: return ("speaker_name", .statements)
        case .topics: return ("topics", .articles)
        case .languages: return ("language", .articles)
        case .articles, .statements, .mentions: return nil
        }
    }

    private static func values(_ field: String, of article: Article) -> [String] {
        switch field {
        case "id": return [article.id]
        case "language": return [article.language]
        case "source": return article.source.map { [$0] } ?? []
        case "dateline": return article.dateline.map { [$0] } ?? []
        case "countries": return article.countries
        case "people": return article.people
        case "topics": return article.topics
        default: return []
        }
    }

    private static func values(_ field: String, of statement: Statement) -> [String] {
        switch field {
        case "article": return [statement.article]
        case "speaker": return [statement.speaker]
        case "speaker_name": return [statement.speakerName]
        case "country": return statement.country.map { [$0] } ?? []
        case "kind": return [statement.kind.rawValue]
        case "act": return [statement.act]
        case "about": return statement.about
        case "topics": return statement.topics
        default: return []
        }
    }

    private static func values(_ field: String, of mention: Mention) -> [String] {
        switch field {
        case "article": return [mention.article]
        case "type": return [mention.type.rawValue]
        case "surface": return [mention.surface]
        case "value": return [mention.value]
        case "via": return [mention.via]
        default: return []
        }
    }
}
