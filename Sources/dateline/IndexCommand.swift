import ArgumentParser
import Dateline
import Foundation

/// `dateline index DIR [-o FILE]`: builds or refreshes the index file of a folder of
/// articles, extracting only files that are new or changed since the last run.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index a folder of .txt articles into a file that --corpus opens at once."
    )

    @Argument(help: "The folder of .txt articles.")
    var folder: String

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
                FileHandle.standardError.write("dateline: \(error)\n")
                throw ExitCode(1)
            }
            return
        }
        let report: IndexingReport
        do {
            report = try FolderIndexer.update(folder: folder, index: output)
        } catch {
            FileHandle.standardError.write("dateline: \(error)\n")
            throw ExitCode(1)
        }
        if let problem = report.previousIndexProblem {
            FileHandle.standardError.write("dateline: note: the previous index was not reused: \(problem)\n")
        }
        for warning in report.warnings {
            FileHandle.standardError.write("dateline: warning: \(warning.path): \(warning.message)\n")
        }
        print("\(output): \(report.articles) articles, \(report.statements) statements, \(report.mentions) mentions, "
            + "\(report.bytes) bytes (\(report.extracted) extracted, \(report.reused) unchanged, \(report.removed) removed)")
    }
}

extension DatelineCommand {
    /// `dateline index …` goes to ``IndexCommand``; anything else is a query run. (The root
    /// command's optional script argument would otherwise take the word `index`.)
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "index" {
            IndexCommand.main(Array(arguments.dropFirst()))
        } else {
            main(arguments)
        }
    }
}
