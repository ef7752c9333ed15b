import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A finished child process: wall time from spawn to exit, peak memory, exit status.
public struct ChildRun: Sendable {
    public var seconds: Double
    public var maxRSSBytes: Int
    public var status: Int32
    public var timedOut: Bool
    /// The last lines the child wrote to standard error.
    public var stderrTail: String
}

/// Spawns a command with `posix_spawn` and reaps it with `wait4`; standard output goes to
/// /dev/null (output is not what is measured).
///
/// Peak memory is the child's `VmHWM`, sampled from /proc while it runs: `wait4`'s
/// `ru_maxrss` cannot be trusted here, because `posix_spawn` starts the child on the
/// parent's memory (vfork) and Linux keeps that memory's high-water mark across `exec` — the
/// child would be charged with the benchmark's own models.
public enum Subprocess {
    public static func run(_ executable: String, _ arguments: [String], timeoutSeconds: Double = 600) throws -> ChildRun {
        let errPath = NSTemporaryDirectory() + "dateline-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).err"
        defer { unlink(errPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }

        var pid: pid_t = 0
        let start = Monotonic.now
        let spawned = argv.withUnsafeBufferPointer { buffer in
            posix_spawn(&pid, executable, &actions, nil, UnsafeMutablePointer(mutating: buffer.baseAddress!), environ)
        }
        guard spawned == 0 else { throw BenchError("cannot start \(executable): error \(spawned)") }

        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        let deadline = start + UInt64(timeoutSeconds * 1e9)
        var peak = 0
        var polls = 0
        while true {
            if polls % 16 == 0, let sampled = Self.highWaterMark(of: pid) { peak = max(peak, sampled) }
            polls += 1
            let reaped = wait4(pid, &status, WNOHANG, &usage)
            if reaped == pid { break }
            if reaped < 0 { throw BenchError("lost the child \(executable)") }
            if !timedOut && Monotonic.now > deadline {
                kill(pid, SIGKILL)
                timedOut = true
            }
            usleep(200)
        }
        let seconds = Double(Monotonic.now - start) / 1e9
        let exited = status & 0x7f == 0
        let stderrText = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return ChildRun(
            seconds: seconds, maxRSSBytes: peak > 0 ? peak : Int(usage.ru_maxrss) * 1024,
            status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), timedOut: timedOut,
            stderrTail: stderrText.split(separator: "\n").suffix(3).joined(separator: " / "))
    }

    /// The peak resident memory of a running process so far, in bytes (`VmHWM`), or nil.
    static func highWaterMark(of pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "") else { return nil }
        return kilobytes * 1024
    }
}
