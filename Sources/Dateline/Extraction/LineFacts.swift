/// A line of an article, found from the token scan's marks, with the facts about it that
/// short lines are classified by. The facts are read from the line when asked (only lines
/// of a few dozen scalars are asked), so no pass over the text's scalars is made for them.
struct LineFacts {
    /// The line, without its line break.
    var range: Range<Int>
    /// The line without surrounding white space.
    var trimmed: Range<Int>
    /// Where the line's folded "(" and "/", with which every ``PageFurniture/endMarkers``
    /// entry begins, stand in the marks the lines were made from (indices of that array).
    var openings: Range<Int>

    /// The lines of `text`, broken at "\n", "\r" and U+2029 (a break at the very end opens no
    /// line). `marks` are the offsets of those breaks and of the folded "(" and "/", in order
    /// (``TokenizedText/lineMarks``: the token scan, which reads every scalar, notes them).
    static func lines(of text: ScalarText, marks: [Int]) -> [LineFacts] {
        var result: [LineFacts] = []
        result.reserveCapacity(16)
        var start = 0, firstMark = 0
        for (k, i) in marks.enumerated() {
            let v = text.folded[i]
            guard v != 0x28, v != 0x2F else { continue }
            result.append(LineFacts(start..<i, openings: firstMark..<k, in: text))
            (start, firstMark) = (i + 1, k + 1)
        }
        if start < text.count { result.append(LineFacts(start..<text.count, openings: firstMark..<marks.count, in: text)) }
        return result
    }

    private init(_ range: Range<Int>, openings: Range<Int>, in text: ScalarText) {
        self.range = range
        self.openings = openings
        trimmed = text.trimmed(range)
    }

    /// Whether a separator of ``PageFurniture/breadcrumbSeparators`` (" | ", " > ", …) stands
    /// in the line: one of their marks with a space on either side (a line break is no space).
    func hasBreadcrumbSeparator(in text: ScalarText) -> Bool {
        text.scalars.withUnsafeBufferPointer { scalars in
            range.contains { i in
                // Spaces on both sides are rare: they are tested before the marks.
                i > 0 && i + 1 < scalars.count && scalars[i + 1] == " " && scalars[i - 1] == " " && Self.breadcrumbMarks.contains(scalars[i])
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
