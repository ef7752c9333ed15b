/// A result as an aligned text table for a person at a terminal:
///
///     article │ speaker │ text
///     ────────┼─────────┼──────────────
///     001_54… │ Wang Yi │ ضد جميع أشك…
///     (1 row, 2.1 ms)
///
/// Columns are measured in display cells, so CJK (two cells a character) and Arabic with
/// its combining marks line up; the table is narrowed to ``RenderOptions/width`` by
/// cutting the longest cells with an ellipsis; numbers are right-aligned.
struct TableRenderer {
    let result: ResultSet
    let options: RenderOptions

    func render() -> String {
        let shownCount = options.maxRows.map { min(max($0, 0), result.rows.count) } ?? result.rows.count
        let shown = result.rows.prefix(shownCount)
        let cells = shown.map { $0.values.map { Self.singleLine($0.text) } }
        let natural = result.columns.indices.map { column in
            cells.reduce(DisplayWidth.of(result.columns[column])) { max($0, DisplayWidth.of($1[column])) }
        }
        let layout = TableLayout(natural: natural, headers: result.columns.map(DisplayWidth.of), available: options.width)
        let numeric = result.columns.indices.map { column in
            !shown.isEmpty && shown.allSatisfy { $0.values[column].isNumber }
        }
        var lines = [style(line(result.columns, layout, numeric: numeric.map { _ in false }), .bold)]
        lines.append(style(layout.widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─"), .dim))
        for row in cells {
            lines.append(line(row, layout, numeric: numeric))
        }
        if let hidden = ResultRenderer.hiddenRowsLine(total: result.rows.count, shown: shownCount) {
            lines.append(style(hidden, .dim))
        }
        lines.append(style(footer(), .dim))
        return lines.joined(separator: "\n") + "\n"
    }

    /// "(3 rows)" or "(3 rows, 12.5 ms)".
    func footer() -> String {
        var parts = [ResultRenderer.rowCount(result.rows.count)]
        if let elapsed = options.elapsed { parts.append(Self.format(elapsed)) }
        return "(" + parts.joined(separator: ", ") + ")"
    }

    /// One line of cells; the last column is not padded, so lines carry no trailing spaces.
    private func line(_ values: [String], _ layout: TableLayout, numeric: [Bool]) -> String {
        zip(values, layout.widths).enumerated().map { column, cell in
            let text = TableLayout.cut(cell.0, to: cell.1)
            let isLast = column == values.count - 1
            return isLast && !numeric[column] ? text : TableLayout.pad(text, to: cell.1, rightAligned: numeric[column])
        }.joined(separator: style(" │ ", .dim))
    }

    private enum Style: String {
        case bold = "1"
        case dim = "2"
    }

    private func style(_ text: String, _ style: Style) -> String {
        options.color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// Line breaks and tabs as spaces, other control characters dropped: one cell, one line.
    static func singleLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" || scalar == "\r" {
                if out.last != " " { out.append(" ") }
            } else if scalar.value >= 0x20 && scalar.value != 0x7F {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// "850 µs", "12.5 ms", "3.20 s".
    static func format(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let micros = Double(seconds) * 1e6 + Double(attoseconds) / 1e12
        if micros < 1000 { return "\(Int(micros.rounded())) µs" }
        if micros < 1e6 { return "\(Double(Int((micros / 100).rounded())) / 10) ms" }
        return "\(Double(Int((micros / 1e4).rounded())) / 100) s"
    }
}

extension Value {
    /// Whether the value is a number, so that a column of them is right-aligned.
    var isNumber: Bool {
        switch self {
        case .int, .double: return true
        case .null, .string, .list: return false
        }
    }
}
