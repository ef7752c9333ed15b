import ArgumentParser
import Dateline
import DatelineBenchKit
import Foundation

@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "DatelineBench",
        abstract: "Measure Dateline against SQLite and DuckDB on a generated multilingual corpus.",
        subcommands: [Run.self, Generate.self, Show.self, Extract.self, Time.self],
        defaultSubcommand: Run.self
    )
}

/// Parses "10k", "100k", "1M", "2500".
func articleCount(_ label: String) -> Int? {
    let lower = label.lowercased()
    if lower.hasSuffix("k"), let n = Int(lower.dropLast()) { return n * 1000 }
    if lower.hasSuffix("m"), let n = Int(lower.dropLast()) { return n * 1_000_000 }
    return Int(lower)
}

extension BenchCommand {
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run the benchmark and print the table.")

        @Option(help: "Corpus sizes in articles, separated by commas or spaces: 10k,100k,1M.")
        var sizes = "10k,100k,1M"

        @Option(help: "Where corpora, indexes and tables are cached.")
        var out = "bench-out"

        @Option(help: "The dateline binary to run as a user would.")
        var dateline = ".build/release/dateline"

        @Option(help: "The Python that has sqlite3 and duckdb.")
        var python = "python3"

        @Option(help: "The SQLite/DuckDB side.")
        var sqlScript = "Benchmarks/sql_bench.py"

        @Option(help: "Models for the in-process side: extracted (what the library makes of the text) or gold (the generator's).")
        var models = "extracted"

        @Option(help: "Seconds each query may run on each engine.")
        var budget = 1.0

        @Option(help: "Skip a size whose extraction would take longer than this many minutes.")
        var maxExtractionMinutes = 8.0

        @Option(help: "Seed of the generated corpus.")
        var seed: UInt64 = 20_141_222

        @Option(help: "SQL engines to compare with, separated by commas.")
        var engines = "sqlite,duckdb"

        func run() throws {
            let labels = sizes.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            let counts = try labels.map { label -> Int in
                guard let n = articleCount(label), n > 0 else { throw ValidationError("bad size '\(label)'; use e.g. 10k, 100k, 1M") }
                return n
            }
            guard let mode = DatelineSideModels(rawValue: models) else { throw ValidationError("--models is extracted or gold") }
            let configuration = BenchConfiguration(
                outputFolder: out, datelineBinary: dateline, python: python, sqlScript: sqlScript,
                models: mode, budgetSeconds: budget, seed: seed,
                log: { FileHandle.standardError.write(Data(("bench: " + $0 + "\n").utf8)) })
            var configured = configuration
            configured.maxExtractionMinutes = maxExtractionMinutes
            let header = "Dateline benchmark — \(ProcessInfo.processInfo.activeProcessorCount) cores, seed \(seed), "
                + "\(models) models in process (queries parsed once, bound and run each time), \(budget) s per query per engine"
            var results: [SizeResult] = []
            for (label, count) in zip(labels, counts) {
                results.append(try SizeRun(configuration: configured, label: label, count: count)
                    .run(sqlEngines: engines.split(separator: ",").map(String.init)))
                // The sizes so far, in case a long run is stopped before the end.
                try? Report(results: results, header: header + " (partial)").text
                    .write(toFile: out + "/report.txt", atomically: true, encoding: .utf8)
            }
            let table = Report(results: results, header: header).text
            print(table, terminator: "")
            try? table.write(toFile: out + "/report.txt", atomically: true, encoding: .utf8)
            if results.contains(where: { !$0.mismatches.isEmpty }) { throw ExitCode(2) }
        }
    }

    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the corpora (articles.jsonl) without measuring anything.")

        @Option(help: "Corpus sizes in articles, separated by commas or spaces.")
        var sizes = "10k,100k,1M"

        @Option(help: "Where corpora are cached.")
        var out = "bench-out"

        @Option(help: "Seed of the generated corpus.")
        var seed: UInt64 = 20_141_222

        func run() throws {
            for label in sizes.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init) {
                guard let count = articleCount(label), count > 0 else { throw ValidationError("bad size '\(label)'") }
                let files = CorpusFiles(folder: "\(out)/\(label)/corpus", count: count, generator: ArticleGenerator(seed: seed))
                let start = Date()
                let bytes = try files.writeJSONLines()
                print(String(format: "%@: %@ (%.1f MB of text) in %.1f s", label, files.jsonlPath, Double(bytes) / 1e6, Date().timeIntervalSince(start)))
            }
        }
    }

    struct Time: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Time queries on an index file in process, as the benchmark does (for profiling).")

        @Option(help: "The index file.")
        var index: String

        @Option(help: "Seconds per query.")
        var seconds = 2.0

        @Argument(help: "Queries (default: the battery).")
        var queries: [String] = []

        func run() throws {
            let side = DatelineSide(database: try Database.open(path: index))
            var sampler = LatencySampler()
            sampler.budgetSeconds = seconds
            sampler.maxRuns = .max
            for query in queries.isEmpty ? Battery.queries.map(\.dateline) : queries {
                let summary = try sampler.measure { try side.time(query) }
                print(String(format: "%.4f / %.4f ms (%d runs)  %@", summary.medianMs, summary.p99Ms, summary.runs, query))
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print generated articles and their expected statements.")

        @Argument(help: "Article numbers.")
        var numbers: [Int] = [0, 1, 2]

        @Option(help: "Seed of the generated corpus.")
        var seed: UInt64 = 20_141_222

        func run() {
            let generator = ArticleGenerator(seed: seed)
            for n in numbers {
                let article = generator.article(n)
                print("=== \(article.id) [\(article.language)] \(article.date) \(article.source)")
                print(article.text)
                for s in article.gold.statements {
                    print("--- \(s.kind.rawValue) \(s.act) speaker=\(s.speaker) country=\(s.country ?? "-") about=\(s.about) topics=\(s.topics)")
                    print("    \(s.text)")
                }
            }
        }
    }
}

typealias DatelineSideModels = DatelineSide.Models
