/// A problem found in a query or a script, as a value: collected, not thrown one at a time,
/// and rendered by one function (``rendered(in:style:)``).
public struct Diagnostic: Sendable, Hashable, Error {
    public enum Severity: String, Sendable, Hashable {
        case error, warning, note
    }

    /// A secondary message, optionally pointing at another place ("to close '(' opened at
    /// 1:12"). The renderer shows the pointed-at line when it is not the error's own line.
    public struct Note: Sendable, Hashable {
        public var message: String
        public var range: SourceRange?
        public init(_ message: String, range: SourceRange? = nil) {
            self.message = message
            self.range = range
        }
    }

    /// A suggested replacement of `range` by `replacement`. An empty range inserts. Rendered
    /// as "did you mean `topic`?" or "insert `)`".
    public struct FixIt: Sendable, Hashable {
        public var range: SourceRange
        public var replacement: String
        public init(range: SourceRange, replacement: String) {
            self.range = range
            self.replacement = replacement
        }
    }

    /// A stable identifier of the kind of problem, e.g. `unknown-field` or one of the
    /// ``SyntaxCode`` values.
    public var code: String
    public var severity: Severity
    public var message: String
    public var range: SourceRange
    public var notes: [Note]
    public var fixIts: [FixIt]

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
    case unexpectedCharacter = "unexpected-character"
    case misquotedString = "misquoted-string"
    case foreignOperator = "foreign-operator"
    case unterminatedString = "unterminated-string"
    case unterminatedRegex = "unterminated-regex"
    case invalidEscape = "invalid-escape"
    case invalidRegexFlag = "invalid-regex-flag"
    case emptyRegex = "empty-regex"
    case invalidNumber = "invalid-number"
    case invalidDate = "invalid-date"
    case missingParameterName = "missing-parameter-name"
    // Grammatical
    case expectedSource = "expected-source"
    case expectedName = "expected-name"
    case expectedCondition = "expected-condition"
    case expectedField = "expected-field"
    case expectedOperator = "expected-operator"
    case expectedValue = "expected-value"
    case expectedRegex = "expected-regex"
    case expectedInteger = "expected-integer"
    case expectedToken = "expected-token"
    case unclosedParenthesis = "unclosed-parenthesis"
    case unmatchedParenthesis = "unmatched-parenthesis"
    case keywordAsValue = "keyword-as-value"
    case nullComparison = "null-comparison"
    case misplacedWhere = "misplaced-where"
    case continuationAtLineStart = "continuation-at-line-start"
    case unexpectedToken = "unexpected-token"
    case tooDeeplyNested = "too-deeply-nested"
    case tooManyErrors = "too-many-errors"
}

extension Diagnostic {
    init(
        _ code: SyntaxCode, _ message: String, at range: SourceRange, notes: [Note] = [], fixIts: [FixIt] = []
    ) {
        self.init(code: code.rawValue, message: message, range: range, notes: notes, fixIts: fixIts)
    }
}
