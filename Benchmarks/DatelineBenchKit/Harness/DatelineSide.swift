import Dateline
import Foundation

/// Dateline as the benchmark queries it in process, through the library's public API.
///
/// Until the persistent index is on main this is an in-memory corpus made by extraction
/// (`Corpus` + `Parser` + `Evaluator`); switching to the index file changes only `open`.
public final class DatelineSide {
    private var evaluator: Evaluator
    public let statementCount: Int
    public let articleCount: Int

    public init(corpus: Corpus) {
        evaluator = Evaluator(corpus: corpus)
        statementCount = corpus.models.reduce(0) { $0 + $1.statements.count }
        articleCount = corpus.models.count
    }

    /// Where the in-process side's models come from.
    public enum Models: String, Sendable, CaseIterable {
        /// Extracted from the generated text by the library, as `dateline` would.
        case extracted
        /// The generator's own models: measures the query engine alone, whatever extraction finds.
        case gold
    }

    /// Builds the corpus in memory on every core; returns it with the seconds it took.
    /// Extracted models come through `Corpus.load` when it reads JSON Lines, as `dateline` would.
    public static func open(_ files: CorpusFiles, models: Models) -> (DatelineSide, Double) {
        let generator = files.generator
        let (corpus, seconds) = Monotonic.time { () -> Corpus in
            if models == .extracted, SizeRun.loaderReadsJSONLines(folder: files.folder),
               let loaded = try? Corpus.load(path: files.jsonlPath) {
                return loaded
            }
            var all: [ArticleModel] = []
            all.reserveCapacity(files.count)
            ParallelChunks.forEach(count: files.count) { range in
                let extractor = ArticleExtractor()
                return range.map { i -> ArticleModel in
                    let article = generator.article(i)
                    return models == .gold ? article.gold : extractor.extract(article.jsonInput)
                }
            } consume: { all += $0 }
            return Corpus(models: all)
        }
        return (DatelineSide(corpus: corpus), seconds)
    }

    /// What is timed: parsing and running one query, rendering excluded.
    public func time(_ text: String) throws {
        _ = try run(text)
    }

    /// Parses and runs one query and reads all its rows.
    public func run(_ text: String) throws -> ResultSet {
        var parser = Parser(text)
        let statements = parser.parseScript()
        if let problem = parser.diagnostics.first { throw BenchError("\(text): \(problem.message)") }
        guard let statement = statements.first else { throw BenchError("\(text): no query") }
        return try evaluator.run(statement)
    }
}
