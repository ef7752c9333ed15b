/// The stages after the filter: ordering, limits, projection and counting, over stored
/// rows (read by code from the index) or over a computed table.
struct Shaping {
    let store: IndexStore
    let source: StoredSource?
    let deadline: Deadline

    /// Rows flowing between stages.
    enum Relation {
        case stored(RowSet)
        case table(ResultSet)
    }

    func apply(_ stages: [BoundStage], to input: Relation, plan: inout QueryPlan) throws -> Relation {
        var relation = input
        for (i, stage) in stages.enumerated() {
            try deadline.check()
            switch stage {
            case .orderBy(let keys):
                var limit: Int?
                if i + 1 < stages.count, case .limit(let n) = stages[i + 1] { limit = n }
                relation = try order(relation, by: keys, keepingFirst: limit)
                plan.steps.append(.init(depth: 0, operation: limit == nil ? "sort" : "top \(limit!)", detail: "order by " + keys.map { $0.field.name + ($0.descending ? " desc" : "") }.joined(separator: ", "), rows: relation.count))
            case .limit(let n):
                relation = relation.prefix(n)
                plan.steps.append(.init(depth: 0, operation: "limit", detail: "limit \(n)", rows: relation.count))
            case .select(let fields):
                relation = .table(try project(relation, fields))
                plan.steps.append(.init(depth: 0, operation: "select", detail: fields.map(\.name).joined(separator: ", "), rows: relation.count))
            case .count(let fields, let top, let per):
                relation = .table(try Counting(store: store, source: source, deadline: deadline).count(relation, by: fields, top: top, per: per))
                let detail = fields.isEmpty ? "count" : "count by " + fields.map(\.name).joined(separator: ", ") + (top.map { " top \($0)" } ?? "")
                    + (per.isEmpty ? "" : " per " + per.map { fields[$0].name }.joined(separator: ", "))
                plan.steps.append(.init(depth: 0, operation: "count", detail: detail, rows: relation.count))
            }
        }
        return relation
    }

    // MARK: Ordering

    private func order(_ relation: Relation, by keys: [(field: BoundField, descending: Bool)], keepingFirst limit: Int?) throws -> Relation {
        switch relation {
        case .stored(let rows):
            let sortKeys = try keys.map { try SortKey(field: $0.field, descending: $0.descending, store: store, source: source!) }
            if sortKeys.count == 1, let ranked = try TopRows.byRank(rows, rank: sortKeys[0], keepingFirst: limit, deadline: deadline) {
                return .stored(.owned(ranked))
            }
            let before: (Int32, Int32) -> Bool = { a, b in
                for key in sortKeys {
                    let c = key.compare(Int(a), Int(b))
                    if c != 0 { return c < 0 }
                }
                return a < b
            }
            if let limit, limit < rows.count / 4 { return .stored(.owned(rows.withRows { TopRows.first(limit, of: $0, by: before) })) }
            return .stored(.owned(rows.array.sorted(by: before)))
        case .table(var table):
            let indexes = keys.map { key -> (Int, Bool) in (Self.columnIndex(key.field, in: table), key.descending) }
            table.rows.sort { a, b in
                for (i, descending) in indexes {
                    let c = ValueOrder.compare(a[i], b[i])
                    if c != 0 { return descending ? c > 0 : c < 0 }
                }
                return false
            }
            return .table(table)
        }
    }

    static func columnIndex(_ field: BoundField, in table: ResultSet) -> Int {
        if case .column(let i) = field.access { return i }
        return table.columns.firstIndex(of: field.name) ?? 0
    }

    // MARK: Projection

    private func project(_ relation: Relation, _ fields: [BoundField]) throws -> ResultSet {
        switch relation {
        case .stored(let rows):
            let readers = try fields.map { try ColumnReader($0.access, source: source!, store: store) }
            return ResultSet(columns: fields.map(\.name), rows: rows.array.map { row in Row(readers.map { $0.value(Int(row)) }) })
        case .table(let table):
            let indexes = fields.map { Self.columnIndex($0, in: table) }
            return ResultSet(columns: fields.map(\.name), rows: table.rows.map { row in Row(indexes.map { row[$0] }) })
        }
    }
}

extension Shaping.Relation {
    var count: Int {
        switch self {
        case .stored(let rows): return rows.count
        case .table(let table): return table.rows.count
        }
    }

    func prefix(_ n: Int) -> Shaping.Relation {
        switch self {
        case .stored(.all(let count)): return .stored(.owned(Array(0..<Int32(min(n, count)))))
        case .stored(.view(let rows)): return .stored(.owned(Array(rows.prefix(n))))
        case .stored(.owned(let rows)): return .stored(.owned(Array(rows.prefix(n))))
        case .table(var table):
            table.rows = Array(table.rows.prefix(n))
            return .table(table)
        }
    }
}

/// How one `order by` key compares two stored rows: by dictionary code (which follows the
/// values' byte order), by number, or by text.
struct SortKey {
    private enum Kind {
        case codes(CodeLookup)
        case reader(ColumnReader)
    }
    private let kind: Kind
    private let descending: Bool

    init(field: BoundField, descending: Bool, store: IndexStore, source: StoredSource) throws {
        let reader = try ColumnReader(field.access, source: source, store: store)
        kind = CodeLookup(reader).map { .codes($0) } ?? .reader(reader)
        self.descending = descending
    }

    /// Whether ``rank(_:)`` orders rows (dictionary codes and numbers do; free text does not).
    var hasRank: Bool {
        switch kind {
        case .codes: return true
        case .reader(let reader):
            if case .integer = reader.kind { return true }
            return false
        }
    }

    /// The row's place in the order as an integer: smaller sorts first, no value last.
    func rank(_ row: Int) -> Int64 {
        switch kind {
        case .codes(let lookup):
            guard let code = lookup.codes(row).first else { return .max }
            return descending ? -Int64(code) : Int64(code)
        case .reader(let reader):
            guard case .integer(let values) = reader.kind else { return .max }
            return descending ? 0 &- Int64(values[row]) : Int64(values[row])
        }
    }

    /// Negative, zero or positive, as `a` sorts before, with or after `b`. Rows with no value
    /// sort last either way.
    func compare(_ a: Int, _ b: Int) -> Int {
        switch kind {
        case .codes(let lookup):
            let x = lookup.codes(a).first ?? Int.max
            let y = lookup.codes(b).first ?? Int.max
            if x == y { return 0 }
            if x == Int.max || y == Int.max { return x == Int.max ? 1 : -1 }
            return descending ? (x > y ? -1 : 1) : (x < y ? -1 : 1)
        case .reader(let reader):
            let c = ValueOrder.compare(reader.value(a), reader.value(b))
            return descending ? -c : c
        }
    }
}

/// Comparison of result values: numbers by value, text by code points, null last.
enum ValueOrder {
    static func compare(_ a: Value, _ b: Value) -> Int {
        switch (a, b) {
        case (.null, .null): return 0
        case (.null, _): return 1
        case (_, .null): return -1
        case (.int(let x), .int(let y)): return x == y ? 0 : (x < y ? -1 : 1)
        default:
            if let x = number(a), let y = number(b) { return x == y ? 0 : (x < y ? -1 : 1) }
            let x = a.text, y = b.text
            if x == y { return 0 }
            return x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars) ? -1 : 1
        }
    }

    private static func number(_ v: Value) -> Double? {
        switch v {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }
}

/// The first `k` rows in an order, without sorting them all.
enum TopRows {
    /// Rows ordered by a key that reads as an integer rank (a dictionary code or a number):
    /// the ranks are read once into a flat array, then sorted or selected; nil for other keys.
    static func byRank(_ rows: RowSet, rank key: SortKey, keepingFirst limit: Int?, deadline: Deadline) throws -> [Int32]? {
        guard key.hasRank else { return nil }
        // Selection pays per kept row; past a thousand a full sort is cheaper.
        let limit = limit.flatMap { $0 <= 1024 ? $0 : nil }
        var ranked: [(rank: Int64, row: Int32)] = []
        ranked.reserveCapacity(limit.map { min($0 + 1, rows.count) } ?? rows.count)
        var seen = 0
        try rows.withRows { list in
            for row in list {
                seen += 1
                if seen & 0xFFFF == 0 { try deadline.check() }
                let item = (rank: key.rank(Int(row)), row: row)
                guard let limit else {
                    ranked.append(item)
                    continue
                }
                if ranked.count == limit, let last = ranked.last, (last.rank, last.row) < (item.rank, item.row) { continue }
                var low = 0, high = ranked.count
                while low < high {
                    let mid = (low + high) / 2
                    if (ranked[mid].rank, ranked[mid].row) < (item.rank, item.row) { low = mid + 1 } else { high = mid }
                }
                ranked.insert(item, at: low)
                if ranked.count > limit { ranked.removeLast() }
            }
        }
        if limit == nil { ranked.sort { ($0.rank, $0.row) < ($1.rank, $1.row) } }
        return ranked.map(\.row)
    }

    static func first(_ k: Int, of rows: UnsafeBufferPointer<Int32>, by before: (Int32, Int32) -> Bool) -> [Int32] {
        guard k > 0 else { return [] }
        var best: [Int32] = []
        best.reserveCapacity(k + 1)
        for row in rows {
            if best.count == k, !before(row, best[k - 1]) { continue }
            var low = 0, high = best.count
            while low < high {
                let mid = (low + high) / 2
                if before(best[mid], row) { low = mid + 1 } else { high = mid }
            }
            best.insert(row, at: low)
            if best.count > k { best.removeLast() }
        }
        return best
    }
}
