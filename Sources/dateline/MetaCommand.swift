import Dateline
import Foundation

/// The shell's own commands, written on a line that starts with a dot. They run in the
/// REPL and in scripts alike (an init file can say `.timer off`).
enum MetaCommand {
    static let all: [MetaCommandSpec] = [
        MetaCommandSpec(name: ".help", argument: .none, usage: ".help", summary: "show this help"),
        MetaCommandSpec(
            name: ".format", argument: .choice(OutputFormat.allCases.map(\.rawValue)),
            usage: ".format table|json|ndjson|csv|markdown", summary: "how results are printed"),
        MetaCommandSpec(name: ".timer", argument: .choice(["on", "off"]), usage: ".timer on|off", summary: "show how long each query took"),
        MetaCommandSpec(
            name: ".open", argument: .path(extensions: [".txt", ".dlidx"]), usage: ".open PATH",
            summary: "query another folder of articles (or an index)"),
        MetaCommandSpec(name: ".read", argument: .path(extensions: [".q"]), usage: ".read FILE.q", summary: "run the queries of a script"),
        MetaCommandSpec(name: ".schema", argument: .none, usage: ".schema", summary: "sources, their fields and types, with example values"),
        MetaCommandSpec(
            name: ".explain", argument: .text, usage: ".explain [on|off|QUERY]",
            summary: "show how a query runs (each query, with on)"),
        MetaCommandSpec(name: ".maxrows", argument: .text, usage: ".maxrows N", summary: "show at most N rows of a table (0: all)"),
        MetaCommandSpec(name: ".quit", argument: .none, usage: ".quit", summary: "leave (so does Ctrl-D)"),
    ]

    /// Runs one meta-command line (`.format json`).
    static func run(_ line: String, in shell: Shell) -> ExitStatus {
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        let name = parts[0].lowercased()
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch name {
        case ".help": shell.console.result(help())
        case ".format": return setFormat(argument, in: shell)
        case ".timer": return setSwitch(argument, named: name, in: shell) { shell.showsTiming = $0 }
        case ".open": return open(argument, in: shell)
        case ".read": return read(argument, in: shell)
        case ".schema":
            let schema = SchemaDescription(catalog: ValueCatalog(database: shell.database)).result
            shell.console.result(shell.render(schema, isQueryResult: false))
        case ".explain": return explain(argument, in: shell)
        case ".maxrows": return setMaxRows(argument, in: shell)
        case ".quit", ".exit", ".q": shell.quitRequested = true
        default:
            shell.console.failure("unknown command '\(parts[0])'; .help lists the commands")
            return .runtimeError
        }
        return .success
    }

    static func help() -> String {
        let width = all.map(\.usage.count).max() ?? 0
        var lines = all.map { "  " + $0.usage.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.summary }
        lines.insert("Meta-commands:", at: 0)
        lines += [
            "",
            "Queries: SOURCE [where FILTER] [| STAGE …], e.g.",
            "  statements where country = \"China\" and topic = cyber",
            "  articles where language = ar | select id, title",
            "  statements | count by speaker_name top 5",
            "TAB completes sources, keywords, fields and values; Ctrl-C cancels; Ctrl-D leaves.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func setFormat(_ argument: String, in shell: Shell) -> ExitStatus {
        guard let format = OutputFormat(rawValue: argument.lowercased()) else {
            return usageError(".format", in: shell)
        }
        shell.format = format
        return .success
    }

    private static func setSwitch(_ argument: String, named name: String, in shell: Shell, _ apply: (Bool) -> Void) -> ExitStatus {
        switch argument.lowercased() {
        case "on": apply(true)
        case "off": apply(false)
        default: return usageError(name, in: shell)
        }
        return .success
    }

    private static func setMaxRows(_ argument: String, in shell: Shell) -> ExitStatus {
        guard let count = Int(argument), count >= 0 else { return usageError(".maxrows", in: shell) }
        shell.maxRows = count == 0 ? nil : count
        return .success
    }

    private static func open(_ argument: String, in shell: Shell) -> ExitStatus {
        guard !argument.isEmpty else { return usageError(".open", in: shell) }
        let path = (argument as NSString).expandingTildeInPath
        guard let corpus = Shell.loadCorpus(at: path, console: shell.console) else { return .runtimeError }
        shell.open(corpus, path: path)
        shell.console.note("opened \(path): \(corpus.articleCount) article\(corpus.articleCount == 1 ? "" : "s")")
        return .success
    }

    private static func read(_ argument: String, in shell: Shell) -> ExitStatus {
        guard !argument.isEmpty else { return usageError(".read", in: shell) }
        guard shell.readDepth < 16 else {
            shell.console.failure(".read is nested too deeply (a script that reads itself?)")
            return .runtimeError
        }
        let path = (argument as NSString).expandingTildeInPath
        guard let source = ScriptFile.load(path, console: shell.console) else { return .runtimeError }
        shell.readDepth += 1
        defer { shell.readDepth -= 1 }
        return ScriptRunner(shell: shell).run(source)
    }

    private static func explain(_ argument: String, in shell: Shell) -> ExitStatus {
        switch argument.lowercased() {
        case "on", "off": return setSwitch(argument, named: ".explain", in: shell) { shell.explainsQueries = $0 }
        case "": return usageError(".explain", in: shell)
        default: return ScriptRunner(shell: shell).run(SourceText(name: "<input>", text: "explain " + argument))
        }
    }

    private static func usageError(_ name: String, in shell: Shell) -> ExitStatus {
        let usage = all.first { $0.name == name }?.usage ?? name
        shell.console.failure("usage: \(usage)")
        return .runtimeError
    }
}

/// Reading a script file as UTF-8 text.
enum ScriptFile {
    static func load(_ path: String, console: Console) -> SourceText? {
        guard let data = FileManager.default.contents(atPath: path) else {
            console.failure("\(path): cannot read the file")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            console.failure("\(path): not UTF-8 text")
            return nil
        }
        return SourceText(name: path, text: text)
    }
}
