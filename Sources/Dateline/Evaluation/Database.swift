import Foundation

/// A queryable collection of article models: an index file opened in place (memory
/// mapped; sections checked on first use) or a folder of articles indexed in memory.
///
/// Safe to share between threads; run queries through a ``Session``.
public final class Database: @unchecked Sendable {
    let store: IndexStore
    /// The file or folder the database was opened from.
    public let origin: String
    /// Files of a folder that could not be read, and why.
    public let warnings: [LoadWarning]
    /// Country aliases a ``Vocabulary`` added, understood in queries; set once, when opened.
    /// The standard vocabulary is loaded only when a query needs it, not when opening.
    var vocabulary: CompiledVocabulary {
        get { customVocabulary ?? .standard }
        set { customVocabulary = newValue }
    }
    private var customVocabulary: CompiledVocabulary?

    init(store: IndexStore, origin: String, warnings: [LoadWarning] = []) {
        self.store = store
        self.origin = origin
        self.warnings = warnings
    }

    /// Opens an index file (`dateline index` writes them) or reads a folder of `.txt`
    /// articles (or one article) into an index in memory.
    public static func open(path: String) throws -> Database {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CorpusError(path: path, message: "no such file or folder")
        }
        if !isDirectory.boolValue, IndexFile.looksLikeIndex(path: path) {
            return try Database(store: IndexStore(image: IndexFile.open(path: path)), origin: path)
        }
        let corpus = try Corpus.load(path: path)
        return try Database(corpus: corpus, origin: path)
    }

    /// An index in memory over models already made.
    public convenience init(corpus: Corpus, origin: String = "<memory>") throws {
        self.init(store: try IndexStore(models: corpus.models, origin: origin), origin: origin, warnings: corpus.warnings)
    }

    /// The number of articles.
    public var articleCount: Int { store.articleCount }
    /// The number of statements of all articles.
    public var statementCount: Int { store.statementCount }
    /// The number of country and person mentions of all articles.
    public var mentionCount: Int { store.mentionCount }

    /// Checks every section of the index against its checksum now, rather than on first use.
    public func verify() throws { try store.image.verifyAll() }

    /// Throws the damage found so far while reading page-checked sections (article text,
    /// word postings), which are checked as they are read rather than when first opened.
    /// Rows read through ``QueryResult/row(_:)`` after a query returned are checked by the
    /// next call.
    public func checkDamage() throws {
        if let damage = store.image.damage { throw damage }
    }

    /// The distinct values of a field with the number of rows holding each, most frequent
    /// first (for completion). Unknown fields and unindexed fields give an empty list.
    public func values(of field: String, in source: SourceKind) -> [(value: String, count: Int)] {
        if let stored = source.stored, let resolved = Schema.field(field, in: source),
           let access = try? FieldBinder.access(for: resolved.name, in: stored),
           case .dictionary(let owner, let name) = access.innermost,
           let column = try? store.dictionary(owner, name) {
            return (0..<column.keys.count)
                .map { (value: column.keys.string($0), count: column.postings.count(for: $0)) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.value < $1.value }
        }
        guard source.stored == nil, let table = try? DistinctSources.table(source, store: store),
              let column = Schema.field(field, in: source).flatMap({ f in table.columns.firstIndex(of: f.name) }),
              let countColumn = table.columns.firstIndex(of: "count") else { return [] }
        return table.rows.map { (value: $0[column].text, count: Int($0[countColumn].text) ?? 0) }
    }
}

extension FieldAccess {
    /// The access at the end of a chain of `throughArticle`.
    var innermost: FieldAccess {
        if case .throughArticle(let inner) = self { return inner.innermost }
        return self
    }
}

extension Database {
    /// The bytes of an index file for `models` (for tools that make their own corpora,
    /// such as the benchmark generator). Write them with any file API; open with ``open(path:)``.
    public static func indexBytes(models: [ArticleModel]) throws -> [UInt8] {
        var builder = IndexBuilder(models: models)
        return builder.build()
    }

    /// Writes the index of `models` to `path` atomically (temporary file, then rename).
    public static func writeIndex(models: [ArticleModel], to path: String) throws {
        try IndexFile.writeAtomically(try indexBytes(models: models), to: path)
    }
}
