/// The three kinds of row an index stores, with the prefix of their section names.
enum StoredSource: String, Sendable, CaseIterable {
    case articles = "a"
    case statements = "s"
    case mentions = "m"
}

/// Which fields of each source are stored as dictionaries (sorted distinct values, a code
/// per row, a posting list per value), and which as plain integers. One table, read by the
/// builder and the store alike.
enum IndexLayout {
    /// Dictionary fields holding one value (or null) per row.
    static let scalarFields: [StoredSource: [String]] = [
        .articles: ["id", "path", "language", "title", "date", "source", "dateline"],
        .statements: ["speaker", "speaker_name", "country", "kind", "act"],
        .mentions: ["type", "surface", "value", "via"],
    ]
    /// Scalar dictionary fields stored together, as one combination of their values per row
    /// (`m.combination.codes`, with postings per combination `m.combination.post`); each
    /// field keeps its values (`keys`), its code for each combination (`of`) and, per
    /// value, the combinations that hold it (`groups`, `groups.off`). Mentions' fields are
    /// few-valued and tied together (a surface has one value and type), so a few hundred
    /// combinations cover a million rows.
    static let combinedFields: [StoredSource: [String]] = [
        .articles: [], .statements: [], .mentions: ["type", "surface", "value", "via"],
    ]
    /// Dictionary fields holding a list of values per row.
    static let listFields: [StoredSource: [String]] = [
        .articles: ["countries", "people", "topics"],
        .statements: ["about", "topics"],
        .mentions: [],
    ]
    /// Int32 fields, one per row.
    static let integerFields: [StoredSource: [String]] = [
        .articles: [],
        .statements: ["article", "start", "end", "text.from", "text.to"],
        .mentions: ["start", "end"],
    ]
    /// Integer fields stored as their distance from another (`end` as the length after
    /// `start`: a mention's end takes 6 bits that way instead of 10), section `.length`.
    static let lengthFields: [StoredSource: [String: String]] = [
        .articles: [:], .statements: [:], .mentions: ["end": "start"],
    ]
    /// Text fields with a word index for `contains`.
    static let tokenizedFields: [StoredSource: [String]] = [
        .articles: ["text", "title"],
        .statements: ["text"],
        .mentions: [],
    ]

    /// Text fields that also have an adjacent-word index (``WordPairColumn``), so that a
    /// phrase is answered from postings: statements, which `contains` queries most.
    static let pairedFields: [StoredSource: [String]] = [
        .statements: ["text"],
    ]

    static func name(_ source: StoredSource, _ field: String, _ part: String) -> String {
        "\(source.rawValue).\(field).\(part)"
    }
}
