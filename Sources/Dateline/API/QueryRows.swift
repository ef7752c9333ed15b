/// The rows of one run of a ``PreparedQuery``: generic rows (``ResultRow``, by position or
/// column name), typed values (``statements()``, ``articles()``, ``mentions()``,
/// ``aggregates()``), or text in any ``OutputFormat`` (``rendered(as:options:)``).
///
/// Rows of `articles`, `statements` and `mentions` queries are read from the index when
/// asked for, so `count` costs nothing. A `QueryRows` keeps its ``Database`` open and is
/// `Sendable`: hand it to another task freely.
public struct QueryRows: Sendable, RandomAccessCollection {
    /// How the rows are held: row numbers of a stored source with the readers of its
    /// columns, or a table the query computed.
    enum Storage: @unchecked Sendable {
        // The readers point into the database's index, which `database` keeps alive and
        // nothing ever writes: reading them from any thread is safe.
        case stored(StoredSource, rows: [Int32], readers: ColumnReaders)
        case table(ResultSet)
    }

    /// The column names, in order.
    public let columns: [String]
    /// Problems that did not stop the query.
    public let warnings: [Diagnostic]
    /// For an `explain` query, the plan as it ran (the rows show it too).
    public let plan: QueryPlan?
    /// The database the rows come from.
    public let database: Database
    let storage: Storage

    init(_ result: QueryResult, database: Database) {
        self.database = database
        warnings = result.warnings
        plan = result.plan
        if let plan = result.plan {
            let table = plan.resultSet
            columns = table.columns
            storage = .table(table)
            return
        }
        columns = result.columns
        switch result.body {
        case .stored(let readers, let rows):
            let source = StoredSource.allCases.first { DefaultColumns.of($0) == result.columns }
            storage = source.map { .stored($0, rows: rows, readers: readers) } ?? .table(result.resultSet)
        case .table(let table):
            storage = .table(table)
        }
    }

    /// The position of the first row: 0.
    public var startIndex: Int { 0 }

    /// One past the last row: the number of rows.
    public var endIndex: Int {
        switch storage {
        case .stored(_, let rows, _): return rows.count
        case .table(let table): return table.rows.count
        }
    }

    /// Row `position`, its values read now.
    public subscript(position: Int) -> ResultRow {
        switch storage {
        case .stored(_, let rows, let readers):
            return ResultRow(columns: columns, values: readers.values(Int(rows[position])))
        case .table(let table):
            return ResultRow(columns: columns, values: table.rows[position].values)
        }
    }

    /// All rows with their columns, read now: what ``ResultRenderer`` takes.
    public var resultSet: ResultSet {
        var result = ResultSet(columns: columns, rows: map { Row($0.values) })
        result.warnings = warnings
        return result
    }

    /// The rows as text in `format` — exactly what `dateline --format` prints.
    public func rendered(as format: OutputFormat, options: RenderOptions = RenderOptions()) -> String {
        ResultRenderer.render(resultSet, as: format, options: options)
    }
}

/// One row of a result: values by position or by column name.
public struct ResultRow: Sendable, Hashable {
    /// The column names of the result, in order.
    public let columns: [String]
    /// The values, in the order of ``columns``.
    public let values: [Value]

    /// Makes a row; `values` follow the order of `columns`.
    public init(columns: [String], values: [Value]) {
        self.columns = columns
        self.values = values
    }

    /// The value in column `index`.
    public subscript(index: Int) -> Value { values[index] }

    /// The value of the column named `column`, or nil when the result has no such column.
    public subscript(column: String) -> Value? {
        columns.firstIndex(of: column).map { values[$0] }
    }
}
