/// The strings of ranges of an article's ``ScalarText``, copied from the `String` it was decoded
/// from: its UTF-8 is valid already, so a copy of the bytes is neither encoded anew from the
/// scalars nor validated again, as a string built from scalars is. Statements take their
/// content and speaker strings from here.
///
/// Scalar offsets become UTF-8 offsets by counting the UTF-8 length of the scalars from the
/// place last asked about, which the statement stage asks about in text order.
final class SourceSlices {
    private let source: String
    private let text: ScalarText
    /// A scalar offset of the text, and the UTF-8 offset of the same place in `source`.
    private var scalarOffset = 0, utf8Offset = 0

    /// `text` must be decoded from `source` (``ScalarText/init(repairing:)`` leaves `source` so).
    init(_ source: String, text: ScalarText) {
        self.source = source
        self.text = text
    }

    /// ``ScalarText/string(_:)`` of `range`: the text of its scalars (clamped to the text),
    /// without U+0000.
    func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, text.count)), upper = max(lower, min(range.upperBound, text.count))
        let start = utf8Offset(of: lower)
        let (length, zeros) = Self.utf8Length(text.scalars, lower..<upper)
        // (The rare NUL is left out of the scalars' string, not of the source.)
        guard zeros == 0 else { return text.string(range) }
        (scalarOffset, utf8Offset) = (upper, start + length)
        let utf8 = source.utf8
        let first = utf8.index(utf8.startIndex, offsetBy: start), past = utf8.index(first, offsetBy: length)
        return String(source[first..<past])
    }

    /// The UTF-8 offset in `source` of the scalar offset `offset`.
    private func utf8Offset(of offset: Int) -> Int {
        if offset >= scalarOffset {
            utf8Offset += Self.utf8Length(text.scalars, scalarOffset..<offset).bytes
        } else if offset >= scalarOffset / 2 {
            utf8Offset -= Self.utf8Length(text.scalars, offset..<scalarOffset).bytes
        } else {
            utf8Offset = Self.utf8Length(text.scalars, 0..<offset).bytes
        }
        scalarOffset = offset
        return utf8Offset
    }

    /// The UTF-8 length of the scalars `range` of `scalars`, and how many of them are U+0000:
    /// branch-free arithmetic on each value, which the compiler runs several lanes at a time.
    private static func utf8Length(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> (bytes: Int, zeros: Int) {
        scalars.withValues { values in
            var bytes: UInt32 = 0, zeros: UInt32 = 0
            for v in UnsafeBufferPointer(rebasing: values[range]) {
                // A difference that wraps below 0 sets bit 31: 1 for each bound `v` exceeds.
                bytes &+= 1 &+ ((0x7F &- v) >> 31) &+ ((0x7FF &- v) >> 31) &+ ((0xFFFF &- v) >> 31)
                zeros &+= (v &- 1) >> 31
            }
            return (Int(bytes), Int(zeros))
        }
    }
}
