/// The exit statuses of `dateline`, documented in `--help` and the README.
enum ExitStatus: Int32, Comparable {
    case success = 0
    /// A query failed at run time, a file could not be read, a meta-command failed.
    case runtimeError = 1
    /// The command line was wrong.
    case usage = 2
    /// A query did not parse.
    case syntaxError = 3
    /// Ctrl-C stopped a script or a query outside the REPL.
    case interrupted = 130

    static func < (lhs: ExitStatus, rhs: ExitStatus) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The help text's table of statuses.
    static let summary = """
        EXIT STATUS
          0    success
          1    a query or meta-command failed at run time, or a file could not be read
          2    usage error on the command line
          3    a query has a syntax error
          130  interrupted by Ctrl-C
        """
}
