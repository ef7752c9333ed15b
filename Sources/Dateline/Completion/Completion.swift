/// What TAB can put at the cursor: the partial word before it and the candidates that
/// may replace that word.
public struct Completion: Sendable, Hashable {
    /// The text just before the cursor that a candidate replaces (`"Ch`, `whe`, or empty).
    public var replacing: String
    /// What may replace it, most likely first.
    public var candidates: [CompletionCandidate]

    /// Candidates for the partial word `replacing`.
    public init(replacing: String, candidates: [CompletionCandidate]) {
        self.replacing = replacing
        self.candidates = candidates
    }

    /// The longest start that every candidate's `text` shares: what TAB inserts when the
    /// candidates are several.
    public var commonPrefix: String {
        guard var prefix = candidates.first?.text else { return "" }
        for candidate in candidates.dropFirst() {
            prefix = String(zip(prefix, candidate.text).prefix { $0 == $1 }.map(\.0))
        }
        return prefix
    }
}

/// One thing TAB may insert.
public struct CompletionCandidate: Sendable, Hashable {
    /// The text that replaces ``Completion/replacing``: `"China"`, `where`, `seeds/`.
    public var text: String
    /// How the candidate is listed: `China`, `where`, `seeds/`.
    public var label: String
    /// For a value: the number of rows that have it.
    public var count: Int?
    /// False when more may follow without a space (a folder name ending in `/`).
    public var isWordComplete: Bool

    /// A candidate inserting `text`; the label defaults to the text.
    public init(text: String, label: String? = nil, count: Int? = nil, isWordComplete: Bool = true) {
        self.text = text
        self.label = label ?? text
        self.count = count
        self.isWordComplete = isWordComplete
    }
}

/// A command of the shell (`.format`), as the completer needs to know it: its name and
/// what its argument is.
public struct MetaCommandSpec: Sendable, Hashable {
    /// What a meta-command takes after its name.
    public enum Argument: Sendable, Hashable {
        /// Nothing follows the name.
        case none
        /// One of a fixed set of words (`on`, `off`).
        case choice([String])
        /// A path; files are offered only when their name ends with one of the extensions
        /// (all files when empty); folders always.
        case path(extensions: [String])
        /// Free text (a number, a query).
        case text
    }

    /// With its dot: `.format`.
    public var name: String
    /// What follows the name.
    public var argument: Argument
    /// The usage shown by `.help`: `.format table|json|ndjson|csv|markdown`.
    public var usage: String
    /// One line saying what it does.
    public var summary: String

    /// A meta-command for completion and `.help`.
    public init(name: String, argument: Argument, usage: String, summary: String) {
        self.name = name
        self.argument = argument
        self.usage = usage
        self.summary = summary
    }
}
