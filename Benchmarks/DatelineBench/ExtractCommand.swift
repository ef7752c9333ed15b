import ArgumentParser
import Dateline
import DatelineBenchKit
import Foundation

extension BenchCommand {
    /// Extraction throughput alone, measured as `run` measures it (one thread's CPU time,
    /// text only), without building indexes or starting SQLite/DuckDB: quick to iterate on.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure single-thread extraction throughput on generated articles or .txt files.")

        @Option(help: "Generated corpus sizes to sample (only the first articles are extracted).")
        var sizes = "10k"

        @Option(help: "Seconds of one core's time to spend per measurement.")
        var seconds = 4.0

        @Option(help: "Seed of the generated corpus.")
        var seed: UInt64 = 20_141_222

        @Flag(help: "Also time the public text stages on their own (repair, language, countries).")
        var stages = false

        @Option(help: "Time only this stage (repair, language or countries), e.g. to profile it.")
        var only: String?

        @Argument(help: ".txt files to measure instead of generated articles (each is extracted repeatedly).")
        var files: [String] = []

        func run() throws {
            let extractor = ArticleExtractor()
            if !files.isEmpty {
                let inputs = try files.map { path in
                    ArticleInput(id: path, path: path, text: try String(contentsOfFile: path, encoding: .utf8))
                }
                if let only { return Self.measureStages(inputs, seconds: seconds * 4, only: only) }
                print(String(format: "files: %@", Self.measure(extractor, seconds: seconds) { inputs[$0 % inputs.count] }))
                if stages { Self.measureStages(inputs, seconds: seconds) }
                return
            }
            for label in sizes.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init) {
                guard let count = articleCount(label), count > 0 else { throw ValidationError("bad size '\(label)'") }
                let generator = ArticleGenerator(seed: seed)
                let inputs = ExtractionThroughput.generatedInputs(generator, corpusSize: count)
                if let only { return Self.measureStages(inputs, seconds: seconds * 4, only: only) }
                print(String(format: "%@: %@", label, Self.measure(extractor, seconds: seconds) { inputs[$0 % inputs.count] }))
                if stages { Self.measureStages(inputs, seconds: seconds) }
            }
        }

        /// Extracts inputs 0, 1, 2, … (after 20 to warm up) until `seconds` of thread time
        /// (see ``ExtractionThroughput``: the clock is read once per batch of articles).
        static func measure(_ extractor: ArticleExtractor, seconds limit: Double, input: (Int) -> ArticleInput) -> String {
            let result = ExtractionThroughput.measure(extractor, seconds: limit, input: input)
            return String(format: "%.2f MB/s (%d articles, %.1f MB in %.2f s of one core)",
                          result.megabytesPerSecond, result.articles, Double(result.bytes) / 1e6, result.seconds)
        }

        /// Each public text stage alone over the same inputs, in MB/s of article text.
        static func measureStages(_ inputs: [ArticleInput], seconds: Double, only: String? = nil) {
            let stages: [(String, (String) -> Int)] = [
                ("repair", { TextRepair.repair($0).utf8.count }),
                ("language", { LanguageIdentifier.standard.identify($0).count }),
                ("countries", { CountryGazetteer.standard.matches(in: $0, language: "en").count }),
            ]
            for (name, stage) in stages where only == nil || only == name {
                var bytes = 0, index = 0, spent = 0.0
                while spent < seconds / 4 {
                    let text = inputs[index % inputs.count].text
                    let start = Monotonic.threadCPU
                    _ = stage(text)
                    spent += Double(Monotonic.threadCPU - start) / 1e9
                    bytes += text.utf8.count
                    index += 1
                }
                print(String(format: "  %@: %.1f MB/s", name, Double(bytes) / 1e6 / spent))
            }
        }
    }
}
