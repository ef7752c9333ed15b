/// Turns a result into text in one of the ``OutputFormat``s. The library never prints: the
/// caller writes the returned text wherever it wants.
public enum ResultRenderer {
    /// The whole rendering of `result`, ending with a newline.
    public static func render(_ result: ResultSet, as format: OutputFormat, options: RenderOptions = RenderOptions()) -> String {
        switch format {
        case .table: return TableRenderer(result: result, options: options).render()
        case .markdown: return MarkdownRenderer.render(result, maxRows: options.maxRows)
        case .json: return JSONRenderer.array(result)
        case .ndjson: return JSONRenderer.lines(result)
        case .csv: return CSVRenderer.render(result)
        }
    }

    /// Renders `result` piece by piece, handing each piece to `emit` as soon as it is made:
    /// the machine-readable formats read `chunkRows` rows from the index at a time, so a
    /// result of millions of rows is never held whole as values or text. `table` and
    /// `markdown` size their columns over every row and come as one piece. The pieces
    /// joined are exactly ``render(_:as:options:)`` of the whole result.
    public static func render(_ result: QueryResult, as format: OutputFormat, options: RenderOptions = RenderOptions(),
                              chunkRows: Int = 4096, emit: (String) throws -> Void) rethrows {
        guard format.isMachineReadable, result.plan == nil else {
            try emit(render(result.resultSet, as: format, options: options))
            return
        }
        if format == .csv { try emit(CSVRenderer.header(result.columns)) }
        if format == .json { try emit(result.count == 0 ? "[]\n" : "[\n") }
        let size = max(1, chunkRows)
        for start in stride(from: 0, to: result.count, by: size) {
            let rows = (start..<min(start + size, result.count)).map(result.row)
            switch format {
            case .csv: try emit(CSVRenderer.rows(rows))
            case .ndjson: try emit(JSONRenderer.lines(ResultSet(columns: result.columns, rows: rows)))
            default:
                let objects = rows.map { "  " + JSONRenderer.object(result.columns, $0) }.joined(separator: ",\n")
                try emit((start == 0 ? "" : ",\n") + objects)
            }
        }
        if format == .json, result.count > 0 { try emit("\n]\n") }
    }

    /// "1 row", "12 rows".
    static func rowCount(_ count: Int) -> String {
        count == 1 ? "1 row" : "\(count) rows"
    }

    /// The line that says how many rows `maxRows` left out, or nil when none were.
    static func hiddenRowsLine(total: Int, shown: Int) -> String? {
        guard total > shown else { return nil }
        let hidden = total - shown
        return "… \(hidden) more row\(hidden == 1 ? "" : "s") not shown (.maxrows \(shown))"
    }
}
