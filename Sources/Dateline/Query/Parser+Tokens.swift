/// Taking tokens: the cursor, `eat` and `expect`, and line continuation.
extension Parser {
    var current: Token { tokens[index] }

    /// Starts a statement at the current token; returns its index.
    mutating func beginStatement() -> Int {
        previous = nil
        lastValue = nil
        openParentheses = []
        nesting = 0
        expectedKeywords = []
        return index
    }

    /// Takes the current token, tracks parentheses, and steps over the newlines that
    /// continue the query (see ``Token/Kind/needsMore``).
    @discardableResult
    mutating func advance() -> Token {
        let token = current
        guard !token.kind.isEnd else { return token }
        index += 1
        previous = token
        expectedKeywords = []
        switch token.kind {
        case .symbol(.openParenthesis): openParentheses.append(token)
        case .symbol(.closeParenthesis): _ = openParentheses.popLast()
        default: break
        }
        while case .newline = current.kind, !openParentheses.isEmpty || token.kind.needsMore {
            index += 1
        }
        return token
    }

    /// Whether the current token is `keyword`; if not, `keyword` joins what was expected here.
    mutating func check(_ keyword: Keyword) -> Bool {
        if case .keyword(keyword) = current.kind { return true }
        expectedKeywords.append(keyword)
        return false
    }

    /// Takes the current token if it is `keyword`.
    mutating func eat(_ keyword: Keyword) -> Bool {
        guard check(keyword) else { return false }
        advance()
        return true
    }

    /// Takes the current token if it is `symbol`.
    mutating func eat(_ symbol: Symbol) -> Bool {
        guard case .symbol(symbol) = current.kind else { return false }
        advance()
        return true
    }

    /// Takes `keyword` or fails with `message`.
    @discardableResult
    mutating func expect(_ keyword: Keyword, _ message: String) throws -> Token {
        guard check(keyword) else { throw fail(.expectedToken, "\(message), found \(describe(current))") }
        return advance()
    }

    /// Takes `symbol` or fails with `message`.
    @discardableResult
    mutating func expect(_ symbol: Symbol, _ message: String) throws -> Token {
        guard case .symbol(symbol) = current.kind else {
            throw fail(.expectedToken, "\(message), found \(describe(current))")
        }
        return advance()
    }

    /// `|`, `and` or `or` first on a line: the user meant to continue the line above.
    func startsWithContinuation() -> Bool {
        guard index > 0, case .newline = tokens[index - 1].kind else { return false }
        switch current.kind {
        case .symbol(.pipe), .keyword(.and), .keyword(.or): return true
        default: return false
        }
    }

    /// Whether the token at `position` opens a statement on a new line: `let`, `explain`, or
    /// a source or `let` name followed by what may follow a source. Recovery stops there.
    func startsStatementOnItsLine(_ position: Int) -> Bool {
        guard position > 0, position < tokens.count, case .newline = tokens[position - 1].kind else { return false }
        switch tokens[position].kind {
        case .keyword(.let), .keyword(.explain):
            return true
        case .word(let name):
            guard SourceKind(rawValue: name) != nil || boundNames.contains(name) else { return false }
            switch tokens[position + 1].kind {
            case .newline, .end, .symbol(.semicolon), .symbol(.pipe),
                .keyword(.where), .keyword(.order), .keyword(.limit), .keyword(.select), .keyword(.count):
                return true
            default:
                return false
            }
        default:
            return false
        }
    }
}
