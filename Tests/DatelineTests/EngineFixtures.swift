import Foundation
@testable import Dateline

/// A small corpus of article models written for the engine's tests, in several languages,
/// with statements and mentions set by hand (the engine is tested apart from extraction).
enum EngineFixtures {
    static func statement(
        _ article: String, _ speaker: String, country: String?, kind: StatementKind = .direct, act: String = "say",
        text: String, in body: String, about: [String] = [], topics: [String] = []
    ) -> Statement {
        let range = body.range(of: text)!
        let start = body.unicodeScalars.distance(from: body.unicodeScalars.startIndex, to: range.lowerBound)
        let end = start + text.unicodeScalars.count
        return Statement(
            article: article, speaker: speaker, speakerName: speaker, country: country, kind: kind, act: act,
            text: text, start: start, end: end, about: about, topics: topics)
    }

    static let models: [ArticleModel] = {
        let en = "TOKYO (Wire) -- The minister said that Japan opposes all cyber attacks. \"We will defend our networks,\" Sato said. Trade talks with France continue."
        let fr = "PARIS (Agence) -- « La France condamne les cyberattaques », a déclaré Marie Dubois. Elle a ajouté que les sanctions économiques restent possibles."
        let ar = "القاهرة -- قال الوزير إن مصر ترفض الهجمات الإلكترونية. وأضاف أن الحوار مع فرنسا مستمر."
        let id = "JAKARTA -- Menteri Budi mengatakan Indonesia mendukung perdagangan bebas dengan Jepang."
        return [
            ArticleModel(
                article: Article(id: "en1", path: "/c/en1.txt", language: "en", title: "Japan warns on cyber attacks", date: "2014-12-22",
                                 source: "Wire", dateline: "TOKYO", countries: ["JP", "FR"], people: ["Sato"], topics: ["cyber", "trade"], text: en),
                statements: [
                    statement("en1", "Sato", country: "JP", kind: .reported, act: "say", text: "Japan opposes all cyber attacks", in: en, about: ["JP"], topics: ["cyber"]),
                    statement("en1", "Sato", country: "JP", kind: .direct, act: "warn", text: "We will defend our networks", in: en, topics: ["cyber"]),
                ],
                mentions: [Mention(article: "en1", type: .country, surface: "Japan", value: "JP", start: 39, end: 44, via: "name, en")]),
            ArticleModel(
                article: Article(id: "fr1", path: "/c/fr1.txt", language: "fr", title: "La France condamne", date: "2014-12",
                                 source: "Agence", dateline: "PARIS", countries: ["FR"], people: ["Marie Dubois"], topics: ["cyber", "sanctions"], text: fr),
                statements: [
                    statement("fr1", "Marie Dubois", country: "FR", kind: .direct, act: "condemn", text: "La France condamne les cyberattaques", in: fr, topics: ["cyber"]),
                    statement("fr1", "Marie Dubois", country: "FR", kind: .reported, act: "say", text: "les sanctions économiques restent possibles", in: fr, topics: ["sanctions"]),
                ]),
            ArticleModel(
                article: Article(id: "ar1", path: "/c/ar1.txt", language: "ar", title: nil, date: "2015-01-03",
                                 source: nil, dateline: "القاهرة", countries: ["EG", "FR"], people: [], topics: ["cyber", "diplomacy"], text: ar),
                statements: [
                    statement("ar1", "الوزير", country: "EG", kind: .reported, act: "say", text: "مصر ترفض الهجمات الإلكترونية", in: ar, about: ["EG"], topics: ["cyber"]),
                    statement("ar1", "الوزير", country: "EG", kind: .reported, act: "say", text: "الحوار مع فرنسا مستمر", in: ar, about: ["FR"], topics: ["diplomacy"]),
                ]),
            ArticleModel(
                article: Article(id: "id1", path: "/c/id1.txt", language: "id", title: "Indonesia dukung perdagangan", date: "2013",
                                 source: "ANTARA", dateline: "JAKARTA", countries: ["ID", "JP"], people: ["Budi"], topics: ["trade"], text: id),
                statements: [
                    statement("id1", "Budi", country: nil, kind: .reported, act: "say", text: "Indonesia mendukung perdagangan bebas dengan Jepang", in: id, about: ["JP"], topics: ["trade"]),
                ]),
        ]
    }()

    static func session() throws -> Session {
        Session(database: try Database(corpus: Corpus(models: models)))
    }
}

extension Session {
    /// Runs one query text; test helper.
    mutating func rows(_ text: String, _ parameters: [String: String] = [:]) throws -> ResultSet {
        self.parameters = parameters
        var parser = Parser(text)
        let statements = parser.parseScript()
        if let first = parser.diagnostics.first { throw first }
        return try run(statements[0])
    }

    /// The diagnostic a query fails with.
    mutating func error(_ text: String, _ parameters: [String: String] = [:]) -> Diagnostic? {
        do {
            _ = try rows(text, parameters)
            return nil
        } catch let diagnostic as Diagnostic {
            return diagnostic
        } catch {
            return nil
        }
    }
}

extension ResultSet {
    func column(_ name: String) -> [String] {
        guard let i = columns.firstIndex(of: name) else { return [] }
        return rows.map { $0[i].text }
    }
}
