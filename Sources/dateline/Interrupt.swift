import Foundation
import Synchronization

/// Ctrl-C, as a flag. The SIGINT handler only sets it (an atomic store is all a signal
/// handler may safely do); the line reader and running queries poll it.
///
/// The handler is installed with `sa_flags = 0`, not `SA_RESTART`, so that a `read` waiting
/// for the terminal returns with `EINTR` and libedit's `el_gets` gives up the line.
enum Interrupt {
    private static let flag = Atomic<Bool>(false)

    static func install() {
        _ = flag.load(ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in Interrupt.flag.store(true, ordering: .relaxed) }
        action.sa_flags = 0
        sigemptyset(&action.sa_mask)
        sigaction(SIGINT, &action, nil)
        // A parent (swift test's Process, for one) may have left SIGINT blocked.
        var blocked = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &blocked, nil)
    }

    /// Whether Ctrl-C came since the flag was last taken; does not clear it.
    static var isPending: Bool { flag.load(ordering: .relaxed) }

    /// Whether Ctrl-C came since the last call; clears the flag.
    static func take() -> Bool { flag.exchange(false, ordering: .relaxed) }
}
