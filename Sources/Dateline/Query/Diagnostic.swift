/// A problem found in a query or a script, as a value: collected, not thrown one at a time,
/// and rendered by one function (``rendered(in:colored:)``).
public struct Diagnostic: Sendable, Hashable, Error {
    /// How serious a diagnostic is: an error stops the query; a warning or a note does not.
    public enum Severity: String, Sendable, Hashable {
        /// An error stops the query; a warning is shown after the rows; a note adds to another diagnostic.
        case error, warning, note
    }

    /// A secondary message, optionally pointing at another place ("to close '(' opened at
    /// 1:12"). The renderer shows the pointed-at line when it is not the error's own line.
    public struct Note: Sendable, Hashable {
        /// What is wrong, in words.
        public var message: String
        /// The place the note points at, if any.
        public var range: SourceRange?
        /// A note saying `message`, pointing at `range` if given.
        public init(_ message: String, range: SourceRange? = nil) {
            self.message = message
            self.range = range
        }
    }

    /// A suggested replacement of `range` by `replacement`. An empty range inserts. Rendered
    /// as "did you mean `topic`?" or "insert `)`".
    public struct FixIt: Sendable, Hashable {
        /// The span of text the diagnostic or fix-it is about, as UTF-8 offsets.
        public var range: SourceRange
        /// The text to put in place of the range.
        public var replacement: String
        /// Replaces `range` by `replacement`.
        public init(range: SourceRange, replacement: String) {
            self.range = range
            self.replacement = replacement
        }
    }

    /// A stable identifier of the kind of problem, e.g. `unknown-field` or one of the
    /// ``SyntaxCode`` values.
    public var code: String
    /// Whether it stops the query.
    public var severity: Severity
    /// What is wrong, in words.
    public var message: String
    /// The span of text the diagnostic or fix-it is about, as UTF-8 offsets.
    public var range: SourceRange
    /// Further explanations, some pointing at other places.
    public var notes: [Note]
    /// Suggested edits that would fix the problem.
    public var fixIts: [FixIt]

    /// A diagnostic; an error unless `severity` says otherwise.
    public init(
        code: String, severity: Severity = .error, message: String, range: SourceRange,
        notes: [Note] = [], fixIts: [FixIt] = []
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.range = range
        self.notes = notes
        self.fixIts = fixIts
    }
}

/// The kinds of syntax error the lexer and parser report; the raw value is the
/// ``Diagnostic/code``. Every case has a golden file in Tests/DatelineTests/Golden/syntax.
public enum SyntaxCode: String, Sendable, Hashable, CaseIterable {
    // Lexical
    /// A character that starts no token.
    case unexpectedCharacter = "unexpected-character"
    /// A string in quotes the language does not use (typographic or single quotes).
    case misquotedString = "misquoted-string"
    /// An operator of another language (`==`, `<>`, `&&`).
    case foreignOperator = "foreign-operator"
    /// A string without its closing quote.
    case unterminatedString = "unterminated-string"
    /// A regex without its closing slash.
    case unterminatedRegex = "unterminated-regex"
    /// An escape a string does not allow.
    case invalidEscape = "invalid-escape"
    /// A regex flag other than the ones allowed.
    case invalidRegexFlag = "invalid-regex-flag"
    /// `//`: a regex with no pattern.
    case emptyRegex = "empty-regex"
    /// A malformed number.
    case invalidNumber = "invalid-number"
    /// A date that is not a real month or day.
    case invalidDate = "invalid-date"
    /// `$` without a name.
    case missingParameterName = "missing-parameter-name"
    // Grammatical
    /// A statement that does not start with a source.
    case expectedSource = "expected-source"
    /// `let` without a name.
    case expectedName = "expected-name"
    /// `where`, `and`, `or` or `not` without a condition after it.
    case expectedCondition = "expected-condition"
    /// A field name missing where one must stand.
    case expectedField = "expected-field"
    /// A field without an operator after it.
    case expectedOperator = "expected-operator"
    /// An operator without a value after it.
    case expectedValue = "expected-value"
    /// `matches` without a regex.
    case expectedRegex = "expected-regex"
    /// `limit` or `top` without a whole number.
    case expectedInteger = "expected-integer"
    /// A particular word or symbol missing (`by` after `order`).
    case expectedToken = "expected-token"
    /// A `(` never closed.
    case unclosedParenthesis = "unclosed-parenthesis"
    /// A `)` with no `(` to close.
    case unmatchedParenthesis = "unmatched-parenthesis"
    /// A reserved word where a value must stand (quote it).
    case keywordAsValue = "keyword-as-value"
    /// `= null` instead of `is null`.
    case nullComparison = "null-comparison"
    /// `where` after a stage.
    case misplacedWhere = "misplaced-where"
    /// A line that starts with `and`, `or` or a stage after a complete query.
    case continuationAtLineStart = "continuation-at-line-start"
    /// A token that cannot stand where it is.
    case unexpectedToken = "unexpected-token"
    /// Conditions nested deeper than ``Parser/maximumNesting``.
    case tooDeeplyNested = "too-deeply-nested"
    /// Parsing stopped after ``Parser/maximumDiagnostics`` errors.
    case tooManyErrors = "too-many-errors"
}

extension Diagnostic {
    init(
        _ code: SyntaxCode, _ message: String, at range: SourceRange, notes: [Note] = [], fixIts: [FixIt] = []
    ) {
        self.init(code: code.rawValue, message: message, range: range, notes: notes, fixIts: fixIts)
    }
}
