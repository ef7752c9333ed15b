/// Runs a bound query: the filter over the index, then the shaping stages.
struct QueryExecution {
    let store: IndexStore
    let deadline: Deadline

    func run(_ query: BoundQuery, explain: Bool, warnings: [Diagnostic] = []) throws -> (result: QueryResult, binding: SemanticAnalyzer.Binding) {
        var plan = QueryPlan()
        let relation: Shaping.Relation
        let stored: StoredSource?
        let kind: SourceKind?
        var stages = query.stages
        switch query.source {
        case .stored(let source, let sourceKind, let restriction):
            stored = source
            kind = sourceKind
            let start: RowSet = restriction.map { .owned($0) } ?? .all(store.rowCount(source))
            plan.steps.append(.init(depth: 0, operation: restriction == nil ? "all rows" : "bound rows", detail: sourceKind.rawValue, rows: start.count))
            var rows = start
            if restriction == nil, let walked = try orderedWalk(query, source: source, plan: &plan) {
                relation = .stored(.owned(walked))
                stages = Array(query.stages.dropFirst(2))
                break
            }
            if let filter = query.filter {
                var executor = FilterExecutor(store: store, source: source, deadline: deadline)
                rows = try executor.rows(filter, within: start)
                plan.steps += executor.plan.steps
                plan.emptiedBy = executor.plan.emptiedBy
            }
            relation = .stored(rows)
        case .table(let table, _):
            stored = nil
            kind = nil
            plan.steps.append(.init(depth: 0, operation: "values", detail: "table", rows: table.rows.count))
            let filtered = try query.filter.map { try TableFilter(deadline: deadline).rows(of: table, passing: $0) } ?? table
            if query.filter != nil {
                plan.steps.append(.init(depth: 0, operation: "scan", detail: query.filter!.text, rows: filtered.rows.count))
                if filtered.rows.isEmpty { plan.emptiedBy = query.filter!.text }
            }
            relation = .table(filtered)
        }
        let shaped = try Shaping(store: store, source: stored, deadline: deadline).apply(stages, to: relation, plan: &plan)
        if shaped.count > 0 { plan.emptiedBy = nil }
        let result: QueryResult
        let binding: SemanticAnalyzer.Binding
        switch shaped {
        case .stored(let rows):
            let columns = DefaultColumns.of(stored!)
            let readers = ColumnReaders(store: store, source: stored!, columns: columns)
            let list = rows.array
            result = QueryResult(columns: columns, body: .stored(readers: readers, rows: list), plan: explain ? plan : nil, warnings: warnings)
            let ordered = query.stages.contains { if case .orderBy = $0 { return true } else { return false } }
            binding = .rows(stored!, kind!, ordered ? list.sorted() : list)
        case .table(let table):
            result = QueryResult(columns: table.columns, body: .table(table), plan: explain ? plan : nil, warnings: warnings)
            binding = .table(table, Self.fields(of: table, query: query))
        }
        return (result, binding)
    }

    /// `order by F [desc] limit N` as a walk of F's stored order, testing each row against the
    /// filter, when that is expected to visit fewer rows than the filter would produce; nil
    /// when the query has another shape, or the walk ran past its budget.
    private func orderedWalk(_ query: BoundQuery, source: StoredSource, plan: inout QueryPlan) throws -> [Int32]? {
        guard query.stages.count >= 2, case .orderBy(let keys) = query.stages[0], keys.count == 1,
              case .limit(let limit) = query.stages[1],
              OrderedWalk.walkable(keys[0].field.access, source: source, store: store) else { return nil }
        var tester: RowTester?
        let total = Double(max(store.rowCount(source), 1))
        var expected = total
        if let filter = query.filter {
            guard let made = try RowTester(filter, source: source, store: store, deadline: deadline) else { return nil }
            tester = made
            expected = min(total, max(Planner(store: store, source: source).estimate(filter), 1))
        }
        // The walk visits about limit × total ÷ expected rows; evaluating the filter, `expected`.
        let walk = Double(limit) * total / expected
        guard walk <= expected else { return nil }
        let budget = Int(min(walk * 4 + 1024, total))
        guard let rows = try OrderedWalk(store: store, source: source, deadline: deadline)
            .first(limit, by: keys[0].field.access, descending: keys[0].descending, passing: tester, budget: budget) else { return nil }
        let order = "order by \(keys[0].field.name)\(keys[0].descending ? " desc" : "")"
        plan.steps.append(.init(depth: 0, operation: "index order, limit \(limit)", detail: query.filter.map { "\(order), testing \($0.text)" } ?? order, rows: rows.count))
        if rows.isEmpty, let filter = query.filter { plan.emptiedBy = filter.text }
        return rows
    }

    /// The field types of a computed table, so that a `let` name over it can be filtered.
    private static func fields(of table: ResultSet, query: BoundQuery) -> [Field] {
        var known: [String: FieldType] = ["count": .number]
        if case .table(_, let fields) = query.source { for f in fields { known[f.name] = f.type } }
        for stage in query.stages {
            switch stage {
            case .select(let fs), .count(let fs, _, _): for f in fs { known[f.name] = f.type }
            case .orderBy(let keys): for k in keys { known[k.field.name] = k.field.type }
            case .limit: break
            }
        }
        return table.columns.map { Field($0, known[$0] ?? .text) }
    }
}

/// The columns a query over stored rows shows when it does not `select`.
enum DefaultColumns {
    static func of(_ source: StoredSource) -> [String] {
        switch source {
        case .articles: return ["id", "language", "title", "date", "source", "dateline", "countries", "people", "topics"]
        case .statements: return ["article", "speaker", "speaker_name", "country", "kind", "act", "text", "start", "end", "about", "topics"]
        case .mentions: return ["article", "type", "surface", "value", "start", "end", "via"]
        }
    }
}

/// Filters the rows of a computed table (distinct values, `let` tables) by scanning.
struct TableFilter {
    let deadline: Deadline

    func rows(of table: ResultSet, passing filter: Filter) throws -> ResultSet {
        var out = table
        out.rows = try table.rows.filter { try passes($0, filter) }
        return out
    }

    private func passes(_ row: Row, _ filter: Filter) throws -> Bool {
        switch filter {
        case .and(let parts): return try parts.allSatisfy { try passes(row, $0) }
        case .or(let parts): return try parts.contains { try passes(row, $0) }
        case .not(let inner, _): return try !passes(row, inner)
        case .test(let predicate):
            guard case .column(let i) = predicate.field.access else { return false }
            return try predicate.test.accepts(row[i], deadline: deadline)
        }
    }
}
