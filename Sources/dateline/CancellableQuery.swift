import Dateline
import Foundation

/// Runs one statement on a worker thread so that Ctrl-C can cancel it: the caller waits,
/// polling ``Interrupt``, and on Ctrl-C returns at once and drops whatever the worker later
/// produces. The evaluator is copied in and, when the statement finishes, copied back (a
/// `let` binding lands only then), so a cancelled statement leaves the shell as it was.
enum CancellableQuery {
    enum Outcome {
        case finished(Result<ResultSet, Error>, Evaluator, Duration)
        case interrupted
    }

    /// Seconds every statement waits before it runs, from `DATELINE_DEBUG_QUERY_DELAY`:
    /// a hidden hook that lets the end-to-end tests press Ctrl-C during a query.
    static let debugDelay: Double = ProcessInfo.processInfo.environment["DATELINE_DEBUG_QUERY_DELAY"].flatMap(Double.init) ?? 0

    private final class Work: @unchecked Sendable {
        var evaluator: Evaluator
        let statement: QueryStatement
        var result: Result<ResultSet, Error>?
        var elapsed = Duration.zero
        let done = DispatchSemaphore(value: 0)

        init(evaluator: Evaluator, statement: QueryStatement) {
            self.evaluator = evaluator
            self.statement = statement
        }

        func run() {
            if CancellableQuery.debugDelay > 0 { Thread.sleep(forTimeInterval: CancellableQuery.debugDelay) }
            let clock = ContinuousClock()
            let start = clock.now
            result = Result { try evaluator.run(statement) }
            elapsed = clock.now - start
            done.signal()
        }
    }

    static func run(_ statement: QueryStatement, with evaluator: Evaluator) -> Outcome {
        let work = Work(evaluator: evaluator, statement: statement)
        let thread = Thread { work.run() }
        thread.stackSize = 64 << 20
        thread.start()
        while work.done.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
            if Interrupt.isPending { return .interrupted }
        }
        return .finished(work.result!, work.evaluator, work.elapsed)
    }
}
