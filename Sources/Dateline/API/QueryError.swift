/// A query that cannot run: every problem found in it, as values.
///
/// Thrown by ``Database/prepare(_:)`` (syntax and semantic errors, all of them) and by
/// ``PreparedQuery/run(_:cancellation:)`` (problems that depend on the parameter values,
/// such as a country no gazetteer knows). Show it with ``rendered(name:colored:)`` or
/// `description`, or read ``diagnostics`` to point at the query text in your own interface.
public struct QueryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems, in the order of the text; never empty.
    public var diagnostics: [Diagnostic]
    /// The query text the diagnostics' ranges (UTF-8 offsets) point into.
    public var text: String

    /// An error with these problems in `text`.
    public init(diagnostics: [Diagnostic], text: String) {
        self.diagnostics = diagnostics
        self.text = text
    }

    /// Every diagnostic as `NAME:LINE:COL: error: …` with the query line and a caret.
    public func rendered(name: String = "<query>", colored: Bool = false) -> String {
        let source = SourceText(name: name, text: text)
        return diagnostics.map { $0.rendered(in: source, colored: colored) }.joined()
    }

    /// The diagnostics rendered without colour.
    public var description: String { rendered() }
}
