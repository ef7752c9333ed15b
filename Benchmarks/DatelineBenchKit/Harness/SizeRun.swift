import Dateline
import Foundation

/// What a whole benchmark run is given.
public struct BenchConfiguration: Sendable {
    /// Where corpora, indexes and tables are cached (git-ignored).
    public var outputFolder: String
    /// The release `dateline` binary, run as a user would.
    public var datelineBinary: String
    public var python: String
    public var sqlScript: String
    public var models: DatelineSide.Models
    /// Seconds each query may take on each engine.
    public var budgetSeconds: Double
    public var seed: UInt64
    /// Where progress goes (standard error in the command).
    public var log: @Sendable (String) -> Void

    public init(outputFolder: String, datelineBinary: String, python: String, sqlScript: String,
                models: DatelineSide.Models, budgetSeconds: Double, seed: UInt64, log: @escaping @Sendable (String) -> Void) {
        self.outputFolder = outputFolder
        self.datelineBinary = datelineBinary
        self.python = python
        self.sqlScript = sqlScript
        self.models = models
        self.budgetSeconds = budgetSeconds
        self.seed = seed
        self.log = log
    }
}

/// Measures one corpus size, step by step; a step that cannot run leaves its cells empty
/// and says why in the notes, so one missing feature does not hide the other numbers.
public struct SizeRun {
    public let configuration: BenchConfiguration
    public let label: String
    public let count: Int

    /// Articles extracted on one thread to measure throughput (all of them at small sizes).
    static let extractionSample = 20_000

    public init(configuration: BenchConfiguration, label: String, count: Int) {
        self.configuration = configuration
        self.label = label
        self.count = count
    }

    func log(_ message: String) { configuration.log("[\(label)] \(message)") }

    public func run(sqlEngines: [String] = ["sqlite", "duckdb"]) throws -> SizeResult {
        let folder = configuration.outputFolder + "/\(label)"
        let files = CorpusFiles(folder: folder + "/corpus", count: count, generator: ArticleGenerator(seed: configuration.seed))
        log("generating \(count) articles (cached when unchanged)")
        let (textBytes, generateSeconds) = try Monotonic.time { try files.writeJSONLines() }
        log(String(format: "corpus ready in %.1f s: %.1f MB of text", generateSeconds, Double(textBytes) / 1e6))
        var result = SizeResult(label: label, articles: count, textBytes: textBytes)

        result.extractionMBPerSecond = measureExtraction(files)
        try measureCommandLine(files, folder: folder, into: &result)

        log("opening Dateline in process (\(configuration.models.rawValue) models)")
        let (side, openSeconds) = DatelineSide.open(files, models: configuration.models)
        result.statements = side.statementCount
        if result.indexBuildSeconds == nil {
            result.indexBuildSeconds = openSeconds
            result.indexBuildMode = "in memory, \(ParallelChunks.workers) threads"
        }
        if configuration.models == .extracted {
            result.generatedStatements = (0..<min(count, 2000)).reduce(0) { $0 + files.generator.article($1).gold.statements.count } * count / min(count, 2000)
        }
        var digests: [String: [String]] = [:]
        for query in Battery.queries {
            var row = SizeResult.QueryResult(name: query.name, check: query.check)
            do {
                let answer = try side.run(query.dateline)
                let digest = ResultDigest.of(answer, check: query.check, column: query.column)
                digests[query.name] = digest
                row.answer = ResultDigest.summary(digest, check: query.check)
                row.dateline = try LatencySampler(budget: configuration.budgetSeconds).measure { _ = try side.run(query.dateline) }
            } catch {
                result.notes.append("dateline \(query.name): \(error)")
            }
            log("dateline \(query.name): \(row.dateline.map { String(format: "%.3f ms", $0.medianMs) } ?? "failed")")
            result.queries.append(row)
        }
        let tables = folder + "/tables"
        log("exporting the statements for SQLite and DuckDB")
        try TableExport.write(from: side, to: tables)
        compareAndRecord(sqlEngines: sqlEngines, tables: tables, digests: digests, into: &result)
        return result
    }

    private func measureExtraction(_ files: CorpusFiles) -> Double {
        let sample = (0..<min(count, Self.extractionSample)).map { files.generator.article($0).textOnlyInput }
        let bytes = sample.reduce(0) { $0 + $1.text.utf8.count }
        let extractor = ArticleExtractor()
        let (_, seconds) = Monotonic.time { sample.map { extractor.extract($0) } }
        log(String(format: "extraction: %.1f MB in %.2f s on one thread", Double(bytes) / 1e6, seconds))
        return Double(bytes) / 1e6 / seconds
    }

    private func compareAndRecord(sqlEngines: [String], tables: String, digests: [String: [String]], into result: inout SizeResult) {
        let sql = SQLSide(python: configuration.python, script: configuration.sqlScript)
        for engine in sqlEngines {
            log("loading and querying \(engine)")
            let report = sql.run(engine: engine, data: tables, budgetSeconds: configuration.budgetSeconds)
            if let error = report.error {
                result.notes.append("\(engine): \(error)")
                continue
            }
            if engine == "sqlite" { result.sqliteLoadSeconds = report.loadSeconds } else { result.duckdbLoadSeconds = report.loadSeconds }
            for index in result.queries.indices {
                let name = result.queries[index].name
                guard let answer = report.result(name) else { continue }
                if let error = answer.error {
                    result.notes.append("\(engine) \(name): \(error)")
                    continue
                }
                if let median = answer.medianMs, let p99 = answer.p99Ms {
                    let summary = LatencySummary(medianMs: median, p99Ms: p99, runs: answer.runs ?? 0)
                    if engine == "sqlite" { result.queries[index].sqlite = summary } else { result.queries[index].duckdb = summary }
                }
                if let theirs = answer.digest, let ours = digests[name], theirs != ours {
                    result.mismatches.append("MISMATCH [\(label)] \(name): dateline \(brief(ours)) vs \(engine) \(brief(theirs))")
                }
            }
        }
    }

    /// The first few entries of a digest, each cut short, for a one-line mismatch report.
    private func brief(_ digest: [String]) -> String {
        let shown = digest.prefix(5).map { $0.count > 40 ? $0.prefix(40) + "…" : $0 }
        return "[" + shown.joined(separator: ", ") + (digest.count > 5 ? ", … \(digest.count) in all" : "") + "]"
    }
}

extension LatencySampler {
    init(budget: Double) {
        self.init()
        budgetSeconds = budget
    }
}

extension LatencySummary {
    init(medianMs: Double, p99Ms: Double, runs: Int) {
        self.init(nanoseconds: [])
        self.medianMs = medianMs
        self.p99Ms = p99Ms
        self.runs = runs
    }
}
