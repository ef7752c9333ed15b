import Foundation
import Testing
@testable import Dateline

/// Loading folders of articles: every format, and every kind of bad file reported by name.
@Suite struct CorpusLoadingTests {
    /// A fresh folder holding `files` (relative path → bytes).
    private func folder(_ files: [String: Data]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-corpus-\(UUID().uuidString)").path
        for (relative, data) in files {
            let path = (root as NSString).appendingPathComponent(relative)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(atPath: path, contents: data))
        }
        return root
    }

    private func warning(_ corpus: Corpus, about name: String) -> LoadWarning? {
        corpus.warnings.first { $0.path.contains(name) }
    }

    @Test func readsTextJSONAndJSONLinesRecursively() throws {
        let root = try folder([
            "a.txt": Data("Headline here\n\nThe minister said that Japan is ready.".utf8),
            "deep/er/b.json": Data(#"{"id":"given","title":"Given title","text":"Other headline\n\nObama said that Iran must stop.","date":"2020-01-02","language":"en","source":"AFP","url":"https://example.org/x"}"#.utf8),
            "deep/c.jsonl": Data("{\"text\":\"T one\\n\\nBody one said nothing.\"}\n{\"id\":\"c2\",\"text\":\"T two\\n\\nBody two.\"}\n".utf8),
            "deep/list.json": Data(#"[{"text":"A\n\nB."},{"text":"C\n\nD."}]"#.utf8),
        ])
        let corpus = try Corpus.load(path: root)
        let ids = corpus.articles.map(\.id)
        #expect(Set(ids) == ["a", "given", "c-1", "c2", "list-1", "list-2"])
        let given = try #require(corpus.articles.first { $0.id == "given" })
        #expect(given.title == "Given title")
        #expect(given.date == "2020-01-02")
        #expect(given.language == "en")
        #expect(given.source == "AFP")
        #expect(corpus.warnings.isEmpty)
    }

    @Test func reportsEveryBadFileByName() throws {
        var binary = Data(count: 512)
        binary[10] = 0x41
        let root = try folder([
            "empty.txt": Data(),
            "spaces.txt": Data("  \n\n ".utf8),
            "binary.txt": binary,
            "latin1.txt": Data([0x43, 0x61, 0x66, 0xE9, 0x0A, 0x0A, 0x4F, 0x6B, 0x2E]),
            "broken.json": Data("{not json".utf8),
            "lines.jsonl": Data("{\"text\":\"ok\\n\\nfine.\"}\nnope\n[1]\n{\"id\":\"no text\"}\n".utf8),
            "notes.md": Data("# notes".utf8),
        ])
        let corpus = try Corpus.load(path: root)
        #expect(warning(corpus, about: "empty.txt")?.message.contains("empty") == true)
        #expect(warning(corpus, about: "spaces.txt") != nil)
        #expect(warning(corpus, about: "binary.txt")?.message.contains("binary") == true)
        #expect(warning(corpus, about: "latin1.txt")?.message.contains("UTF-8") == true)
        #expect(corpus.articles.first { $0.id == "latin1" }?.text.hasPrefix("Café") == true)
        #expect(warning(corpus, about: "broken.json") != nil)
        #expect(corpus.warnings.filter { $0.path.contains("lines.jsonl") }.count == 3)
        #expect(warning(corpus, about: "notes.md") != nil)
        #expect(corpus.articles.map(\.id).sorted() == ["latin1", "lines-1"])
    }

    @Test func skipsAnOversizedArticleWithAWarning() throws {
        let big = Data(repeating: 0x61, count: ArticleFileReader.maximumArticleBytes + 1)
        let root = try folder(["big.txt": big, "small.txt": Data("Title\n\nBody text.".utf8)])
        let corpus = try Corpus.load(path: root)
        #expect(warning(corpus, about: "big.txt")?.message.contains("limit") == true)
        #expect(corpus.articles.map(\.id) == ["small"])
    }

    @Test func aMissingPathIsAnError() {
        #expect(throws: CorpusError.self) { try Corpus.load(path: "/nonexistent/dateline/corpus") }
    }

    @Test func oneFileCanBeTheCorpus() throws {
        let root = try folder(["one.txt": Data("Headline\n\nText said nothing.".utf8)])
        let corpus = try Corpus.load(path: (root as NSString).appendingPathComponent("one.txt"))
        #expect(corpus.articles.map(\.title) == ["Headline"])
    }
}
