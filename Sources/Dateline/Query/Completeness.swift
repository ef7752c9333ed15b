/// Whether `text` is a complete input or needs more lines — the REPL's continuation prompt.
///
/// Incomplete while a parenthesis, string or regex is open, or while the last token needs
/// what follows (`where`, `and`, `=`, `,`, `|`, `order`, … — ``Token/Kind/needsMore``, the
/// rule the parser follows across lines). Comments and blank lines do not count. Complete
/// input need not be valid: `)` too many or a misspelling is for the parser to report.
public func isCompleteInput(_ text: String) -> Bool {
    var lexer = Lexer(text)
    var depth = 0
    var last: Token.Kind?
    while true {
        let token = lexer.next()
        switch token.kind {
        case .end:
            return depth <= 0 && last?.needsMore != true
        case .newline:
            continue
        case .symbol(.semicolon):
            depth = 0
        case .symbol(.openParenthesis):
            depth += 1
        case .symbol(.closeParenthesis):
            depth -= 1
        case .invalid(let diagnostic) where isUnterminated(diagnostic):
            return false
        default:
            break
        }
        last = token.kind
    }
}

private func isUnterminated(_ diagnostic: Diagnostic) -> Bool {
    diagnostic.code == SyntaxCode.unterminatedString.rawValue || diagnostic.code == SyntaxCode.unterminatedRegex.rawValue
}
