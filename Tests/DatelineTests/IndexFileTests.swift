import Foundation
import Testing
@testable import Dateline

/// Index files: round trip, damage of every kind, atomic writing, incremental re-indexing.
@Suite struct IndexFileTests {
    static func writeFixtureIndex() throws -> String {
        let path = try TemporaryFolder.make("dateline-index") + "/corpus.dlidx"
        try Database.writeIndex(models: EngineFixtures.models, to: path)
        return path
    }

    static let queries = [
        "statements where topic = cyber", "statements where text contains \"cyber attacks\"",
        "articles where date between 2014 and 2015-01", "statements | count by country",
        "mentions", "countries", "statements where article.language = ar order by start",
    ]

    @Test func aWrittenIndexAnswersLikeTheModelsInMemory() throws {
        let path = try Self.writeFixtureIndex()
        var fromFile = Session(database: try Database.open(path: path))
        var inMemory = try EngineFixtures.session()
        for query in Self.queries {
            #expect(try fromFile.rows(query) == inMemory.rows(query), "\(query)")
        }
        try fromFile.database.verify()
    }

    @Test func modelsReadBackFromTheIndexAreTheModelsWritten() throws {
        let path = try Self.writeFixtureIndex()
        let stored = try StoredModels(store: IndexStore(image: IndexFile.open(path: path)))
        for (row, model) in EngineFixtures.models.enumerated() {
            #expect(try stored.model(row) == model)
        }
    }

    @Test func aTruncatedIndexNamesTheFileAndTheRemedy() throws {
        let path = try Self.writeFixtureIndex()
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: IndexFileError.self) { try Database.open(path: path) }
        #expect(error?.description.contains(path) == true)
        #expect(error?.description.contains("truncated") == true)
        #expect(error?.description.contains("dateline index") == true)
    }

    @Test func aCorruptSectionFailsItsChecksumWhenUsed() throws {
        let path = try Self.writeFixtureIndex()
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        // Damage the last byte of the article text, a section every text query reads.
        let database = try Database.open(path: path)
        let text = try database.store.image.section("a.text.utf8")
        let offset = text.baseAddress! - database.store.image.bytes.baseAddress! + text.count - 2
        data[offset] ^= 0x5A
        try data.write(to: URL(fileURLWithPath: path))
        var session = Session(database: try Database.open(path: path))
        let error = #expect(throws: IndexFileError.self) { try session.rows("articles select text") }
        #expect(error?.description.contains("checksum") == true)
        #expect(error?.description.contains(path) == true)
        #expect(throws: IndexFileError.self) { try session.database.verify() }
    }

    @Test func aNewerFormatVersionIsRefusedWithAdvice() throws {
        let path = try Self.writeFixtureIndex()
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        data[8] = UInt8(IndexFormat.version + 1)
        try data.write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: IndexFileError.self) { try Database.open(path: path) }
        #expect(error?.description.contains("newer") == true)
        #expect(error?.description.contains("upgrade dateline") == true)
    }

    @Test func aFileThatIsNotAnIndexIsRefused() throws {
        let path = try TemporaryFolder.make("dateline-index") + "/notes.dlidx"
        try "hello".write(toFile: path, atomically: true, encoding: .utf8)
        let error = #expect(throws: IndexFileError.self) { try Database.open(path: path) }
        #expect(error?.description.contains("not a Dateline index") == true)
    }

    @Test func aFailedWriteLeavesThePreviousIndexIntact() throws {
        let path = try Self.writeFixtureIndex()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // The target is replaced by a folder, so the final rename must fail.
        let folderPath = try TemporaryFolder.make("dateline-index")
        let blocked = folderPath + "/blocked.dlidx"
        try FileManager.default.createDirectory(atPath: blocked + "/inside", withIntermediateDirectories: true)
        #expect(throws: IndexFileError.self) { try Database.writeIndex(models: [], to: blocked) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folderPath) == ["blocked.dlidx"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func reindexingExtractsOnlyNewAndChangedFilesAndDropsDeletedOnes() throws {
        let folder = try TemporaryFolder.make("dateline-index")
        let index = try TemporaryFolder.make("dateline-index") + "/corpus.dlidx"
        for name in ["a", "b", "c"] {
            try "Headline \(name)\n\nBody of article \(name).".write(toFile: "\(folder)/\(name).txt", atomically: true, encoding: .utf8)
        }
        let first = try FolderIndexer.update(folder: folder, index: index)
        #expect((first.extracted, first.reused, first.removed, first.articles) == (3, 0, 0, 3))
        let again = try FolderIndexer.update(folder: folder, index: index)
        #expect((again.extracted, again.reused, again.removed) == (0, 3, 0))
        try "Headline b\n\nA longer, changed body of article b.".write(toFile: "\(folder)/b.txt", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: "\(folder)/c.txt")
        try "Headline d\n\nBody of article d.".write(toFile: "\(folder)/d.txt", atomically: true, encoding: .utf8)
        let changed = try FolderIndexer.update(folder: folder, index: index)
        #expect((changed.extracted, changed.reused, changed.removed, changed.articles) == (2, 1, 1, 3))
        var session = Session(database: try Database.open(path: index))
        #expect(try session.rows("articles select id").column("id") == ["a", "b", "d"])
        #expect(try session.rows("articles where text contains \"changed body\"").column("id") == ["b"])
    }

    @Test func aDamagedPreviousIndexIsRebuiltFromScratch() throws {
        let folder = try TemporaryFolder.make("dateline-index")
        let index = try TemporaryFolder.make("dateline-index") + "/corpus.dlidx"
        try "Headline\n\nBody.".write(toFile: "\(folder)/a.txt", atomically: true, encoding: .utf8)
        try "garbage".write(toFile: index, atomically: true, encoding: .utf8)
        let report = try FolderIndexer.update(folder: folder, index: index)
        #expect(report.extracted == 1)
        #expect(report.previousIndexProblem != nil)
        #expect(try Database.open(path: index).articleCount == 1)
    }
}
