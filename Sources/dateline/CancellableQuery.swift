import Dateline
import Foundation

/// Runs one statement on a worker thread so that Ctrl-C can cancel it. The caller waits,
/// polling ``Interrupt``; on Ctrl-C it trips the session's ``CancellationFlag`` (the engine
/// checks it between rows and steps), gives the worker a moment to stop, and returns either
/// way — a worker that does not stop in time is left to finish and its result dropped.
/// The session is copied in and, when the statement finishes, copied back (a `let` binding
/// lands only then), so a cancelled statement leaves the shell as it was.
enum CancellableQuery {
    enum Outcome {
        case finished(Result<ResultSet, Error>, Evaluator, Duration)
        case interrupted
    }

    /// Seconds every statement waits before it runs, from `DATELINE_DEBUG_QUERY_DELAY`:
    /// a hidden hook that lets the end-to-end tests press Ctrl-C during a query (it says
    /// so on standard error when the wait begins).
    static let debugDelay: Double = ProcessInfo.processInfo.environment["DATELINE_DEBUG_QUERY_DELAY"].flatMap(Double.init) ?? 0

    /// How long a cancelled worker may take to notice the flag before it is abandoned.
    static let stopGrace: DispatchTimeInterval = .milliseconds(500)

    private final class Work: @unchecked Sendable {
        var session: Evaluator
        let statement: QueryStatement
        var result: Result<ResultSet, Error>?
        var elapsed = Duration.zero
        let done = DispatchSemaphore(value: 0)

        init(session: Evaluator, statement: QueryStatement) {
            self.session = session
            self.statement = statement
        }

        func run() {
            var delay = CancellableQuery.debugDelay
            if delay > 0 { Console.write("dateline: debug: the query waits \(delay) s\n", to: 2) }
            while delay > 0, session.cancellation?.isCancelled != true {
                Thread.sleep(forTimeInterval: min(delay, 0.05))
                delay -= 0.05
            }
            let clock = ContinuousClock()
            let start = clock.now
            result = Result { try session.run(statement) }
            elapsed = clock.now - start
            done.signal()
        }
    }

    static func run(_ statement: QueryStatement, in session: Evaluator) -> Outcome {
        var session = session
        let flag = CancellationFlag()
        session.cancellation = flag
        let work = Work(session: session, statement: statement)
        let thread = Thread { work.run() }
        thread.stackSize = 64 << 20
        thread.start()
        while work.done.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
            if Interrupt.isPending {
                flag.cancel()
                _ = work.done.wait(timeout: .now() + stopGrace)
                return .interrupted
            }
        }
        if case .failure(let error) = work.result!, error is QueryInterrupted { return .interrupted }
        work.session.cancellation = nil
        return .finished(work.result!, work.session, work.elapsed)
    }
}
