import Foundation

/// The outcome of one query before it is turned into text: stored rows read lazily from
/// the index, or a table computed by the query (counts, a projection, `explain`).
///
/// `count` costs nothing; rows are read from the index only when asked for, so a caller
/// that wants only how many rows matched (a benchmark, a completion hint) pays for no output.
///
/// Not `Sendable`: its rows are read in place from the index. ``PreparedQuery`` gives
/// ``QueryRows``, which are.
public struct QueryResult {
    enum Body {
        case stored(readers: ColumnReaders, rows: [Int32])
        case table(ResultSet)
    }

    /// The column names, in order.
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
        case .stored(let readers, let rows): return Row(readers.values(Int(rows[i])))
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

/// The readers of a result's columns, made when the first row is read: a caller that only
/// counts rows does not touch (or check) the columns it would show.
final class ColumnReaders: @unchecked Sendable {
    private let store: IndexStore
    private let source: StoredSource
    private let columns: [String]
    private var made: [ColumnReader]?
    private let lock = NSLock()

    init(store: IndexStore, source: StoredSource, columns: [String]) {
        self.store = store
        self.source = source
        self.columns = columns
    }

    /// The values of a row; a column that cannot be read (a damaged index, which the
    /// database then reports) gives nulls.
    func values(_ row: Int) -> [Value] {
        guard let readers = readers() else { return Array(repeating: .null, count: columns.count) }
        return readers.map { $0.value(row) }
    }

    private func readers() -> [ColumnReader]? {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        do {
            made = try columns.map { try ColumnReader(FieldBinder.access(for: $0, in: source), source: source, store: store) }
        } catch let error as IndexFileError {
            store.image.recordDamage(error)
        } catch {
            store.image.recordDamage(.damaged(path: store.image.origin, detail: "\(error)"))
        }
        return made
    }
}
