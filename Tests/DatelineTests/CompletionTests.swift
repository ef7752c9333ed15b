import Foundation
import Testing
@testable import Dateline

/// Completion at the cursor over a small corpus made here.
@Suite struct CompletionTests {
    static let corpus: Corpus = {
        func statement(_ article: String, _ speaker: String, _ country: String?, topics: [String]) -> Statement {
            Statement(article: article, speaker: speaker, speakerName: speaker, country: country, kind: .direct,
                      act: "say", text: "…", start: 0, end: 1, topics: topics)
        }
        let one = ArticleModel(
            article: Article(id: "a1", path: "a1.txt", language: "ar", countries: ["CN", "US"], topics: ["cyber"], text: ""),
            statements: [statement("a1", "Wang Yi", "CN", topics: ["cyber"]), statement("a1", "Hua Chunying", "CN", topics: ["cyber", "diplomacy"])])
        let two = ArticleModel(
            article: Article(id: "a2", path: "a2.txt", language: "es", countries: ["CL", "CN"], topics: ["trade"], text: ""),
            statements: [statement("a2", "Gabriel Boric", "CL", topics: ["trade"])])
        return Corpus(models: [one, two])
    }()

    static let completer = Completer(
        catalog: try! ValueCatalog(corpus: corpus),
        metaCommands: [
            MetaCommandSpec(name: ".format", argument: .choice(["table", "json"]), usage: "", summary: ""),
            MetaCommandSpec(name: ".read", argument: .path(extensions: [".q"]), usage: "", summary: ""),
        ])

    func texts(_ input: String) -> [String] {
        Self.completer.complete(input).candidates.map(\.text)
    }

    @Test func sourcesAtTheStart() {
        #expect(texts("sta") == ["statements"])
        #expect(texts("").contains("articles") && texts("").contains("let"))
        #expect(texts("let x = me") == ["mentions"])
    }

    @Test func keywordsAfterASourceAndAPredicate() {
        #expect(texts("statements wh") == ["where"])
        #expect(texts(#"statements where kind = direct a"#) == ["and"])
        #expect(texts("articles o").contains("order by"))
    }

    @Test func fieldsOfTheCurrentSource() {
        #expect(texts("statements where spe") == ["speaker", "speaker_name"])
        #expect(texts("articles where lang") == ["language", "lang"])
        #expect(texts("articles where spe").isEmpty, "articles have no speaker")
        #expect(texts("statements where article.la") == ["article.language"])
        #expect(texts("statements | count by to") == ["topics", "topic"])
    }

    @Test func countryValuesByNameWithCounts() {
        let completion = Self.completer.complete(#"statements where country = "Ch"#)
        #expect(completion.replacing == #""Ch"#)
        #expect(completion.candidates.map(\.text) == [#""China""#, #""Chile""#])
        #expect(completion.candidates.map(\.count) == [2, 1])
        #expect(texts("articles where country = Ch") == ["China", "Chile"])
        #expect(texts(#"articles where country = "united"#) == [#""United States""#])
        #expect(texts(#"statements where country = "الص"#) == [#""الصين""#], "names in other languages complete too")
        #expect(texts("statements where country = Chil") == ["Chile"])
    }

    @Test func topicsPresentInTheCorpus() {
        let topics = Self.completer.complete("statements where topic = ")
        #expect(topics.replacing.isEmpty)
        #expect(topics.candidates.map(\.label) == ["cyber", "diplomacy", "trade"])
        #expect(topics.candidates.map(\.count) == [2, 1, 1])
        #expect(texts("statements where topic in (trade, cy") == ["cyber"])
    }

    @Test func valuesAfterAnOpenParenthesisAndNot() {
        #expect(texts(#"statements where not (speaker_name = "Wa"#) == [#""Wang Yi""#])
        #expect(texts(#"articles where language = e"#) == ["es"])
    }

    @Test func metaCommandsAndTheirArguments() throws {
        #expect(texts(".fo") == [".format"])
        #expect(texts(".format j") == ["json"])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-completion-\(UUID())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "".write(to: folder.appendingPathComponent("report.q"), atomically: true, encoding: .utf8)
        try "".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        var completer = Self.completer
        completer.currentDirectory = folder.path
        #expect(completer.complete(".read ").candidates.map(\.text) == ["report.q", "sub/"])
        #expect(completer.complete(".read \(folder.path)/re").candidates.map(\.text) == ["\(folder.path)/report.q"])
    }

    @Test func nothingInsideAComment() {
        #expect(texts("statements # where spe").isEmpty)
        #expect(texts("statements -- wh").isEmpty)
        #expect(texts("articles where id = \"a#b\" a") == ["and"], "# inside a string is no comment")
    }

    @Test func theCommonPrefixIsWhatTabInsertsFirst() {
        #expect(Self.completer.complete("statements where speaker").commonPrefix == "speaker")
    }
}

extension CompletionTests {
    @Test func namesBoundWithLetAreSources() {
        var completer = Self.completer
        completer.boundNames = ["chinese"]
        #expect(completer.complete("chi").candidates.map(\.text) == ["chinese"])
    }
}
