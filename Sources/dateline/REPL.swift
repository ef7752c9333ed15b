import CEditLine
import Dateline
import Foundation

/// The interactive loop over libedit.
final class REPL {
    private var runner: ScriptRunner
    private var editLine: OpaquePointer?
    private var history: OpaquePointer?
    private var event = HistEvent()

    init(runner: ScriptRunner) {
        self.runner = runner
    }

    func loop() {
        setlocale(LC_CTYPE, "")
        editLine = dl_el_init(CommandLine.arguments[0])
        history = history_init()
        _ = dl_history_setsize(history, &event, 2000)
        _ = dl_el_set_history(editLine, history)
        _ = dl_el_set_prompt(editLine) { _ in UnsafeMutablePointer(mutating: REPL.prompt) }
        _ = dl_el_set_editor(editLine, "emacs")
        _ = dl_el_set_signal(editLine, 1)
        el_source(editLine, nil)
        defer {
            el_end(editLine)
            history_end(history)
        }
        while true {
            var count: Int32 = 0
            guard let line = el_gets(editLine, &count) else {
                print()
                return
            }
            let text = String(cString: line).trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { continue }
            _ = dl_history_enter(history, &event, text)
            if text == ".quit" || text == ".exit" { return }
            _ = runner.run(SourceText(name: "<stdin>", text: text))
        }
    }

    nonisolated(unsafe) private static let prompt: UnsafePointer<CChar> = {
        let s = strdup("dateline> ")!
        return UnsafePointer(s)
    }()
}
