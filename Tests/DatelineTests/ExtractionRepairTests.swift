import Testing
@testable import Dateline

/// Mis-decoded text is repaired before extraction, and the model's offsets point into the
/// repaired text it keeps.
@Suite struct ExtractionRepairTests {
    @Test func repairedTextIsTheTextTheModelKeeps() throws {
        let damaged = "Border talks\n\nThe Canadian foreign minister said Canadaâ€™s embassy would reopen in June."
        let model = ArticleExtractor().extract(ArticleInput(id: "t", path: "t.txt", text: damaged))
        #expect(model.article.text.contains("Canada’s embassy"))
        #expect(!model.article.text.contains("â€"))
        let statement = try #require(model.statements.first)
        let scalars = Array(model.article.text.unicodeScalars)
        var span = String.UnicodeScalarView()
        span.append(contentsOf: scalars[statement.start..<statement.end])
        #expect(String(span) == statement.text)
        #expect(statement.text.contains("Canada’s embassy would reopen"))
    }
}
