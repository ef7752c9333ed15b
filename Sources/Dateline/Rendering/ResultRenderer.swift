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
