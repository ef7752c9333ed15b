import ArgumentParser
import Dateline
import Foundation

/// `dateline index PATH [-o FILE]`: builds or refreshes the index file of a folder of
/// articles (or of one `.jsonl`/`.json` file), extracting only files that are new or changed
/// since the last run.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index articles (what --corpus reads: a folder of .txt, .json and .jsonl files, or one such file) into a file that --corpus opens at once."
    )

    @Argument(help: "A folder of articles (.txt, .json, .jsonl; searched recursively), or one .jsonl or .json file.")
    var articles: String?

    @Option(name: .shortAndLong, help: "The index file to write (default: corpus.dlidx).")
    var output: String = "corpus.dlidx"

    @Flag(name: .long, help: "Check every section of an existing index file and exit.")
    var verify = false

    func run() throws {
        if verify {
            do {
                let database = try Database.open(path: output)
                try database.verify()
                print("\(output): ok (\(database.articleCount) articles, \(database.statementCount) statements)")
            } catch {
                fail("dateline: \(error)")
                throw ExitCode(1)
            }
            return
        }
        guard let articles else { throw ValidationError("name the articles to index: dateline index DIR|FILE.jsonl -o FILE") }
        let report: IndexingReport
        do {
            report = try FolderIndexer.update(articles: articles, index: output)
        } catch {
            fail("dateline: \(error)")
            throw ExitCode(1)
        }
        if let problem = report.previousIndexProblem {
            fail("dateline: note: the previous index was not reused: \(problem)")
        }
        for warning in report.warnings {
            fail("dateline: warning: \(warning.path): \(warning.message)")
        }
        print("\(output): \(report.articles) articles, \(report.statements) statements, \(report.mentions) mentions, "
            + "\(report.bytes) bytes (\(report.extracted) extracted, \(report.reused) unchanged, \(report.removed) removed)")
    }
}

extension IndexCommand {
    private func fail(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
