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

    /// The lines of `text`, broken at "\n", "\r" and U+2029 (a break at the very end opens no line).
    static func lines(of text: ScalarText) -> [LineFacts] {
        var result: [LineFacts] = []
        var start = 0
        text.scalars.withUnsafeBufferPointer { scalars in
            text.folded.withUnsafeBufferPointer { folded in
                for i in scalars.indices where isLineBreak(scalars[i]) {
                    result.append(LineFacts(start..<i, in: text, scalars, folded))
                    start = i + 1
                }
                if start < scalars.count { result.append(LineFacts(start..<scalars.count, in: text, scalars, folded)) }
            }
        }
        return result
    }

    private static func isLineBreak(_ s: Unicode.Scalar) -> Bool { s == "\n" || s == "\r" || s == "\u{2029}" }

    /// The marks of ``PageFurniture/breadcrumbSeparators`` without their spaces.
    private static let breadcrumbMarks = PageFurniture.breadcrumbSeparators.compactMap { $0.unicodeScalars.first { $0 != " " } }

    private init(
        _ range: Range<Int>, in text: ScalarText, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ folded: UnsafeBufferPointer<UInt32>
    ) {
        self.range = range
        trimmed = text.trimmed(range)
        var letterRun = 0
        for i in range {
            let s = scalars[i]
            letterRun = (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") ? letterRun + 1 : 0
            if letterRun == 3 { hasThreeASCIILetters = true }
            if s == "(" || s == "/" { mayHoldEndMarker = true }
            if folded[i] == 0x2F { hasSlash = true }
            if i > range.lowerBound, i + 1 < range.upperBound, scalars[i - 1] == " ", scalars[i + 1] == " ",
               Self.breadcrumbMarks.contains(s) {
                hasBreadcrumbSeparator = true
            }
        }
    }
}
