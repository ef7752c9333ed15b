import Foundation

/// Something that went wrong with one input file; the file was skipped or read in part.
public struct LoadWarning: Sendable, Hashable {
    public var path: String
    public var message: String
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}

/// A failure to open a corpus at all.
public struct CorpusError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}

/// The article models of a collection of articles, ready to query.
public struct Corpus: Sendable {
    public private(set) var models: [ArticleModel]
    public private(set) var warnings: [LoadWarning]

    public var articles: [Article] { models.map(\.article) }
    public var statements: [Statement] { models.flatMap(\.statements) }
    public var mentions: [Mention] { models.flatMap(\.mentions) }

    public init(models: [ArticleModel], warnings: [LoadWarning] = []) {
        self.models = models
        self.warnings = warnings
    }

    /// Reads every `.txt` article under `path` (a folder, recursively, or one file).
    public static func load(path: String, extractor: ArticleExtractor = ArticleExtractor()) throws -> Corpus {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CorpusError(path: path, message: "no such file or folder")
        }
        var files: [String] = []
        if isDirectory.boolValue {
            let enumerator = manager.enumerator(atPath: path)
            while let relative = enumerator?.nextObject() as? String {
                if relative.hasSuffix(".txt") { files.append((path as NSString).appendingPathComponent(relative)) }
            }
        } else {
            files = [path]
        }
        var models: [ArticleModel] = []
        var warnings: [LoadWarning] = []
        for file in files.sorted() {
            guard let data = manager.contents(atPath: file) else {
                warnings.append(LoadWarning(path: file, message: "cannot be read; skipped"))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                warnings.append(LoadWarning(path: file, message: "is not UTF-8 text; skipped"))
                continue
            }
            let id = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            models.append(extractor.extract(ArticleInput(id: id, path: file, text: text)))
        }
        return Corpus(models: models, warnings: warnings)
    }
}
