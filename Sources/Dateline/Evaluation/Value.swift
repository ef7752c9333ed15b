/// A value in a result row.
public enum Value: Sendable, Hashable, Codable {
    case null
    case string(String)
    case int(Int)
    case double(Double)
    case list([String])

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The value as display text; lists joined with ", ".
    public var text: String {
        switch self {
        case .null: return ""
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return d == d.rounded() ? String(Int(d)) : String(d)
        case .list(let l): return l.joined(separator: ", ")
        }
    }
}

/// One row of a result: values in the order of ``ResultSet/columns``.
public struct Row: Sendable, Hashable {
    public var values: [Value]
    public init(_ values: [Value]) { self.values = values }
    public subscript(_ i: Int) -> Value { values[i] }
}

/// The rows a query produced, with their column names.
public struct ResultSet: Sendable, Hashable {
    public var columns: [String]
    public var rows: [Row]
    /// Problems that did not stop the query (shown after the rows).
    public var warnings: [Diagnostic] = []
    public init(columns: [String], rows: [Row]) {
        self.columns = columns
        self.rows = rows
    }
}
