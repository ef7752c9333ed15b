import Foundation

/// What one run of `dateline index` did.
public struct IndexingReport: Sendable {
    /// Files read and extracted (new or changed since the last index).
    public var extracted = 0
    /// Files unchanged since the last index, whose models were reused.
    public var reused = 0
    /// Articles of the last index whose files are gone.
    public var removed = 0
    /// Articles in the index written.
    public var articles = 0
    /// Statements in the index written.
    public var statements = 0
    /// Mentions in the index written.
    public var mentions = 0
    /// Size of the index file written.
    public var bytes = 0
    /// Why the previous index could not be reused, if it could not.
    public var previousIndexProblem: String?
    /// Files that could not be read as articles, and why.
    public var warnings: [LoadWarning] = []
}

/// Builds or refreshes the index file of a folder of `.txt` articles. Only files that are
/// new or changed (by size and modification time) are extracted again; the models of the
/// others are read back from the previous index, and files that are gone are dropped.
public enum FolderIndexer {
    /// Brings the index file of a folder up to date, extracting only new or changed articles, and says what it did.
    public static func update(
        folder: String, index path: String, extractor: ArticleExtractor = ArticleExtractor(),
        cancellation: CancellationFlag? = nil
    ) throws -> IndexingReport {
        var report = IndexingReport()
        let files = try listArticles(in: folder)
        var previous: [String: (stamp: SourceFileStamp, row: Int)] = [:]
        var stored: StoredModels?
        if FileManager.default.fileExists(atPath: path) {
            do {
                let models = try StoredModels(store: IndexStore(image: IndexFile.open(path: path)))
                for source in try models.sources() { previous[source.path] = (source.stamp, source.row) }
                stored = models
            } catch {
                report.previousIndexProblem = "\(error)"
            }
        }
        var models = [ArticleModel?](repeating: nil, count: files.count)
        var toExtract: [Int] = []
        for (i, file) in files.enumerated() {
            if let old = previous[file.path], old.stamp == file.stamp, let stored, let model = try? stored.model(old.row) {
                models[i] = model
                report.reused += 1
            } else {
                toExtract.append(i)
            }
        }
        report.removed = Set(previous.keys).subtracting(files.map(\.path)).count
        let extracted = try extract(toExtract.map { files[$0] }, extractor: extractor, cancellation: cancellation)
        for (i, result) in zip(toExtract, extracted) {
            switch result {
            case .success(let model):
                models[i] = model
                report.extracted += 1
            case .failure(let warning):
                report.warnings.append(warning)
            }
        }
        let kept = zip(files, models).compactMap { file, model in model.map { (file.stamp, $0) } }
        var builder = IndexBuilder(models: kept.map(\.1), stamps: kept.map(\.0))
        let bytes = builder.build()
        try IndexFile.writeAtomically(bytes, to: path)
        report.articles = kept.count
        report.statements = kept.reduce(0) { $0 + $1.1.statements.count }
        report.mentions = kept.reduce(0) { $0 + $1.1.mentions.count }
        report.bytes = bytes.count
        return report
    }

    struct ArticleFile {
        var path: String
        var id: String
        var stamp: SourceFileStamp
    }

    /// Every `.txt` file under `folder`, sorted, with its size and modification time.
    static func listArticles(in folder: String) throws -> [ArticleFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CorpusError(path: folder, message: "is not a folder of articles")
        }
        let base = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var files: [ArticleFile] = []
        let enumerator = FileManager.default.enumerator(atPath: base)
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".txt") else { continue }
            let path = (base as NSString).appendingPathComponent(relative)
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            let id = ((relative as NSString).lastPathComponent as NSString).deletingPathExtension
            files.append(ArticleFile(path: path, id: id, stamp: SourceFileStamp(size: Int64(info.st_size), modified: modified)))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Reads and extracts files on every core.
    private static func extract(_ files: [ArticleFile], extractor: ArticleExtractor, cancellation: CancellationFlag?) throws -> [Result<ArticleModel, LoadWarning>] {
        let results = ResultSlots(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            if cancellation?.isCancelled == true { return }
            let file = files[i]
            guard let data = FileManager.default.contents(atPath: file.path) else {
                results.set(i, .failure(LoadWarning(path: file.path, message: "cannot be read; skipped")))
                return
            }
            guard let text = String(data: data, encoding: .utf8) else {
                results.set(i, .failure(LoadWarning(path: file.path, message: "is not UTF-8 text; skipped")))
                return
            }
            results.set(i, .success(extractor.extract(ArticleInput(id: file.id, path: file.path, text: text))))
        }
        if cancellation?.isCancelled == true { throw QueryInterrupted() }
        return results.values.map { $0 ?? .failure(LoadWarning(path: "", message: "not extracted")) }
    }
}

extension LoadWarning: Error {}

/// Results written from concurrent workers, each to its own slot.
private final class ResultSlots: @unchecked Sendable {
    private(set) var values: [Result<ArticleModel, LoadWarning>?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: Result<ArticleModel, LoadWarning>) {
        lock.lock()
        values[i] = value
        lock.unlock()
    }
}
