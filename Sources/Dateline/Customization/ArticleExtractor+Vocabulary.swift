import Foundation

extension ArticleExtractor {
    /// An extractor that also knows the additions of `vocabulary` (country aliases, people,
    /// topic keywords, speech verbs). Compiling it takes a moment when it adds country
    /// aliases; make the extractor once and reuse it (it is `Sendable`).
    public init(vocabulary: Vocabulary) {
        self.init(compiled: CompiledVocabulary.compile(vocabulary))
    }

    init(compiled: CompiledVocabulary) {
        self.init()
        vocabulary = compiled
    }
}

extension Database {
    /// Opens an index file or reads a folder of articles (as ``open(path:)``) with the
    /// additions of `vocabulary`: articles of a folder are extracted with them, and country
    /// aliases are understood in queries. An index file was extracted when it was written, so
    /// only the query side of the vocabulary applies to it.
    public static func open(path: String, vocabulary: Vocabulary) throws -> Database {
        let compiled = CompiledVocabulary.compile(vocabulary)
        let database: Database
        if IndexFile.looksLikeIndex(path: path), !isFolder(path) {
            database = try open(path: path)
        } else {
            database = try Database(corpus: Corpus.load(path: path, extractor: ArticleExtractor(compiled: compiled)), origin: path)
        }
        database.vocabulary = compiled
        return database
    }

    /// A database over articles given in memory (no files): each is extracted, with the
    /// additions of `vocabulary`, and indexed in memory.
    ///
    /// ```swift
    /// let database = try Database(articles: [
    ///     ArticleInput(id: "a1", path: "feed/a1", text: "PARIS (AFP) -- …"),
    /// ])
    /// ```
    public convenience init(articles: [ArticleInput], vocabulary: Vocabulary = Vocabulary()) throws {
        let compiled = CompiledVocabulary.compile(vocabulary)
        let extractor = ArticleExtractor(compiled: compiled)
        let models = ParallelMap.map(articles) { extractor.extract($0) }
        try self.init(corpus: Corpus(models: models))
        self.vocabulary = compiled
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
