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
