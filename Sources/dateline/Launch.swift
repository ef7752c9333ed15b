import Dateline
import Foundation

/// What `dateline` does once its arguments are read: open the corpus, then run `-c`
/// queries, a script, standard input, or the REPL.
struct Launch {
    let options: DatelineCommand

    func run() -> ExitStatus {
        let color = ColorChoice(rawValue: options.color) ?? .auto
        let readsStandardInput = options.command.isEmpty && scriptPath == nil
        let interactive = readsStandardInput && Terminal.stdinIsTerminal && Terminal.stdoutIsTerminal
        // Queries piped in are a batch job: no colour even if the output is a terminal.
        let batchFromPipe = readsStandardInput && !Terminal.stdinIsTerminal
        let console = Console(colorErrors: color.allows(terminal: Terminal.stderrIsTerminal && !batchFromPipe), usesPager: interactive)
        let corpusPath = options.corpus ?? SeedLocator.defaultCorpus()
        guard let corpus = Shell.loadCorpus(at: corpusPath, console: console) else { return .runtimeError }
        // Until here Ctrl-C simply ends the process (nothing would poll the flag while a big
        // folder is read); from here on it cancels queries.
        Interrupt.install()
        let format = options.format.flatMap(OutputFormat.init(rawValue:)) ?? .table
        let parameters = (try? ParameterArguments.parse(options.param).get()) ?? [:]
        let shell = Shell(
            database: corpus, corpusPath: corpusPath, format: format, showsTiming: interactive,
            colorResults: format == .table && color.allows(terminal: Terminal.stdoutIsTerminal && !batchFromPipe),
            parameters: parameters, continuesOnError: options.continueOnError, console: console)
        if !options.command.isEmpty { return runCommands(in: shell) }
        if let scriptPath {
            guard let source = ScriptFile.load(scriptPath, console: console) else { return .runtimeError }
            return ScriptRunner(shell: shell).run(source)
        }
        if interactive { return runREPL(shell) }
        let input = FileHandle.standardInput.readDataToEndOfFile()
        return ScriptRunner(shell: shell).run(SourceText(name: "<stdin>", text: String(decoding: input, as: UTF8.self)))
    }

    private var scriptPath: String? { options.file ?? options.script }

    /// Each `-c` in order; the first failure stops the rest unless `--continue-on-error`.
    private func runCommands(in shell: Shell) -> ExitStatus {
        var status = ExitStatus.success
        for (index, text) in options.command.enumerated() {
            let name = options.command.count == 1 ? "<command line>" : "<command line \(index + 1)>"
            let outcome = ScriptRunner(shell: shell).run(SourceText(name: name, text: text))
            if outcome == .interrupted { return outcome }
            status = max(status, outcome)
            if outcome != .success && !shell.continuesOnError { return outcome }
            if shell.quitRequested { break }
        }
        return status
    }

    private func runREPL(_ shell: Shell) -> ExitStatus {
        let database = shell.database
        Console.write("Dateline \(DatelineCommand.configuration.version): \(database.articleCount) articles, "
            + "\(database.statementCount) statements from \(shell.corpusPath). .help for help, Ctrl-D to leave.\n", to: 1)
        if !options.noInit { runInitFile(in: shell) }
        let foreground = ForegroundGroup()
        do {
            let reader = EditLineReader(
                completer: {
                    var completer = Completer(catalog: ValueCatalog(database: shell.database), metaCommands: MetaCommand.all)
                    completer.boundNames = shell.evaluator.boundNames
                    return completer
                },
                historyPath: HistoryFile.path())
            REPL(shell: shell, reader: reader).loop()
        }
        foreground.restore()
        return .success
    }

    /// `${XDG_CONFIG_HOME:-~/.config}/dateline/init.q`, when it exists.
    private func runInitFile(in shell: Shell) {
        let path = XDGDirectory.config.path() + "/dateline/init.q"
        guard FileManager.default.fileExists(atPath: path), let source = ScriptFile.load(path, console: shell.console) else { return }
        _ = ScriptRunner(shell: shell).run(source)
    }
}

/// Finds the seed articles when no corpus is named: `DATELINE_CORPUS`, `./seeds`, or
/// `seeds/` in a folder above the executable (the package, for a built binary).
enum SeedLocator {
    static func defaultCorpus() -> String {
        if let path = ProcessInfo.processInfo.environment["DATELINE_CORPUS"] { return path }
        let manager = FileManager.default
        if manager.fileExists(atPath: "seeds") { return "seeds" }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = url.appendingPathComponent("seeds").path
            if manager.fileExists(atPath: candidate) { return candidate }
            url.deleteLastPathComponent()
        }
        return "seeds"
    }
}
