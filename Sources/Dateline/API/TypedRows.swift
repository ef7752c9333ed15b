/// A distinct value and how many rows hold it: a row of `count by`, or of the distinct-value
/// sources (`countries`, `topics`, `speakers`, …).
public struct AggregateRow: Sendable, Hashable {
    /// The values of the row's columns other than `count`, in order (the `count by` fields;
    /// `value` and `name` for `countries`).
    public var values: [Value]
    /// How many rows hold these values.
    public var count: Int

    /// The first value as text: the group of a one-field `count by`, or the distinct value.
    public var value: String { values.first?.text ?? "" }

    /// Makes an aggregate row.
    public init(values: [Value], count: Int) {
        self.values = values
        self.count = count
    }
}

/// The rows of a result are not of the type asked for (``QueryRows/statements()`` on a
/// `count by` result, or on rows whose `select` dropped a field a ``Statement`` needs).
public struct RowTypeMismatch: Error, Sendable, Hashable, CustomStringConvertible {
    /// The type asked for: `Statement`, `Article`, `Mention` or `AggregateRow`.
    public var expected: String
    /// The columns the result has.
    public var columns: [String]
    /// Says what was asked for and what the rows hold.
    public var description: String {
        "the rows are not \(expected) values (columns: \(columns.joined(separator: ", ")))"
    }
}

extension QueryRows {
    /// The rows as ``Statement`` values, read from the index in full.
    /// - Throws: ``RowTypeMismatch`` when the query's rows are not statements.
    public func statements() throws -> [Statement] {
        try decode(.statements, "Statement", ModelDecoding.statementFields) { try ModelDecoding.statement($0) }
    }

    /// The rows as ``Article`` values, read from the index in full (path and text included,
    /// though the rows do not show them).
    /// - Throws: ``RowTypeMismatch`` when the query's rows are not articles.
    public func articles() throws -> [Article] {
        try decode(.articles, "Article", ModelDecoding.articleFields) { try ModelDecoding.article($0) }
    }

    /// The rows as ``Mention`` values.
    /// - Throws: ``RowTypeMismatch`` when the query's rows are not mentions.
    public func mentions() throws -> [Mention] {
        try decode(.mentions, "Mention", ModelDecoding.mentionFields) { try ModelDecoding.mention($0) }
    }

    /// The rows of a `count`, `count by` or distinct-value query as (values, count).
    /// - Throws: ``RowTypeMismatch`` when the rows have no `count` column.
    public func aggregates() throws -> [AggregateRow] {
        guard let countColumn = columns.firstIndex(of: "count") else {
            throw RowTypeMismatch(expected: "AggregateRow", columns: columns)
        }
        return map { row in
            var values = row.values
            let count = values.remove(at: countColumn)
            return AggregateRow(values: values, count: Self.integer(count) ?? 0)
        }
    }

    /// Each row as a `T`: from every field of the index for stored rows of `source`, else
    /// from the columns of a computed table that has them all.
    private func decode<T>(
        _ source: StoredSource, _ name: String, _ fields: [String], _ make: ((String) -> Value) throws -> T
    ) throws -> [T] {
        let mismatch = RowTypeMismatch(expected: name, columns: columns)
        do {
            switch storage {
            case .stored(let stored, let rows, _):
                guard stored == source else { throw mismatch }
                let readers = try Dictionary(uniqueKeysWithValues: fields.map { field in
                    (field, try ColumnReader(FieldBinder.access(for: field, in: source), source: source, store: database.store))
                })
                return try rows.map { row in try make { readers[$0]?.value(Int(row)) ?? .null } }
            case .table(let table):
                // Rows of articles show neither path nor text; a table may lack them.
                let optional: Set<String> = source == .articles ? ["path", "text"] : []
                guard fields.allSatisfy({ optional.contains($0) || table.columns.contains($0) }) else { throw mismatch }
                let index = Dictionary(table.columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
                return try table.rows.map { row in try make { index[$0].map { row[$0] } ?? .null } }
            }
        } catch is ModelDecoding.Malformed {
            throw mismatch
        }
    }

    static func integer(_ value: Value) -> Int? {
        switch value {
        case .int(let i): return i
        case .double(let d): return Int(exactly: d)
        case .string(let s): return Int(s)
        default: return nil
        }
    }
}

/// Builds model values from field values looked up by name.
enum ModelDecoding {
    static let statementFields = ["article", "speaker", "speaker_name", "country", "kind", "act", "text", "start", "end", "about", "topics"]
    static let articleFields = ["id", "path", "language", "title", "date", "source", "dateline", "countries", "people", "topics", "text"]
    static let mentionFields = ["article", "type", "surface", "value", "start", "end", "via"]

    /// A field value the row does not hold as the model needs it.
    struct Malformed: Error {}

    static func statement(_ field: (String) -> Value) throws -> Statement {
        Statement(
            article: field("article").text, speaker: field("speaker").text, speakerName: field("speaker_name").text,
            country: optional(field("country")), kind: StatementKind(rawValue: field("kind").text) ?? .reported,
            act: field("act").text, text: field("text").text,
            start: QueryRows.integer(field("start")) ?? 0, end: QueryRows.integer(field("end")) ?? 0,
            about: list(field("about")), topics: list(field("topics")))
    }

    static func article(_ field: (String) -> Value) throws -> Article {
        Article(
            id: field("id").text, path: field("path").text, language: field("language").text,
            title: optional(field("title")), date: optional(field("date")), source: optional(field("source")),
            dateline: optional(field("dateline")), countries: list(field("countries")),
            people: list(field("people")), topics: list(field("topics")), text: field("text").text)
    }

    static func mention(_ field: (String) -> Value) throws -> Mention {
        guard let type = MentionType(rawValue: field("type").text) else { throw Malformed() }
        return Mention(
            article: field("article").text, type: type, surface: field("surface").text, value: field("value").text,
            start: QueryRows.integer(field("start")) ?? 0, end: QueryRows.integer(field("end")) ?? 0,
            via: field("via").text)
    }

    private static func optional(_ value: Value) -> String? {
        value.isNull ? nil : value.text
    }

    private static func list(_ value: Value) -> [String] {
        switch value {
        case .list(let items): return items
        case .null: return []
        default: return value.text.isEmpty ? [] : [value.text]
        }
    }
}
