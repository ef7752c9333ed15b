import Dateline
import Foundation

/// The state of one run of `dateline`, shared by the REPL, scripts and `-c`: one line per field.
final class Shell {
    /// The articles queries run over, and where they were read from.
    private(set) var database: Database
    private(set) var corpusPath: String
    /// Runs statements; holds the `let` bindings made so far.
    private(set) var evaluator: Evaluator
    /// How results are printed (`--format`, `.format`).
    var format: OutputFormat
    /// Whether table footers show how long the query took (`.timer`).
    var showsTiming: Bool
    /// At most this many rows of a table are shown (`.maxrows`; nil: all).
    var maxRows: Int?
    /// Whether every query is explained instead of run (`.explain on`).
    var explainsQueries = false
    /// Whether tables are coloured (a terminal, and colour not turned off).
    let colorResults: Bool
    /// Values of `$name` in queries (`--param name=value`).
    let parameters: [String: String]
    /// Whether a script goes on after a failing query (`--continue-on-error`).
    let continuesOnError: Bool
    /// Where results and errors go.
    let console: Console
    /// How deep `.read` is nested, against a script that reads itself.
    var readDepth = 0
    /// Set by `.quit`: the REPL (or script) stops after the current entry.
    var quitRequested = false

    init(database: Database, corpusPath: String, format: OutputFormat, showsTiming: Bool, colorResults: Bool,
         parameters: [String: String], continuesOnError: Bool, console: Console) {
        self.database = database
        self.corpusPath = corpusPath
        self.evaluator = Evaluator(database: database)
        evaluator.parameters = parameters
        self.format = format
        self.showsTiming = showsTiming
        self.colorResults = colorResults
        self.parameters = parameters
        self.continuesOnError = continuesOnError
        self.console = console
    }

    /// Replaces the corpus (`.open`); `let` bindings go with the old one.
    func open(_ database: Database, path: String) {
        self.database = database
        corpusPath = path
        evaluator = Evaluator(database: database)
        evaluator.parameters = parameters
    }

    /// Loads the corpus at `path`, printing its warnings; nil (after saying why) when it
    /// cannot be opened.
    static func loadCorpus(at path: String, console: Console) -> Database? {
        do {
            let corpus = try Database.open(path: path)
            for warning in corpus.warnings {
                console.error("dateline: warning: \(warning.path): \(warning.message)\n")
            }
            return corpus
        } catch {
            console.failure("cannot open the corpus \(error)")
            return nil
        }
    }

    /// Runs one parsed statement and prints its result, and any warnings on standard error.
    /// `source` names the text it came from, for diagnostics.
    func execute(_ statement: QueryStatement, from source: SourceText) -> ExitStatus {
        // Machine-readable output not shown in the pager is streamed from the index.
        let streams = format.isMachineReadable && !console.usesPager
        switch CancellableQuery.run(explainsQueries ? Self.explained(statement) : statement, in: evaluator, keepsRowsInIndex: streams) {
        case .interrupted:
            return cancelled()
        case .finished(.failure(let error), _, _):
            return report(error, in: source)
        case .finished(.success(.table(let result)), let evaluator, let elapsed):
            self.evaluator = evaluator
            console.result(render(result, elapsed: elapsed))
            for warning in result.warnings { console.diagnostic(warning, in: source) }
            return .success
        case .finished(.success(.stored(let result)), let evaluator, _):
            self.evaluator = evaluator
            do {
                try ResultRenderer.render(result, as: format) { piece in
                    if Interrupt.isPending { throw OutputInterrupted() }
                    Console.write(piece, to: 1)
                }
                // Rows read while printing are checked for damage now (see Database.checkDamage).
                try evaluator.database.checkDamage()
            } catch is OutputInterrupted {
                return cancelled()
            } catch {
                return report(error, in: source)
            }
            for warning in result.warnings { console.diagnostic(warning, in: source) }
            return .success
        }
    }

    /// Ctrl-C while a streamed result was being printed.
    private struct OutputInterrupted: Error {}

    private func cancelled() -> ExitStatus {
        _ = Interrupt.take()
        console.note("dateline: query cancelled")
        return .interrupted
    }

    /// `result` in the shell's format; `.maxrows` applies to query results only.
    func render(_ result: ResultSet, elapsed: Duration? = nil, isQueryResult: Bool = true) -> String {
        let options = RenderOptions(
            width: Terminal.size()?.columns, maxRows: isQueryResult ? maxRows : nil,
            elapsed: showsTiming ? elapsed : nil, color: colorResults)
        return ResultRenderer.render(result, as: format, options: options)
    }

    /// Prints a failed query's diagnostic (or any other error) and says how it failed.
    func report(_ error: Error, in source: SourceText) -> ExitStatus {
        if let diagnostic = error as? Diagnostic {
            console.diagnostic(diagnostic, in: source)
        } else {
            console.failure("\(error)")
        }
        return .runtimeError
    }

    private static func explained(_ statement: QueryStatement) -> QueryStatement {
        if case .query(let query) = statement { return .explain(query) }
        return statement
    }
}
