/// Reporting an error once, and getting back on track after it.
extension Parser {
    /// Records the error at the current token and returns the error to throw. When the
    /// current token is the lexer's invalid token, its own diagnostic is the one recorded;
    /// when it is a word close to a keyword that would fit here, a fix-it offers it.
    mutating func fail(
        _ code: SyntaxCode, _ message: String, notes: [Diagnostic.Note] = [], fixIts: [Diagnostic.FixIt] = []
    ) -> SyntaxError {
        if case .invalid(let diagnostic) = current.kind {
            record(diagnostic)
            return SyntaxError()
        }
        var fixIts = fixIts
        if fixIts.isEmpty, let keyword = suggestion() {
            fixIts.append(.init(range: current.range, replacement: keyword.rawValue))
        }
        record(Diagnostic(code, message, at: errorRange, notes: notes, fixIts: fixIts))
        return SyntaxError()
    }

    mutating func record(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Where an error at the current token points: the token itself, or — when the token is
    /// a line end, the end of the input, or already on a later line — the place right after
    /// the previous token, where the missing piece belongs.
    var errorRange: SourceRange {
        guard let previous else { return current.range }
        let onLaterLine = source.lineIndex(of: previous.range.end) != source.lineIndex(of: current.range.start)
        switch current.kind {
        case .newline, .end: return SourceRange(previous.range.end, previous.range.end)
        default: return onLaterLine ? SourceRange(previous.range.end, previous.range.end) : current.range
        }
    }

    /// The keyword the current word most likely misspells, among those expected here (by the
    /// same measure as the evaluator's suggestions of fields and values).
    func suggestion() -> Keyword? {
        guard case .word(let word) = current.kind else { return nil }
        return Suggestions.closest(to: word, among: expectedKeywords.map(\.rawValue), limit: 1).first
            .flatMap(Keyword.init(rawValue:))
    }

    /// A token as messages quote it: `'wher'`, `the end of the line`, `"a long stri…"`,
    /// and where it is when a continued line took it from a later line ("'x' on line 3").
    func describe(_ token: Token) -> String {
        switch token.kind {
        case .newline: return "the end of the line"
        case .end: return "the end of the input"
        default:
            let spelling = Self.abbreviated(source.slice(token.range.start..<token.range.end))
            let quoted = if case .string = token.kind { spelling } else { "'\(spelling)'" }
            guard let previous, token.range.start >= previous.range.end,
                source.lineIndex(of: token.range.start) != source.lineIndex(of: previous.range.end)
            else { return quoted }
            return quoted + " on line \(source.lineIndex(of: token.range.start) + 1)"
        }
    }

    /// Long spellings cut for messages.
    static func abbreviated(_ text: String) -> String {
        text.count > 24 ? text.prefix(20) + "…" : text
    }

    /// Skips the rest of a statement that failed (panic mode), so that its later tokens
    /// cause no second message. The statement ends at `;`, at the end, or at a newline that
    /// does not continue it (same rule as ``advance()``, counting the parentheses skipped);
    /// a line that starts a new statement ends it early.
    mutating func synchronize() {
        if startsStatementOnItsLine(index) { return }
        var depth = openParentheses.count
        var last = previous
        var progress = LoopProgress()
        while progress.advanced(to: index) {
            let token = current
            switch token.kind {
            case .end, .symbol(.semicolon):
                return
            case .newline:
                var next = index + 1
                while case .newline = tokens[next].kind { next += 1 }
                let continues = depth > 0 || last?.kind.needsMore == true
                if !continues || startsStatementOnItsLine(next) {
                    index = next - 1
                    return
                }
            case .symbol(.openParenthesis): depth += 1
            case .symbol(.closeParenthesis): depth -= 1
            default: break
            }
            if case .newline = token.kind {} else { last = token }
            index += 1
        }
    }
}
