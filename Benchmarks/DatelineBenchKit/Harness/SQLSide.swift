import Foundation

/// One SQL engine's answers to the battery, as sql_bench.py reports them.
public struct SQLEngineReport: Sendable, Decodable {
    public struct QueryResult: Sendable, Decodable {
        public var name: String
        public var medianMs: Double?
        public var p99Ms: Double?
        public var runs: Int?
        public var digest: [String]?
        public var error: String?

        enum CodingKeys: String, CodingKey {
            case name, runs, digest, error
            case medianMs = "median_ms", p99Ms = "p99_ms"
        }
    }

    public var engine: String
    public var version: String?
    public var loadSeconds: Double?
    public var queries: [QueryResult]?
    public var error: String?

    enum CodingKeys: String, CodingKey {
        case engine, version, queries, error
        case loadSeconds = "load_seconds"
    }

    public func result(_ name: String) -> QueryResult? {
        queries?.first { $0.name == name }
    }
}

/// Runs sql_bench.py for SQLite or DuckDB over the exported tables.
public struct SQLSide: Sendable {
    public var python: String
    public var script: String

    public init(python: String, script: String) {
        self.python = python
        self.script = script
    }

    public func run(engine: String, data: String, budgetSeconds: Double) -> SQLEngineReport {
        let batteryPath = data + "/battery.json"
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(Battery.queries).write(to: URL(fileURLWithPath: batteryPath))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = [script, "--engine", engine, "--data", data, "--battery", batteryPath,
                                 "--budget", String(budgetSeconds)]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                return SQLEngineReport(engine: engine, error: "sql_bench.py exited with \(process.terminationStatus)")
            }
            return try JSONDecoder().decode(SQLEngineReport.self, from: data)
        } catch {
            return SQLEngineReport(engine: engine, error: "\(error)")
        }
    }
}
