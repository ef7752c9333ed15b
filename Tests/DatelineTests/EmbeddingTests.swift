import Foundation
import Testing
@testable import Dateline

/// The library used as another Swift tool would: load the seeds, run a query, read rows.
@Suite struct EmbeddingTests {
    static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds").path

    @Test func chinaCyberStatementsAcrossLanguages() throws {
        let corpus = try Corpus.load(path: Self.seeds)
        var parser = Parser(#"statements where country = "China" and topic = cyber"#)
        let statements = parser.parseScript()
        #expect(parser.diagnostics.isEmpty)
        var evaluator = Evaluator(corpus: corpus)
        let result = try evaluator.run(try #require(statements.first))
        let article = try #require(result.columns.firstIndex(of: "article"))
        let text = try #require(result.columns.firstIndex(of: "text"))
        let found = result.rows.map { ($0[article].text, $0[text].text) }
        #expect(found.contains { $0.0.hasPrefix("001") && $0.1.contains("ضد جميع أشكال الهجمات الإلكترونية") })
        #expect(found.contains { $0.0.hasPrefix("001") && $0.1.contains("الصين تعارض مسألة استخدام") })
        #expect(found.contains { $0.0.hasPrefix("004") && $0.1.contains("any individual to launch cyber attacks") })
        #expect(found.allSatisfy { $0.0.hasPrefix("001") || $0.0.hasPrefix("004") })
    }
}
