/// A set of stored rows during evaluation: every row, a posting list read in place from
/// the index, or rows computed by the query. Always sorted and without repeats.
enum RowSet {
    case all(Int)
    case view(UnsafeBufferPointer<Int32>)
    case owned([Int32])

    var count: Int {
        switch self {
        case .all(let n): return n
        case .view(let v): return v.count
        case .owned(let a): return a.count
        }
    }

    var isAll: Bool {
        if case .all = self { return true }
        return false
    }

    /// The rows as a buffer; `.all` is spelt out (callers avoid that for large sources).
    func withRows<R>(_ body: (UnsafeBufferPointer<Int32>) throws -> R) rethrows -> R {
        switch self {
        case .all(let n):
            let rows = (0..<Int32(n)).map { $0 }
            return try rows.withUnsafeBufferPointer(body)
        case .view(let v): return try body(v)
        case .owned(let a): return try a.withUnsafeBufferPointer(body)
        }
    }

    func intersection(_ other: RowSet) -> RowSet {
        if isAll { return other }
        if other.isAll { return self }
        return .owned(withRows { a in other.withRows { b in PostingAlgebra.intersect(a, b) } })
    }

    func union(_ other: RowSet) -> RowSet {
        if isAll { return self }
        if other.isAll { return other }
        return .owned(withRows { a in other.withRows { b in PostingAlgebra.union(a, b) } })
    }

    func subtracting(_ other: RowSet) -> RowSet {
        if other.isAll { return .owned([]) }
        if case .all(let n) = self { return .owned(other.withRows { PostingAlgebra.complement($0, count: n) }) }
        return .owned(withRows { a in other.withRows { b in PostingAlgebra.subtract(a, b) } })
    }

    /// The rows as an array, in order.
    var array: [Int32] {
        switch self {
        case .all(let n): return Array(0..<Int32(n))
        case .view(let v): return Array(v)
        case .owned(let a): return a
        }
    }
}
