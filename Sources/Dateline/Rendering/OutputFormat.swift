/// The output formats of a result.
///
/// `table` and `markdown` are for people; `json`, `ndjson` and `csv` are for programs and
/// are machine-clean: no footer, no colour, no hidden rows, nothing but the rows.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// `table` (fitted to a width, with a footer), `json` (one array), `ndjson` (an object per line), `csv` (RFC 4180), `markdown` (a GitHub table).
    case table, json, ndjson, csv, markdown

    /// Whether the format carries every row and nothing else (so `.maxrows`, the footer and
    /// colour never apply to it).
    public var isMachineReadable: Bool {
        switch self {
        case .json, .ndjson, .csv: return true
        case .table, .markdown: return false
        }
    }
}

/// How a result is laid out for the place it goes to. The defaults suit a file or a pipe:
/// no width limit, every row, no footer timing, no colour.
public struct RenderOptions: Sendable, Hashable {
    /// The width of the terminal in cells; a table is fitted into it. Nil: no limit.
    public var width: Int?
    /// At most this many rows are shown by `table` and `markdown`; a line says how many
    /// more there were. Nil: all rows.
    public var maxRows: Int?
    /// How long the query took, shown in the table footer when given.
    public var elapsed: Duration?
    /// Whether to style the table with ANSI escapes (bold header, dim rules and footer).
    public var color: Bool

    /// Options; every one off or unbounded by default.
    public init(width: Int? = nil, maxRows: Int? = nil, elapsed: Duration? = nil, color: Bool = false) {
        self.width = width
        self.maxRows = maxRows
        self.elapsed = elapsed
        self.color = color
    }
}
