// A news monitor built on Dateline's public API only: it opens a folder of articles (or an
// index file), teaches Dateline a few words of its own, and reports who said what about
// cyber matters, country by country, with parameters bound as values.
//
//     swift run DatelineExample [FOLDER-OR-INDEX] [COUNTRY…]
//
// With no arguments it reads the seed articles and watches China, Japan and the United States.

import Dateline
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let corpusPath = arguments.first ?? "seeds"
let watched = arguments.count > 1 ? Array(arguments.dropFirst()) : ["China", "Japan", "United States"]

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("news-monitor: \(message)\n".utf8))
    exit(1)
}

// Words this tool knows that the package does not: opened once, before loading.
var vocabulary = Vocabulary()
do {
    try vocabulary.addCountryAlias("Middle Kingdom", country: "CN", language: "en")
    vocabulary.addTopicKeywords(["spyware", "zero-day*"], to: .cyber)
    vocabulary.addSpeechVerbs(["cautioned that", "insisted that"], language: "en", act: "warn")
} catch {
    fail("\(error)")
}

let database: Database
do {
    database = try Database.open(path: corpusPath, vocabulary: vocabulary)
} catch {
    fail("cannot open \(corpusPath): \(error)")
}
print("\(database.articleCount) articles, \(database.statementCount) statements (Dateline \(QueryLanguage.version))")

// Prepared once, run for each country: `$country` is bound as a value, never spliced in.
let statementsOnCyber: PreparedQuery
do {
    statementsOnCyber = try database.prepare("statements where country = $country and topic = cyber order by article")
} catch let error as QueryError {
    fail(error.rendered(name: "query"))
} catch {
    fail("\(error)")
}

// One prepared query, run for every country at once: a `PreparedQuery` is `Sendable`, and
// the tasks share the opened database.
let query = statementsOnCyber
let reports = await withTaskGroup(of: (Int, String).self) { group in
    for (position, country) in watched.enumerated() {
        group.addTask { (position, report(on: country, using: query)) }
    }
    var reports = [String](repeating: "", count: watched.count)
    for await (position, text) in group { reports[position] = text }
    return reports
}
print(reports.joined())

/// What the country's officials said on cyber matters, or why the country was not understood.
func report(on country: String, using query: PreparedQuery) -> String {
    do {
        let statements = try query.run(["country": country]).statements()
        var text = "\n\(country): \(statements.count) statement(s) on cyber\n"
        for statement in statements {
            text += "  [\(statement.article)] \(statement.speakerName) (\(statement.act)): \(statement.text.prefix(100))\n"
        }
        return text
    } catch let error as QueryError {
        return "\n\(country): \(error.diagnostics.map(\.message).joined(separator: "; "))\n"
    } catch {
        return "\n\(country): \(error)\n"
    }
}

// Aggregates come back typed; any result renders in any output format.
do {
    print("\nWho speaks most:")
    for row in try database.query("speakers order by count desc limit 5").aggregates() {
        print("  \(row.count)\t\(row.value)")
    }
    print("\nStatements by topic (CSV):")
    print(try database.query("statements count by topic").rendered(as: .csv), terminator: "")
} catch {
    fail("\(error)")
}
