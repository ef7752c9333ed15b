/// A value in a result row.
public enum Value: Sendable, Hashable, Codable {
    /// No value.
    case null
    /// Text.
    case string(String)
    /// An integer (offsets, counts).
    case int(Int)
    /// A number that need not be whole.
    case double(Double)
    /// A list of values (countries, people, topics).
    case list([String])

    /// Whether the value is ``null`` (a field with no value).
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
    /// The values, in the order of the result's columns.
    public var values: [Value]
    /// A row of these values.
    public init(_ values: [Value]) { self.values = values }
    /// The value in column `i`.
    public subscript(_ i: Int) -> Value { values[i] }
}

/// The rows a query produced, with their column names.
public struct ResultSet: Sendable, Hashable {
    /// The column names, in order.
    public var columns: [String]
    /// The rows, in result order.
    public var rows: [Row]
    /// Problems that did not stop the query (shown after the rows).
    public var warnings: [Diagnostic] = []
    /// A result with these columns and rows, and no warnings.
    public init(columns: [String], rows: [Row]) {
        self.columns = columns
        self.rows = rows
    }
}
