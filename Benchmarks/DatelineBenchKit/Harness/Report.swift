import Foundation

/// The table `make bench` prints: one column per corpus size, so scaling shows side by side,
/// then the issue's targets judged at the largest size, then any mismatches and notes.
public struct Report {
    public var results: [SizeResult]
    public var header: String

    public init(results: [SizeResult], header: String) {
        self.results = results
        self.header = header
    }

    static let labelWidth = 30
    static let cellWidth = 24

    public var text: String {
        var lines = [header, ""]
        lines.append(row("", results.map(\.label)))
        lines.append(row("articles", results.map { grouped($0.articles) }))
        lines.append(row("statements", results.map { r in
            guard let n = r.statements else { return "—" }
            return r.generatedStatements.map { "\(grouped(n)) of \(grouped($0))" } ?? grouped(n)
        }))
        lines.append(row("article text", results.map { megabytes($0.textBytes) }))
        lines.append(row("extraction, 1 core", results.map { $0.extractionMBPerSecond.map { String(format: "%.1f MB/s", $0) } ?? "—" }))
        lines.append(row("index build", results.map { r in r.indexBuildSeconds.map { String(format: "%.2f s", $0) } ?? "—" }))
        lines.append(row("  built by", results.map { $0.indexBuildMode.isEmpty ? "—" : $0.indexBuildMode }))
        lines.append(row("index size", results.map { $0.indexBytes.map(megabytes) ?? "— (no file)" }))
        lines.append(row("index ÷ text", results.map { $0.indexToText.map { String(format: "%.2f×", $0) } ?? "—" }))
        lines.append(row("open + first query", results.map { $0.openFirstQuerySeconds.map { String(format: "%.0f ms", $0 * 1000) } ?? "—" }))
        lines.append(row("serving battery, max RSS", results.map { $0.servingRSSBytes.map(megabytes) ?? "—" }))
        lines.append(row("RSS ÷ index", results.map { $0.rssToIndex.map { String(format: "%.2f×", $0) } ?? "—" }))
        lines.append(row("SQLite / DuckDB load", results.map { r in
            "\(r.sqliteLoadSeconds.map { String(format: "%.1f s", $0) } ?? "—") / \(r.duckdbLoadSeconds.map { String(format: "%.1f s", $0) } ?? "—")"
        }))
        lines.append("")
        lines.append("Query latency, median / p99 in ms; × = that engine's median ÷ Dateline's (higher is better for Dateline)")
        for (index, query) in Battery.queries.enumerated() {
            lines.append("\(query.name): \(query.dateline)")
            lines.append(row("  answer", results.map { $0.queries[safe: index]?.answer ?? "—" }))
            lines.append(row("  dateline", results.map { latency($0.queries[safe: index]?.dateline, versus: nil) }))
            lines.append(row("  sqlite", results.map { r in latency(r.queries[safe: index]?.sqlite, versus: r.queries[safe: index]?.dateline) }))
            lines.append(row("  duckdb", results.map { r in latency(r.queries[safe: index]?.duckdb, versus: r.queries[safe: index]?.dateline) }))
        }
        lines.append("")
        lines += TargetCheck.all(results).map(\.line)
        let mismatches = results.flatMap(\.mismatches)
        if !mismatches.isEmpty {
            lines.append("")
            lines += mismatches
        }
        let notes = results.flatMap { r in r.notes.map { "[\(r.label)] \($0)" } }
        if !notes.isEmpty {
            lines.append("")
            lines.append("Notes:")
            lines += notes.map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func row(_ label: String, _ cells: [String]) -> String {
        label.padding(toLength: Self.labelWidth, withPad: " ", startingAt: 0)
            + cells.map { $0.padding(toLength: max(Self.cellWidth, $0.count + 1), withPad: " ", startingAt: 0) }.joined()
    }

    private func latency(_ summary: LatencySummary?, versus dateline: LatencySummary?) -> String {
        guard let summary else { return "—" }
        var cell = "\(ms(summary.medianMs)) / \(ms(summary.p99Ms))"
        if let dateline, dateline.medianMs > 0 { cell += String(format: "  %.1f×", summary.medianMs / dateline.medianMs) }
        return cell
    }
}

func ms(_ value: Double) -> String {
    value < 1 ? String(format: "%.3f", value) : value < 100 ? String(format: "%.2f", value) : String(format: "%.0f", value)
}

func megabytes(_ bytes: Int) -> String {
    String(format: "%.1f MB", Double(bytes) / 1e6)
}

func grouped(_ n: Int) -> String {
    let digits = String(n)
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
        out.append(c)
    }
    return out
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
