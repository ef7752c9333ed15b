import Dateline
import Foundation

/// Where `dateline` writes: results to standard output (through the pager when they do not
/// fit the terminal), diagnostics to standard error, coloured only when asked.
struct Console {
    /// Whether diagnostics on standard error get colour.
    var colorErrors: Bool
    /// Whether results that overflow the terminal go through `PAGER`.
    var usesPager: Bool

    func result(_ text: String) {
        if usesPager, let size = Terminal.size(), size.rows > 2, Self.lineCount(text) >= size.rows - 1, Pager.show(text) { return }
        Self.write(text, to: 1)
    }

    func error(_ text: String) {
        Self.write(text, to: 2)
    }

    /// A diagnostic of a query: `FILE:LINE:COL: error: …`, the line and a caret.
    func diagnostic(_ diagnostic: Diagnostic, in source: SourceText) {
        Self.write(diagnostic.rendered(in: source, colored: colorErrors), to: 2)
    }

    /// An error of `dateline` itself (not of a query): `dateline: error: MESSAGE`.
    func failure(_ message: String) {
        let label = colorErrors ? "\u{1B}[1;31merror:\u{1B}[0m" : "error:"
        error("dateline: \(label) \(message)\n")
    }

    func note(_ message: String) {
        Self.write(message.hasSuffix("\n") ? message : message + "\n", to: 2)
    }

    /// Writes all of `text` to a file descriptor; gives up quietly when the reader is gone.
    static func write(_ text: String, to descriptor: Int32) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }

    static func lineCount(_ text: String) -> Int {
        text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }
}

/// Shows text through the user's pager: `PAGER`, or `less -FRX` when it is unset. An empty
/// `PAGER` turns paging off.
enum Pager {
    static var command: String? {
        if let pager = ProcessInfo.processInfo.environment["PAGER"] {
            return pager.trimmingCharacters(in: .whitespaces).isEmpty ? nil : pager
        }
        return FileManager.default.isExecutableFile(atPath: "/usr/bin/less") ? "less -FRX" : nil
    }

    /// False when there is no pager or it could not be started (the caller then prints).
    static func show(_ text: String) -> Bool {
        guard let command else { return false }
        var pipe: [Int32] = [0, 0]
        guard Glibc.pipe(&pipe) == 0 else { return false }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipe[0], 0)
        posix_spawn_file_actions_addclose(&actions, pipe[1])
        var pid = pid_t()
        let words: [String] = ["/bin/sh", "-c", command]
        let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, arguments, environ)
        close(pipe[0])
        guard spawned == 0 else {
            close(pipe[1])
            return false
        }
        let previous = signal(SIGPIPE, SIG_IGN)
        Console.write(text, to: pipe[1])
        close(pipe[1])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        signal(SIGPIPE, previous)
        _ = Interrupt.take()
        return true
    }
}
