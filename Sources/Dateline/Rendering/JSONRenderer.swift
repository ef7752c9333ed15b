/// JSON output: one array of objects (`json`) or one object per line (`ndjson`). Keys are
/// the column names in order; lists become arrays of strings; null stays null.
enum JSONRenderer {
    static func array(_ result: ResultSet) -> String {
        guard !result.rows.isEmpty else { return "[]\n" }
        return "[\n" + result.rows.map { "  " + object(result.columns, $0) }.joined(separator: ",\n") + "\n]\n"
    }

    static func lines(_ result: ResultSet) -> String {
        result.rows.map { object(result.columns, $0) + "\n" }.joined()
    }

    static func object(_ columns: [String], _ row: Row) -> String {
        "{" + zip(columns, row.values).map { "\(string($0)):\(value($1))" }.joined(separator: ",") + "}"
    }

    static func value(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .string(let s): return string(s)
        case .int(let i): return String(i)
        case .double(let d): return d.isFinite ? String(d) : "null"
        case .list(let items): return "[" + items.map(string).joined(separator: ",") + "]"
        }
    }

    /// A JSON string literal; control characters escaped, everything else as UTF-8.
    static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
