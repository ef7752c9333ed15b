/// Orders the operands of a conjunction: the cheapest, most selective index lookups first,
/// so each later step works on fewer rows; scans last, where they only visit the rows that
/// the lookups left.
struct Planner {
    let store: IndexStore
    let source: StoredSource

    /// The operands of `and`, most selective first.
    func order(_ parts: [Filter]) -> [Filter] {
        parts.map { (estimate($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Estimated cost, in rows: what an index lookup would return, or the size of the
    /// source (plus a penalty) for what only a scan can answer.
    func estimate(_ filter: Filter) -> Double {
        let n = Double(store.rowCount(source))
        switch filter {
        case .and(let parts): return parts.map(estimate).min() ?? n
        case .or(let parts): return min(n * 2, parts.map(estimate).reduce(0, +))
        case .not(let inner, _): return isIndexed(inner) ? n - min(n, estimate(inner)) / 2 : n * 2
        case .test(let predicate): return estimate(predicate, access: predicate.field.access, scale: 1)
        }
    }

    private func estimate(_ predicate: BoundPredicate, access: FieldAccess, scale: Double) -> Double {
        let n = Double(store.rowCount(source))
        switch access {
        case .dictionary(let owner, let name):
            guard let column = try? store.dictionary(owner, name) else { return n * 2 }
            switch predicate.test {
            case .equals(let values):
                let total = values.reduce(0) { sum, value in sum + (column.keys.find(value).map(column.postings.count(for:)) ?? 0) }
                return Double(total) * scale
            case .isNull, .isNotNull: return n * 1.5
            // A test of each distinct value, then their postings: after the exact lookups.
            default: return n * 0.9
            }
        case .throughArticle(let inner):
            let articles = Double(max(store.articleCount, 1))
            return estimate(predicate, access: inner, scale: n / articles)
        case .articleText, .statementText:
            if case .contains = predicate.test { return n / 4 }
            return n * 3
        case .integer, .column:
            return n * 2
        }
    }

    private func isIndexed(_ filter: Filter) -> Bool {
        estimate(filter) <= Double(store.rowCount(source))
    }
}
