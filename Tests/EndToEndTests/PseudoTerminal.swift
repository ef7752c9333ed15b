import CPseudoTerminal
import Foundation

/// The built `dateline` running on a pseudo-terminal, driven as a person at a keyboard
/// would: keys go in, the screen's text comes out (escape sequences removed).
///
/// Rules that make it reliable without a real terminal (LIBEDIT.md): match text only after
/// stripping escape sequences; send keys only once libedit has switched the terminal out of
/// canonical mode; send a signal at the prompt only once the child is blocked in `read`.
final class PseudoTerminal {
    struct Timeout: Error, CustomStringConvertible {
        var waitingFor: String
        var screen: String
        var description: String { "timed out waiting for \(waitingFor); the screen so far:\n\(screen)" }
    }

    let pid: pid_t
    private let master: Int32
    private var raw: [UInt8] = []
    /// Where the next ``expect(_:timeout:)`` starts looking: a UTF-8 offset in ``screen``.
    private var searchFrom = 0
    private(set) var exitStatus: Int32?

    /// Starts the binary with `arguments` and exactly `environment` on a new terminal.
    init(_ arguments: [String], environment: [String: String], rows: Int = 40, columns: Int = 120) throws {
        var slave = [CChar](repeating: 0, count: 256)
        master = dl_pty_open(&slave, Int32(slave.count))
        guard master >= 0 else { throw POSIXError(.ENODEV) }
        let argv = ([Binary.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        pid = dl_pty_spawn(slave, Int32(rows), Int32(columns), Binary.path, argv, envp)
        guard pid > 0 else { throw POSIXError(.ECHILD) }
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Everything the child wrote, escape sequences included.
    var rawOutput: String { String(decoding: raw, as: UTF8.self) }

    /// Everything shown so far, with escape sequences and carriage returns removed.
    var screen: String { Self.strip(String(decoding: raw, as: UTF8.self)) }

    func send(_ keys: String) {
        var bytes = Array(keys.utf8)
        _ = bytes.withUnsafeMutableBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits until `text` appears after the previous match; returns the screen up to it.
    @discardableResult
    func expect(_ text: String, timeout: Double = 20) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let current = screen
            let start = current.utf8.index(current.startIndex, offsetBy: min(searchFrom, current.utf8.count))
            if let found = current.range(of: text, range: start..<current.endIndex) {
                searchFrom = current.utf8.distance(from: current.startIndex, to: found.upperBound)
                return String(current[start..<found.upperBound])
            }
            guard Date() < deadline, pump(until: deadline) else { throw Timeout(waitingFor: "'\(text)'", screen: current) }
        }
    }

    /// Waits for the prompt and for libedit to take the terminal out of canonical mode.
    func expectPrompt(_ prompt: String = "dateline> ", timeout: Double = 20) throws {
        try expect(prompt, timeout: timeout)
        try waitUntilRaw(timeout: timeout)
    }

    /// Waits until libedit has the terminal out of canonical mode (keys sent earlier are lost).
    func waitUntilRaw(timeout: Double = 20) throws {
        try waitUntil("raw mode", timeout: timeout) { dl_pty_is_canonical(master) == 0 }
    }

    /// Waits until the child is blocked reading the terminal (safe to press Ctrl-C there).
    func waitUntilReading(timeout: Double = 20) throws {
        try waitUntil("a blocking read", timeout: timeout) { currentSystemCall().map { $0 == 0 } ?? true }
    }

    /// Ctrl-D once libedit reads the terminal again; the exit status.
    func quit() throws -> Int32 {
        try waitUntilRaw()
        send("\u{04}")
        return try waitForExit()
    }

    /// The number of the system call the child's main thread is blocked in; -1 while it
    /// runs (0 is `read`). Nil where `/proc/PID/syscall` cannot be read: the caller then waits a moment
    /// and goes on.
    private func currentSystemCall() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/syscall", encoding: .utf8) else {
            Thread.sleep(forTimeInterval: 0.5)
            return nil
        }
        return text.split(separator: " ").first.flatMap { Int($0) } ?? -1
    }

    /// Waits for the child to exit; returns its status (128 + N when killed by signal N).
    func waitForExit(timeout: Double = 20) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            _ = pump(until: Date().addingTimeInterval(0.05))
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                _ = pump(until: Date().addingTimeInterval(0.05))
                let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
                exitStatus = code
                return code
            }
        }
        throw Timeout(waitingFor: "the process to exit", screen: screen)
    }

    private func waitUntil(_ what: String, timeout: Double, _ condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            guard Date() < deadline else { throw Timeout(waitingFor: what, screen: screen) }
            _ = pump(until: Date().addingTimeInterval(0.02))
        }
    }

    /// Reads what the child wrote, waiting at most until `deadline`; false at end of output.
    private func pump(until deadline: Date) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let milliseconds = max(0, Int32(deadline.timeIntervalSinceNow * 1000))
        guard poll(&descriptor, 1, min(milliseconds, 50)) > 0 else { return true }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        guard count > 0 else { return false }
        raw += buffer[0..<count]
        return true
    }

    /// Drops CSI and OSC escape sequences, other two-byte escapes, carriage returns and bells.
    static func strip(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "\u{1B}":
                guard let kind = scalars.next() else { break }
                if kind == "[" {
                    while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
                } else if kind == "]" {
                    while let next = scalars.next(), next != "\u{07}" {}
                }
            case "\r", "\u{07}":
                continue
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }
}
