/// The outcome of one query before it is turned into text: stored rows read lazily from
/// the index, or a table computed by the query (counts, a projection, `explain`).
///
/// `count` costs nothing; rows are read from the index only when asked for, so a caller
/// that wants only how many rows matched (a benchmark, a completion hint) pays for no output.
public struct QueryResult {
    enum Body {
        case stored(readers: [ColumnReader], rows: [Int32])
        case table(ResultSet)
    }

    public let columns: [String]
    let body: Body
    /// For `explain`, the plan as it ran.
    public let plan: QueryPlan?
    /// Problems that did not stop the query.
    public let warnings: [Diagnostic]

    /// Number of rows.
    public var count: Int {
        switch body {
        case .stored(_, let rows): return rows.count
        case .table(let table): return table.rows.count
        }
    }

    /// Row `i`, read from the index if need be.
    public func row(_ i: Int) -> Row {
        switch body {
        case .stored(let readers, let rows): return Row(readers.map { $0.value(Int(rows[i])) })
        case .table(let table): return table.rows[i]
        }
    }

    /// All rows, read now.
    public var resultSet: ResultSet {
        switch body {
        case .stored(_, let rows):
            var result = ResultSet(columns: columns, rows: rows.indices.map(row))
            result.warnings = warnings
            return result
        case .table(var table):
            table.warnings = warnings
            return table
        }
    }
}
