import Dispatch

/// Runs queries over a ``Database`` and holds what a session remembers: the `let` bindings,
/// the parameter values, and the cancellation flag a client can trip.
///
/// ```swift
/// let database = try Database.open(path: "corpus.dlidx")
/// var session = Session(database: database)
/// session.parameters = ["country": "China"]
/// let result = try session.execute("statements where country = $country and topic = cyber")
/// print(result.count)
/// ```
public struct Session: Sendable {
    /// The database queries run over.
    public let database: Database
    /// Values of `$name` parameters. They are bound as values of the field they are
    /// compared with, never spliced into the query text.
    public var parameters: [String: String] = [:]
    /// Tripped by the client (the REPL's Ctrl-C) to stop the running query.
    public var cancellation: CancellationFlag?
    /// How long all `matches` tests of one query may take together.
    public var regexTimeLimit: Duration = .seconds(2)
    private var bindings: [String: SemanticAnalyzer.Binding] = [:]

    /// A session over `database` with no bindings, parameters or cancellation flag.
    public init(database: Database) {
        self.database = database
    }

    /// A session over models in memory (as `Evaluator(corpus:)` was).
    public init(corpus: Corpus) {
        // An index built in memory from models is consistent by construction.
        self.init(database: try! Database(corpus: corpus))
    }

    /// The names `let` has bound so far.
    public var boundNames: [String] { bindings.keys.sorted() }

    /// Runs one statement and reads all its rows. A `let` binds its name and returns its
    /// rows; `explain` returns the plan as rows (step, operation, detail, rows).
    /// Throws the first ``Diagnostic`` of a query that cannot run (see ``diagnose(_:)`` for
    /// all of them), ``QueryInterrupted`` when cancelled.
    public mutating func run(_ statement: QueryStatement) throws -> ResultSet {
        let result = try execute(statement)
        let rows = result.plan.map { var r = $0.resultSet; r.warnings = result.warnings; return r } ?? result.resultSet
        try database.checkDamage()
        return rows
    }

    /// Parses and runs one query text (a single statement).
    public mutating func execute(_ text: String) throws -> QueryResult {
        var parser = Parser(text)
        let statements = parser.parseScript()
        if let first = parser.diagnostics.first { throw first }
        guard statements.count == 1 else {
            throw Diagnostic(code: "not-one-query", message: "expected exactly one query", range: SourceRange(0, text.utf8.count))
        }
        return try execute(statements[0])
    }

    /// Runs one statement; rows are read from the index only as the caller asks for them.
    public mutating func execute(_ statement: QueryStatement) throws -> QueryResult {
        let result = try executeUnchecked(statement)
        try database.checkDamage()
        return result
    }

    private mutating func executeUnchecked(_ statement: QueryStatement) throws -> QueryResult {
        switch statement {
        case .query(let query):
            return try execute(query, explain: false).result
        case .explain(let query):
            return try execute(query, explain: true).result
        case .binding(let name, let query):
            guard SourceKind(rawValue: name.name) == nil else {
                throw Diagnostic(code: "reserved-name", message: "'\(name.name)' is a source; choose another name", range: name.range)
            }
            let (result, binding) = try execute(query, explain: false)
            bindings[name.name] = binding
            return result
        }
    }

    /// Every semantic problem of a statement, without running it.
    public func diagnose(_ statement: QueryStatement) -> [Diagnostic] {
        let query: Query
        switch statement {
        case .query(let q), .explain(let q), .binding(_, let q): query = q
        }
        var analyzer = SemanticAnalyzer(database: database, bindings: bindings, parameters: parameters)
        _ = analyzer.bind(query)
        return analyzer.diagnostics
    }

    private func execute(_ query: Query, explain: Bool) throws -> (result: QueryResult, binding: SemanticAnalyzer.Binding) {
        var analyzer = SemanticAnalyzer(database: database, bindings: bindings, parameters: parameters)
        guard let bound = analyzer.bind(query) else {
            throw analyzer.diagnostics.first ?? Diagnostic(code: "invalid-query", message: "the query cannot run", range: query.range)
        }
        let deadline = Deadline(flag: cancellation, regexLimit: DispatchTime.now() + Self.interval(regexTimeLimit))
        return try QueryExecution(store: database.store, deadline: deadline).run(bound, explain: explain, warnings: analyzer.warnings)
    }
}

extension Session {
    static func interval(_ duration: Duration) -> DispatchTimeInterval {
        let (seconds, attoseconds) = duration.components
        let nanoseconds: Int64 = seconds * 1_000_000_000 + attoseconds / 1_000_000_000
        return .nanoseconds(Int(nanoseconds))
    }
}

/// The older name of ``Session``.
public typealias Evaluator = Session
