import Dateline
import Foundation

/// Writes the rows Dateline holds as tab-separated tables for SQLite and DuckDB, so all three
/// engines answer over exactly the same statements. The rows are read through queries
/// (`statements`, `articles`), so this works whatever index lies underneath.
///
/// Tables: statements(sid, article, speaker_name, country, kind, act, start, text),
/// statement_topics(sid, topic), statement_about(sid, country), articles(id, language, date, source).
/// Tabs and line breaks inside values become spaces; an absent value is the empty field,
/// which the loaders read as NULL.
public enum TableExport {
    public static func write(from side: DatelineSide, to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let statements = try side.run("statements")
        guard statements.rows.count == side.statementCount else {
            throw BenchError("`statements` gave \(statements.rows.count) rows of \(side.statementCount); cannot export them all")
        }
        var main = Table(folder + "/statements.tsv", header: "sid\tarticle\tspeaker_name\tcountry\tkind\tact\tstart\ttext")
        var topics = Table(folder + "/statement_topics.tsv", header: "sid\ttopic")
        var about = Table(folder + "/statement_about.tsv", header: "sid\tcountry")
        let column = Columns(statements.columns)
        for (sid, row) in statements.rows.enumerated() {
            main.add([String(sid)] + ["article", "speaker_name", "country", "kind", "act", "start", "text"].map { column.text($0, row) })
            for topic in column.list("topics", row) { topics.add([String(sid), topic]) }
            for country in column.list("about", row) { about.add([String(sid), country]) }
        }
        try main.close()
        try topics.close()
        try about.close()

        let articles = try side.run("articles")
        let articleColumn = Columns(articles.columns)
        var articleTable = Table(folder + "/articles.tsv", header: "id\tlanguage\tdate\tsource")
        for row in articles.rows {
            articleTable.add(["id", "language", "date", "source"].map { articleColumn.text($0, row) })
        }
        try articleTable.close()
    }

    private struct Columns {
        let index: [String: Int]
        init(_ names: [String]) {
            index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
        func text(_ name: String, _ row: Row) -> String {
            guard let i = index[name] else { return "" }
            return row[i].text
        }
        func list(_ name: String, _ row: Row) -> [String] {
            guard let i = index[name] else { return [] }
            switch row[i] {
            case .list(let items): return items
            case .null: return []
            case let other: return [other.text]
            }
        }
    }

    /// A TSV file written in large pieces.
    private struct Table {
        let path: String
        var buffer: String
        var handle: FileHandle?

        init(_ path: String, header: String) {
            self.path = path
            buffer = header + "\n"
            handle = FileManager.default.createFile(atPath: path, contents: nil) ? FileHandle(forWritingAtPath: path) : nil
        }

        mutating func add(_ fields: [String]) {
            for (i, field) in fields.enumerated() {
                if i > 0 { buffer += "\t" }
                if field.contains(where: { $0 == "\t" || $0.isNewline }) {
                    buffer += String(field.map { $0 == "\t" || $0.isNewline ? " " : $0 })
                } else {
                    buffer += field
                }
            }
            buffer += "\n"
            if buffer.utf8.count > 1 << 22 { flush() }
        }

        mutating func flush() {
            handle?.write(Data(buffer.utf8))
            buffer = ""
        }

        mutating func close() throws {
            flush()
            guard let handle else { throw BenchError("cannot write \(path)") }
            try handle.close()
        }
    }
}
