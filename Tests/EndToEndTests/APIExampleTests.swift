import Dateline
import Foundation
import Testing

/// The embedding example and the command line as clients of the public API only.
@Suite struct APIExampleTests {
    @Test func newsMonitorExampleRunsOverTheSeeds() throws {
        let example = Binary.packageRoot.appendingPathComponent(".build/debug/DatelineExample").path
        try #require(FileManager.default.isExecutableFile(atPath: example), "build the package first (swift build)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: example)
        process.arguments = ["seeds", "China", "Atlantis"]
        process.currentDirectoryURL = Binary.packageRoot
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output.hasPrefix("5 articles, "))
        #expect(output.contains("(Dateline \(QueryLanguage.version))"))
        #expect(output.contains("Wang Yi"))
        #expect(output.contains("Atlantis: ") && output.contains("country"))
        #expect(output.contains("topics,count"))
    }

    @Test func commandLinePrintsTheLibraryVersion() throws {
        let output = try Binary.run(["--version"])
        #expect(output.status == 0)
        #expect(output.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == QueryLanguage.version)
    }

    /// Only tests may reach internals: the command line, the benchmark and the examples
    /// compile against the public API.
    @Test func noTestableImportOutsideTests() throws {
        var offenders: [String] = []
        for folder in ["Sources", "Examples", "Benchmarks"] {
            let root = Binary.packageRoot.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            while let file = files?.nextObject() as? URL {
                guard file.pathExtension == "swift", !file.path.contains("/Tests/") else { continue }
                let text = try String(contentsOf: file, encoding: .utf8)
                if text.contains("@testable import") { offenders.append(file.path) }
            }
        }
        #expect(offenders.isEmpty)
    }
}
