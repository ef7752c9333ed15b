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

/// Builds or refreshes the index file of a collection of articles: a folder (searched
/// recursively) of `.txt`, `.json` and `.jsonl` files, or one such file — what `--corpus`
/// reads. Only files that are new or changed (by size and modification time) are read and
/// extracted again; the models of the others are read back from the previous index, and
/// files that are gone are dropped. Articles are extracted on every core, in chunks, and
/// stored in the order of their files (and of their place in a file).
public enum FolderIndexer {
    /// Brings the index file of a folder up to date, extracting only new or changed articles, and says what it did.
    public static func update(
        folder: String, index path: String, extractor: ArticleExtractor = ArticleExtractor(),
        cancellation: CancellationFlag? = nil
    ) throws -> IndexingReport {
        try update(articles: folder, index: path, extractor: extractor, cancellation: cancellation)
    }

    /// Brings the index file of `articles` (a folder, or one `.txt`, `.json` or `.jsonl`
    /// file) up to date, extracting only the articles of new or changed files.
    public static func update(
        articles input: String, index path: String, extractor: ArticleExtractor = ArticleExtractor(),
        cancellation: CancellationFlag? = nil
    ) throws -> IndexingReport {
        var report = IndexingReport()
        let files = try listArticles(in: input, warnings: &report.warnings)
        var previous: [String: (stamp: SourceFileStamp, rows: [Int])] = [:]
        var stored: StoredModels?
        if FileManager.default.fileExists(atPath: path) {
            do {
                let models = try StoredModels(store: IndexStore(image: IndexFile.open(path: path)))
                for source in try models.sources() {
                    previous[source.path, default: (source.stamp, [])].rows.append(source.row)
                }
                stored = models
            } catch {
                report.previousIndexProblem = "\(error)"
            }
        }
        var models = [[ArticleModel]?](repeating: nil, count: files.count)
        var toRead: [Int] = []
        for (i, file) in files.enumerated() {
            if let old = previous[file.path], old.stamp == file.stamp, let stored, let reused = try? old.rows.map(stored.model) {
                models[i] = reused
                report.reused += 1
            } else {
                toRead.append(i)
            }
        }
        report.removed = Set(previous.keys).subtracting(files.map(\.path)).count
        let extracted = try extract(toRead.map { files[$0].path }, extractor: extractor, cancellation: cancellation)
        for (i, fileModels) in zip(toRead, extracted.models) {
            models[i] = fileModels
            report.extracted += 1
        }
        report.warnings += extracted.warnings
        let kept = zip(files, models).flatMap { file, fileModels in (fileModels ?? []).map { (file.stamp, $0) } }
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
        var stamp: SourceFileStamp
    }

    /// The article files of `input` (a folder, recursively, or one file), sorted, with their
    /// size and modification time.
    static func listArticles(in input: String, warnings: inout [LoadWarning]) throws -> [ArticleFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
            throw CorpusError(path: input, message: "no such file or folder")
        }
        let base = input.count > 1 && input.hasSuffix("/") ? String(input.dropLast()) : input
        let paths = isDirectory.boolValue ? Corpus.articleFiles(under: base, warnings: &warnings) : [base]
        return paths.compactMap { path in
            var info = stat()
            guard stat(path, &info) == 0 else {
                warnings.append(LoadWarning(path: path, message: "cannot be read; skipped"))
                return nil
            }
            let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            return ArticleFile(path: path, stamp: SourceFileStamp(size: Int64(info.st_size), modified: modified))
        }
    }

    /// Reads the files and extracts their articles on every core: files are read in parallel,
    /// then all their articles are extracted in parallel chunks (one large `.jsonl` file
    /// keeps every core busy too). The models come back per file, in order.
    private static func extract(_ files: [String], extractor: ArticleExtractor, cancellation: CancellationFlag?) throws -> (models: [[ArticleModel]], warnings: [LoadWarning]) {
        let reader = ArticleFileReader()
        let read = ParallelMap.map(files) { reader.read($0) }
        let inputs = read.flatMap(\.inputs)
        let chunks = stride(from: 0, to: inputs.count, by: chunkSize).map { $0..<min($0 + chunkSize, inputs.count) }
        let extracted = ParallelMap.map(chunks) { chunk -> [ArticleModel] in
            if cancellation?.isCancelled == true { return [] }
            return inputs[chunk].map { extractor.extract($0) }
        }
        if cancellation?.isCancelled == true { throw QueryInterrupted() }
        var all = extracted.joined().makeIterator()
        let models = read.map { file in file.inputs.map { _ in all.next()! } }
        return (models, read.flatMap(\.warnings))
    }

    /// Articles per unit of parallel work: enough to make scheduling cheap, few enough to
    /// balance the cores near the end.
    private static let chunkSize = 64
}

extension LoadWarning: Error {}
