import Foundation

/// Something that went wrong with one input file; the file was skipped or read in part.
public struct LoadWarning: Sendable, Hashable {
    /// The file the problem is about.
    public var path: String
    /// What went wrong, in words.
    public var message: String
    /// A problem with the file at `path`.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}

/// A failure to open a corpus at all.
public struct CorpusError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file the problem is about.
    public var path: String
    /// What went wrong, in words.
    public var message: String
    /// `PATH: MESSAGE`.
    public var description: String { "\(path): \(message)" }
}

/// The article models of a collection of articles, ready to query.
public struct Corpus: Sendable {
    /// The models of every article, in the order of their paths.
    public private(set) var models: [ArticleModel]
    /// Files that could not be read as articles, and why.
    public private(set) var warnings: [LoadWarning]

    /// Every article.
    public var articles: [Article] { models.map(\.article) }
    /// The statements of every article, article by article.
    public var statements: [Statement] { models.flatMap(\.statements) }
    /// The mentions of every article, article by article.
    public var mentions: [Mention] { models.flatMap(\.mentions) }

    /// A corpus of models already made (in memory, or from another extractor).
    public init(models: [ArticleModel], warnings: [LoadWarning] = []) {
        self.models = models
        self.warnings = warnings
    }

    /// Reads every article under `path` (a folder, recursively, or one file): `.txt`, `.json`
    /// and `.jsonl` files, extracted in parallel, in the order of their paths. Files that
    /// cannot be articles are reported in ``warnings``, never skipped silently.
    public static func load(path: String, extractor: ArticleExtractor = ArticleExtractor()) throws -> Corpus {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CorpusError(path: path, message: "no such file or folder")
        }
        var warnings: [LoadWarning] = []
        let files = isDirectory.boolValue ? articleFiles(under: path, warnings: &warnings) : [path]
        let reader = ArticleFileReader()
        let results = ParallelMap.map(files) { file -> ([ArticleModel], [LoadWarning]) in
            let read = reader.read(file)
            return (read.inputs.map { extractor.extract($0) }, read.warnings)
        }
        var models: [ArticleModel] = []
        for (fileModels, fileWarnings) in results {
            models += fileModels
            warnings += fileWarnings
        }
        return Corpus(models: models, warnings: warnings)
    }

    /// The article files of a folder tree, sorted; hidden entries are passed over, other
    /// files are reported.
    static func articleFiles(under folder: String, warnings: inout [LoadWarning]) -> [String] {
        var files: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard !name.hasPrefix(".") else {
                if (enumerator?.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { enumerator?.skipDescendants() }
                continue
            }
            guard (enumerator?.fileAttributes?[.type] as? FileAttributeType) != .typeDirectory else { continue }
            let full = (folder as NSString).appendingPathComponent(relative)
            if ArticleFileReader.articleExtensions.contains((name as NSString).pathExtension.lowercased()) {
                files.append(full)
            } else {
                warnings.append(LoadWarning(path: full, message: "is not an article file (.txt, .json, .jsonl); ignored"))
            }
        }
        return files.sorted()
    }
}

/// `map` over the cores, keeping the order of the input.
enum ParallelMap {
    static func map<T, R>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] where T: Sendable, R: Sendable {
        guard items.count > 1 else { return items.map(transform) }
        let box = ResultsBox<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            box.set(index, transform(items[index]))
        }
        return box.values()
    }
}

private final class ResultsBox<R>: @unchecked Sendable {
    private var storage: [R?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: R) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    func values() -> [R] { storage.map { $0! } }
}
