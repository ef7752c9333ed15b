/// A line of an article, found by one scan for line breaks, with the facts about it that
/// short lines are classified by. The facts are read from the line when asked (only lines
/// of a few dozen scalars are asked), so the scan itself tests each scalar once, for a break.
struct LineFacts {
    /// The line, without its line break.
    var range: Range<Int>
    /// The line without surrounding white space.
    var trimmed: Range<Int>

    /// The lines of `text`, broken at "\n", "\r" and U+2029 (a break at the very end opens no
    /// line), from one pass over its scalars.
    static func lines(of text: ScalarText) -> [LineFacts] {
        var result: [LineFacts] = []
        result.reserveCapacity(16)
        text.scalars.withUnsafeBufferPointer { scalars in
            var start = 0
            for i in scalars.indices {
                let v = scalars[i].value
                // Most scalars are above "\r" and are no U+2029: one well-predicted test each.
                guard v <= 0x0D ? v == 0x0A || v == 0x0D : v == 0x2029 else { continue }
                result.append(LineFacts(start..<i, in: text))
                start = i + 1
            }
            if start < scalars.count { result.append(LineFacts(start..<scalars.count, in: text)) }
        }
        return result
    }

    private init(_ range: Range<Int>, in text: ScalarText) {
        self.range = range
        trimmed = text.trimmed(range)
    }

    /// Whether a separator of ``PageFurniture/breadcrumbSeparators`` (" | ", " > ", …) stands
    /// in the line: one of their marks with a space on either side (a line break is no space).
    func hasBreadcrumbSeparator(in text: ScalarText) -> Bool {
        text.scalars.withUnsafeBufferPointer { scalars in
            range.contains { i in
                i > 0 && i + 1 < scalars.count && scalars[i - 1] == " " && scalars[i + 1] == " " && Self.breadcrumbMarks.contains(scalars[i])
            }
        }
    }

    /// Whether three ASCII letters follow each other in the line: a word, so not a size or control row.
    func hasThreeASCIILetters(in text: ScalarText) -> Bool {
        var letterRun = 0
        for i in range {
            letterRun = (text.scalars[i].value | 0x20) &- 0x61 < 26 ? letterRun + 1 : 0  // an ASCII letter
            if letterRun == 3 { return true }
        }
        return false
    }

    /// Whether the line holds a folded "/": an agency code such as "afp/pym" may be the line.
    func hasSlash(in text: ScalarText) -> Bool {
        range.contains { i in text.scalars[i].isASCII ? text.scalars[i] == "/" : text.folded[i] == 0x2F }
    }

    /// The marks of ``PageFurniture/breadcrumbSeparators`` without their spaces.
    private static let breadcrumbMarks = PageFurniture.breadcrumbSeparators.compactMap { $0.unicodeScalars.first { $0 != " " } }
}
