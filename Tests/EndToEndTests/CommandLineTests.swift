import Foundation
import Testing

/// Runs the built `dateline` as a user would.
enum Binary {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var path: String {
        for configuration in ["debug", "release"] {
            let candidate = packageRoot.appendingPathComponent(".build/\(configuration)/dateline").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return packageRoot.appendingPathComponent(".build/debug/dateline").path
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs to the end with `stdin` piped in (empty when nil), in the package folder, with
    /// no colour-related variables unless `environment` gives them. With `interruptWhen`,
    /// sends SIGINT once standard error shows that text.
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                    interruptWhen marker: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        var inherited = ProcessInfo.processInfo.environment
        inherited["NO_COLOR"] = nil
        process.environment = inherited.merging(environment) { $1 }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        var errData = Data()
        if let marker {
            while !String(decoding: errData, as: UTF8.self).contains(marker) {
                let chunk = err.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                errData += chunk
            }
            process.interrupt()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errData += err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A new script file holding `text`.
    static func script(_ text: String, named name: String = "script.q") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }
}

@Suite struct CommandLineTests {
    @Test func ndjsonArticlesOnePerLine() throws {
        let output = try Binary.run(["--corpus", "seeds", "--format", "ndjson", "-c", "articles"])
        #expect(output.status == 0)
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count == 5)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["id"] is String)
        }
        #expect(output.stderr.isEmpty)
    }

    @Test func jsonAndCSVAreMachineClean() throws {
        let json = try Binary.run(["--corpus", "seeds", "--format", "json", "--color", "always", "-c", "articles"])
        let array = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(array?.count == 5)
        let csv = try Binary.run(["--corpus", "seeds", "--format", "csv", "--color", "always", "-c", "articles limit 2"])
        #expect(csv.stdout.split(separator: "\r\n").count == 3)
        #expect(!csv.stdout.contains("\u{1B}") && !csv.stdout.contains("rows"))
    }

    @Test func syntaxErrorInScriptNamesThePlaceAndExitsThree() throws {
        let script = try Binary.script("articles\nstatements where (kind = direct or\n", named: "bad.q")
        let output = try Binary.run(["--corpus", "seeds", script])
        #expect(output.status == 3)
        #expect(output.stderr.contains("bad.q:2:"))
        #expect(output.stderr.contains("^"))
        #expect(output.stdout.isEmpty, "nothing runs when the script does not parse")
    }

    @Test func runtimeErrorExitsOneAndStopsTheScript() throws {
        let script = try Binary.script("articles limit 1\nnosuchsource\narticles limit 2\n")
        let output = try Binary.run(["--corpus", "seeds", "-f", script])
        #expect(output.status == 1)
        #expect(output.stdout.contains("(1 row)"))
        #expect(!output.stdout.contains("(2 rows)"))
        #expect(output.stderr.contains("script.q:2:1: error:"))
    }

    @Test func continueOnErrorRunsTheRestButStillFails() throws {
        let script = try Binary.script("nosuchsource\narticles limit 2\nalsonosuchsource\n")
        let output = try Binary.run(["--corpus", "seeds", "--continue-on-error", script])
        #expect(output.status == 1)
        #expect(output.stdout.contains("(2 rows)"))
        #expect(output.stderr.contains("script.q:1:1") && output.stderr.contains("script.q:3:1"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try Binary.run(["--no-such-option"]).status == 2)
        #expect(try Binary.run(["--format", "xml", "-c", "articles"]).status == 2)
        #expect(try Binary.run(["--param", "novalue", "-c", "articles"]).status == 2)
    }

    @Test func missingCorpusOrScriptExitsOne() throws {
        #expect(try Binary.run(["--corpus", "/no/such/folder", "-c", "articles"]).status == 1)
        #expect(try Binary.run(["--corpus", "seeds", "/no/such/script.q"]).status == 1)
    }

    @Test func repeatedCommandsRunInOrder() throws {
        let output = try Binary.run(["--corpus", "seeds", "-c", "articles limit 1", "-c", "articles limit 3"])
        #expect(output.status == 0)
        let first = try #require(output.stdout.range(of: "(1 row)"))
        let second = try #require(output.stdout.range(of: "(3 rows)"))
        #expect(first.lowerBound < second.lowerBound)
    }

    @Test func pipedInputIsAScriptWithoutPromptOrColour() throws {
        let output = try Binary.run(["--corpus", "seeds"], stdin: "articles limit 1\n.format ndjson\narticles limit 2\n")
        #expect(output.status == 0)
        #expect(!output.stdout.contains("dateline>"))
        #expect(!output.stdout.contains("\u{1B}"))
        #expect(output.stdout.contains("(1 row)"))
        #expect(output.stdout.split(separator: "\n").filter { $0.hasPrefix("{") }.count == 2)
    }

    @Test func pipedInputWithAnErrorExitsNonZero() throws {
        let output = try Binary.run(["--corpus", "seeds"], stdin: "articles where (\n")
        #expect(output.status == 3)
        #expect(output.stderr.contains("<stdin>:1:"))
    }

    @Test func colourFollowsTheFlagAndNoColor() throws {
        let always = try Binary.run(["--corpus", "seeds", "--color", "always", "-c", "articles limit 1"])
        #expect(always.stdout.contains("\u{1B}[1m"))
        let noColor = try Binary.run(["--corpus", "seeds", "--color", "always", "-c", "articles limit 1"], environment: ["NO_COLOR": "1"])
        #expect(noColor.stdout.contains("\u{1B}[1m"), "an explicit flag wins over NO_COLOR")
        let never = try Binary.run(["--corpus", "seeds", "--color", "never", "-c", "articles limit 1"])
        #expect(!never.stdout.contains("\u{1B}"))
    }

    @Test func parametersAreBoundAsValues() throws {
        let output = try Binary.run(["--corpus", "seeds", "--format", "ndjson", "--param", "id=002_545678762e682d25",
                                     "-c", "articles where id = $id"])
        #expect(output.status == 0)
        #expect(output.stdout.split(separator: "\n").count == 1)
        let unbound = try Binary.run(["--corpus", "seeds", "-c", "articles where id = $missing"])
        #expect(unbound.status == 1)
        #expect(unbound.stderr.contains("$missing"))
    }

    @Test func ctrlCStopsAScriptWith130() throws {
        let output = try Binary.run(["--corpus", "seeds", "-c", "articles"], environment: ["DATELINE_DEBUG_QUERY_DELAY": "30"],
                                    interruptWhen: "the query waits")
        #expect(output.status == 130)
        #expect(output.stderr.contains("cancelled"))
    }

    @Test func helpShowsExamplesAndExitStatuses() throws {
        let help = try Binary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("EXAMPLES") && help.stdout.contains("EXIT STATUS") && help.stdout.contains("130"))
        let version = try Binary.run(["--version"])
        #expect(version.status == 0 && !version.stdout.isEmpty)
        let completion = try Binary.run(["--generate-completion-script", "bash"])
        #expect(completion.status == 0 && completion.stdout.contains("complete"))
    }

    @Test func metaCommandsWorkInScripts() throws {
        let script = try Binary.script(".maxrows 2\narticles\n.format markdown\narticles limit 1\n.schema\n")
        let output = try Binary.run(["--corpus", "seeds", script])
        #expect(output.status == 0)
        #expect(output.stdout.contains("3 more rows not shown"))
        #expect(output.stdout.contains("| id | language |"))
        #expect(output.stdout.contains("statements") && output.stdout.contains("speaker_name"))
    }
}

extension CommandLineTests {
    @Test func anIndexFileOpensWithCorpusAndDotOpen() throws {
        let index = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-\(UUID()).dlidx").path
        let built = try Binary.run(["index", "seeds", "-o", index])
        #expect(built.status == 0)
        let direct = try Binary.run(["--corpus", index, "--format", "ndjson", "-c", "articles"])
        #expect(direct.status == 0 && direct.stdout.split(separator: "\n").count == 5)
        let script = try Binary.script(".open \(index)\narticles | count\n")
        let opened = try Binary.run(["--corpus", "seeds", "--format", "csv", script])
        #expect(opened.status == 0)
        #expect(opened.stdout.hasSuffix("count\r\n5\r\n"))
        #expect(try Binary.run(["index"]).status == 2)
    }
}

extension CommandLineTests {
    @Test func explainAndTimerMetaCommands() throws {
        let script = try Binary.script(".explain on\narticles where language = fr\n.explain off\n.timer on\narticles | count\n")
        let output = try Binary.run(["--corpus", "seeds", script])
        #expect(output.status == 0)
        #expect(output.stdout.contains("operation"), "the plan, not the rows")
        #expect(output.stdout.range(of: #"\(1 row, [0-9.]+ (µs|ms|s)\)"#, options: .regularExpression) != nil)
        let bad = try Binary.run(["--corpus", "seeds", "-c", ".timer maybe"])
        #expect(bad.status == 1 && bad.stderr.contains("usage: .timer on|off"))
    }
}
