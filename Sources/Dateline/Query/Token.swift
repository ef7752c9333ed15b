/// The reserved words of the language, matched without regard to case. `grammar/dateline.ebnf`
/// quotes exactly these words; a test keeps the two in step.
public enum Keyword: String, Sendable, Hashable, CaseIterable {
    /// Words of conditions: `where`, `and`, `or`, `not`, `in`, `between`, `contains`, `matches`, `is`, `null`.
    case `where`, and, or, not, `in`, between, contains, matches, `is`, null
    /// Words of stages and statements: `order by … asc|desc`, `limit`, `select`, `count by … top … per`, `let`, `explain`.
    case order, by, asc, desc, limit, select, count, top, per, `let`, explain
}

/// The punctuation of the language (comparison operators are ``ComparisonOperator``).
public enum Symbol: String, Sendable, Hashable, CaseIterable {
    /// `(`: opens a group or a list of values.
    case openParenthesis = "("
    /// `)`: closes it.
    case closeParenthesis = ")"
    /// `,`: between values, fields and keys.
    case comma = ","
    /// `|`: may stand before a stage.
    case pipe = "|"
    /// `.`: joins the parts of a field path (`article.date`).
    case dot = "."
    /// `;`: ends a statement.
    case semicolon = ";"
}

/// One lexical token. An invalid character becomes an `.invalid` token carrying its
/// diagnostic: the lexer never throws.
public struct Token: Sendable, Hashable {
    /// What a token is.
    public enum Kind: Sendable, Hashable {
        /// A name or a bare value: `statements`, `article`, `cyber`, `الصين`, `中国`.
        case word(String)
        /// A reserved word.
        case keyword(Keyword)
        /// A double-quoted string, escapes resolved.
        case string(String)
        /// A number; the token's range keeps its spelling (`2014` may be read as a year).
        case number(Double)
        /// `2014-12-22` or `2014-12`, checked to be a real month and day.
        case date(String)
        /// `$name`, without the `$`.
        case parameter(String)
        /// `/pattern/flags`, `\/` resolved; flags are folded in as a leading `(?flags)`.
        case regex(String)
        /// `=`, `!=`, `<`, `<=`, `>` or `>=`.
        case comparison(ComparisonOperator)
        /// Punctuation.
        case symbol(Symbol)
        /// A line break: it ends a statement unless the statement is left open.
        case newline
        /// The end of the text.
        case end
        /// Boxed: rare, and much larger than the other payloads.
        indirect case invalid(Diagnostic)
    }
    /// What the token is, with its value.
    public var kind: Kind
    /// Where the token is, as UTF-8 offsets into the text.
    public var range: SourceRange

    /// A token of `kind` at `range`.
    public init(kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

extension Token.Kind {
    /// Whether a line ending right after this token leaves the query open: an operator, a
    /// comma, a pipe or a keyword that needs what follows (`where`, `and`, `by`, `=`, `(`).
    /// The parser and ``isCompleteInput(_:)`` share this one rule.
    public var needsMore: Bool {
        switch self {
        case .keyword(let keyword):
            switch keyword {
            case .asc, .desc, .null, .count: return false
            default: return true
            }
        case .symbol(let symbol):
            return symbol != .closeParenthesis && symbol != .semicolon
        case .comparison:
            return true
        default:
            return false
        }
    }

    /// Whether this token separates statements.
    var isSeparator: Bool {
        switch self {
        case .newline, .symbol(.semicolon): return true
        default: return false
        }
    }

    var isEnd: Bool {
        if case .end = self { return true }
        return false
    }
}
