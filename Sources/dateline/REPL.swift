import Dateline

/// The read–run–print loop. An entry is a meta-command line, or query lines read until
/// ``isCompleteInput(_:)`` says the query is whole (the continuation prompt asks for more);
/// a multi-line query is one history entry.
struct REPL {
    static let prompt = "dateline> "
    static let continuationPrompt = "     ...> "

    let shell: Shell
    let reader: LineReader

    /// Runs until Ctrl-D, the end of the input or `.quit`.
    func loop() {
        var pending: [String] = []
        while !shell.quitRequested {
            let prompt = pending.isEmpty ? Self.prompt : Self.continuationPrompt
            switch reader.readLine(prompt: prompt, pendingText: pending.joined(separator: "\n")) {
            case .endOfInput:
                return
            case .interrupted:
                pending = []
            case .line(let line):
                pending.append(line)
                let entry = pending.joined(separator: "\n")
                if entry.allSatisfy(\.isWhitespace) {
                    pending = []
                    continue
                }
                let isMeta = pending.count == 1 && line.drop { $0 == " " || $0 == "\t" }.hasPrefix(".")
                guard isMeta || isCompleteInput(entry) else { continue }
                pending = []
                reader.remember(entry)
                _ = Interrupt.take()
                _ = ScriptRunner(shell: shell).run(SourceText(name: "<input>", text: entry))
            }
        }
    }
}
