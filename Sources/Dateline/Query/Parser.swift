/// Recursive-descent parser of scripts. Collects diagnostics rather than stopping at the
/// first one; after an error it skips to the next statement.
public struct Parser {
    private var tokens: [Token]
    private var index = 0
    public private(set) var diagnostics: [Diagnostic] = []

    public init(_ text: String) {
        var lexer = Lexer(text)
        tokens = lexer.tokenize()
    }

    private struct Failure: Error {}

    private var current: Token { tokens[index] }

    private mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private func isKeyword(_ keyword: Keyword) -> Bool {
        if case .keyword(let k) = current.kind, k == keyword { return true }
        return false
    }

    private func isSymbol(_ symbol: String) -> Bool {
        if case .symbol(let s) = current.kind, s == symbol { return true }
        return false
    }

    private mutating func eat(_ keyword: Keyword) -> Bool {
        guard isKeyword(keyword) else { return false }
        _ = advance()
        return true
    }

    private mutating func fail(_ message: String, code: String = "syntax") -> Failure {
        if case .invalid(let diagnostic) = current.kind {
            diagnostics.append(diagnostic)
        } else {
            diagnostics.append(Diagnostic(code: code, message: message, range: current.range))
        }
        return Failure()
    }

    /// script = { statement (newline | ";") }
    public mutating func parseScript() -> [QueryStatement] {
        var statements: [QueryStatement] = []
        while true {
            while case .newline = current.kind { _ = advance() }
            if case .end = current.kind { return statements }
            do {
                statements.append(try parseStatement())
                switch current.kind {
                case .newline, .end: break
                default: throw fail("expected the end of the query")
                }
            } catch {
                while true {
                    switch current.kind {
                    case .newline, .end: break
                    default: _ = advance(); continue
                    }
                    break
                }
            }
        }
    }

    /// statement = "let" NAME "=" query | "explain" query | query
    private mutating func parseStatement() throws -> QueryStatement {
        if eat(.let) {
            guard case .word(let name) = current.kind else { throw fail("expected a name after 'let'") }
            let identifier = Identifier(name, range: advance().range)
            guard isSymbol("=") else { throw fail("expected '=' after the name") }
            _ = advance()
            return .binding(name: identifier, query: try parseQuery())
        }
        if eat(.explain) { return .explain(try parseQuery()) }
        return .query(try parseQuery())
    }

    /// query = source [ "where" or ] { [ "|" ] stage }
    private mutating func parseQuery() throws -> Query {
        guard case .word(let name) = current.kind else { throw fail("expected a source such as 'statements' or 'articles'") }
        let start = current.range
        let source = Identifier(name, range: advance().range)
        var filter: Expression?
        if eat(.where) { filter = try parseOr() }
        var stages: [Stage] = []
        while true {
            if isSymbol("|") { _ = advance() }
            guard let stage = try parseStage() else { break }
            stages.append(stage)
        }
        return Query(source: source, filter: filter, stages: stages, range: start.union(tokens[max(0, index - 1)].range))
    }

    private mutating func parseStage() throws -> Stage? {
        let start = current.range
        if eat(.limit) {
            guard case .number(let n) = current.kind else { throw fail("expected a number after 'limit'") }
            _ = advance()
            return .limit(Int(n), range: start)
        }
        if eat(.order) {
            guard eat(.by) else { throw fail("expected 'by' after 'order'") }
            var keys: [OrderKey] = []
            repeat {
                let field = try parseField()
                let descending = eat(.desc)
                if !descending { _ = eat(.asc) }
                keys.append(OrderKey(field: field, descending: descending))
            } while eatComma()
            return .orderBy(keys, range: start)
        }
        if eat(.select) {
            var fields: [FieldPath] = []
            repeat { fields.append(try parseField()) } while eatComma()
            return .select(fields, range: start)
        }
        if eat(.count) {
            var fields: [FieldPath] = []
            if eat(.by) {
                repeat { fields.append(try parseField()) } while eatComma()
            }
            var top: Int?
            if eat(.top) {
                guard case .number(let n) = current.kind else { throw fail("expected a number after 'top'") }
                _ = advance()
                top = Int(n)
            }
            return .count(by: fields, top: top, per: [], range: start)
        }
        return nil
    }

    private mutating func eatComma() -> Bool {
        guard isSymbol(",") else { return false }
        _ = advance()
        return true
    }

    /// or = and { "or" and }
    private mutating func parseOr() throws -> Expression {
        var left = try parseAnd()
        while eat(.or) { left = .or(left, try parseAnd()) }
        return left
    }

    /// and = unary { "and" unary }
    private mutating func parseAnd() throws -> Expression {
        var left = try parseUnary()
        while eat(.and) { left = .and(left, try parseUnary()) }
        return left
    }

    /// unary = "not" unary | "(" or ")" | predicate
    private mutating func parseUnary() throws -> Expression {
        let start = current.range
        if eat(.not) {
            let operand = try parseUnary()
            return .not(operand, range: start.union(operand.range))
        }
        if isSymbol("(") {
            _ = advance()
            let inner = try parseOr()
            guard isSymbol(")") else { throw fail("expected ')'") }
            _ = advance()
            return inner
        }
        return .predicate(try parsePredicate())
    }

    /// field = NAME { "." NAME }
    private mutating func parseField() throws -> FieldPath {
        guard case .word(let name) = current.kind else { throw fail("expected a field name") }
        var range = advance().range
        var parts = [name]
        while isSymbol(".") {
            _ = advance()
            guard case .word(let next) = current.kind else { throw fail("expected a field name after '.'") }
            parts.append(next)
            range = range.union(advance().range)
        }
        return FieldPath(parts, range: range)
    }

    /// predicate = field ( op literal | "contains" literal | "matches" REGEX | "is" ["not"] "null" | … )
    private mutating func parsePredicate() throws -> Predicate {
        let field = try parseField()
        let test: Test
        if case .symbol(let s) = current.kind, let op = ComparisonOperator(rawValue: s) {
            _ = advance()
            test = .compare(op, try parseLiteral())
        } else if eat(.contains) {
            test = .contains(try parseLiteral())
        } else if eat(.matches) {
            guard case .regex(let pattern) = current.kind else { throw fail("expected /pattern/ after 'matches'") }
            test = .matches(pattern: pattern, range: advance().range)
        } else if eat(.is) {
            let negated = eat(.not)
            guard eat(.null) else { throw fail("expected 'null'") }
            test = negated ? .isNotNull : .isNull
        } else if eat(.in) {
            guard isSymbol("(") else { throw fail("expected '(' after 'in'") }
            _ = advance()
            var values: [Literal] = []
            repeat { values.append(try parseLiteral()) } while eatComma()
            guard isSymbol(")") else { throw fail("expected ')'") }
            _ = advance()
            test = .oneOf(values)
        } else if eat(.between) {
            let low = try parseLiteral()
            guard eat(.and) else { throw fail("expected 'and' in 'between … and …'") }
            test = .between(low, try parseLiteral())
        } else {
            throw fail("expected an operator after '\(field.dotted)'")
        }
        return Predicate(field: field, test: test, range: field.range.union(tokens[max(0, index - 1)].range))
    }

    private mutating func parseLiteral() throws -> Literal {
        let token = current
        let value: Literal.Value
        switch token.kind {
        case .string(let s): value = .string(s)
        case .word(let w): value = .word(w)
        case .number(let n): value = .number(n)
        case .date(let d): value = .date(d)
        case .parameter(let p): value = .parameter(p)
        default: throw fail("expected a value")
        }
        _ = advance()
        return Literal(value, range: token.range)
    }
}
