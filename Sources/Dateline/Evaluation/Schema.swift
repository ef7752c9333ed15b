/// The sources a query can start from and the fields of each.
public enum SourceKind: String, Sendable, Hashable, CaseIterable {
    /// Stored rows: one per article, per statement, per country or person mention.
    case articles, statements, mentions
    /// Distinct values with counts: countries and people (articles that refer to them),
    /// speakers (their statements), topics (statements on them), languages (articles in them).
    case countries, people, speakers, topics, languages

    /// Whether rows of this source are stored rows (rather than distinct values with counts).
    var stored: StoredSource? {
        switch self {
        case .articles: return .articles
        case .statements: return .statements
        case .mentions: return .mentions
        default: return nil
        }
    }
}

/// How a field's literal values are read and compared.
public enum FieldType: String, Sendable, Hashable {
    /// Free text: `=`, `contains`, `matches`, ordering.
    case text
    /// An alpha-2 country code; literals may be names in any language or codes.
    case country
    /// A list of alpha-2 codes (an article's countries, a statement's `about`).
    case countryList
    /// An ISO 639-1 code; literals may be codes or language names in many languages.
    case language
    /// One topic of the taxonomy.
    case topic
    /// A list of topics.
    case topicList
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; literals are read as ranges.
    case date
    /// An integer (offsets, counts).
    case number
    /// A list of free-text values (people).
    case list
    /// One of a closed set of values the index knows (kind, act, mention type).
    case keyword
    /// A value of its own (ids, sources): compared exactly, not checked against the index.
    case name

    var isList: Bool { self == .countryList || self == .topicList || self == .list }
    var isCountry: Bool { self == .country || self == .countryList }
    var isTopic: Bool { self == .topic || self == .topicList }
}

/// One field of a source.
public struct Field: Sendable, Hashable {
    /// The canonical name, as result columns show it.
    public var name: String
    /// How the field's literals are read and compared.
    public var type: FieldType
    /// Other spellings accepted in queries (`topic` for `topics`).
    public var aliases: [String]
    /// A field named `name` of `type`, also written as any of `aliases`.
    public init(_ name: String, _ type: FieldType, aliases: [String] = []) {
        self.name = name
        self.type = type
        self.aliases = aliases
    }
}

/// The fields of every source. Statements and mentions also have the fields of their
/// article as `article.FIELD` (`article.language`, `article.date`, `article.title`, …).
public enum Schema {
    /// The fields of `articles`.
    public static let articleFields: [Field] = [
        Field("id", .name), Field("path", .name), Field("language", .language, aliases: ["lang"]),
        Field("title", .text), Field("date", .date), Field("source", .name),
        Field("dateline", .text), Field("countries", .countryList, aliases: ["country"]),
        Field("people", .list, aliases: ["person"]), Field("topics", .topicList, aliases: ["topic"]),
        Field("text", .text),
    ]

    /// The fields of `statements` (besides `article.…`).
    public static let statementFields: [Field] = [
        Field("article", .name), Field("speaker", .text), Field("speaker_name", .text, aliases: ["name"]),
        Field("country", .country), Field("kind", .keyword), Field("act", .keyword),
        Field("text", .text), Field("start", .number), Field("end", .number),
        Field("about", .countryList), Field("topics", .topicList, aliases: ["topic"]),
    ]

    /// The fields of `mentions` (besides `article.…`).
    public static let mentionFields: [Field] = [
        Field("article", .name), Field("type", .keyword), Field("surface", .text),
        Field("value", .name), Field("start", .number), Field("end", .number), Field("via", .text),
    ]

    /// Fields of a source, not counting `article.…` fields of statements and mentions.
    public static func fields(of source: SourceKind) -> [Field] {
        switch source {
        case .articles: return articleFields
        case .statements: return statementFields
        case .mentions: return mentionFields
        case .countries: return [Field("value", .country, aliases: ["country", "code"]), Field("name", .text), Field("count", .number)]
        case .languages: return [Field("value", .language, aliases: ["language"]), Field("name", .text), Field("count", .number)]
        case .topics: return [Field("value", .topic, aliases: ["topic"]), Field("count", .number)]
        case .people: return [Field("value", .text, aliases: ["person", "name"]), Field("count", .number)]
        case .speakers: return [Field("value", .text, aliases: ["speaker", "name"]), Field("count", .number)]
        }
    }

    /// The field named `name` (or one of its aliases) in `source`; `article.X` in statements
    /// and mentions names field X of the article.
    public static func field(_ name: String, in source: SourceKind) -> Field? {
        if name.hasPrefix("article."), source == .statements || source == .mentions {
            return field(String(name.dropFirst("article.".count)), in: .articles)
                .map { Field("article." + $0.name, $0.type) }
        }
        return fields(of: source).first { $0.name == name || $0.aliases.contains(name) }
    }

    /// Every name a field of `source` can be written as, for suggestions and completion.
    public static func fieldNames(of source: SourceKind) -> [String] {
        var names = fields(of: source).flatMap { [$0.name] + $0.aliases }
        if source == .statements || source == .mentions {
            names += articleFields.map { "article." + $0.name }
        }
        return names
    }
}
