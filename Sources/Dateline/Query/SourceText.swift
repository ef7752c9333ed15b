/// Query or script text with its name, for turning byte offsets into lines and columns.
public struct SourceText: Sendable, Hashable {
    /// The file name shown in diagnostics (`<command line>`, `script.q`).
    public var name: String
    public var text: String
    private let lineStarts: [Int]

    public init(name: String, text: String) {
        self.name = name
        self.text = text
        var starts = [0]
        for (offset, byte) in text.utf8.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// 1-based line and column of a UTF-8 offset; columns count characters.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let lineStart = lineStarts[low]
        let utf8 = Array(text.utf8)
        let prefix = utf8[lineStart..<min(offset, utf8.count)]
        let column = String(decoding: prefix, as: UTF8.self).count + 1
        return (low + 1, column)
    }

    /// The text of 1-based line `line`, without its newline.
    public func line(_ line: Int) -> String {
        let utf8 = Array(text.utf8)
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : utf8.count
        if end < start { end = start }
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }
}

extension Diagnostic {
    /// `FILE:LINE:COL: error: MESSAGE`, the source line and a caret under the range,
    /// then the notes.
    public func rendered(in source: SourceText) -> String {
        let (line, column) = source.location(of: range.start)
        var out = "\(source.name):\(line):\(column): \(severity.rawValue): \(message)\n"
        let lineText = source.line(line)
        out += "  \(line) | \(lineText)\n"
        let endColumn = range.end > range.start ? source.location(of: range.end).column : column + 1
        let width = max(1, (source.location(of: range.end).line == line ? endColumn : lineText.count + 1) - column)
        let gutter = String(repeating: " ", count: String(line).count)
        out += "  \(gutter) | " + String(repeating: " ", count: column - 1) + "^" + String(repeating: "~", count: width - 1) + "\n"
        for note in notes {
            out += "note: \(note.message)\n"
        }
        return out
    }
}
