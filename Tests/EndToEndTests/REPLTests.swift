import Foundation
import Testing

/// The REPL driven through a pseudo-terminal, as a person would use it.
@Suite(.serialized) struct REPLTests {
    /// A private home for one test: history, config and state folders of its own.
    struct Home {
        let folder: URL
        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-home-\(UUID())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        var historyPath: String { folder.appendingPathComponent("state/dateline/history").path }

        func environment(_ extra: [String: String] = [:]) -> [String: String] {
            var environment = [
                "HOME": folder.path, "XDG_STATE_HOME": folder.appendingPathComponent("state").path,
                "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
                "TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "PAGER": "",
            ]
            environment.merge(extra) { $1 }
            return environment
        }

        func start(_ arguments: [String] = ["--corpus", "seeds"], _ extra: [String: String] = [:]) throws -> PseudoTerminal {
            let terminal = try PseudoTerminal(arguments, environment: environment(extra))
            try terminal.expectPrompt()
            return terminal
        }

        /// The history file's entries, decoded from libedit's format (a header line, then one
        /// line an entry with spaces, newlines and other bytes escaped as `\ooo`).
        func history() throws -> String {
            let file = try String(contentsOfFile: historyPath, encoding: .utf8)
            return Self.unescape(file.split(separator: "\n").dropFirst().joined(separator: "\n"))
        }

        static func unescape(_ text: String) -> String {
            var bytes: [UInt8] = []
            let source = Array(text.utf8)
            var index = 0
            while index < source.count {
                let octal = index + 3 < source.count ? source[(index + 1)...(index + 3)] : []
                if source[index] == UInt8(ascii: "\\"), octal.count == 3, octal.allSatisfy({ (0x30...0x37).contains($0) }) {
                    bytes.append(octal.reduce(0) { $0 &* 8 &+ ($1 - 0x30) })
                    index += 4
                } else if source[index] == UInt8(ascii: "\\"), index + 1 < source.count {
                    bytes.append(source[index + 1])
                    index += 2
                } else {
                    bytes.append(source[index])
                    index += 1
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    @Test func ctrlDOnEmptyLineExitsZero() throws {
        let terminal = try Home().start()
        #expect(try terminal.quit() == 0)
    }

    /// Typing `typed` and TAB completes to `completion`; finishing the line with `rest`
    /// runs it, and history records `entry`.
    @Test(arguments: [
        ("articles wh", "where", "id = \"x\"", #"articles where id = "x""#),
        ("articles where datel", "dateline", "= \"x\"", #"articles where dateline = "x""#),
    ])
    func tabCompletesAKeywordAndAFieldOfTheSource(
        typed: String, completion: String, rest: String, entry: String
    ) throws {
        let home = try Home()
        let terminal = try home.start()
        terminal.send(typed + "\t")
        try terminal.expect(completion)
        terminal.send(rest + "\r")
        try terminal.expect("(0 rows")
        #expect(try terminal.quit() == 0)
        #expect(try home.history().contains(entry))
    }

    @Test func tabCompletesAValueFromTheCorpusAndListsCounts() throws {
        let home = try Home()
        let terminal = try home.start()
        terminal.send("articles where id = \t")
        try terminal.expect(#""00"#)
        terminal.send("\t")
        try terminal.expect("004_c88fa994180a41af (1)")
        terminal.send("2\t\r")
        try terminal.expect("(1 row")
        #expect(try terminal.quit() == 0)
        #expect(try home.history().contains(#"articles where id = "002_545678762e682d25""#))
    }

    @Test func historyIsRecalledWithUpAfterARestart() throws {
        let home = try Home()
        let first = try home.start()
        first.send("articles limit 2\r")
        try first.expect("(2 rows")
        #expect(try first.quit() == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: home.historyPath)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let second = try home.start()
        second.send("\u{1B}[A\r")
        try second.expect("(2 rows")
        try second.expectPrompt()
        second.send("articles limit 2\r")
        try second.expect("(2 rows")
        #expect(try second.quit() == 0)
        let entries = try home.history().components(separatedBy: "\n")
        #expect(entries.filter { $0 == "articles limit 2" }.count == 1, "consecutive duplicates are dropped")
    }

    @Test func historyIsWrittenAfterEachEntrySoACrashLosesNothing() throws {
        let home = try Home()
        let first = try home.start()
        first.send("articles limit 3\r")
        try first.expect("(3 rows")
        try first.waitUntilRaw()
        kill(first.pid, SIGKILL)
        _ = try first.waitForExit()

        let second = try home.start()
        second.send("\u{1B}[A\r")
        try second.expect("(3 rows")
        #expect(try second.quit() == 0)
    }

    @Test func editrcIsHonouredSoBindVGivesViKeys() throws {
        let home = try Home()
        try "bind -v\n".write(to: home.folder.appendingPathComponent(".editrc"), atomically: true, encoding: .utf8)
        let terminal = try home.start()
        terminal.send("Xarticles limit 1")
        try terminal.expect("limit 1")
        terminal.send("\u{1B}")
        Thread.sleep(forTimeInterval: 0.2)
        terminal.send("0x\r")
        try terminal.expect("(1 row")
        #expect(try terminal.quit() == 0)
    }

    @Test func anIncompleteQueryGetsTheContinuationPromptAndIsOneHistoryEntry() throws {
        let home = try Home()
        let terminal = try home.start()
        terminal.send("articles where\r")
        try terminal.expectPrompt("...> ")
        terminal.send("id = \"x\"\r")
        try terminal.expect("(0 rows")
        #expect(try terminal.quit() == 0)
        let history = try home.history()
        #expect(history.contains("articles where"))
        #expect(history.components(separatedBy: "\n").filter { $0.contains("id = ") }.count == 1)
    }

    @Test func ctrlCAtThePromptClearsTheLine() throws {
        let terminal = try Home().start()
        terminal.send("articles wh")
        try terminal.expect("articles wh")
        try terminal.waitUntilReading()
        terminal.send("\u{03}")
        try terminal.expectPrompt()
        terminal.send("articles limit 1\r")
        try terminal.expect("(1 row")
        #expect(try terminal.quit() == 0)
    }

    @Test func ctrlCAtTheContinuationPromptDropsTheWholeEntry() throws {
        let terminal = try Home().start()
        terminal.send("articles where\r")
        try terminal.expectPrompt("...> ")
        try terminal.waitUntilReading()
        terminal.send("\u{03}")
        try terminal.expectPrompt()
        terminal.send("articles limit 1\r")
        try terminal.expect("(1 row")
        #expect(try terminal.quit() == 0)
    }

    @Test func ctrlCCancelsARunningQueryAndKeepsTheREPL() throws {
        let terminal = try Home().start(["--corpus", "seeds"], ["DATELINE_DEBUG_QUERY_DELAY": "30"])
        let started = Date()
        terminal.send("articles\r")
        try terminal.expect("the query waits")
        terminal.send("\u{03}")
        try terminal.expect("query cancelled")
        try terminal.expectPrompt()
        #expect(Date().timeIntervalSince(started) < 15)
        #expect(try terminal.quit() == 0)
    }

    @Test func arabicTypedAtThePromptComesBackIntact() throws {
        let home = try Home()
        let terminal = try home.start()
        let arabic = "الصين تعارض الهجمات الإلكترونية"
        terminal.send("articles where id = \"\(arabic)\"\r")
        try terminal.expect(arabic)
        try terminal.expect("(0 rows")
        #expect(try terminal.quit() == 0)

        let again = try home.start()
        again.send("\u{1B}[A")
        try again.expect(#"id = "\#(arabic)""#)
        again.send("\r")
        try again.expect("(0 rows")
        #expect(try again.quit() == 0)
    }

    @Test func tablesAreColouredOnATerminalUnlessNoColor() throws {
        let bold = "\u{1B}[1m"
        let coloured = try Home().start()
        coloured.send("articles limit 1\r")
        try coloured.expect("(1 row")
        _ = try coloured.quit()
        #expect(coloured.rawOutput.contains(bold))

        let plain = try Home().start(["--corpus", "seeds"], ["NO_COLOR": "1"])
        plain.send("articles limit 1\r")
        try plain.expect("(1 row")
        _ = try plain.quit()
        #expect(!plain.rawOutput.contains(bold))
    }

    @Test func theInitFileRunsUnlessNoInit() throws {
        let home = try Home()
        let config = home.folder.appendingPathComponent("config/dateline")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try ".format ndjson\n".write(to: config.appendingPathComponent("init.q"), atomically: true, encoding: .utf8)
        let withInit = try home.start()
        withInit.send("articles limit 1\r")
        try withInit.expect(#"{"id":"#)
        #expect(try withInit.quit() == 0)

        let withoutInit = try home.start(["--corpus", "seeds", "--no-init"])
        withoutInit.send("articles limit 1\r")
        try withoutInit.expect("(1 row")
        #expect(try withoutInit.quit() == 0)
    }
}

/// Output longer than the terminal goes through the pager; `.maxrows` and meta-commands.
@Suite(.serialized) struct REPLOutputTests {
    @Test func longOutputGoesThroughThePager() throws {
        let home = try REPLTests.Home()
        let terminal = try PseudoTerminal(["--corpus", "seeds"], environment: home.environment(["PAGER": "sed s/^/PAGED:/"]), rows: 6)
        try terminal.expectPrompt()
        terminal.send("articles\r")
        try terminal.expect("PAGED:(5 rows")
        terminal.send(".maxrows 1\r")
        try terminal.expectPrompt()
        terminal.send("articles\r")
        try terminal.expect("4 more rows not shown")
        #expect(try terminal.quit() == 0)
    }

    @Test func tabCompletesMetaCommandsAndTheirArguments() throws {
        let home = try REPLTests.Home()
        let terminal = try home.start()
        terminal.send(".form\t")
        try terminal.expect(".format")
        terminal.send("nd\t\r")
        try terminal.expectPrompt()
        terminal.send("articles limit 1\r")
        try terminal.expect(#"{"id":"#)
        #expect(try terminal.quit() == 0)
        #expect(try home.history().contains(".format ndjson"))
    }

    @Test func quitLeavesWithStatusZeroAfterAnError() throws {
        let terminal = try REPLTests.Home().start()
        terminal.send("articles where (\r")
        try terminal.expectPrompt("...> ")
        terminal.send(")\r")
        try terminal.expect("error:")
        try terminal.expectPrompt()
        terminal.send(".quit\r")
        #expect(try terminal.waitForExit() == 0)
    }
}
