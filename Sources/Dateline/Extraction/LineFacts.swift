/// A line of an article with the facts about it that most lines are classified by, read in
/// one scan over the text: which marks it holds decides whether the slower tests (a String
/// of the line, a search for a marker) are worth running at all.
struct LineFacts {
    /// The line, without its line break.
    var range: Range<Int>
    /// The line without surrounding white space.
    var trimmed: Range<Int>
    /// A separator of ``PageFurniture/breadcrumbSeparators`` (" | ", " > ", …) stands in it.
    var hasBreadcrumbSeparator = false
    /// Three ASCII letters follow each other: a word, so not a size or control row.
    var hasThreeASCIILetters = false
    /// A folded "/": an agency code such as "afp/pym" may be the line.
    var hasSlash = false
    /// A "(" or "/" stands in it, with which every ``PageFurniture/endMarkers`` entry begins.
    var mayHoldEndMarker = false

    /// The lines of `text`, broken at "\n", "\r" and U+2029 (a break at the very end opens no
    /// line), from one pass over its scalars.
    static func lines(of text: ScalarText) -> [LineFacts] {
        var result: [LineFacts] = []
        text.scalars.withUnsafeBufferPointer { scalars in
            text.folded.withUnsafeBufferPointer { folded in
                var line = LineFacts(startingAt: 0), letterRun = 0
                for i in scalars.indices {
                    let s = scalars[i]
                    if s == "\n" || s == "\r" || s == "\u{2029}" {
                        result.append(line.ended(at: i, in: text))
                        (line, letterRun) = (LineFacts(startingAt: i + 1), 0)
                        continue
                    }
                    letterRun = (s.value | 0x20) &- 0x61 < 26 ? letterRun + 1 : 0  // an ASCII letter
                    if letterRun == 3 { line.hasThreeASCIILetters = true }
                    if s.value < 0x80 ? s == "/" : folded[i] == 0x2F { line.hasSlash = true }
                    if s == "(" || s == "/" { line.mayHoldEndMarker = true }
                    // The neighbours of a mark within the line: a line break is no space.
                    if i > 0, i + 1 < scalars.count, scalars[i - 1] == " ", scalars[i + 1] == " ", Self.breadcrumbMarks.contains(s) {
                        line.hasBreadcrumbSeparator = true
                    }
                }
                if line.range.lowerBound < scalars.count { result.append(line.ended(at: scalars.count, in: text)) }
            }
        }
        return result
    }

    /// The marks of ``PageFurniture/breadcrumbSeparators`` without their spaces.
    private static let breadcrumbMarks = PageFurniture.breadcrumbSeparators.compactMap { $0.unicodeScalars.first { $0 != " " } }

    private init(startingAt start: Int) {
        range = start..<start
        trimmed = range
    }

    private func ended(at end: Int, in text: ScalarText) -> LineFacts {
        var line = self
        line.range = range.lowerBound..<end
        line.trimmed = text.trimmed(line.range)
        return line
    }
}
