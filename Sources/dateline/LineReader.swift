import Foundation

/// What reading one line gave.
enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C at the prompt: the line typed so far is dropped.
    case interrupted
    /// Ctrl-D on an empty line, or the end of a piped input.
    case endOfInput
}

/// How the REPL gets lines: libedit on a terminal, plain reads otherwise, a scripted list
/// in tests. The REPL loop is the same over all of them.
protocol LineReader: AnyObject {
    /// Reads one line, showing `prompt` where prompts are shown. `pendingText` is the
    /// unfinished entry the line continues (for completion that sees earlier lines).
    func readLine(prompt: String, pendingText: String) -> LineInput
    /// Records a finished entry (a multi-line query is one entry) in the history.
    func remember(_ entry: String)
}

/// Standard input read plainly: no prompt, no history, no editing.
final class PlainLineReader: LineReader {
    func readLine(prompt: String, pendingText: String) -> LineInput {
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line)
    }

    func remember(_ entry: String) {}
}
