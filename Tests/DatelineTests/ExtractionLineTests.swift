import Testing
@testable import Dateline

/// The lines of ``ArticleZones`` come from the marks the token scan notes
/// (``TokenizedText/lineMarks``), not from a pass of their own: the marks must be every
/// scalar a pass over the folded scalars would stop at.
struct LineMarkTests {
    /// The folded values lines are broken and end markers opened at.
    static let markValues: Set<UInt32> = [0x0A, 0x0D, 0x2029, 0x28, 0x2F]

    /// Every scalar whose folded value is a mark is a separator to the token scanner, which
    /// notes separators only (a letter or a combining mark would be read inside a token).
    @Test func everyMarkScalarIsASeparator() {
        let all = (0..<0x10000).compactMap { Unicode.Scalar(UInt32($0)) }
        let text = ScalarText(String(String.UnicodeScalarView(all)))
        let marks = text.folded.indices.filter { Self.markValues.contains(text.folded[$0]) }
        #expect(marks.count >= Self.markValues.count)
        for i in marks {
            #expect(ScalarTable.scalarClass(text.tokenClasses[i]) == .separator, "U+\(String(all[i].value, radix: 16))")
        }
    }

    @Test(arguments: [
        "Title\r\n\r\nBody (end) mk/tg\u{2029}Last line",
        "（共同）東京\nＡＦＰ／ＪＩＪＩ\n\n",
        "no break at all / but a slash (and an opening)",
        "\n\nلندن (رويترز) - نص\r",
    ])
    func marksAreTheScannedMarks(_ string: String) {
        let text = ScalarText(string)
        let expected = text.folded.indices.filter { Self.markValues.contains(text.folded[$0]) }
        #expect(TokenizedText(text).lineMarks == expected)
        let isOpening = { (i: Int) in text.folded[i] == 0x28 || text.folded[i] == 0x2F }
        let breaks = expected.filter { !isOpening($0) }
        // A break at the very end opens no line.
        let ends = breaks.last.map { $0 + 1 < text.count } ?? true ? breaks + [text.count] : breaks
        let lines = LineFacts.lines(of: text, marks: expected)
        #expect(lines.map(\.range.upperBound) == ends)
        #expect(lines.map { Array(expected[$0.openings]) } == lines.map { $0.range.filter(isOpening) })
    }
}

/// ``PageFurniture/endsWithCreditTail(_:_:)`` walks only a tail that holds a clue
/// (``PageFurniture/hasCreditTailClue(_:_:)``): every credit it looks for must hold one.
struct CreditTailTests {
    @Test func everyCreditTailHoldsAClue() {
        for tail in PageFurniture.creditTails {
            let folded = ScalarTable.fold(tail)
            #expect(folded.withUnsafeBufferPointer { PageFurniture.hasCreditTailClue($0, 0..<$0.count) }, "\(tail)")
        }
    }

    @Test(arguments: [
        ("Rescue workers search the rubble in the city centre. REUTERS/Jane Doe", true),
        ("Rescuers carry a survivor from the site. Foto: Antara", true),
        ("Demonstrators march through the capital on Sunday. EPA-EFE/JOHN SMITH", true),
        ("The minister said on Monday that the talks would resume next week.", false),
        ("A fotograph of the photographer's favourite pho stall", false),
    ])
    func tailsAreFound(_ line: String, _ isCredit: Bool) {
        let text = ScalarText(line)
        #expect(PageFurniture.endsWithCreditTail(text, 0..<text.count) == isCredit)
    }
}
