import Foundation

/// An opened index: the typed columns of articles, statements and mentions over the bytes
/// of an ``IndexImage``. Columns are made (and their sections verified) on first use.
final class IndexStore: @unchecked Sendable {
    let image: IndexImage
    let articleCount: Int
    let statementCount: Int
    let mentionCount: Int
    private var dictionaries: [String: DictionaryColumn] = [:]
    private var tokenColumns: [String: TokenColumn] = [:]
    private var pairColumns: [String: WordPairColumn] = [:]
    private var integerColumns: [String: UnsafeBufferPointer<Int32>] = [:]
    private var articleTextSection: PagedSection?
    private let lock = NSLock()

    init(image: IndexImage) throws {
        self.image = image
        let metaBytes = try image.section("meta")
        guard let meta = try? JSONDecoder().decode(IndexMeta.self, from: Data(metaBytes)) else {
            throw IndexFileError.damaged(path: image.origin, detail: "unreadable metadata")
        }
        articleCount = meta.articles
        statementCount = meta.statements
        mentionCount = meta.mentions
    }

    /// An index built in memory from article models (for `--corpus DIR`).
    convenience init(models: [ArticleModel], stamps: [SourceFileStamp]? = nil, origin: String) throws {
        var builder = IndexBuilder(models: models, stamps: stamps)
        let owned = OwnedBytes(builder.build())
        try self.init(image: IndexImage(bytes: owned.bytes, owner: owned, origin: origin))
    }

    func rowCount(_ source: StoredSource) -> Int {
        switch source {
        case .articles: return articleCount
        case .statements: return statementCount
        case .mentions: return mentionCount
        }
    }

    func dictionary(_ source: StoredSource, _ field: String) throws -> DictionaryColumn {
        let key = IndexLayout.name(source, field, "")
        if let column = cached({ dictionaries[key] }) { return column }
        let isList = IndexLayout.listFields[source]?.contains(field) ?? false
        let column = DictionaryColumn(
            keys: try stringTable(IndexLayout.name(source, field, "keys")),
            postings: try postings(IndexLayout.name(source, field, "post")),
            codes: isList ? nil : try checkedArray(IndexLayout.name(source, field, "codes"), count: rowCount(source)),
            listOffsets: isList ? try checkedArray(IndexLayout.name(source, field, "list.off"), count: rowCount(source) + 1) : nil,
            listCodes: isList ? try image.array(IndexLayout.name(source, field, "list.codes"), of: Int32.self) : nil)
        try checkShape(column, name: key)
        store { dictionaries[key] = column }
        return column
    }

    func tokens(_ source: StoredSource, _ field: String) throws -> TokenColumn {
        let key = IndexLayout.name(source, field, "tok")
        if let column = cached({ tokenColumns[key] }) { return column }
        let postings = VarintPostings(offsets: try image.array(key + ".post.off", of: Int64.self), paged: try PagedSection(image: image, name: key + ".post"))
        guard postings.offsets.count >= 1, Int(postings.offsets.last!) == postings.paged.bytes.count,
              postings.offsets.count == (try stringTable(key + ".keys")).count + 1 else {
            throw damaged("word index '\(key)' does not match its offsets")
        }
        let column = TokenColumn(keys: try stringTable(key + ".keys"), postings: postings)
        store { tokenColumns[key] = column }
        return column
    }

    /// The adjacent-word index of a text field, or nil when the index has none for it.
    func wordPairs(_ source: StoredSource, _ field: String) throws -> WordPairColumn? {
        let key = IndexLayout.name(source, field, "pair")
        if let column = cached({ pairColumns[key] }) { return column }
        guard image.hasSection(key + ".first") else { return nil }
        let words = try tokens(source, field).keys.count
        let column = WordPairColumn(
            first: try image.array(key + ".first", of: Int32.self), second: try image.array(key + ".second", of: Int32.self),
            postings: VarintPostings(offsets: try image.array(key + ".post.off", of: Int64.self), paged: try PagedSection(image: image, name: key + ".post")),
            reversed: try image.array(IndexLayout.name(source, field, "tok.rev"), of: Int32.self))
        guard column.first.count == words + 1, column.first.last.map(Int.init) == column.second.count,
              column.postings.offsets.count == column.second.count + 1,
              column.postings.offsets.last.map(Int.init) == column.postings.paged.bytes.count, column.reversed.count == words else {
            throw damaged("word pair index '\(key)' does not match its word index")
        }
        store { pairColumns[key] = column }
        return column
    }

    /// An Int32 column, one value per row (`s.article`, `s.start`, `a.stmt.off` …).
    func integers(_ name: String, count: Int) throws -> UnsafeBufferPointer<Int32> {
        if let column = cached({ integerColumns[name] }) { return column }
        let column = try checkedArray(name, count: count)
        store { integerColumns[name] = column }
        return column
    }

    func int64s(_ name: String, count: Int) throws -> UnsafeBufferPointer<Int64> {
        let array = try image.array(name, of: Int64.self)
        guard array.count == count else { throw damaged("section '\(name)' has \(array.count) values, not \(count)") }
        return array
    }

    /// The alpha-2 code of a folded country name stored with the index, or nil.
    func countryCode(forFoldedName name: String) -> String? {
        guard let keys = try? stringTable("x.cname.keys"), let codes = try? stringTable("x.cname.codes"),
              keys.count == codes.count, let i = keys.find(name) else { return nil }
        return codes.string(i)
    }

    /// The article texts, checked page by page as they are read.
    func articleText() throws -> PagedSection {
        if let text = cached({ articleTextSection }) { return text }
        let text = try PagedSection(image: image, name: "a.text.utf8")
        store { articleTextSection = text }
        return text
    }

    func stringTable(_ name: String) throws -> StringTable {
        let table = StringTable(offsets: try image.array(name + ".off", of: Int64.self), utf8: try image.section(name + ".str"))
        guard table.offsets.count >= 1, table.offsets.first == 0, Int(table.offsets.last!) == table.utf8.count else {
            throw damaged("string table '\(name)' does not match its bytes")
        }
        return table
    }

    private func postings(_ name: String) throws -> PostingIndex {
        let index = PostingIndex(offsets: try image.array(name + ".off", of: Int64.self), rows: try image.array(name, of: Int32.self))
        guard index.offsets.count >= 1, Int(index.offsets.last!) == index.rows.count else {
            throw damaged("posting lists '\(name)' do not match their offsets")
        }
        return index
    }

    private func checkedArray(_ name: String, count: Int) throws -> UnsafeBufferPointer<Int32> {
        let array = try image.array(name, of: Int32.self)
        guard array.count == count else { throw damaged("section '\(name)' has \(array.count) values, not \(count)") }
        return array
    }

    /// Lists must match their offsets, so that a damaged file fails here and not with a
    /// crash later. (Codes themselves are covered by the section checksums; scanning every
    /// code of a million rows on first use would cost more than the query.)
    private func checkShape(_ column: DictionaryColumn, name: String) throws {
        if let offsets = column.listOffsets, offsets.last.map({ Int($0) }) != column.listCodes!.count {
            throw damaged("'\(name)' list offsets do not match")
        }
    }

    private func damaged(_ detail: String) -> IndexFileError { .damaged(path: image.origin, detail: detail) }

    private func cached<T>(_ read: () -> T?) -> T? {
        lock.lock()
        defer { lock.unlock() }
        return read()
    }

    private func store(_ write: () -> Void) {
        lock.lock()
        defer { lock.unlock() }
        write()
    }
}
