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
        case finished(Result<QueryOutput, Error>, Evaluator, Duration)
        case interrupted
    }

    /// What a finished query gave: its rows read into a table, or (when the caller streams
    /// them) the result whose rows are still in the index.
    enum QueryOutput {
        case table(ResultSet)
        case stored(QueryResult)
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
        let keepsRowsInIndex: Bool
        var result: Result<QueryOutput, Error>?
        var elapsed = Duration.zero
        let done = DispatchSemaphore(value: 0)

        init(session: Evaluator, statement: QueryStatement, keepsRowsInIndex: Bool) {
            self.session = session
            self.statement = statement
            self.keepsRowsInIndex = keepsRowsInIndex
        }

        /// An `explain` plan or a computed table as rows; stored rows as they are.
        private func output(of result: QueryResult) -> QueryOutput {
            guard let plan = result.plan else { return .stored(result) }
            var table = plan.resultSet
            table.warnings = result.warnings
            return .table(table)
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
            result = Result { keepsRowsInIndex ? try output(of: session.execute(statement)) : .table(try session.run(statement)) }
            elapsed = clock.now - start
            done.signal()
        }
    }

    /// Runs `statement` on a worker thread, stopping it on Ctrl-C. With `keepsRowsInIndex`,
    /// rows of a stored source are left in the index for the caller to stream.
    static func run(_ statement: QueryStatement, in session: Evaluator, keepsRowsInIndex: Bool = false) -> Outcome {
        var session = session
        let flag = CancellationFlag()
        session.cancellation = flag
        let work = Work(session: session, statement: statement, keepsRowsInIndex: keepsRowsInIndex)
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
