/// A query parsed and checked once, run any number of times with different parameter
/// values — like a prepared statement of SQLite or GRDB.
///
/// ```swift
/// let query = try database.prepare("statements where country = $country and topic = $topic")
/// for statement in try query.run(["country": "China", "topic": "cyber"]).statements() {
///     print(statement.speakerName, statement.text)
/// }
/// ```
///
/// A `$name` parameter is bound as a *value* of the field it is compared with, after the
/// query is parsed: whatever the value holds (quotes, `or`, parentheses) it is one value and
/// cannot change the query's structure.
///
/// `Sendable`: one prepared query may run on many tasks at once. A run checks Swift task
/// cancellation as it goes and throws `CancellationError` when the task is cancelled.
public struct PreparedQuery: Sendable {
    /// The database the query runs over.
    public let database: Database
    /// The query text as given.
    public let text: String
    let statement: QueryStatement

    /// The names of the `$name` parameters the query uses, sorted, without `$`.
    public var parameterNames: [String] { ParameterNames.of(statement) }

    init(database: Database, text: String, statement: QueryStatement) {
        self.database = database
        self.text = text
        self.statement = statement
    }

    /// Runs the query with `parameters` (names without `$`) and returns its rows.
    ///
    /// - Throws: ``QueryError`` when a parameter is missing or its value does not fit its
    ///   field (an unknown country, a malformed date); `CancellationError` when the current
    ///   task is cancelled; ``QueryInterrupted`` when `cancellation` is tripped;
    ///   ``IndexFileError`` when a damaged section of an index file is first read.
    public func run(_ parameters: [String: String] = [:], cancellation: CancellationFlag? = nil) throws -> QueryRows {
        // A query without a filter checks for cancellation nowhere else.
        try Task.checkCancellation()
        if cancellation?.isCancelled == true { throw QueryInterrupted() }
        var session = Session(database: database)
        session.parameters = parameters
        session.cancellation = cancellation
        do {
            return QueryRows(try session.execute(statement), database: database)
        } catch let diagnostic as Diagnostic {
            throw QueryError(diagnostics: [diagnostic] + session.diagnose(statement).filter { $0 != diagnostic }, text: text)
        } catch is QueryInterrupted where Task.isCancelled {
            throw CancellationError()
        }
    }

    /// The query's plan for these parameters, as `explain` shows it: one row per step.
    public func explain(_ parameters: [String: String] = [:]) throws -> QueryRows {
        try PreparedQuery(database: database, text: text, statement: .explain(statement.innerQuery)).run(parameters)
    }
}

extension Database {
    /// Parses and checks one query (or `explain` query) for running with
    /// ``PreparedQuery/run(_:cancellation:)``.
    ///
    /// - Throws: ``QueryError`` with every syntax error, or every semantic error (unknown
    ///   sources, fields, operators or values) — parameters are checked when the query runs.
    public func prepare(_ text: String) throws -> PreparedQuery {
        var parser = Parser(text)
        let statements = parser.parseScript()
        guard parser.diagnostics.isEmpty else { throw QueryError(diagnostics: parser.diagnostics, text: text) }
        guard statements.count == 1, let statement = statements.first else {
            let problem = Diagnostic(code: "not-one-query", message: "expected exactly one query", range: SourceRange(0, text.utf8.count))
            throw QueryError(diagnostics: [problem], text: text)
        }
        if case .binding(let name, _) = statement {
            let problem = Diagnostic(code: "let-in-prepared-query", message: "a prepared query cannot bind a name with 'let'", range: name.range)
            throw QueryError(diagnostics: [problem], text: text)
        }
        let problems = Session(database: self).diagnose(statement).filter { $0.code != "unbound-parameter" && $0.severity == .error }
        guard problems.isEmpty else { throw QueryError(diagnostics: problems, text: text) }
        return PreparedQuery(database: self, text: text, statement: statement)
    }

    /// Prepares and runs `text` once: `try database.query("countries", …)`.
    public func query(_ text: String, _ parameters: [String: String] = [:]) throws -> QueryRows {
        try prepare(text).run(parameters)
    }
}

extension QueryStatement {
    /// The query a statement runs.
    var innerQuery: Query {
        switch self {
        case .query(let query), .explain(let query), .binding(_, let query): return query
        }
    }
}

/// The `$name` parameters of a statement.
enum ParameterNames {
    static func of(_ statement: QueryStatement) -> [String] {
        var names: Set<String> = []
        if let filter = statement.innerQuery.filter { collect(filter, into: &names) }
        return names.sorted()
    }

    private static func collect(_ expression: Expression, into names: inout Set<String>) {
        switch expression {
        case .and(let left, let right), .or(let left, let right):
            collect(left, into: &names)
            collect(right, into: &names)
        case .not(let inner, _):
            collect(inner, into: &names)
        case .predicate(let predicate):
            for literal in literals(of: predicate.test) {
                if case .parameter(let name) = literal.value { names.insert(name) }
            }
        }
    }

    private static func literals(of test: Test) -> [Literal] {
        switch test {
        case .compare(_, let literal), .contains(let literal): return [literal]
        case .oneOf(let literals): return literals
        case .between(let low, let high): return [low, high]
        case .matches, .isNull, .isNotNull: return []
        }
    }
}
