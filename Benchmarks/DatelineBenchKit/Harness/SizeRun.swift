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
    /// A size whose extraction would take longer than this (estimated from the measured
    /// throughput) is skipped rather than holding up the run.
    public var maxExtractionMinutes: Double = 8
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

    /// Seconds of one thread's time spent extracting to measure throughput.
    static let extractionSeconds = 4.0

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
        if configuration.models == .extracted, let problem = extractionTooSlow(result) {
            // The engine's targets are set for 1M: measure them on the generator's models
            // rather than leave the column empty.
            log(problem)
            var gold = configuration
            gold.models = .gold
            var goldResult = try SizeRun(configuration: gold, label: label, count: count).run(sqlEngines: sqlEngines)
            goldResult.label = "\(label) (gold models)"
            goldResult.extractionMBPerSecond = result.extractionMBPerSecond
            goldResult.notes.insert(problem, at: 0)
            return goldResult
        }
        try measureCommandLine(files, folder: folder, into: &result)

        log("opening Dateline in process (\(configuration.models.rawValue) models)")
        let (side, openSeconds) = try DatelineSide.open(files, models: configuration.models, indexPath: result.indexPath)
        result.statements = side.statementCount
        if result.indexBuildSeconds == nil {
            result.indexBuildSeconds = openSeconds
            result.indexBuildMode = "in memory, \(ParallelChunks.workers) threads"
        }
        if configuration.models == .extracted {
            let sample = min(count, 2000)
            result.generatedStatements = (0..<sample).reduce(0) { $0 + files.generator.article($1).gold.statements.count } * count / sample
        }
        let digests = measureBattery(side, into: &result)
        let tables = folder + "/tables"
        log("exporting the statements for SQLite and DuckDB")
        try TableExport.write(from: side, to: tables)
        compareAndRecord(sqlEngines: sqlEngines, tables: tables, digests: digests, into: &result)
        return result
    }

    /// Runs the battery on Dateline; returns each query's digest for the comparison.
    private func measureBattery(_ side: DatelineSide, into result: inout SizeResult) -> [String: [String]] {
        var digests: [String: [String]] = [:]
        for query in Battery.queries {
            var row = SizeResult.QueryResult(name: query.name, check: query.check)
            do {
                let answer = try side.run(query.dateline)
                let digest = ResultDigest.of(answer, check: query.check, column: query.column)
                digests[query.name] = digest
                row.answer = ResultDigest.summary(digest, check: query.check)
                row.dateline = try LatencySampler(budget: configuration.budgetSeconds).measure { try side.time(query.dateline) }
            } catch {
                result.notes.append("dateline \(query.name): \(error)")
            }
            log("dateline \(query.name): \(row.dateline.map { String(format: "%.3f ms", $0.medianMs) } ?? "failed")")
            result.queries.append(row)
        }
        return digests
    }

    /// Single-thread extraction of the first articles, round and round for a few CPU seconds,
    /// as `DatelineBench extract` measures it: the text only, as a `.txt` file gives it, so
    /// language, title and date are extracted too.
    private func measureExtraction(_ files: CorpusFiles) -> Double {
        let inputs = ExtractionThroughput.generatedInputs(files.generator, corpusSize: count)
        // The first articles pay for building the lexicons and matchers once; not throughput.
        let result = ExtractionThroughput.measure(
            ArticleExtractor(), warmUp: min(inputs.count, 20), seconds: Self.extractionSeconds
        ) { inputs[$0 % inputs.count] }
        log(String(format: "extraction set-up and first articles: %.2f s", result.warmUpSeconds))
        log(String(format: "extraction: %d articles, %.1f MB in %.2f s of one core", result.articles, Double(result.bytes) / 1e6, result.seconds))
        return result.megabytesPerSecond
    }

    /// Why extracting the whole corpus would take too long for one run, or nil.
    private func extractionTooSlow(_ result: SizeResult) -> String? {
        guard configuration.models == .extracted, let rate = result.extractionMBPerSecond else { return nil }
        let minutes = Double(result.textBytes) / 1e6 / (rate * Double(ParallelChunks.workers)) / 60
        guard minutes > configuration.maxExtractionMinutes else { return nil }
        return String(format: "extracting %@ at %.1f MB/s per core would take about %.0f minutes on %d cores "
            + "(limit %.0f): measured on the generator's models instead, index written by Database.writeIndex",
            label, rate, minutes, ParallelChunks.workers, configuration.maxExtractionMinutes)
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
