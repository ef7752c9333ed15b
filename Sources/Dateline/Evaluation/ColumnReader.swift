/// Where each field of the stored sources lives in the index.
enum FieldBinder {
    /// The access path of canonical field `name` (as in ``Schema``) of `source`.
    static func access(for name: String, in source: StoredSource) throws -> FieldAccess {
        if name.hasPrefix("article."), source != .articles {
            return .throughArticle(try access(for: String(name.dropFirst("article.".count)), in: .articles))
        }
        if name == "article", source != .articles { return .throughArticle(.dictionary(.articles, "id")) }
        if name == "text" { return source == .articles ? .articleText : .statementText }
        if IndexLayout.integerFields[source]!.contains(name) { return .integer(source, name) }
        if IndexLayout.scalarFields[source]!.contains(name) || IndexLayout.listFields[source]!.contains(name) {
            return .dictionary(source, name)
        }
        throw UnboundField()
    }

    /// The word index serving `contains` for an access (looking through `article.`).
    static func tokenIndex(for access: FieldAccess) -> (StoredSource, String)? {
        switch access {
        case .articleText: return (.articles, "text")
        case .statementText: return (.statements, "text")
        case .dictionary(.articles, "title"): return (.articles, "title")
        default: return nil
        }
    }

    struct UnboundField: Error {}
}

/// Reads one field of stored rows, with the columns it needs resolved once.
struct ColumnReader {
    indirect enum Kind {
        case dictionary(DictionaryColumn)
        case integer(IntegerColumn)
        case articleText(offsets: PackedIntegers, utf8: PagedSection)
        case statementText(StatementTextColumn)
        case throughArticle(articleOf: ArticleOfRow, ColumnReader)
    }
    let kind: Kind

    init(_ access: FieldAccess, source: StoredSource, store: IndexStore) throws {
        switch access {
        case .dictionary(let owner, let name):
            kind = .dictionary(try store.dictionary(owner, name))
        case .integer(let owner, let name):
            kind = .integer(try store.integerField(owner, name))
        case .articleText:
            kind = .articleText(offsets: try store.articleTextOffsets(), utf8: try store.articleText())
        case .statementText:
            kind = .statementText(try StatementTextColumn(store: store))
        case .throughArticle(let inner):
            kind = .throughArticle(articleOf: try store.articleOf(source), try ColumnReader(inner, source: .articles, store: store))
        case .column:
            throw FieldBinder.UnboundField()
        }
    }

    func value(_ row: Int) -> Value {
        switch kind {
        case .dictionary(let column): return column.value(of: row)
        case .integer(let values): return .int(values[row])
        case .articleText(let offsets, let utf8):
            return .string(String(decoding: utf8.slice(offsets[row]..<offsets[row + 1]), as: UTF8.self))
        case .statementText(let column): return .string(column.text(row))
        case .throughArticle(let articleOf, let inner): return inner.value(articleOf[row])
        }
    }
}

/// The dictionary codes of stored rows, resolved once so that a hot loop (ordering,
/// counting) reads each row's codes with plain array reads.
struct CodeLookup {
    let column: DictionaryColumn
    /// For a field of the article, each row's article.
    let articleOf: ArticleOfRow?

    /// Nil when the field is not dictionary encoded.
    init?(_ reader: ColumnReader) {
        switch reader.kind {
        case .dictionary(let column):
            self.column = column
            articleOf = nil
        case .throughArticle(let articleOf, let inner):
            guard case .dictionary(let column) = inner.kind else { return nil }
            self.column = column
            self.articleOf = articleOf
        default:
            return nil
        }
    }

    /// Whether the codes are the rows' own (not their articles'), so posting lengths count rows.
    var isDirect: Bool { articleOf == nil }

    @inline(__always)
    func codes(_ row: Int) -> RowCodes {
        column.codes(of: articleOf.map { $0[row] } ?? row)
    }
}

/// Statement content: a byte span of the article text, or (rarely) text kept apart when
/// the model's text was not the span it claimed. Spans are clamped to their article's
/// text, so a damaged span reads wrong text, never outside the section.
struct StatementTextColumn {
    let article: ArticleOfRow
    let from: PackedIntegers
    let to: PackedIntegers
    let articleOffsets: PackedIntegers
    let utf8: PagedSection
    let detached: StringTable

    init(store: IndexStore) throws {
        let n = store.statementCount
        article = try store.articleOf(.statements)
        from = try store.integers("s.text.from", count: n)
        to = try store.integers("s.text.to", count: n)
        articleOffsets = try store.articleTextOffsets()
        utf8 = try store.articleText()
        detached = try store.stringTable("s.xtext")
    }

    func text(_ row: Int) -> String { String(decoding: bytes(row), as: UTF8.self) }

    func bytes(_ row: Int) -> UnsafeRawBufferPointer {
        let start = from[row], end = to[row]
        if start < 0 {
            return end >= 0 && end < detached.count ? detached.bytes(end) : UnsafeRawBufferPointer(start: nil, count: 0)
        }
        let a = article[row]
        let base = articleOffsets[a], limit = articleOffsets[a + 1]
        let lower = min(base + start, limit)
        return utf8.slice(lower..<max(lower, min(base + end, limit)))
    }
}
