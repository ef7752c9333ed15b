import Foundation

/// Size and modification time of the file an article was read from, so that re-indexing a
/// folder extracts only what changed.
public struct SourceFileStamp: Sendable, Hashable, Codable {
    /// The file's size in bytes.
    public var size: Int64
    /// Nanoseconds since 1970.
    public var modified: Int64
    /// A stamp of a file of `size` bytes modified at `modified`.
    public init(size: Int64, modified: Int64) {
        self.size = size
        self.modified = modified
    }
}

/// What the `meta` section records of an index.
struct IndexMeta: Codable {
    var articles: Int
    var statements: Int
    var mentions: Int
    var created: String
}

/// Turns article models into the sections of an index.
///
/// Rows are stored article by article: the statements (and mentions) of article `a` are the
/// rows `a.stmt.off[a] ..< a.stmt.off[a+1]`, so an `article.…` predicate of a statement
/// becomes row ranges. Statement text is kept as a byte span of its article's text.
struct IndexBuilder {
    private var sections = IndexSections()
    private let models: [ArticleModel]
    private let stamps: [SourceFileStamp]

    init(models: [ArticleModel], stamps: [SourceFileStamp]? = nil) {
        self.models = models
        self.stamps = stamps ?? Array(repeating: SourceFileStamp(size: -1, modified: -1), count: models.count)
    }

    /// The bytes of a complete index file.
    mutating func build() -> [UInt8] {
        let statements = models.flatMap(\.statements)
        let mentions = models.flatMap(\.mentions)
        let meta = IndexMeta(
            articles: models.count, statements: statements.count, mentions: mentions.count,
            created: ISO8601DateFormatter().string(from: Date()))
        sections.add("meta", bytes: Array((try? JSONEncoder().encode(meta)) ?? Data()))
        addArticles()
        addCountryNames()
        addStatements(statements)
        addMentions(mentions)
        return sections.serialized()
    }

    private mutating func addArticles() {
        let articles = models.map(\.article)
        for field in IndexLayout.scalarFields[.articles]! {
            addDictionary(.articles, field, articles.map { a in RowProjection.value(field, of: a).storedValues })
        }
        for field in IndexLayout.listFields[.articles]! {
            addDictionary(.articles, field, articles.map { a in RowProjection.value(field, of: a).storedValues }, isList: true)
        }
        var textOffsets: [Int64] = [0]
        var text: [UInt8] = []
        for article in articles {
            text.append(contentsOf: article.text.utf8)
            textOffsets.append(Int64(text.count))
        }
        sections.add("a.text.off", packed: textOffsets)
        sections.addPaged("a.text.utf8", bytes: text)
        addTokens(.articles, "text", articles.map(\.text))
        addTokens(.articles, "title", articles.map { $0.title ?? "" })
        sections.add("a.stmt.off", packed: Self.runningOffsets(models.map(\.statements.count)))
        sections.add("a.ment.off", packed: Self.runningOffsets(models.map(\.mentions.count)))
        sections.add("a.file.size", packed: stamps.map(\.size))
        sections.add("a.file.mtime", packed: stamps.map(\.modified))
    }

    /// Country names in the main languages, folded, with their codes: a query's country
    /// literal is looked up here first, so that the first query of a process need not load
    /// the whole gazetteer. Names that two countries share are left to the gazetteer.
    private mutating func addCountryNames() {
        let gazetteer = CountryGazetteer.standard
        var codesByName: [String: Set<String>] = [:]
        for code in gazetteer.allCodes {
            codesByName[code.lowercased(), default: []].insert(code)
            for language in Self.nameLanguages {
                if let name = gazetteer.name(for: code, language: language) { codesByName[TextNormalizer.fold(name), default: []].insert(code) }
            }
        }
        let names = codesByName.filter { $0.value.count == 1 }.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        addStringTable("x.cname.keys", names)
        addStringTable("x.cname.codes", names.map { codesByName[$0]!.first! })
    }

    static let nameLanguages = ["en", "fr", "ar", "es", "de", "ru", "zh", "id", "ja", "pt", "it", "tr", "fa", "ko", "nl", "hi", "sw", "uk", "pl"]

    private mutating func addStatements(_ statements: [Statement]) {
        for field in IndexLayout.scalarFields[.statements]! {
            addDictionary(.statements, field, statements.map { RowProjection.value(field, of: $0).storedValues })
        }
        for field in IndexLayout.listFields[.statements]! {
            addDictionary(.statements, field, statements.map { RowProjection.value(field, of: $0).storedValues }, isList: true)
        }
        var article: [Int32] = [], start: [Int32] = [], end: [Int32] = [], from: [Int32] = [], to: [Int32] = []
        var detached: [String] = []
        for (row, model) in models.enumerated() {
            let span = ScalarSpans(model.article.text)
            for statement in model.statements {
                article.append(Int32(row))
                start.append(Int32(clamping: statement.start))
                end.append(Int32(clamping: statement.end))
                if let bytes = span.utf8Range(statement.start, statement.end), span.text(bytes) == statement.text {
                    from.append(Int32(bytes.lowerBound))
                    to.append(Int32(bytes.upperBound))
                } else {
                    // Text that is not the span it claims is kept as written, apart.
                    from.append(-1)
                    to.append(Int32(detached.count))
                    detached.append(statement.text)
                }
            }
        }
        for (name, values) in [("article", article), ("start", start), ("end", end), ("text.from", from), ("text.to", to)] {
            sections.add("s.\(name)", packed: values)
        }
        addStringTable("s.xtext", detached)
        addTokens(.statements, "text", statements.map(\.text))
    }

    private mutating func addMentions(_ mentions: [Mention]) {
        let combined = IndexLayout.combinedFields[.mentions]!
        for field in IndexLayout.scalarFields[.mentions]! where !combined.contains(field) {
            addDictionary(.mentions, field, mentions.map { RowProjection.value(field, of: $0).storedValues })
        }
        let codes = combined.map { field in
            addKeys(.mentions, field, mentions.map { RowProjection.value(field, of: $0).storedValues }).codeRows.map { $0.first ?? -1 }
        }
        addCombinations(.mentions, combined, codes: codes, rowCount: mentions.count)
        sections.add("m.article.hint", packed: ArticleOfRow.hints(offsets: Self.runningOffsets(models.map(\.mentions.count))))
        sections.add("m.start", packed: mentions.map { Int32(clamping: $0.start) })
        sections.add("m.end.length", packed: mentions.map { Int64($0.end) - Int64($0.start) })
    }

    /// Sorted distinct values, a code per row (or a list of codes), and a posting list of
    /// rows per value.
    private mutating func addDictionary(_ source: StoredSource, _ field: String, _ rows: [[String]], isList: Bool = false) {
        let (keys, codeRows) = addKeys(source, field, rows)
        if isList {
            sections.add(IndexLayout.name(source, field, "list.off"), packed: Self.runningOffsets(codeRows.map(\.count)))
            sections.add(IndexLayout.name(source, field, "list.codes"), packed: codeRows.flatMap { $0 })
        } else {
            sections.add(IndexLayout.name(source, field, "codes"), packed: codeRows.map { $0.first ?? -1 })
        }
        addPostings(IndexLayout.name(source, field, "post"), codeRows, keyCount: keys.count)
    }

    /// The sorted distinct values of a field, written; and each row's codes.
    private mutating func addKeys(_ source: StoredSource, _ field: String, _ rows: [[String]]) -> (keys: [String], codeRows: [[Int32]]) {
        let keys = Self.sortedDistinct(rows.lazy.flatMap { $0 })
        var codeOf: [String: Int32] = [:]
        codeOf.reserveCapacity(keys.count)
        for (i, key) in keys.enumerated() { codeOf[key] = Int32(i) }
        // Lists keep their order (countries in order of first mention), without repeats.
        let codeRows = rows.map { values -> [Int32] in
            if values.count == 1 { return [codeOf[values[0]]!] }
            var seen = Set<Int32>()
            return values.map { codeOf[$0]! }.filter { seen.insert($0).inserted }
        }
        FrontCodedStrings.add(IndexLayout.name(source, field, "keys"), keys, to: &sections)
        return (keys, codeRows)
    }

    /// Scalar fields stored as one combination of their codes per row (see
    /// ``IndexLayout/combinedFields``); `codes[f][row]` is field `f`'s code of `row`.
    private mutating func addCombinations(_ source: StoredSource, _ fields: [String], codes: [[Int32]], rowCount: Int) {
        precondition(fields.count <= 4, "at most four combined fields")
        struct Key: Hashable { var low: UInt64, high: UInt64 }
        func key(_ row: Int) -> Key {
            func part(_ f: Int) -> UInt64 { f < fields.count ? UInt64(UInt32(bitPattern: codes[f][row] + 1)) : 0 }
            return Key(low: part(0) << 32 | part(1), high: part(2) << 32 | part(3))
        }
        var combinations = DenseCodes<Key>()
        var firstRows: [Int] = []
        var rowCombinations = [Int32](repeating: 0, count: rowCount)
        var lists: [[Int32]] = []
        for row in 0..<rowCount {
            let (combination, isNew) = combinations.code(of: key(row))
            if isNew {
                firstRows.append(row)
                lists.append([])
            }
            rowCombinations[row] = combination
            lists[Int(combination)].append(Int32(row))
        }
        let shared = IndexLayout.name(source, "combination", "")
        sections.add(shared + "codes", packed: rowCombinations)
        FieldPostings.add(shared + "post", lists: lists, rowCount: rowCount, to: &sections)
        for (f, field) in fields.enumerated() {
            let codeOf = firstRows.map { codes[f][$0] }
            let keyCount = Int(codes[f].max() ?? -1) + 1
            var groups = [[Int32]](repeating: [], count: keyCount)
            for (combination, code) in codeOf.enumerated() where code >= 0 { groups[Int(code)].append(Int32(combination)) }
            sections.add(IndexLayout.name(source, field, "of"), packed: codeOf)
            sections.add(IndexLayout.name(source, field, "groups.off"), packed: Self.runningOffsets(groups.map(\.count)))
            sections.add(IndexLayout.name(source, field, "groups"), packed: groups.flatMap { $0 })
        }
    }

    /// A word index: distinct folded words and, per word, the rows whose text has it.
    private mutating func addTokens(_ source: StoredSource, _ field: String, _ texts: [String]) {
        var wordCodes = DenseCodes<Substring>()
        var rows: [[Int32]] = []
        rows.reserveCapacity(texts.count)
        var pairs = IndexLayout.pairedFields[source]?.contains(field) == true ? WordPairCollector() : nil
        var sequence: [Int32] = []
        for text in texts {
            var ids = Set<Int32>()
            sequence.removeAll(keepingCapacity: true)
            for word in TextTokens.words(of: text) {
                let id = wordCodes.code(of: word).code
                ids.insert(id)
                sequence.append(id)
            }
            rows.append(Array(ids))
            pairs?.add(row: sequence)
        }
        let words = wordCodes.keys
        let order = words.indices.sorted { words[$0].utf8.lexicographicallyPrecedes(words[$1].utf8) }
        var rank = [Int32](repeating: 0, count: words.count)
        for (position, id) in order.enumerated() { rank[id] = Int32(position) }
        addStringTable(IndexLayout.name(source, field, "tok.keys"), order.map { String(words[$0]) })
        addVarintPostings(IndexLayout.name(source, field, "tok.post"), rows.map { $0.map { rank[Int($0)] } }, keyCount: words.count)
        if let pairs { addWordPairs(source, field, pairs, rank: rank, sortedWords: order.map { words[$0] }) }
    }

    /// The adjacent-word index of a text field (see ``WordPairColumn``).
    private mutating func addWordPairs(_ source: StoredSource, _ field: String, _ pairs: WordPairCollector, rank: [Int32], sortedWords: [Substring]) {
        let layout = pairs.layout(rank: rank, wordCount: sortedWords.count)
        sections.add(IndexLayout.name(source, field, "pair.first"), packed: layout.first)
        sections.add(IndexLayout.name(source, field, "pair.second"), packed: layout.second)
        addVarintPostings(IndexLayout.name(source, field, "pair.post"), layout.rows, keyCount: layout.second.count)
        let reversed = sortedWords.indices.sorted { sortedWords[$0].utf8.reversed().lexicographicallyPrecedes(sortedWords[$1].utf8.reversed()) }
        sections.add(IndexLayout.name(source, field, "tok.rev"), packed: reversed.map(Int32.init))
    }

    private mutating func addPostings(_ name: String, _ codeRows: [[Int32]], keyCount: Int) {
        var lists = [[Int32]](repeating: [], count: keyCount)
        for (row, codes) in codeRows.enumerated() {
            for code in codes { lists[Int(code)].append(Int32(row)) }
        }
        FieldPostings.add(name, lists: lists, rowCount: codeRows.count, to: &sections)
    }

    /// The postings of a word index, gap-encoded (see ``VarintPostings``).
    private mutating func addVarintPostings(_ name: String, _ codeRows: [[Int32]], keyCount: Int) {
        var lists = [[Int32]](repeating: [], count: keyCount)
        for (row, codes) in codeRows.enumerated() {
            for code in codes { lists[Int(code)].append(Int32(row)) }
        }
        var offsets: [Int64] = [0]
        var bytes: [UInt8] = []
        for list in lists {
            VarintPostings.encode(list, into: &bytes)
            offsets.append(Int64(bytes.count))
        }
        sections.add(name + ".off", packed: offsets)
        sections.addPaged(name, bytes: bytes)
    }

    private mutating func addStringTable(_ name: String, _ strings: [String]) {
        var offsets: [Int64] = [0]
        var bytes: [UInt8] = []
        for s in strings {
            bytes.append(contentsOf: s.utf8)
            offsets.append(Int64(bytes.count))
        }
        sections.add(name + ".off", packed: offsets)
        sections.add(name + ".str", bytes: bytes)
    }

    private static func sortedDistinct<S: Sequence>(_ values: S) -> [String] where S.Element == String {
        Array(Set(values)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private static func runningOffsets(_ counts: [Int]) -> [Int32] {
        var out: [Int32] = [0]
        out.reserveCapacity(counts.count + 1)
        var total: Int32 = 0
        for c in counts {
            total += Int32(c)
            out.append(total)
        }
        return out
    }
}

/// Turns Unicode-scalar offsets of a text into UTF-8 byte offsets.
struct ScalarSpans {
    private let utf8: [UInt8]
    private var byteOffsetOfScalar: [Int] = []

    init(_ text: String) {
        utf8 = Array(text.utf8)
        var offset = 0
        for scalar in text.unicodeScalars {
            byteOffsetOfScalar.append(offset)
            offset += UTF8.width(scalar)
        }
        byteOffsetOfScalar.append(offset)
    }

    func utf8Range(_ start: Int, _ end: Int) -> Range<Int>? {
        guard start >= 0, start <= end, end < byteOffsetOfScalar.count else { return nil }
        return byteOffsetOfScalar[start]..<byteOffsetOfScalar[end]
    }

    func text(_ range: Range<Int>) -> String { String(decoding: utf8[range], as: UTF8.self) }
}

extension Value {
    /// The strings a dictionary field stores for this value: none for null, one per item of a list.
    var storedValues: [String] {
        switch self {
        case .null: return []
        case .list(let items): return items
        default: return [text]
        }
    }
}
