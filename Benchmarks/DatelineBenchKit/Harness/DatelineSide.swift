import Dateline
import Foundation

/// Dateline as the benchmark queries it in process, through the library's public API: the
/// index file `dateline index` wrote, opened with `Database.open(path:)`, or (when there is
/// none, or for the generator's models) a `Database` built in memory from models.
public final class DatelineSide {
    private var session: Session
    public let statementCount: Int
    public let articleCount: Int

    public init(database: Database) {
        session = Session(database: database)
        statementCount = database.statementCount
        articleCount = database.articleCount
    }

    /// Where the in-process side's models come from.
    public enum Models: String, Sendable, CaseIterable {
        /// Extracted from the generated text by the library, as `dateline` would.
        case extracted
        /// The generator's own models: measures the query engine alone, whatever extraction finds.
        case gold
    }

    /// Opens the index file when there is one (made from these models), else builds a database in
    /// memory on every core; returns it with the seconds it took.
    public static func open(_ files: CorpusFiles, models: Models, indexPath: String?) throws -> (DatelineSide, Double) {
        try Monotonic.time {
            if let indexPath {
                return DatelineSide(database: try Database.open(path: indexPath))
            }
            return DatelineSide(database: try Database(corpus: corpus(files, models: models)))
        }
    }

    /// The models in memory. Extracted models come through `Corpus.load` when it reads JSON
    /// Lines, as `dateline` would.
    private static func corpus(_ files: CorpusFiles, models: Models) throws -> Corpus {
        if models == .extracted, SizeRun.loaderReadsJSONLines(folder: files.folder) {
            return try Corpus.load(path: files.jsonlPath)
        }
        let generator = files.generator
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

    /// What is timed: binding (names, values, plan) and running one query, parsed once before
    /// — as the SQL side's statements are prepared once and kept in `sqlite3`'s statement
    /// cache. Output is excluded: the rows of a row query stay unread in the index (their
    /// count is taken), as the SQL side takes `count(*)`; computed tables (groups, the top
    /// rows) are complete.
    public func time(_ text: String) throws {
        _ = try session.execute(try parsed(text)).count
    }

    private var statements: [String: QueryStatement] = [:]

    /// The query's syntax tree, parsed on first use.
    private func parsed(_ text: String) throws -> QueryStatement {
        if let statement = statements[text] { return statement }
        var parser = Parser(text)
        let script = parser.parseScript()
        if let problem = parser.diagnostics.first { throw problem }
        guard script.count == 1 else { throw BenchError("not one query: \(text)") }
        statements[text] = script[0]
        return script[0]
    }

    /// Parses and runs one query and reads all its rows.
    public func run(_ text: String) throws -> ResultSet {
        try session.execute(text).resultSet
    }
}
