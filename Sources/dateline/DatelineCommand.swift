import ArgumentParser
import Dateline
import Foundation

@main
struct DatelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dateline",
        abstract: "Ask questions of multilingual news: a query language and REPL over article models.",
        discussion: """
            With no query and no script, dateline opens a REPL on a terminal (TAB completes, \
            Ctrl-C cancels, Ctrl-D leaves, .help lists the meta-commands), or reads queries \
            from standard input when it is not a terminal.

            EXAMPLES
              dateline                                  the REPL over the seed articles
              dateline --corpus ~/news                  the REPL over a folder of articles
              dateline -c 'statements where country = "China" and topic = cyber'
              dateline --format ndjson -c articles      one JSON object per article
              dateline report.q                         run a script of queries
              dateline -c 'statements where speaker_name = $who' --param who="Wang Yi"
              echo 'articles | count by language' | dateline

            FILES
              ${XDG_STATE_HOME:-~/.local/state}/dateline/history
                  the REPL's history (DATELINE_HISTORY=PATH moves it; empty: none)
              ${XDG_CONFIG_HOME:-~/.config}/dateline/init.q
                  queries and meta-commands run when the REPL starts (--no-init skips)
              ~/.editrc
                  libedit settings, e.g. `bind -v` for vi keys

            ENVIRONMENT
              NO_COLOR    set and not empty: no colour (unless --color always)
              PAGER       pager for long REPL output (default less -FRX; empty: none)

            \(ExitStatus.summary)
            """,
        version: QueryLanguage.version,
        subcommands: [IndexCommand.self]
    )

    @Option(name: .long, help: ArgumentHelp("A folder of .txt articles, one article, or an index.", valueName: "path"),
            completion: .directory)
    var corpus: String?

    @Option(name: .long, help: ArgumentHelp("Output format: table, json, ndjson, csv or markdown.", valueName: "format"),
            completion: .list(OutputFormat.allCases.map(\.rawValue)))
    var format: String?

    @Option(name: .customShort("c"), help: ArgumentHelp("Run QUERY, then exit (repeatable; runs in order).", valueName: "query"))
    var command: [String] = []

    @Option(name: .customShort("f"), help: ArgumentHelp("Run the script FILE.q, then exit.", valueName: "file.q"),
            completion: .file(extensions: ["q"]))
    var file: String?

    @Argument(help: ArgumentHelp("A script of queries to run (same as -f).", valueName: "file.q"),
              completion: .file(extensions: ["q"]))
    var script: String?

    @Option(name: .long, help: ArgumentHelp("Give $NAME the value VALUE in queries (repeatable).", valueName: "name=value"))
    var param: [String] = []

    @Flag(name: .long, help: "Go on after a failing query in a script (the exit status still says it failed).")
    var continueOnError = false

    @Option(name: .long, help: ArgumentHelp("Colour: auto (on a terminal, unless NO_COLOR is set), always or never.", valueName: "when"),
            completion: .list(ColorChoice.allCases.map(\.rawValue)))
    var color: String = ColorChoice.auto.rawValue

    @Flag(name: .long, help: "Do not run the REPL's init file.")
    var noInit = false

    mutating func validate() throws {
        if let format, OutputFormat(rawValue: format) == nil {
            throw ValidationError("unknown format '\(format)'; use table, json, ndjson, csv or markdown")
        }
        if ColorChoice(rawValue: color) == nil {
            throw ValidationError("unknown colour choice '\(color)'; use auto, always or never")
        }
        if file != nil && script != nil {
            throw ValidationError("give the script either with -f or as an argument, not both")
        }
        if case .failure(let error) = ParameterArguments.parse(param) {
            throw ValidationError("--param wants NAME=VALUE, not '\(error.argument)'")
        }
    }

    func run() throws {
        let status = Launch(options: self).run()
        if status != .success { throw ExitCode(status.rawValue) }
    }

    /// Runs a subcommand (`dateline index …`) when the first argument names one, else
    /// the queries. A subcommand is picked by hand because the optional script argument
    /// would otherwise take its name.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let subcommand = configuration.subcommands.first { $0.configuration.commandName == arguments.first }
        if let subcommand {
            let rest = Array(arguments.dropFirst())
            if rest.contains("--help") || rest.contains("-h") {
                print(helpMessage(for: subcommand))
                Foundation.exit(ExitStatus.success.rawValue)
            }
            run(subcommand, rest)
        } else {
            run(self, arguments)
        }
    }

    /// Parses `arguments` for `command` and runs it, mapping argument errors to status 2
    /// (the parser's own default, 64, is not in our scheme).
    private static func run(_ command: any ParsableCommand.Type, _ arguments: [String]) -> Never {
        do {
            var parsed = try command.parseAsRoot(arguments)
            try parsed.run()
            Foundation.exit(ExitStatus.success.rawValue)
        } catch {
            let code = command.exitCode(for: error)
            if code == .success || error is ExitCode {
                command.exit(withError: error)
            }
            let usage = command == self ? command.fullMessage(for: error)
                : "Error: \(command.message(for: error))\nSee 'dateline \(command.configuration.commandName ?? "") --help'."
            FileHandle.standardError.write(Data((usage + "\n").utf8))
            Foundation.exit(ExitStatus.usage.rawValue)
        }
    }
}
