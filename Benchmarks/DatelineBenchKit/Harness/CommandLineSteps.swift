import Dateline
import Foundation

/// The steps that run the `dateline` binary as a user would: building the index file, and
/// opening it to answer a first query, timed from process start.
extension SizeRun {
    func measureCommandLine(_ files: CorpusFiles, folder: String, into result: inout SizeResult) throws {
        let indexPath = folder + "/index.dlidx"
        if configuration.models == .gold {
            try writeGoldIndex(files, to: indexPath, into: &result)
            try openAndAnswerFirstQuery(corpus: indexPath, into: &result)
            return
        }
        guard var input = try loaderInput(files, into: &result) else { return }
        var failure = buildIndex(from: input, to: indexPath, into: &result)
        if failure != nil, input == files.jsonlPath {
            // `dateline index` may take folders of .txt only: give it one.
            log("`dateline index` did not take the .jsonl file: writing \(count) .txt files")
            try files.writeTextTree()
            input = files.textFolder
            failure = buildIndex(from: input, to: indexPath, into: &result)
        }
        if let failure { result.notes.append(failure) }

        let corpus: String
        if result.indexBytes != nil {
            corpus = indexPath
        } else if estimatedExtractionSeconds(result) < 120 {
            corpus = input
        } else {
            result.notes.append("open + first query: skipped, no index file (re-extracting \(label) articles at each start is no measure of opening)")
            return
        }
        try openAndAnswerFirstQuery(corpus: corpus, into: &result)
    }

    /// Runs `dateline --corpus CORPUS -c QUERY` from process start to exit.
    private func openAndAnswerFirstQuery(corpus: String, into result: inout SizeResult) throws {
        log("dateline --corpus \(corpus) -c '\(Battery.firstQuery)'")
        guard let first = spawn(["--corpus", corpus, "-c", Battery.firstQuery], timeout: 600, into: &result) else { return }
        if first.status == 0 {
            result.openFirstQuerySeconds = first.seconds
            if result.indexBytes == nil { result.notes.append("open + first query: from the article folder (no index file yet)") }
        } else {
            result.notes.append("open + first query failed (exit \(first.status)\(first.timedOut ? ", timed out" : "")): \(first.stderrTail)")
            return
        }
        // Memory to serve: the peak of one process answering the whole battery, every row
        // written out (as NDJSON, to /dev/null).
        let battery = Battery.queries.flatMap { ["-c", $0.dateline] }
        log("dateline --corpus \(corpus) --format ndjson with the whole battery")
        guard let serving = spawn(["--corpus", corpus, "--format", "ndjson"] + battery, timeout: 900, into: &result) else { return }
        if serving.status == 0 {
            result.servingRSSBytes = serving.maxRSSBytes
        } else {
            result.notes.append("serving the battery failed (exit \(serving.status)\(serving.timedOut ? ", timed out" : "")): \(serving.stderrTail)")
        }
    }

    /// With the generator's models there is nothing to extract: the index file is written
    /// from them through the library (`Database.writeIndex`), which times the index alone.
    private func writeGoldIndex(_ files: CorpusFiles, to indexPath: String, into result: inout SizeResult) throws {
        log("writing the index file from the generator's models")
        let generator = files.generator
        var models: [ArticleModel] = []
        models.reserveCapacity(count)
        ParallelChunks.forEach(count: count) { range in range.map { generator.article($0).gold } } consume: { models += $0 }
        try? FileManager.default.removeItem(atPath: indexPath)
        let (_, seconds) = try Monotonic.time { try Database.writeIndex(models: models, to: indexPath) }
        result.indexBuildSeconds = seconds
        result.indexBuildMode = "writeIndex, gold models"
        result.indexBytes = Self.size(of: indexPath)
        result.indexPath = indexPath
    }

    /// Runs `dateline index INPUT -o FILE`; returns why there is no index file, or nil.
    private func buildIndex(from input: String, to indexPath: String, into result: inout SizeResult) -> String? {
        try? FileManager.default.removeItem(atPath: indexPath)
        log("dateline index \(input) -o \(indexPath)")
        guard let build = spawn(["index", input, "-o", indexPath], timeout: 3600, into: &result) else {
            return "`dateline index` could not start"
        }
        guard build.status == 0, let bytes = Self.size(of: indexPath) else {
            return "`dateline index \((input as NSString).lastPathComponent)` gave no index file "
                + "(exit \(build.status)\(build.timedOut ? ", timed out" : "")): \(build.stderrTail)"
        }
        result.indexBuildSeconds = build.seconds
        result.indexBuildMode = "dateline index"
        result.indexBytes = bytes
        result.indexPath = indexPath
        return nil
    }

    /// Seconds to extract the whole corpus on every core, at the measured rate.
    func estimatedExtractionSeconds(_ result: SizeResult) -> Double {
        guard let rate = result.extractionMBPerSecond, rate > 0 else { return .infinity }
        return Double(result.textBytes) / 1e6 / (rate * Double(ParallelChunks.workers))
    }

    /// Runs `dateline`; a binary that cannot start becomes a note, not the end of the run.
    private func spawn(_ arguments: [String], timeout: Double, into result: inout SizeResult) -> ChildRun? {
        do {
            return try Subprocess.run(configuration.datelineBinary, arguments, timeoutSeconds: timeout)
        } catch {
            result.notes.append("\(error)")
            return nil
        }
    }

    /// What `dateline` is pointed at: the JSON Lines file when the loader reads it, else a
    /// tree of `.txt` files (written once and cached).
    private func loaderInput(_ files: CorpusFiles, into result: inout SizeResult) throws -> String? {
        if Self.loaderReadsJSONLines(folder: files.folder) { return files.jsonlPath }
        log("the loader does not read .jsonl yet: writing \(count) .txt files")
        try files.writeTextTree()
        return files.textFolder
    }

    /// Whether `Corpus.load` reads a `.jsonl` file as one article per line.
    static func loaderReadsJSONLines(folder: String) -> Bool {
        let probe = folder + "/probe.jsonl"
        let lines = [("probe-1", "First probe article.\n\nIt says nothing."), ("probe-2", "Second probe article.")]
            .map { JSONArticle(id: $0.0, text: $0.1).line(JSONArticle.encoder()) }.joined()
        guard (try? lines.write(toFile: probe, atomically: true, encoding: .utf8)) != nil,
              let corpus = try? Corpus.load(path: probe) else { return false }
        return corpus.models.map(\.article.id) == ["probe-1", "probe-2"]
    }

    /// The size of a file, or of everything in a folder (an index may be either).
    static func size(of path: String) -> Int? {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else {
            return (try? manager.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        }
        var total = 0
        for case let relative as String in manager.enumerator(atPath: path)! {
            total += ((try? manager.attributesOfItem(atPath: path + "/" + relative)[.size] as? Int) ?? nil) ?? 0
        }
        return total
    }
}
