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
    private var integerColumns: [String: PackedIntegers] = [:]
    private var stringTables: [String: StringTable] = [:]
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

    /// A dictionary field, its codes and postings checked against its keys and rows when
    /// first loaded, so that a damaged or forged file fails here with an error naming it,
    /// never with a crash in a query.
    func dictionary(_ source: StoredSource, _ field: String) throws -> DictionaryColumn {
        let key = IndexLayout.name(source, field, "")
        if let column = cached({ dictionaries[key] }) { return column }
        let isList = IndexLayout.listFields[source]?.contains(field) ?? false
        let keys = try frontCoded(IndexLayout.name(source, field, "keys"))
        let rows = rowCount(source)
        let name = { (part: String) in IndexLayout.name(source, field, part) }
        let column: DictionaryColumn
        if IndexLayout.combinedFields[source]?.contains(field) == true {
            column = try combinedColumn(source, field, keys: keys)
        } else if isList {
            let codes = try image.packed(name("list.codes"))
            try check(codes, named: name("list.codes"), within: 0..<keys.count)
            column = DictionaryColumn(
                keys: keys, postings: try postings(name("post"), keys: keys.count, rows: rows),
                storage: .list(offsets: try offsets(name("list.off"), count: rows + 1, end: codes.count), codes: codes))
        } else {
            column = DictionaryColumn(
                keys: keys, postings: try postings(name("post"), keys: keys.count, rows: rows),
                storage: .scalar(try integers(name("codes"), count: rows, within: -1..<keys.count)))
        }
        store { dictionaries[key] = column }
        return column
    }

    func tokens(_ source: StoredSource, _ field: String) throws -> TokenColumn {
        let key = IndexLayout.name(source, field, "tok")
        if let column = cached({ tokenColumns[key] }) { return column }
        let keys = try stringTable(key + ".keys")
        let paged = try PagedSection(image: image, name: key + ".post")
        let postings = VarintPostings(offsets: try offsets(key + ".post.off", count: keys.count + 1, end: paged.bytes.count), paged: paged)
        let column = TokenColumn(keys: keys, postings: postings)
        store { tokenColumns[key] = column }
        return column
    }

    /// The adjacent-word index of a text field, or nil when the index has none for it.
    func wordPairs(_ source: StoredSource, _ field: String) throws -> WordPairColumn? {
        let key = IndexLayout.name(source, field, "pair")
        if let column = cached({ pairColumns[key] }) { return column }
        guard image.hasSection(key + ".first") else { return nil }
        let words = try tokens(source, field).keys.count
        let second = try integers(key + ".second", count: try image.packed(key + ".second").count, within: 0..<words)
        let paged = try PagedSection(image: image, name: key + ".post")
        let column = WordPairColumn(
            first: try offsets(key + ".first", count: words + 1, end: second.count), second: second,
            postings: VarintPostings(offsets: try offsets(key + ".post.off", count: second.count + 1, end: paged.bytes.count), paged: paged),
            reversed: try integers(IndexLayout.name(source, field, "tok.rev"), count: words, within: 0..<words))
        store { pairColumns[key] = column }
        return column
    }

    /// An integer column, one value per row (`s.start`, `a.file.size` …), or offsets
    /// (`a.stmt.off`); with `within`, every value is checked to lie in that range.
    func integers(_ name: String, count: Int, within range: Range<Int>? = nil) throws -> PackedIntegers {
        if let column = cached({ integerColumns[name] }) { return column }
        let column = try image.packed(name)
        guard column.count == count else { throw damaged("section '\(name)' has \(column.count) values, not \(count)") }
        if let range { try check(column, named: name, within: range) }
        store { integerColumns[name] = column }
        return column
    }

    /// Integer field `field` of `source` (one value per row), whichever way it is stored
    /// (see ``IndexLayout/lengthFields``).
    func integerField(_ source: StoredSource, _ field: String) throws -> IntegerColumn {
        let name = "\(source.rawValue).\(field)"
        if let base = IndexLayout.lengthFields[source]?[field] {
            return IntegerColumn(
                values: try integers(name + ".length", count: rowCount(source)),
                after: try integers("\(source.rawValue).\(base)", count: rowCount(source)))
        }
        return IntegerColumn(values: try integers(name, count: rowCount(source)), after: nil)
    }

    /// Offsets into another array: `count` of them, from 0, never decreasing, up to `end`.
    func offsets(_ name: String, count: Int, end: Int) throws -> PackedIntegers {
        let key = "offsets " + name
        if let column = cached({ integerColumns[key] }) { return column }
        let offsets = try image.packed(name)
        guard offsets.count == count, count >= 1, offsets[0] == 0, offsets.last == end, offsets.isNondecreasing() else {
            throw damaged("the offsets '\(name)' do not match what they index")
        }
        store { integerColumns[key] = offsets }
        return offsets
    }

    /// For each statement (or mention), its article.
    func articleOf(_ source: StoredSource) throws -> ArticleOfRow {
        if source == .statements {
            return ArticleOfRow(stored: try integers("s.article", count: statementCount, within: 0..<articleCount))
        }
        let offsets = try rowsOfArticles(source)
        let hints = try image.packed("m.article.hint")
        guard ArticleOfRow.hintsAreValid(hints, offsets: offsets) else { throw damaged("section 'm.article.hint' does not match the mentions' offsets") }
        return ArticleOfRow(hints: hints, offsets: offsets)
    }

    /// For each article, where its statements (or mentions) start, and where the last ends.
    func rowsOfArticles(_ source: StoredSource) throws -> PackedIntegers {
        try offsets(source == .statements ? "a.stmt.off" : "a.ment.off", count: articleCount + 1, end: rowCount(source))
    }

    /// For each article, where its text starts in `a.text.utf8`, and where the last ends.
    func articleTextOffsets() throws -> PackedIntegers {
        try offsets("a.text.off", count: articleCount + 1, end: try articleText().bytes.count)
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
        if let table = cached({ stringTables[name] }) { return table }
        let utf8 = try image.section(name + ".str")
        let offsets = try image.packed(name + ".off")
        guard offsets.count >= 1, offsets[0] == 0, offsets.last == utf8.count, offsets.isNondecreasing() else {
            throw damaged("string table '\(name)' does not match its bytes")
        }
        let table = StringTable(offsets: offsets, utf8: utf8)
        store { stringTables[name] = table }
        return table
    }

    /// A field stored as a combination shared with other fields (see
    /// ``IndexLayout/combinedFields``): the combinations' postings are grouped by this
    /// field's values.
    private func combinedColumn(_ source: StoredSource, _ field: String, keys: FrontCodedStrings) throws -> DictionaryColumn {
        let shared = IndexLayout.name(source, "combination", "")
        let name = { (part: String) in IndexLayout.name(source, field, part) }
        let combinationCodes = try integers(shared + "codes", count: rowCount(source))
        let codeOf = try image.packed(name("of"))
        try check(codeOf, named: name("of"), within: -1..<keys.count)
        try check(combinationCodes, named: shared + "codes", within: 0..<codeOf.count)
        var postings = try postings(shared + "post", keys: codeOf.count, rows: rowCount(source))
        let members = try image.packed(name("groups"))
        try check(members, named: name("groups"), within: 0..<codeOf.count)
        postings.groups = FieldPostings.ListGroups(offsets: try offsets(name("groups.off"), count: keys.count + 1, end: members.count), members: members)
        return DictionaryColumn(keys: keys, postings: postings, storage: .combined(combination: combinationCodes, codeOf: codeOf))
    }

    /// Sorted distinct values, front coded, checked whole.
    private func frontCoded(_ name: String) throws -> FrontCodedStrings {
        let count = try image.packed(name + ".n")
        let bytes = try image.section(name + ".str")
        let blocks = try offsets(name + ".off", count: (max(0, count.last ?? -1) + FrontCodedStrings.blockSize - 1) / FrontCodedStrings.blockSize + 1, end: bytes.count)
        let strings = FrontCodedStrings(count: count.last ?? -1, blocks: blocks, bytes: bytes)
        guard count.count == 1, strings.isWellFormed() else { throw damaged("the values '\(name)' are not in order or do not match their offsets") }
        return strings
    }

    /// Per key, a sorted list of distinct rows below `rows`, each list checked.
    private func postings(_ name: String, keys: Int, rows: Int) throws -> FieldPostings {
        let bytes = try image.section(name)
        let postings = FieldPostings(
            offsets: try offsets(name + ".off", count: keys + 1, end: bytes.count),
            counts: try image.packed(name + ".n"), bytes: bytes, rowCount: rows)
        guard postings.isWellFormed() else { throw damaged("posting lists '\(name)' hold rows out of order or range") }
        return postings
    }

    private func check(_ values: PackedIntegers, named name: String, within range: Range<Int>) throws {
        if let bounds = values.bounds(), bounds.min < range.lowerBound || bounds.max >= range.upperBound {
            throw damaged("section '\(name)' holds a value outside \(range.lowerBound)..<\(range.upperBound)")
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
