/// Whether `text` is a complete input or needs more lines: an open parenthesis or quote, or
/// a last token that needs an operand (`and`, `where`, `=`), keeps it open. Drives the
/// REPL's continuation prompt.
public func isCompleteInput(_ text: String) -> Bool {
    var depth = 0
    var inString = false
    var escaped = false
    for c in text {
        if inString {
            if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
            continue
        }
        switch c {
        case "\"": inString = true
        case "(": depth += 1
        case ")": depth -= 1
        default: break
        }
    }
    if inString || depth > 0 { return false }
    let last = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).last.map { $0.lowercased() } ?? ""
    return !["and", "or", "not", "where", "=", "!=", "<", "<=", ">", ">=", "in", "by", "|", ",", "between", "contains", "matches"].contains(last)
}
