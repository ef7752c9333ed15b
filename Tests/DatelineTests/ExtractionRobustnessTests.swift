import Foundation
import Testing
@testable import Dateline

/// No text crashes extraction, and every offset it reports lies inside the text. Debug
/// builds check the bounds of the unsafe buffers the extractor reads, so an out-of-bounds
/// read here stops the test instead of reading past the text as a release build would.
@Suite struct ExtractionRobustnessTests {
    /// A speaker phrase with no words ("国 \u{D7FF}said한,s" gave one) once made the resolver
    /// read the first word of an empty list.
    @Test func speakerPhraseWithoutWordsIsNoCrash() {
        let model = ArticleExtractor().extract(ArticleInput(id: "a", path: "a", text: "国 \u{D7FF}said한,s"))
        Self.expectOffsetsInside(model)
    }

    /// A sentence whose first word stands after the comma before the verb ("—, dijo …", a
    /// paragraph continuing a quotation with "», a dit …") once made an inverted range.
    @Test(arguments: ["Titre\n\n—, dijo el ministro.", "Titre\n\n», a dit le ministre.", "Titre\n\n(…), a dit le porte-parole.", "T\n\n—, said Wang Yi."])
    func punctuationBeforeAttributionIsNoCrash(_ text: String) {
        Self.expectOffsetsInside(ArticleExtractor().extract(ArticleInput(id: "a", path: "a", text: text)))
    }

    /// Random texts made of the pieces extraction reacts to: speech verbs of several
    /// languages, quotation marks, country names, datelines, agency marks, combining and
    /// zero-width marks, mis-decoded text, line breaks and punctuation, in any order.
    @Test func randomTextsOfMeaningfulPiecesAreNoCrash() {
        let pieces = [
            "said", "a dit", "قال", "وقال", "menurut", "заявил", "表示", "と述べた", "밝혔다", "afirmou", "erklärte", "dijo",
            "\"", "“", "”", "«", "»", "„", "「", "」", "『", "』", "\u{200B}", "\u{FEFF}", "\u{0301}", "e\u{0301}", "😀",
            "Koreaآ’s", "Ã©", "Publié", "Partager:", "A+ A-", "(AFP)", "WASHINGTON —", "(كونا) --", "/ТАСС/.",
            "أبوظبي (وام)\n", "China", "الصين", "Китай", "中国", "한국", "Wang Yi", "The United States said", "his office",
            "\n", "\n\n", ". ", "، ", ", ", "  ", "\t", "2024年5月3日", "14 мая 2024", "\u{D7FF}", "ﷺ", "ـ", "-", "'s",
        ]
        var generator = SplitMix64(seed: 2026)
        let extractor = ArticleExtractor()
        for index in 0..<600 {
            var text = ""
            for _ in 0..<Int(generator.next() % 160) {
                text += pieces[Int(generator.next() % UInt64(pieces.count))]
                if generator.next() % 2 == 0 { text += " " }
            }
            Self.expectOffsetsInside(extractor.extract(ArticleInput(id: "r\(index)", path: "r\(index)", text: text)))
        }
    }

    /// The test articles of every language (Fixtures/articles and Fixtures/hard), cut, spliced
    /// into each other, truncated and repeated at random places: real text broken anywhere.
    @Test func brokenRealArticlesAreNoCrash() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        let articles = try ["articles", "hard"].flatMap { folder in
            try FileManager.default.contentsOfDirectory(at: fixtures.appendingPathComponent(folder), includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "txt" }
                .map { Array(try String(contentsOf: $0, encoding: .utf8).unicodeScalars) }
        }
        try #require(articles.count >= 20)
        var generator = SplitMix64(seed: 5)
        func pick(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(generator.next() % UInt64(bound)) }
        let extractor = ArticleExtractor()
        for index in 0..<200 {
            var scalars = articles[pick(articles.count)]
            for _ in 0...pick(5) {
                let other = articles[pick(articles.count)]
                let at = pick(scalars.count + 1)
                switch pick(4) {
                case 0: scalars.removeSubrange(at..<min(scalars.count, at + 1 + pick(200)))
                case 1:
                    let from = pick(other.count)
                    scalars.insert(contentsOf: other[from..<min(other.count, from + 1 + pick(300))], at: at)
                case 2: scalars.removeSubrange(at...)
                default:
                    let end = min(scalars.count, at + 1 + pick(100))
                    for _ in 0...pick(4) { scalars.insert(contentsOf: Array(scalars[at..<end]), at: end) }
                }
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            Self.expectOffsetsInside(extractor.extract(ArticleInput(id: "b\(index)", path: "b\(index)", text: text)))
        }
    }

    /// Every statement's and mention's offsets are inside the model's text.
    static func expectOffsetsInside(_ model: ArticleModel) {
        let length = model.article.text.unicodeScalars.count
        for statement in model.statements {
            #expect(0 <= statement.start && statement.start <= statement.end && statement.end <= length)
        }
        for mention in model.mentions {
            #expect(0 <= mention.start && mention.start <= mention.end && mention.end <= length)
        }
    }
}
