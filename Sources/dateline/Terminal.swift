import Foundation

/// What `dateline` knows of the terminal it runs on, if any.
enum Terminal {
    static var stdinIsTerminal: Bool { isatty(0) != 0 }
    static var stdoutIsTerminal: Bool { isatty(1) != 0 }
    static var stderrIsTerminal: Bool { isatty(2) != 0 }

    /// Columns and rows of the terminal on standard output, or nil when it is not one.
    static func size() -> (columns: Int, rows: Int)? {
        guard stdoutIsTerminal else { return nil }
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return (Int(size.ws_col), Int(size.ws_row))
        }
        let environment = ProcessInfo.processInfo.environment
        let columns = environment["COLUMNS"].flatMap(Int.init) ?? 80
        return (columns, environment["LINES"].flatMap(Int.init) ?? 24)
    }
}

/// The terminal's foreground process group, taken by the REPL when it was started by a
/// program without job control (`make run`): Ctrl-C then reaches the REPL alone, instead of
/// also interrupting that program, which would report the interrupt when the REPL ends.
struct ForegroundGroup {
    private let previous: pid_t?

    /// Moves this process into a group of its own and makes it the terminal's foreground;
    /// does nothing when this process already leads its group (a shell started it).
    init() {
        guard Terminal.stdinIsTerminal, getpgrp() != getpid() else {
            previous = nil
            return
        }
        let original = tcgetpgrp(0)
        guard original == getpgrp(), setpgid(0, 0) == 0 else {
            previous = nil
            return
        }
        // A background group may not set the foreground group unless SIGTTOU is ignored.
        let handler = signal(SIGTTOU, SIG_IGN)
        tcsetpgrp(0, getpid())
        signal(SIGTTOU, handler)
        // Ctrl-Z would now stop this process alone while the program that started it keeps
        // its shell waiting, with nobody left to continue it: ignore it here.
        signal(SIGTSTP, SIG_IGN)
        previous = original
    }

    /// Gives the terminal back to the group that had it. Call it last: SIGTTOU stays
    /// ignored, so that anything still resetting the terminal does not stop the process.
    func restore() {
        guard let previous else { return }
        signal(SIGTTOU, SIG_IGN)
        tcsetpgrp(0, previous)
    }
}

/// `--color auto|always|never`. With `auto`, colour needs a terminal, a `TERM` other than
/// `dumb`, and no `NO_COLOR` (set and not empty); an explicit `always` wins over `NO_COLOR`,
/// as https://no-color.org asks of command-line flags.
enum ColorChoice: String, CaseIterable {
    case auto, always, never

    /// Whether output to a stream that is (or is not) a terminal gets colour.
    func allows(terminal: Bool) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        switch self {
        case .always: return true
        case .never: return false
        case .auto: return terminal && environment["TERM"] != "dumb" && (environment["NO_COLOR"] ?? "").isEmpty
        }
    }
}
