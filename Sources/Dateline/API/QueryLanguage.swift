/// What a front end needs from the query language without running anything: syntax
/// checks as values, "is this input complete?", and the library's version.
public enum QueryLanguage {
    /// The version of the library and the `dateline` command, as semantic versioning
    /// (MAJOR.MINOR.PATCH) reads it; see the README for what counts as a breaking change.
    public static let version = "0.1.0"

    /// Every syntax error of `text` (a query or a whole script), without running it; empty
    /// when the text parses. Semantic problems (unknown fields or values) need a corpus: see
    /// ``Database/prepare(_:)``.
    public static func syntaxDiagnostics(of text: String) -> [Diagnostic] {
        var parser = Parser(text)
        _ = parser.parseScript()
        return parser.diagnostics
    }

    /// Whether `text` is a complete input or needs more lines (an open parenthesis, string
    /// or regex, or a trailing `where`, `and`, `=`, …): what drives a continuation prompt.
    /// Complete input need not be valid.
    public static func isComplete(_ text: String) -> Bool {
        isCompleteInput(text)
    }
}
