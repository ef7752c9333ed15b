import ArgumentParser
import Dateline
import Foundation

@main
struct DatelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dateline",
        abstract: "Ask questions of multilingual news: a query language and REPL over article models.",
        version: "0.1.0",
        subcommands: [IndexCommand.self]
    )

    @Option(name: .long, help: "A folder of articles (default: the bundled seed articles).")
    var corpus: String?

    @Option(name: .long, help: "Output format: table, json, ndjson or csv.")
    var format: String?

    @Option(name: .customShort("c"), help: "Run QUERY and exit (may be repeated).")
    var command: [String] = []

    @Argument(help: "A script of queries (.q) to run.")
    var script: String?

    func run() throws {
        let corpusPath = corpus ?? SeedLocator.defaultCorpus()
        let loaded: Database
        do {
            loaded = try Database.open(path: corpusPath)
        } catch {
            FileHandle.standardError.write("dateline: \(error)\n")
            throw ExitCode(1)
        }
        for warning in loaded.warnings {
            FileHandle.standardError.write("dateline: warning: \(warning.path): \(warning.message)\n")
        }
        let outputFormat: OutputFormat
        if let format {
            guard let f = OutputFormat(rawValue: format) else {
                throw ValidationError("unknown format '\(format)'; use table, json, ndjson or csv")
            }
            outputFormat = f
        } else {
            outputFormat = .table
        }
        var runner = ScriptRunner(database: loaded, format: outputFormat)
        if !command.isEmpty {
            for (i, text) in command.enumerated() {
                let name = command.count == 1 ? "<command line>" : "<command line \(i + 1)>"
                guard runner.run(SourceText(name: name, text: text)) else { throw ExitCode(1) }
            }
            return
        }
        if let script {
            guard let data = FileManager.default.contents(atPath: script),
                  let text = String(data: data, encoding: .utf8) else {
                FileHandle.standardError.write("dateline: \(script): cannot read the script as UTF-8 text\n")
                throw ExitCode(1)
            }
            guard runner.run(SourceText(name: script, text: text)) else { throw ExitCode(1) }
            return
        }
        if isatty(0) != 0 && isatty(1) != 0 {
            REPL(runner: runner).loop()
        } else {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard runner.run(SourceText(name: "<stdin>", text: String(decoding: data, as: UTF8.self))) else { throw ExitCode(1) }
        }
    }
}

extension FileHandle {
    func write(_ string: String) {
        write(Data(string.utf8))
    }
}

/// Finds the seed articles when no corpus is named: `./seeds`, or `seeds/` above the executable.
enum SeedLocator {
    static func defaultCorpus() -> String {
        if let env = ProcessInfo.processInfo.environment["DATELINE_CORPUS"] { return env }
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
