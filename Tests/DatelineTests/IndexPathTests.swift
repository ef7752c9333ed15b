import Foundation
import Testing
@testable import Dateline

/// The index paths that answer without evaluating everything: `contains` from the pair
/// index, and `order by … limit` as a walk of the stored order. Each must give what the
/// slower path gives.
@Suite struct IndexPathTests {
    /// Articles whose statement is the whole text, so that a phrase over statements (the pair
    /// index) and over articles (word postings, then the text) must find the same articles.
    static let texts = [
        "Peace talks resumed in Geneva on Monday",
        "The cyberattacks on banks were condemned; peace-talks continue",
        "Ministers said the talks on peace were stalled",
        "A peacetime treaty and talkshow hosts agree",
        "Officials warned of cyber attacks against ports",
        "Les pourparlers de paix reprennent à Genève",
        "L'ÉTÉ des négociations: paix durable, dit-il",
        "قال الوزير إن والصين ترفض الهجمات الإلكترونية",
        "وأكد أن الحوار مع فرنسا مستمر والصين تدعم الحوار",
        "中国外交部表示反对网络攻击",
        "日本政府は平和交渉を支持する",
        "Trade talks with France continue as peace talks stall",
        "peace",
        "",
    ]

    static func session() throws -> Session {
        let models = texts.enumerated().map { i, text -> ArticleModel in
            let id = "t\(i)"
            let statement = Statement(
                article: id, speaker: "S", speakerName: "S", country: nil, kind: .direct, act: "say",
                text: text, start: 0, end: text.unicodeScalars.count, about: [], topics: [])
            return ArticleModel(
                article: Article(id: id, path: "/t/\(id).txt", language: "en", title: nil, date: nil, source: nil, dateline: nil,
                                 countries: [], people: [], topics: [], text: text),
                statements: [statement])
        }
        return Session(database: try Database(corpus: Corpus(models: models)))
    }

    @Test(arguments: [
        "peace talks", "PEACE TALKS", "ace talk", "peace talks stall", "talks peace", "cyber attacks", "attack",
        "cyberattacks on", "pourparlers de paix", "negociations paix", "ete des", "والصين ترفض", "الصين ترفض",
        "الحوار مع فرنسا", "网络攻击", "平和交渉", "peace", "talks with france continue", "treaty and talk", "no such words",
    ])
    func phrasesFromThePairIndexMatchTheTextCheck(_ phrase: String) throws {
        var session = try Self.session()
        let statements = try session.rows("statements where text contains \"\(phrase)\"").column("article")
        let articles = try session.rows("articles where text contains \"\(phrase)\"").column("id")
        #expect(statements == articles)
        let explained = try session.rows("explain statements where text contains \"\(phrase)\"").column("operation")
        #expect(explained.contains("word index"))
    }

    @Test func pairIndexKeepsTheEndsOfAPhraseOpen() throws {
        var session = try Self.session()
        func articles(_ phrase: String) throws -> [String] {
            try session.rows("statements where text contains \"\(phrase)\"").column("article")
        }
        #expect(try articles("peace talks") == ["t0", "t1", "t11"])
        #expect(try articles("ace talk") == ["t0", "t1", "t11"])
        #expect(try articles("treaty and talk") == ["t3"])
        #expect(try articles("الصين ترفض") == ["t7"])
        #expect(try articles("网络攻击") == ["t9"])
        #expect(try articles("talks peace") == [])
    }

    /// Articles with dates (some shared, some missing) and languages, for ordered walks.
    static func datedSession() throws -> Session {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let languages = ["en", "fr", "ar", "id"]
        let models = (0..<400).map { i -> ArticleModel in
            let id = "d\(i)"
            let date: String? = next(10) == 0 ? nil : String(format: "2014-%02d-%02d", 1 + next(12), 1 + next(28))
            let text = "Story \(i) says peace."
            let statements = (0..<next(3)).map { _ in
                Statement(article: id, speaker: "S", speakerName: "S", country: next(2) == 0 ? "FR" : "JP", kind: .direct, act: "say",
                          text: text, start: 0, end: text.unicodeScalars.count, about: [], topics: [])
            }
            return ArticleModel(
                article: Article(id: id, path: "/d/\(id).txt", language: languages[next(4)], title: nil, date: date, source: nil,
                                 dateline: nil, countries: [], people: [], topics: [], text: text),
                statements: statements)
        }
        return Session(database: try Database(corpus: Corpus(models: models)))
    }

    @Test(arguments: [
        ("articles where language = \"fr\"", "date desc", "id"),
        ("articles where language = \"fr\"", "date", "id"),
        ("articles where language in (fr, ar) and not language = ar", "date desc", "id"),
        ("articles", "date desc", "id"),
        ("articles where language = \"id\"", "language", "id"),
        ("statements where country = FR", "article.date desc", "article"),
        ("statements where article.language = en", "article.date", "article"),
    ])
    func orderedWalksGiveTheSortedRows(_ query: (String, String, String)) throws {
        var session = try Self.datedSession()
        let (source, order, column) = query
        let sorted = try session.rows("\(source) order by \(order)").column(column)
        for limit in [1, 5, 20, 200, 1000] {
            let top = try session.rows("\(source) order by \(order) limit \(limit)").column(column)
            #expect(top == Array(sorted.prefix(limit)), "limit \(limit)")
        }
    }

    @Test func explainShowsTheOrderedWalk() throws {
        var session = try Self.datedSession()
        let plan = try session.rows("explain articles where language = \"fr\" order by date desc limit 20")
        #expect(plan.column("operation").contains("index order, limit 20"))
        #expect(plan.column("detail").contains("order by date desc, testing language = \"fr\""))
    }
}
