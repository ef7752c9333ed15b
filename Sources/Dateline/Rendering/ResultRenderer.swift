import Foundation

/// The output formats of a result.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, json, ndjson, csv
}

/// Turns a result into text in one of the ``OutputFormat``s.
public enum ResultRenderer {
    public static func render(_ result: ResultSet, as format: OutputFormat) -> String {
        switch format {
        case .ndjson:
            return result.rows.map { jsonObject(result.columns, $0) + "\n" }.joined()
        case .json:
            return "[" + result.rows.map { jsonObject(result.columns, $0) }.joined(separator: ",\n ") + "]\n"
        case .csv:
            let lines = [result.columns.map(csvField)] + result.rows.map { $0.values.map { csvField($0.text) } }
            return lines.map { $0.joined(separator: ",") + "\r\n" }.joined()
        case .table:
            return table(result)
        }
    }

    static func jsonObject(_ columns: [String], _ row: Row) -> String {
        "{" + zip(columns, row.values).map { "\(jsonString($0)):\(json($1))" }.joined(separator: ",") + "}"
    }

    static func json(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .string(let s): return jsonString(s)
        case .int(let i): return String(i)
        case .double(let d): return d.isFinite ? String(d) : "null"
        case .list(let l): return "[" + l.map(jsonString).joined(separator: ",") + "]"
        }
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func csvField(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    static func table(_ result: ResultSet) -> String {
        let cells = result.rows.map { $0.values.map { String($0.text.replacingOccurrences(of: "\n", with: " ").prefix(60)) } }
        var widths = result.columns.map(\.count)
        for row in cells {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ values: [String]) -> String {
            zip(values, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: " | ")
        }
        var out = line(result.columns) + "\n" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "-+-") + "\n"
        for row in cells { out += line(row) + "\n" }
        out += "(\(result.rows.count) row\(result.rows.count == 1 ? "" : "s"))\n"
        return out
    }
}
