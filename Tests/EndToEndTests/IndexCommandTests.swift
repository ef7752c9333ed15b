import Foundation
import Testing

/// `dateline index` and `--corpus FILE`, run as a user would.
@Suite struct IndexCommandTests {
    static func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-cli-index-\(UUID())").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func anIndexFileAnswersLikeTheFolder() throws {
        let index = try Self.temporaryFolder() + "/seeds.dlidx"
        let built = try Binary.run(["index", "seeds", "-o", index])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.contains("5 articles"))
        for query in ["statements | count by country", "articles select id, language, title"] {
            let fromFile = try Binary.run(["--corpus", index, "--format", "csv", "-c", query])
            let fromFolder = try Binary.run(["--corpus", "seeds", "--format", "csv", "-c", query])
            #expect(fromFile.status == 0, "\(fromFile.stderr)")
            #expect(fromFile.stdout == fromFolder.stdout)
        }
        let again = try Binary.run(["index", "seeds", "-o", index])
        #expect(again.stdout.contains("0 extracted, 5 unchanged"))
        #expect(try Binary.run(["index", "--verify", "-o", index]).status == 0)
    }

    @Test func aJSONLinesFileIsIndexedLikeTheCorpusOptionReadsIt() throws {
        let folder = try Self.temporaryFolder()
        let lines = [
            #"{"id": "n1", "title": "Talks resume", "date": "2021-03-04", "text": "Talks resume\n\nThe minister said that peace talks will resume."}"#,
            #"{"id": "n2", "text": "Rain\n\nIt rained in the capital on Tuesday."}"#,
        ]
        try lines.joined(separator: "\n").write(toFile: folder + "/news.jsonl", atomically: true, encoding: .utf8)
        let built = try Binary.run(["index", folder + "/news.jsonl", "-o", folder + "/news.dlidx"])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.contains("2 articles"))
        let query = "articles select id, title, date"
        let fromFile = try Binary.run(["--corpus", folder + "/news.dlidx", "--format", "csv", "-c", query])
        let fromLines = try Binary.run(["--corpus", folder + "/news.jsonl", "--format", "csv", "-c", query])
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        #expect(fromFile.stdout == fromLines.stdout)
        #expect(fromFile.stdout.contains("n1,Talks resume,2021-03-04"))
    }

    @Test func aTruncatedIndexFileIsRefusedWithTheWayOut() throws {
        let index = try Self.temporaryFolder() + "/cut.dlidx"
        #expect(try Binary.run(["index", "seeds", "-o", index]).status == 0)
        let data = try Data(contentsOf: URL(fileURLWithPath: index))
        try data.prefix(100).write(to: URL(fileURLWithPath: index))
        let output = try Binary.run(["--corpus", index, "-c", "articles"])
        #expect(output.status == 1)
        #expect(output.stderr.contains(index))
        #expect(output.stderr.contains("dateline index"))
    }
}
