import Foundation

/// One target of issue 5 (and issue 3's extraction throughput), judged at the largest size.
public struct TargetCheck: Sendable {
    public enum Verdict: String, Sendable {
        case pass = "PASS", fail = "FAIL", unmeasured = "n/a "
    }

    public var verdict: Verdict
    public var target: String
    public var measured: String

    public var line: String { "\(verdict.rawValue)  \(target): \(measured)" }

    init(_ target: String, _ value: Double?, format: String, passes: (Double) -> Bool) {
        self.target = target
        if let value {
            verdict = passes(value) ? .pass : .fail
            measured = String(format: format, value)
        } else {
            verdict = .unmeasured
            measured = "not measured"
        }
    }

    /// Every target, judged on the largest size run (they are set for 1M).
    public static func all(_ results: [SizeResult]) -> [TargetCheck] {
        guard let largest = results.max(by: { $0.articles < $1.articles }) else { return [] }
        let at = " (at \(largest.label)\(largest.articles < 1_000_000 ? "; targets are set for 1M" : ""))"
        var checks: [TargetCheck] = []
        let conjunction = largest.queries.first { $0.name == "conjunction" }?.dateline?.medianMs
        checks.append(TargetCheck("conjunction ≤ 1 ms median" + at, conjunction, format: "%.3f ms") { $0 <= 1 })
        for query in largest.queries {
            for (engine, summary) in [("SQLite", query.sqlite), ("DuckDB", query.duckdb)] {
                let ratio = summary.flatMap { theirs in query.dateline.map { theirs.medianMs / $0.medianMs } }
                checks.append(TargetCheck("\(query.name) ≥ 3× faster than \(engine)" + at, ratio, format: "%.1f×") { $0 >= 3 })
            }
        }
        checks.append(TargetCheck("open + first query ≤ 150 ms" + at, largest.openFirstQuerySeconds.map { $0 * 1000 }, format: "%.0f ms") { $0 <= 150 })
        checks.append(TargetCheck("index size ≤ 1.5× text" + at, largest.indexToText, format: "%.2f×") { $0 <= 1.5 })
        checks.append(TargetCheck("serving memory ≤ 2× index size" + at, largest.rssToIndex, format: "%.2f×") { $0 <= 2 })
        let extraction = results.compactMap(\.extractionMBPerSecond).min()
        checks.append(TargetCheck("extraction ≥ 20 MB/s per core (slowest size)", extraction, format: "%.1f MB/s") { $0 >= 20 })
        checks += scaling(results)
        return checks
    }

    /// Cost grows linearly or better: from the smallest to the largest size, no query's median
    /// and not the index build grows faster than the number of articles.
    static func scaling(_ results: [SizeResult]) -> [TargetCheck] {
        let sorted = results.sorted { $0.articles < $1.articles }
        guard let small = sorted.first, let large = sorted.last, large.articles > small.articles else { return [] }
        let growth = Double(large.articles) / Double(small.articles)
        let span = " (\(small.label) → \(large.label), ×\(Int(growth)) articles)"
        var worst: Double?
        for (a, b) in zip(small.queries, large.queries) {
            if let x = a.dateline?.medianMs, let y = b.dateline?.medianMs, x > 0 { worst = max(worst ?? 0, y / x) }
        }
        var checks = [TargetCheck("query cost grows linearly or better" + span, worst, format: "worst ×%.1f") { $0 <= growth }]
        let build = small.indexBuildSeconds.flatMap { x in large.indexBuildSeconds.map { $0 / x } }
        checks.append(TargetCheck("index build grows linearly or better" + span, build, format: "×%.1f") { $0 <= growth * 1.1 })
        return checks
    }
}
