/// Query or script text with its name, for turning UTF-8 offsets into lines and columns.
/// Offsets are what tokens, trees and diagnostics carry; lines and columns exist only for
/// display.
public struct SourceText: Sendable, Hashable {
    /// The file name shown in diagnostics (`<command line>`, `script.q`).
    public var name: String
    /// The text itself.
    public var text: String
    private let bytes: [UInt8]
    /// The UTF-8 offset at which each line starts; the first is 0.
    private let lineStarts: [Int]

    /// `text` named `name` in diagnostics.
    public init(name: String, text: String) {
        self.name = name
        self.text = text
        bytes = Array(text.utf8)
        var starts = [0]
        var offset = 0
        while let newline = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) {
            starts.append(newline + 1)
            offset = newline + 1
        }
        lineStarts = starts
    }

    /// 1-based line and column of a UTF-8 offset; columns count characters (grapheme
    /// clusters), so `الصين` or `中国` advance the column by their letters, not their bytes.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let offset = min(max(0, offset), bytes.count)
        let line = lineIndex(of: offset)
        return (line + 1, String(decoding: bytes[lineStarts[line]..<offset], as: UTF8.self).count + 1)
    }

    /// `LINE:COL` of an offset, as messages quote places ("opened at 1:12").
    public func position(of offset: Int) -> String {
        let (line, column) = location(of: offset)
        return "\(line):\(column)"
    }

    /// The number of lines; a final newline starts an empty last line.
    public var lineCount: Int { lineStarts.count }

    /// The text of 1-based line `line`, without its line end.
    public func line(_ line: Int) -> String {
        let span = lineSpan(line - 1)
        return String(decoding: bytes[span], as: UTF8.self)
    }

    /// The UTF-8 offsets of 0-based line `index`, without its `\n` or `\r\n`.
    func lineSpan(_ index: Int) -> Range<Int> {
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<max(start, end)
    }

    func lineIndex(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// At most `limit` bytes of `range`, from its end when `fromEnd`, cut at scalar
    /// boundaries; and whether anything was cut.
    func slice(_ range: Range<Int>, atMost limit: Int, fromEnd: Bool) -> (text: String, wasCut: Bool) {
        guard range.count > limit else { return (slice(range), false) }
        var lower = fromEnd ? range.upperBound - limit : range.lowerBound
        var upper = fromEnd ? range.upperBound : range.lowerBound + limit
        while lower < upper, bytes[lower] & 0xC0 == 0x80 { lower += 1 }
        while upper > lower, upper < range.upperBound, bytes[upper] & 0xC0 == 0x80 { upper -= 1 }
        return (slice(lower..<upper), true)
    }

    func slice(_ range: Range<Int>) -> String {
        let lower = min(max(0, range.lowerBound), bytes.count)
        return String(decoding: bytes[lower..<min(max(lower, range.upperBound), bytes.count)], as: UTF8.self)
    }
}
