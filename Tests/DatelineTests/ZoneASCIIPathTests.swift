import Testing
@testable import Dateline

/// The zone checks answer an all-ASCII line from its folded scalars and any other line from
/// its folded String: on ASCII lines both must answer alike, or a line would be read
/// differently for being ASCII.
@Suite struct ZoneASCIIPathTests {
    private static let lines = [
        "", "1280x720", "A+ A-", "Play Pause Mute", "0:00 / 2:35", "CC  HD   4K", "abc de fg hi jk lm no",
        "Share: Facebook Twitter", "x y z w v u t", "12 MB", "\tAB\tCD", "Reuters",
        "Firefighters at the scene (AP/Damian Dovarganes)", "Tanks on parade [EPA/JUSTIN LANE]",
        "The minister (Foto: ANTARA/Hafidz)", "Crowds in 2024 (AP/Photo 2024)", "Officials met (photo)",
        "He said (in a statement)", "(a/b)", "[x/y/z]", "nothing here)", "(open but no close",
        "Talks (Reuters/" + String(repeating: "x", count: 70) + ")", "Seen (fotografia de arquivo)",
    ]

    @Test(arguments: lines)
    func sizeOrControlRowsAgree(_ line: String) {
        let text = ScalarText(line), range = 0..<text.count
        let fast = text.folded.withUnsafeBufferPointer { ArticleZones.asciiSizeOrControlRow($0, range) }
        #expect(fast == ArticleZones.isSizeOrControlRow(text.foldedString(range)))
    }

    @Test(arguments: lines)
    func photoCreditsAgree(_ line: String) {
        let text = ScalarText(line), range = 0..<text.count
        let fast = text.folded.withUnsafeBufferPointer { ArticleZones.endsWithASCIIPhotoCredit($0, range) }
        #expect(fast == ArticleZones.endsWithPhotoCredit(text.foldedString(range)))
    }
}
