import Dateline
import Foundation

/// Runs scripts and single queries, printing results to stdout and diagnostics to stderr.
struct ScriptRunner {
    private var evaluator: Session
    var format: OutputFormat

    init(database: Database, format: OutputFormat) {
        evaluator = Session(database: database)
        self.format = format
    }

    /// Runs every statement of `source`; false after the first error.
    mutating func run(_ source: SourceText) -> Bool {
        var parser = Parser(source.text)
        let statements = parser.parseScript()
        if !parser.diagnostics.isEmpty {
            for diagnostic in parser.diagnostics {
                FileHandle.standardError.write(diagnostic.rendered(in: source))
            }
            return false
        }
        for statement in statements {
            do {
                let result = try evaluator.run(statement)
                FileHandle.standardOutput.write(ResultRenderer.render(result, as: format))
            } catch let diagnostic as Diagnostic {
                FileHandle.standardError.write(diagnostic.rendered(in: source))
                return false
            } catch {
                FileHandle.standardError.write("dateline: error: \(error)\n")
                return false
            }
        }
        return true
    }
}
