/// The sources a query can start from and the fields of each.
public enum SourceKind: String, Sendable, Hashable, CaseIterable {
    case articles, statements, mentions
    /// Distinct values with counts.
    case countries, people, speakers, topics, languages
}

/// How a field's literal values are read and compared.
public enum FieldType: String, Sendable, Hashable {
    case text
    /// An alpha-2 country code; literals may be names in any language or codes.
    case country
    case countryList
    case language
    case topicList
    case date
    case number
    case list
    case keyword
}

/// One field of a source.
public struct Field: Sendable, Hashable {
    public var name: String
    public var type: FieldType
    /// Other spellings accepted in queries (`topic` for `topics`).
    public var aliases: [String]
    public init(_ name: String, _ type: FieldType, aliases: [String] = []) {
        self.name = name
        self.type = type
        self.aliases = aliases
    }
}

public enum Schema {
    public static let articleFields: [Field] = [
        Field("id", .keyword), Field("path", .text), Field("language", .language, aliases: ["lang"]),
        Field("title", .text), Field("date", .date), Field("source", .keyword),
        Field("dateline", .text), Field("countries", .countryList, aliases: ["country"]),
        Field("people", .list, aliases: ["person"]), Field("topics", .topicList, aliases: ["topic"]),
        Field("text", .text),
    ]

    public static let statementFields: [Field] = [
        Field("article", .keyword), Field("speaker", .text), Field("speaker_name", .text),
        Field("country", .country), Field("kind", .keyword), Field("act", .keyword),
        Field("text", .text), Field("start", .number), Field("end", .number),
        Field("about", .countryList), Field("topics", .topicList, aliases: ["topic"]),
    ]

    public static let mentionFields: [Field] = [
        Field("article", .keyword), Field("type", .keyword), Field("surface", .text),
        Field("value", .text), Field("start", .number), Field("end", .number), Field("via", .text),
    ]

    /// Fields of a source, not counting `article.…` fields of statements and mentions.
    public static func fields(of source: SourceKind) -> [Field] {
        switch source {
        case .articles: return articleFields
        case .statements: return statementFields
        case .mentions: return mentionFields
        case .countries, .people, .speakers, .topics, .languages:
            return [Field("value", .text), Field("count", .number)]
        }
    }

    /// The field named `name` (or one of its aliases) in `source`.
    public static func field(_ name: String, in source: SourceKind) -> Field? {
        fields(of: source).first { $0.name == name || $0.aliases.contains(name) }
    }
}
