import Foundation

/// One distinct value of a field, with the number of rows that have it.
public struct ValueCount: Sendable, Hashable {
    /// The value as stored: an alpha-2 code for countries ("CN"), a topic, a language code.
    public var value: String
    /// The value as a person types and reads it: "China" for "CN"; else the value itself.
    public var label: String
    /// Rows of the source that have the value (a list field counts each row once).
    public var count: Int

    /// A value shown as `label`, held by `count` rows.
    public init(value: String, label: String, count: Int) {
        self.value = value
        self.label = label
        self.count = count
    }
}

/// The distinct values of each field of a corpus, with their counts: what TAB offers after
/// `country = ` and what `.schema` shows as examples. Read off the index's dictionaries, so
/// a TAB costs a lookup, not a pass over the articles.
public struct ValueCatalog: Sendable {
    /// The database values are read from, when the catalog was made over one.
    public let database: Database

    /// A catalog read off an opened index (a folder or an index file).
    public init(database: Database) {
        self.database = database
    }

    /// A catalog over models in memory (indexed here).
    public init(corpus: Corpus) throws {
        self.init(database: try Database(corpus: corpus))
    }

    /// The values of `field` (a name, an alias or `article.NAME`) over the rows of
    /// `source`, the most frequent first; nil for fields whose values are free text or
    /// numbers, which are not worth listing. Countries are labelled with their English
    /// names; `article.NAME` counts articles.
    public func values(of field: String, in source: SourceKind) -> [ValueCount]? {
        if let counted = Self.countedField(of: source) {
            return field == "value" ? values(of: counted.field, in: counted.source) : nil
        }
        let (owner, name) = Self.split(field, in: source)
        guard let resolved = Schema.field(name, in: owner), Self.isCategorical(resolved) else { return nil }
        let isCountry = resolved.type == .country || resolved.type == .countryList
        return database.values(of: resolved.name, in: owner).map { value in
            ValueCount(value: value.value, label: isCountry ? Self.countryName(value.value) : value.value, count: value.count)
        }
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

    /// The field's own name, without an `article.` prefix.
    static func fieldName(_ field: String) -> String {
        field.hasPrefix("article.") ? String(field.dropFirst(8)) : field
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
}
