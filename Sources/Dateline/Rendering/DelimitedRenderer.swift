/// CSV as RFC 4180 has it: a header line, CRLF line ends, fields quoted only when they
/// hold a comma, a quote or a line break. Lists are joined with "; "; null is empty.
enum CSVRenderer {
    static func render(_ result: ResultSet) -> String {
        header(result.columns) + rows(result.rows)
    }

    static func header(_ columns: [String]) -> String {
        columns.map(field).joined(separator: ",") + "\r\n"
    }

    static func rows(_ rows: [Row]) -> String {
        rows.map { row in row.values.map { field(text($0)) }.joined(separator: ",") + "\r\n" }.joined()
    }

    static func text(_ value: Value) -> String {
        if case .list(let items) = value { return items.joined(separator: "; ") }
        return value.text
    }

    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A GitHub-flavoured Markdown table, for pasting into notes and issues. Cells are never
/// cut; `|` is escaped and line breaks become spaces.
enum MarkdownRenderer {
    static func render(_ result: ResultSet, maxRows: Int?) -> String {
        let shown = maxRows.map { min($0, result.rows.count) } ?? result.rows.count
        var lines = [line(result.columns), line(result.columns.map { _ in "---" })]
        for row in result.rows.prefix(shown) {
            lines.append(line(row.values.map(\.text)))
        }
        if let hidden = ResultRenderer.hiddenRowsLine(total: result.rows.count, shown: shown) {
            lines.append("")
            lines.append(hidden)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func line(_ cells: [String]) -> String {
        "| " + cells.map(escape).joined(separator: " | ") + " |"
    }

    static func escape(_ cell: String) -> String {
        TableRenderer.singleLine(cell).replacingOccurrences(of: "|", with: "\\|")
    }
}
