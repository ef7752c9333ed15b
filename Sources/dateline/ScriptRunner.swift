import Dateline

/// Runs a script — a file, standard input, a `-c` argument or one REPL entry — in a shell.
///
/// Lines that start with `.` (outside a query) are meta-commands; everything else is
/// parsed as one text, so that every syntax error of the script is reported before anything
/// runs, each with its file, line and column. Then queries and meta-commands run in order;
/// the first failure stops the script unless the shell continues on errors.
struct ScriptRunner {
    let shell: Shell

    /// The worst status of what ran, or the first failure's.
    func run(_ source: SourceText) -> ExitStatus {
        let script = SplitScript(source.text)
        var parser = Parser(script.queryText)
        let statements = parser.parseScript()
        var status = ExitStatus.success
        if !parser.diagnostics.isEmpty {
            for diagnostic in parser.diagnostics {
                shell.console.diagnostic(diagnostic, in: source)
            }
            guard shell.continuesOnError else { return .syntaxError }
            status = .syntaxError
        }
        let steps = (statements.map { Step.query($0) } + script.metaCommands.map { Step.meta($0.offset, $0.text) })
            .sorted { $0.offset < $1.offset }
        for step in steps {
            let outcome: ExitStatus
            switch step {
            case .query(let statement): outcome = shell.execute(statement, from: source)
            case .meta(_, let text): outcome = MetaCommand.run(text, in: shell)
            }
            if outcome == .interrupted { return .interrupted }
            if outcome != .success {
                status = max(status, outcome)
                if !shell.continuesOnError { return outcome }
            }
            if shell.quitRequested { break }
        }
        return status
    }

    private enum Step {
        case query(QueryStatement)
        case meta(Int, String)

        var offset: Int {
            switch self {
            case .meta(let offset, _): return offset
            case .query(let statement): return ScriptRunner.start(of: statement)
            }
        }
    }

    /// Where a statement begins in the script, to put it in order among meta-commands.
    static func start(of statement: QueryStatement) -> Int {
        switch statement {
        case .query(let query), .explain(let query), .binding(_, let query): return query.range.start
        }
    }
}

/// A script with its meta-command lines taken out: `queryText` has each of them blanked
/// (spaces of the same byte length), so that offsets in it are offsets in the script.
struct SplitScript {
    var queryText: String
    var metaCommands: [(offset: Int, text: String)] = []

    init(_ text: String) {
        var queries = ""
        var pendingQuery = ""
        var offset = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("."), isCompleteInput(pendingQuery) {
                metaCommands.append((offset, String(trimmed).trimmingTrailingWhitespace()))
                queries += String(repeating: " ", count: line.utf8.count)
                pendingQuery = ""
            } else {
                queries += line
                pendingQuery += line + "\n"
            }
            queries += "\n"
            offset += line.utf8.count + 1
        }
        queryText = String(queries.dropLast())
    }
}

extension StringProtocol {
    func trimmingTrailingWhitespace() -> String {
        var text = String(self)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
