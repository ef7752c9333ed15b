/// Article models read back out of an index, so that re-indexing a folder reuses the
/// models of unchanged files instead of extracting them again.
struct StoredModels {
    let store: IndexStore
    private let articleText: ColumnReader
    private let statementText: StatementTextColumn
    private let statementOffsets: PackedIntegers
    private let mentionOffsets: PackedIntegers
    private let sizes: PackedIntegers
    private let modified: PackedIntegers

    init(store: IndexStore) throws {
        self.store = store
        articleText = try ColumnReader(.articleText, source: .articles, store: store)
        statementText = try StatementTextColumn(store: store)
        statementOffsets = try store.rowsOfArticles(.statements)
        mentionOffsets = try store.rowsOfArticles(.mentions)
        sizes = try store.integers("a.file.size", count: store.articleCount)
        modified = try store.integers("a.file.mtime", count: store.articleCount)
    }

    /// The path each article was read from, with the stamp of the file then.
    func sources() throws -> [(path: String, stamp: SourceFileStamp, row: Int)] {
        let paths = try store.dictionary(.articles, "path")
        return (0..<store.articleCount).map { row in
            (paths.value(of: row).text, SourceFileStamp(size: Int64(sizes[row]), modified: Int64(modified[row])), row)
        }
    }

    /// The model of article `row` as it was indexed.
    func model(_ row: Int) throws -> ArticleModel {
        func text(_ field: String) throws -> String? {
            let value = try store.dictionary(.articles, field).value(of: row)
            return value.isNull ? nil : value.text
        }
        func list(_ source: StoredSource, _ field: String, _ r: Int) throws -> [String] {
            if case .list(let items) = try store.dictionary(source, field).value(of: r) { return items }
            return []
        }
        let article = Article(
            id: try text("id") ?? "", path: try text("path") ?? "", language: try text("language") ?? "und",
            title: try text("title"), date: try text("date"), source: try text("source"), dateline: try text("dateline"),
            countries: try list(.articles, "countries", row), people: try list(.articles, "people", row),
            topics: try list(.articles, "topics", row), text: articleText.value(row).text)
        var statements: [Statement] = []
        for s in statementOffsets[row]..<statementOffsets[row + 1] {
            statements.append(try statement(s, article: article.id))
        }
        var mentions: [Mention] = []
        for m in mentionOffsets[row]..<mentionOffsets[row + 1] {
            mentions.append(try mention(m, article: article.id))
        }
        return ArticleModel(article: article, statements: statements, mentions: mentions)
    }

    private func statement(_ row: Int, article: String) throws -> Statement {
        func text(_ field: String) throws -> String { try store.dictionary(.statements, field).value(of: row).text }
        let country = try store.dictionary(.statements, "country").value(of: row)
        func list(_ field: String) throws -> [String] {
            if case .list(let items) = try store.dictionary(.statements, field).value(of: row) { return items }
            return []
        }
        return Statement(
            article: article, speaker: try text("speaker"), speakerName: try text("speaker_name"),
            country: country.isNull ? nil : country.text, kind: StatementKind(rawValue: try text("kind")) ?? .reported,
            act: try text("act"), text: statementText.text(row),
            start: try store.integers("s.start", count: store.statementCount)[row],
            end: try store.integers("s.end", count: store.statementCount)[row],
            about: try list("about"), topics: try list("topics"))
    }

    private func mention(_ row: Int, article: String) throws -> Mention {
        func text(_ field: String) throws -> String { try store.dictionary(.mentions, field).value(of: row).text }
        return Mention(
            article: article, type: MentionType(rawValue: try text("type")) ?? .country, surface: try text("surface"),
            value: try text("value"), start: try store.integerField(.mentions, "start")[row],
            end: try store.integerField(.mentions, "end")[row], via: try text("via"))
    }
}
