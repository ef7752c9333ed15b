import Dateline
import DatelineBenchKit
import Foundation
import Testing

/// Quick checks of the benchmark (the full run is `make bench`, too slow for the suite).
@Suite struct GeneratorTests {
    @Test func sameSeedGivesTheSameCorpus() {
        let a = ArticleGenerator(seed: 7), b = ArticleGenerator(seed: 7), c = ArticleGenerator(seed: 8)
        for i in [0, 1, 99, 12_345] {
            #expect(a.article(i) == b.article(i))
        }
        #expect((0..<20).map { a.article($0).text } != (0..<20).map { c.article($0).text })
    }

    @Test func statementSpansAreExactSpansOfTheText() {
        let generator = ArticleGenerator()
        for i in 0..<300 {
            let article = generator.article(i)
            let scalars = Array(article.text.unicodeScalars)
            for statement in article.gold.statements {
                var span = String.UnicodeScalarView()
                span.append(contentsOf: scalars[statement.start..<statement.end])
                #expect(String(span) == statement.text, "\(article.id)")
            }
        }
    }

    @Test func corpusMixesLanguagesQuotationStylesAndCountries() {
        let articles = (0..<400).map { ArticleGenerator().article($0) }
        #expect(Set(articles.map(\.language)).isSuperset(of: ["en", "fr", "ar", "id", "es", "de"]))
        let text = articles.map(\.text).joined()
        for mark in ["“", "«", "„", "\""] { #expect(text.contains(mark), "no \(mark)") }
        let speakerCountries = Set(articles.flatMap { $0.gold.statements.compactMap(\.country) })
        #expect(speakerCountries.count >= 15)
    }
}

@Suite struct HarnessTests {
    /// The whole harness at a toy size, without the SQL engines or the binary: every battery
    /// query gets a Dateline answer or a note, and the table names every query.
    @Test func harnessRunsAtToySize() throws {
        let folder = NSTemporaryDirectory() + "dateline-bench-smoke-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let configuration = BenchConfiguration(
            outputFolder: folder, datelineBinary: "/nonexistent/dateline", python: "python3",
            sqlScript: "Benchmarks/sql_bench.py", models: .gold, budgetSeconds: 0.01, seed: 3, log: { _ in })
        let result = try SizeRun(configuration: configuration, label: "toy", count: 150).run(sqlEngines: [])
        #expect(result.articles == 150)
        #expect(result.textBytes > 50_000)
        let generated = (0..<150).reduce(0) { $0 + ArticleGenerator(seed: 3).article($1).gold.statements.count }
        #expect(result.statements == generated)
        #expect(result.queries.count == Battery.queries.count)
        let iranian = (0..<150).flatMap { ArticleGenerator(seed: 3).article($0).gold.statements }.filter { $0.country == "IR" }.count
        #expect(result.queries.first { $0.name == "equality" }?.answer == String(iranian))
        let table = Report(results: [result], header: "smoke").text
        for query in Battery.queries { #expect(table.contains(query.dateline)) }
        #expect(FileManager.default.fileExists(atPath: folder + "/toy/tables/statements.tsv"))
    }
}

/// The child's peak memory is its own, not the benchmark's.
@Suite struct SubprocessTests {
    @Test func aChildIsNotChargedWithTheParentsMemory() throws {
        let ballast = [UInt8](repeating: 1, count: 400 << 20)
        let run = try Subprocess.run("/bin/sleep", ["0.2"])
        #expect(run.status == 0)
        #expect(run.maxRSSBytes > 0 && run.maxRSSBytes < 100 << 20, "\(run.maxRSSBytes) bytes")
        #expect(ballast[ballast.count / 2] == 1)
    }
}
