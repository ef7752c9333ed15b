/// `order by F [desc] limit N` answered by walking the rows in F's order and keeping the
/// first N that pass the filter, instead of evaluating the whole filter and selecting the top.
///
/// The order is stored in the index already: the posting lists of a scalar dictionary field,
/// taken code by code, are the rows sorted by value (then by row), and the rows with no value
/// come last — exactly the order a sort by code gives, ties by row. For a field of the article,
/// each article in that order stands for its rows (stored article by article, so in row order).
struct OrderedWalk {
    let store: IndexStore
    let source: StoredSource
    let deadline: Deadline

    /// Whether the field's order can be walked: a single-valued dictionary field of the row or
    /// of its article.
    static func walkable(_ access: FieldAccess, source: StoredSource, store: IndexStore) -> Bool {
        switch access {
        case .dictionary(let owner, let name) where owner == source:
            return IndexLayout.scalarFields[owner]?.contains(name) ?? false
        case .throughArticle(.dictionary(.articles, let name)) where source != .articles:
            return IndexLayout.scalarFields[.articles]?.contains(name) ?? false
        default:
            return false
        }
    }

    /// The first `limit` rows passing `tester` in the order of `access`, or nil when more than
    /// `budget` rows were visited without finding them (the caller then evaluates the filter).
    func first(_ limit: Int, by access: FieldAccess, descending: Bool, passing tester: RowTester?, budget: Int) throws -> [Int32]? {
        let column: DictionaryColumn
        var rowRanges: PackedIntegers?
        switch access {
        case .dictionary(let owner, let name):
            column = try store.dictionary(owner, name)
        case .throughArticle(.dictionary(_, let name)):
            column = try store.dictionary(.articles, name)
            rowRanges = try store.rowsOfArticles(source)
        default:
            return nil
        }
        guard let codes = column.codes else { return nil }
        var found: [Int32] = []
        var visited = 0
        // Visits one entry of the order (a row, or an article's rows); false to stop.
        func visit(_ entry: Int32) throws -> Bool {
            let rows = rowRanges.map { $0[Int(entry)]..<$0[Int(entry) + 1] } ?? Int(entry)..<Int(entry) + 1
            for row in rows {
                visited += 1
                if visited & 0xFFF == 0 { try deadline.check() }
                if tester?.passes(row) ?? true {
                    found.append(Int32(row))
                    if found.count == limit { return false }
                }
            }
            return visited <= budget
        }
        guard limit > 0 else { return [] }
        let keyCount = column.keys.count
        for i in 0..<keyCount {
            for entry in column.postings.rows(for: descending ? keyCount - 1 - i : i) {
                if try !visit(entry) { return found.count == limit ? found : nil }
            }
        }
        // Rows with no value sort last, in row order.
        for entry in 0..<codes.count where codes[entry] < 0 {
            if try !visit(Int32(entry)) { return found.count == limit ? found : nil }
        }
        return found
    }
}
