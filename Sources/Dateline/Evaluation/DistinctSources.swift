/// The sources of distinct values with counts, read off the posting lists.
enum DistinctSources {
    /// The table of `source`: one row per value, most frequent first (empty for the
    /// sources of stored rows).
    static func table(_ source: SourceKind, store: IndexStore) throws -> ResultSet {
        switch source {
        case .countries:
            return try counted(store.dictionary(.articles, "countries"), named: CountryNames.englishName)
        case .languages:
            return try counted(store.dictionary(.articles, "language"), named: LanguageNames.englishName)
        case .people:
            return try counted(store.dictionary(.articles, "people"), named: nil)
        case .speakers:
            return try counted(store.dictionary(.statements, "speaker_name"), named: nil)
        case .topics:
            return try counted(store.dictionary(.statements, "topics"), named: nil)
        case .articles, .statements, .mentions:
            return ResultSet(columns: [], rows: [])
        }
    }

    private static func counted(_ column: DictionaryColumn, named name: ((String) -> String?)?) -> ResultSet {
        let entries = (0..<column.keys.count)
            .map { (value: column.keys.string($0), count: column.postings.count(for: $0)) }
            .filter { $0.count > 0 }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.value < $1.value }
        if let name {
            return ResultSet(
                columns: ["value", "name", "count"],
                rows: entries.map { Row([.string($0.value), name($0.value).map(Value.string) ?? .null, .int($0.count)]) })
        }
        return ResultSet(columns: ["value", "count"], rows: entries.map { Row([.string($0.value), .int($0.count)]) })
    }
}
