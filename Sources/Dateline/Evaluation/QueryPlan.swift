/// What `explain` reports: each step of a query as it ran, with the rows left after it.
public struct QueryPlan: Sendable, Hashable {
    /// One step of a plan: an operation, how deep it is nested, and the rows it produced.
    public struct Step: Sendable, Hashable {
        /// Nesting of the step (the operands of `or` and `not` are one deeper).
        public var depth: Int
        /// `index lookup`, `word index`, `scan`, `intersect`, `union`, `exclude`, `sort`, …
        public var operation: String
        /// The predicate or stage the step evaluates, as source text.
        public var detail: String
        /// Rows after the step.
        public var rows: Int
    }

    /// The steps in the order they ran.
    public var steps: [Step] = []
    /// For an empty result, the predicate whose step left no rows.
    public var emptiedBy: String?

    /// The plan as a table of rows, for rendering like any other result.
    public var resultSet: ResultSet {
        var rows = steps.enumerated().map { i, step in
            Row([.int(i + 1), .string(String(repeating: "  ", count: step.depth) + step.operation), .string(step.detail), .int(step.rows)])
        }
        if let emptiedBy {
            rows.append(Row([.null, .string("empty"), .string("no rows are left after: \(emptiedBy)"), .int(0)]))
        }
        return ResultSet(columns: ["step", "operation", "detail", "rows"], rows: rows)
    }
}
