import CEditLine
import Dateline
import Foundation

/// Lines from a terminal through libedit: editing, history kept in a file, TAB completion,
/// `~/.editrc` (so `bind -v` gives vi mode). The facts it relies on are in LIBEDIT.md.
final class EditLineReader: LineReader {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private var event = HistEvent()
    private let historyPath: String?
    /// The completer for the shell as it is now (after `.open`, over the new corpus).
    private let completer: () -> Completer
    /// The prompt libedit shows, kept alive as a C string while it is in use.
    private var promptText: UnsafeMutablePointer<CChar>
    /// The unfinished entry the current line continues; completion looks at it too.
    private var pendingText = ""

    init(completer: @escaping () -> Completer, historyPath: String?) {
        Self.ensureUTF8Locale()
        self.completer = completer
        self.historyPath = historyPath
        promptText = strdup("")
        editLine = dl_el_init("dateline")
        history = history_init()
        _ = dl_history_setsize(history, &event, HistoryFile.capacity)
        _ = dl_history_setunique(history, &event, 1)
        if let historyPath {
            HistoryFile.prepareFolder(of: historyPath)
            _ = dl_history_load(history, &event, historyPath)
        }
        _ = dl_el_set_history(editLine, history)
        _ = dl_el_set_editor(editLine, "emacs")
        _ = dl_el_set_signal(editLine, 1)
        _ = dl_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        _ = dl_el_set_prompt(editLine) { editLine in
            EditLineReader.owner(of: editLine)?.promptText ?? nil
        }
        _ = dl_el_add_function(editLine, "dateline-complete", "complete a source, keyword, field or value") { editLine, _ in
            guard let editLine, let reader = EditLineReader.owner(of: editLine) else { return UInt8(CC_ERROR) }
            return reader.complete(editLine)
        }
        bindCompletion()
        el_source(editLine, nil)
        // `bind -v` in ~/.editrc resets the key maps: bind TAB again.
        bindCompletion()
    }

    deinit {
        el_end(editLine)
        history_end(history)
        free(promptText)
    }

    func readLine(prompt: String, pendingText: String) -> LineInput {
        free(promptText)
        promptText = strdup(prompt)
        self.pendingText = pendingText
        while true {
            var count: Int32 = 0
            if let line = el_gets(editLine, &count) {
                var text = String(cString: line)
                if text.hasSuffix("\n") { text.removeLast() }
                return .line(text)
            }
            if Interrupt.take() {
                Console.write("\n", to: 1)
                return .interrupted
            }
            if count < 0 && errno == EINTR { continue }
            Console.write("\n", to: 1)
            return .endOfInput
        }
    }

    /// Adds the entry to the history and saves the file at once, so a crash loses nothing.
    /// libedit writes it with mode 0600 and drops an entry equal to the one before.
    func remember(_ entry: String) {
        _ = dl_history_enter(history, &event, entry)
        if let historyPath { _ = dl_history_save(history, &event, historyPath) }
    }

    private func bindCompletion() {
        _ = dl_el_bind(editLine, "^I", "dateline-complete")
    }

    private static func owner(of editLine: OpaquePointer?) -> EditLineReader? {
        guard let editLine, let data = dl_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    /// libedit drops non-ASCII input unless the C library's character type is UTF-8.
    private static func ensureUTF8Locale() {
        setlocale(LC_CTYPE, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    // MARK: Completion

    private func complete(_ editLine: OpaquePointer) -> UInt8 {
        guard let info = el_line(editLine) else { return UInt8(CC_ERROR) }
        let count = info.pointee.cursor - info.pointee.buffer
        let line = String(decoding: UnsafeRawBufferPointer(start: info.pointee.buffer, count: count), as: UTF8.self)
        let context = pendingText.isEmpty ? line : pendingText + "\n" + line
        let completion = completer().complete(context)
        let replacing = String(completion.replacing.suffix(line.count))
        switch completion.candidates.count {
        case 0:
            return UInt8(CC_REFRESH_BEEP)
        case 1:
            let candidate = completion.candidates[0]
            replace(replacing, with: candidate.text + (candidate.isWordComplete ? " " : ""))
            return UInt8(CC_REFRESH)
        default:
            let prefix = completion.commonPrefix
            if prefix.unicodeScalars.count > replacing.unicodeScalars.count {
                replace(replacing, with: prefix)
                return UInt8(CC_REFRESH)
            }
            Console.write("\n" + CandidateList(candidates: completion.candidates).rendered(width: Terminal.size()?.columns ?? 80), to: 1)
            return UInt8(CC_REDISPLAY)
        }
    }

    private func replace(_ old: String, with new: String) {
        if !old.isEmpty { el_deletestr(editLine, Int32(old.unicodeScalars.count)) }
        _ = el_insertstr(editLine, new)
    }
}

/// Candidates listed in columns under the line being edited: `China (3)   Chile (1)`; the
/// first ``limit`` of them, then a line saying how many more there are.
struct CandidateList {
    let candidates: [CompletionCandidate]
    static let limit = 60

    func rendered(width: Int) -> String {
        let cells = candidates.prefix(Self.limit).map { candidate in
            candidate.count.map { "\(candidate.label) (\($0))" } ?? candidate.label
        }
        let cellWidth = (cells.map(DisplayWidth.of).max() ?? 0) + 2
        let columns = max(1, width / max(cellWidth, 1))
        var out = ""
        for (index, cell) in cells.enumerated() {
            let isLastInRow = (index + 1) % columns == 0 || index == cells.count - 1
            out += isLastInRow ? cell + "\n" : cell + String(repeating: " ", count: cellWidth - DisplayWidth.of(cell))
        }
        if candidates.count > Self.limit {
            out += "… \(candidates.count - Self.limit) more; type a few letters to narrow them down\n"
        }
        return out
    }
}
