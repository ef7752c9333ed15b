/// The recursive-descent parser of Dateline scripts.
///
/// Design, in the order a reader needs it:
/// - **One function per production.** `grammar/dateline.ebnf` is the syntax; every production
///   has exactly one `parse…` function here or in the `Parser+…` files, whose doc comment
///   starts with the production itself. A test compares the two texts.
/// - **`eat` vs `expect`.** `eat` takes a token when it is there and says whether it did;
///   `expect` takes it or records a diagnostic and throws. Every keyword looked for and not
///   found is remembered until the next token is taken, so an unknown word can be met with
///   "did you mean `where`?" drawn from exactly what was possible at that point.
/// - **Lines.** A newline ends a statement, except while a parenthesis is open or when the
///   last token needs more (`where`, `and`, `=`, `,`, `|`, … — ``Token/Kind/needsMore``, the
///   rule ``isCompleteInput(_:)`` uses too). Skipped newlines never reach the productions.
/// - **Conditions** are read by precedence climbing over `BooleanOperator` (`or`, then
///   `and`; `not` binds tighter than both), one run of one operator at a time.
/// - **Errors and recovery (panic mode).** The first error in a statement is recorded and
///   thrown; ``parseScript()`` catches it and skips to the end of that statement, following
///   the same continuation rule, so one mistake gives one message. A line that plainly starts
///   a new statement (`let`, `explain`, or a source followed by `where`, `|`, a stage or the
///   line end) ends the skipping early, so a missing `)` does not swallow the script.
/// - **Guards.** Conditions nest at most ``maximumNesting`` deep (100,000 parentheses give a
///   diagnostic, not a stack overflow); every loop checks that it consumed something; after
///   ``maximumDiagnostics`` errors parsing stops with a final note. Chains of `and`/`or` are
///   built as balanced trees, so a 10 MB condition is only about 20 levels deep.
public struct Parser {
    /// Conditions nested deeper than this (parentheses or `not`) are an error.
    public static let maximumNesting = 100
    /// Parsing stops after this many errors.
    public static let maximumDiagnostics = 100

    let tokens: [Token]
    let source: SourceText
    /// The current token: the next one not yet taken, never a continuation newline.
    var index = 0
    /// The last token taken in the current statement.
    var previous: Token?
    /// The `(` of each parenthesis open in the current statement, innermost last.
    var openParentheses: [Token] = []
    /// How deep the current condition is nested.
    var nesting = 0
    /// Keywords looked for at the current token and not found, for "did you mean".
    var expectedKeywords: [Keyword] = []
    /// The token of the last value read, to recognise an unquoted value of several words.
    var lastValue: Token?
    /// Names bound by `let` so far; they start statements like the built-in sources.
    var boundNames: Set<String> = []
    /// Every problem found, in source order.
    public internal(set) var diagnostics: [Diagnostic] = []

    /// Thrown once the diagnostic is recorded: unwinds to ``parseScript()``.
    struct SyntaxError: Error {}

    /// A parser over the tokens of `text`.
    public init(_ text: String) {
        var lexer = Lexer(text)
        tokens = lexer.tokenize()
        source = SourceText(name: "", text: text)
    }

    /// The statements of the whole text, and in ``diagnostics`` every error found. Only
    /// statements without errors are returned: check ``diagnostics`` before running any.
    ///
    /// script = [ statement ] { separator [ statement ] } ;
    public mutating func parseScript() -> [QueryStatement] {
        var statements: [QueryStatement] = []
        var progress = LoopProgress()
        while progress.advanced(to: index) {
            skipSeparators()
            if current.kind.isEnd { break }
            guard diagnostics.count < Self.maximumDiagnostics else {
                record(Diagnostic(.tooManyErrors, "too many errors; stopped after \(diagnostics.count)", at: current.range))
                break
            }
            let start = beginStatement()
            do {
                let statement = try parseStatement()
                try expectStatementEnd()
                statements.append(statement)
            } catch {
                synchronize()
                if index == start, !current.kind.isEnd { index += 1 }
            }
        }
        return statements
    }

    /// separator = NEWLINE | ";" ;
    mutating func skipSeparators() {
        while current.kind.isSeparator { index += 1 }
    }

    /// statement = binding | explanation | query ;
    mutating func parseStatement() throws -> QueryStatement {
        if check(.let) { return try parseBinding() }
        if check(.explain) { return try parseExplanation() }
        if startsWithContinuation() {
            throw fail(
                .continuationAtLineStart, "a query cannot start with \(describe(current))",
                notes: [.init("to continue the query above, end its line with \(describe(current)) instead")])
        }
        return .query(try parseQuery())
    }

    /// binding = "let" NAME "=" query ;
    mutating func parseBinding() throws -> QueryStatement {
        advance()
        guard case .word(let name) = current.kind else {
            let found = if case .keyword = current.kind { "; \(describe(current)) is a keyword" } else { "" }
            throw fail(.expectedName, "expected a name after 'let', as in 'let cyber = statements where topic = cyber'\(found)")
        }
        let identifier = Identifier(name, range: advance().range)
        boundNames.insert(name)
        guard case .comparison(.equal) = current.kind else {
            throw fail(.expectedToken, "expected '=' after 'let \(name)', found \(describe(current))")
        }
        advance()
        return .binding(name: identifier, query: try parseQuery())
    }

    /// explanation = "explain" query ;
    mutating func parseExplanation() throws -> QueryStatement {
        advance()
        return .explain(try parseQuery())
    }

    /// query = source [ "where" condition ] { [ "|" ] stage } ;
    mutating func parseQuery() throws -> Query {
        let source = try parseSource()
        var filter: Expression?
        if eat(.where) { filter = try parseCondition() }
        var stages: [Stage] = []
        var progress = LoopProgress()
        while progress.advanced(to: index) {
            let pipe = eat(.pipe)
            if let stage = try parseStage() {
                stages.append(stage)
            } else if check(.where) {
                throw misplacedWhere(after: filter)
            } else if pipe {
                throw fail(.expectedToken, "expected a stage after '|': order by, limit, select or count; found \(describe(current))")
            } else {
                break
            }
        }
        return Query(source: source, filter: filter, stages: stages, range: source.range.union(previous!.range))
    }

    /// source = NAME ;
    mutating func parseSource() throws -> Identifier {
        guard case .word(let name) = current.kind else {
            let sources = SourceKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw fail(
                .expectedSource, "expected a source (\(sources) or a 'let' name), found \(describe(current))")
        }
        return Identifier(name, range: advance().range)
    }

    /// A second `where`, or one after a stage: the filter comes once, right after the source.
    private mutating func misplacedWhere(after filter: Expression?) -> SyntaxError {
        if filter != nil {
            return fail(
                .misplacedWhere, "a query has one 'where'; join the conditions with 'and'",
                fixIts: [.init(range: current.range, replacement: "and")])
        }
        return fail(.misplacedWhere, "'where' must come right after the source, before any stage")
    }

    /// After a statement: its end, or the one error that says why it cannot end here.
    mutating func expectStatementEnd() throws {
        if current.kind.isSeparator || current.kind.isEnd { return }
        if case .symbol(.closeParenthesis) = current.kind {
            throw fail(
                .unmatchedParenthesis, "unexpected ')' with no '(' to close",
                fixIts: [.init(range: current.range, replacement: "")])
        }
        if let phrase = unquotedPhrase() {
            throw fail(
                .unexpectedToken, "unexpected \(describe(current)) after \(describe(previous!)); a value of several words is quoted",
                fixIts: [.init(range: phrase, replacement: Printer.quoted(source.slice(phrase.start..<phrase.end)))])
        }
        let notes: [Diagnostic.Note] = suggestion() != nil ? [] : [
            .init("a query goes on with 'where', '|' or a stage (order by, limit, select, count); a new query starts on a new line or after ';'")
        ]
        throw fail(.unexpectedToken, "unexpected \(describe(current)) after \(describe(previous!))", notes: notes)
    }

    /// The span of `cyber attacks` when a bare-word value runs on with more words on its
    /// line, as in `text contains cyber attacks`.
    private func unquotedPhrase() -> SourceRange? {
        guard let value = lastValue, value == previous, case .word = value.kind, suggestion() == nil else { return nil }
        var end = index
        while case .word = tokens[end].kind,
            source.lineIndex(of: tokens[end].range.start) == source.lineIndex(of: value.range.start)
        {
            end += 1
        }
        return end > index ? SourceRange(value.range.start, tokens[end - 1].range.end) : nil
    }
}

/// Guards a parse loop against going round without taking a token, the classic way for a
/// hand-written parser to hang. Asserts in debug builds; stops the loop in release.
struct LoopProgress {
    private var last: Int?

    /// True the first time and whenever `index` moved on since the last call.
    mutating func advanced(to index: Int) -> Bool {
        defer { last = index }
        guard let last else { return true }
        assert(index > last, "a parse loop made no progress")
        return index > last
    }
}
