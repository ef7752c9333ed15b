import Foundation
import Synchronization

/// A flag a client sets to stop running queries: the REPL trips it from its Ctrl-C handler.
/// Queries also stop when the Swift task running them is cancelled.
public final class CancellationFlag: Sendable {
    private let raised = Atomic<Bool>(false)

    /// A flag that is not raised.
    public init() {}

    /// Asks every query watching this flag to stop. Safe to call from any thread.
    public func cancel() { raised.store(true, ordering: .relaxed) }

    /// Clears the flag before the next query.
    public func reset() { raised.store(false, ordering: .relaxed) }

    /// Whether ``cancel()`` was called since the last ``reset()``.
    public var isCancelled: Bool { raised.load(ordering: .relaxed) }
}

/// Why a query stopped before its end.
public struct QueryInterrupted: Error, Sendable, Hashable, CustomStringConvertible {
    /// Says that the query was cancelled.
    public var description: String { "the query was cancelled" }
}

/// The checks a long-running step makes: cancellation by flag or task, and the time bound
/// of `matches`.
struct Deadline {
    var flag: CancellationFlag?
    /// When `matches` must give up, as a monotonic time.
    var regexLimit: DispatchTime

    /// Throws when the query was asked to stop.
    func check() throws {
        if Task.isCancelled || flag?.isCancelled == true { throw QueryInterrupted() }
    }

    var isCancelled: Bool { Task.isCancelled || flag?.isCancelled == true }

    static let none = Deadline(flag: nil, regexLimit: .distantFuture)
}
