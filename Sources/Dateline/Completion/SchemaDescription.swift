/// What `.schema` shows: every source with its fields, their types, and for fields with a
/// few distinct values the most frequent of them in the corpus.
public struct SchemaDescription: Sendable {
    /// Where example values and their counts come from.
    public let catalog: ValueCatalog
    /// How many example values each field shows.
    public var examplesPerField = 3

    /// The description of the sources of `catalog`'s corpus.
    public init(catalog: ValueCatalog) {
        self.catalog = catalog
    }

    /// Columns `source`, `field`, `type`, `examples` (values with their counts).
    public var result: ResultSet {
        var rows: [Row] = []
        for source in SourceKind.allCases {
            for field in Schema.fields(of: source) {
                let name = ([field.name] + field.aliases.map { "(\($0))" }).joined(separator: " ")
                let examples = catalog.values(of: field.name, in: source)?.prefix(examplesPerField)
                    .map { "\($0.label) (\($0.count))" } ?? []
                rows.append(Row([.string(source.rawValue), .string(name), .string(field.type.rawValue), .list(examples)]))
            }
        }
        return ResultSet(columns: ["source", "field", "type", "examples"], rows: rows)
    }
}
