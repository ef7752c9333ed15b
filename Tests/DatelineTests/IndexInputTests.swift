import Foundation
import Testing
@testable import Dateline

/// `dateline index` reads what `--corpus` reads: folders of .txt, .json and .jsonl files,
/// or one .jsonl or .json file; JSON fields given win over extraction.
@Suite struct IndexInputTests {
    static let lines = [
        #"{"id": "x1", "title": "Talks resume", "date": "2021-03-04", "language": "en", "source": "Wire", "text": "Talks resume\n\nThe minister said that peace talks will resume in Oslo."}"#,
        #"{"id": "x2", "text": "Les pourparlers reprennent\n\nLe ministre a déclaré que les négociations reprendront."}"#,
        "not json",
        "",
        #"{"id": "x3", "date": "2019", "text": "Rain\n\nIt rained in the capital on Tuesday."}"#,
    ]

    @Test func aJSONLinesFileIsIndexedWithItsFieldsAndReindexedOnlyWhenChanged() throws {
        let folder = try TemporaryFolder.make("dateline-index-input")
        let file = folder + "/news.jsonl"
        try Self.lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let index = folder + "/news.dlidx"
        let report = try FolderIndexer.update(articles: file, index: index)
        #expect((report.articles, report.extracted) == (3, 1))
        #expect(report.warnings.map(\.path) == [file + ":3"])
        var session = Session(database: try Database.open(path: index))
        let articles = try session.rows("articles select id, title, date, source")
        #expect(articles.column("id") == ["x1", "x2", "x3"])
        #expect(articles.column("title").first == "Talks resume")
        #expect(articles.column("date") == ["2021-03-04", articles.column("date")[1], "2019"])
        #expect(articles.column("source").first == "Wire")
        let again = try FolderIndexer.update(articles: file, index: index)
        #expect((again.articles, again.extracted, again.reused) == (3, 0, 1))
        #expect(try Database.open(path: index).articleCount == 3)
    }

    @Test func aMixedFolderIsIndexedLikeTheCorpusLoaderReadsIt() throws {
        let folder = try TemporaryFolder.make("dateline-index-input")
        try FileManager.default.createDirectory(atPath: folder + "/deeper", withIntermediateDirectories: true)
        try Self.lines.joined(separator: "\n").write(toFile: folder + "/b.jsonl", atomically: true, encoding: .utf8)
        try #"[{"id": "j1", "text": "Heat\n\nA heat wave hit the south."}, {"id": "j2", "text": "Cold\n\nSnow fell in the north."}]"#
            .write(toFile: folder + "/deeper/c.json", atomically: true, encoding: .utf8)
        try "Headline a\n\nBody of article a.".write(toFile: folder + "/a.txt", atomically: true, encoding: .utf8)
        try "notes".write(toFile: folder + "/notes.md", atomically: true, encoding: .utf8)
        let index = try TemporaryFolder.make("dateline-index-input") + "/mixed.dlidx"
        let report = try FolderIndexer.update(articles: folder, index: index)
        #expect(report.articles == 6)
        #expect(report.warnings.contains { $0.path.hasSuffix("notes.md") })
        var fromIndex = Session(database: try Database.open(path: index))
        var fromFolder = Session(database: try Database.open(path: folder))
        for query in ["articles select id, title, date", "statements | count"] {
            #expect(try fromIndex.rows(query) == fromFolder.rows(query))
        }
        try FileManager.default.removeItem(atPath: folder + "/b.jsonl")
        let shrunk = try FolderIndexer.update(articles: folder, index: index)
        #expect((shrunk.articles, shrunk.removed, shrunk.reused) == (3, 1, 2))
    }
}
