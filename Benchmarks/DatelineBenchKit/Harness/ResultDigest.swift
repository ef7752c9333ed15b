import Dateline

/// What is compared between engines: a row count, the groups with their counts, or one
/// column in order. Both sides render values the same way (null as empty text, numbers
/// without a fraction) so that equal results give equal digests.
public enum ResultDigest {
    public static func of(_ result: ResultSet, check: ResultCheck, column: String?) -> [String] {
        switch check {
        case .rowCount:
            return [String(result.rows.count)]
        case .groups:
            let countIndex = result.columns.firstIndex(of: "count") ?? result.columns.count - 1
            return result.rows.map { row in
                let key = row.values.indices.filter { $0 != countIndex }.map { row[$0].text }.joined(separator: "|")
                return "\(key)=\(row[countIndex].text)"
            }.sorted()
        case .orderedColumn:
            guard let column, let index = result.columns.firstIndex(of: column) else { return ["<no column \(column ?? "?")>"] }
            return result.rows.map { $0[index].text }
        }
    }

    /// A short form for the table: the count, or the number of groups/rows.
    public static func summary(_ digest: [String], check: ResultCheck) -> String {
        switch check {
        case .rowCount: return digest.first ?? "?"
        case .groups: return "\(digest.count) groups"
        case .orderedColumn: return "\(digest.count) rows"
        }
    }
}
