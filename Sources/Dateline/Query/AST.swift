/// The syntax tree of the query language. Every node carries its ``SourceRange`` so that
/// diagnostics and runtime errors can point at it. `description` prints canonical source.

/// One top-level statement of a script or REPL entry.
public enum QueryStatement: Sendable, Hashable {
    /// A query: its rows are the result.
    case query(Query)
    /// `let NAME = QUERY`: NAME becomes a source for later queries of the session.
    case binding(name: Identifier, query: Query)
    /// `explain QUERY`: the plan with the count after each step.
    case explain(Query)
}

/// A name with its place in the source.
public struct Identifier: Sendable, Hashable {
    /// The name as written.
    public var name: String
    /// Where it is written in the query text.
    public var range: SourceRange
    /// The name `name` written at `range`.
    public init(_ name: String, range: SourceRange) {
        self.name = name
        self.range = range
    }
}

/// `source [where expr] [shaping…] { "|" stage }`
public struct Query: Sendable, Hashable {
    /// The source rows come from: `articles`, `statements`, …, or a name bound with `let`.
    public var source: Identifier
    /// The `where` condition, if any.
    public var filter: Expression?
    /// The shaping stages after the filter, in order.
    public var stages: [Stage]
    /// Where it is written in the query text.
    public var range: SourceRange
    /// A query over `source`.
    public init(source: Identifier, filter: Expression? = nil, stages: [Stage] = [], range: SourceRange) {
        self.source = source
        self.filter = filter
        self.stages = stages
        self.range = range
    }
}

/// A dotted field name: `country`, `article.language`.
public struct FieldPath: Sendable, Hashable {
    /// The names between the dots (`article`, `date`).
    public var components: [String]
    /// Where it is written in the query text.
    public var range: SourceRange
    /// The path of `components` written at `range`.
    public init(_ components: [String], range: SourceRange) {
        self.components = components
        self.range = range
    }
    /// The path as written: `article.date`.
    public var dotted: String { components.joined(separator: ".") }
}

/// A boolean expression over the fields of one row.
public indirect enum Expression: Sendable, Hashable {
    /// `a or b`.
    case or(Expression, Expression)
    /// `a and b`.
    case and(Expression, Expression)
    /// `not a`; the range covers the whole.
    case not(Expression, range: SourceRange)
    /// One test of one field.
    case predicate(Predicate)

    /// Where it is written in the query text.
    public var range: SourceRange {
        switch self {
        case .or(let l, let r), .and(let l, let r): return l.range.union(r.range)
        case .not(_, let range): return range
        case .predicate(let p): return p.range
        }
    }
}

/// `field OP value`, one test of a row.
public struct Predicate: Sendable, Hashable {
    /// The field the test or key reads.
    public var field: FieldPath
    /// What the field is checked for.
    public var test: Test
    /// Where it is written in the query text.
    public var range: SourceRange
    /// A test of `field` written at `range`.
    public init(field: FieldPath, test: Test, range: SourceRange) {
        self.field = field
        self.test = test
        self.range = range
    }
}

/// What a predicate checks of its field.
public enum Test: Sendable, Hashable {
    /// `field OP value`.
    case compare(ComparisonOperator, Literal)
    /// `field in (a, b, …)`.
    case oneOf([Literal])
    /// `field between a and b`, both ends included.
    case between(Literal, Literal)
    /// Normalised phrase search (case, accents, Arabic diacritics and proclitics, width).
    case contains(Literal)
    /// `field matches /pattern/`; `range` is the pattern's.
    case matches(pattern: String, range: SourceRange)
    /// `field is null`.
    case isNull
    /// `field is not null`.
    case isNotNull
}

/// The operators of `field OP value`.
public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
    /// `=`
    case equal = "="
    /// `!=`
    case notEqual = "!="
    /// `<`
    case less = "<"
    /// `<=`
    case lessOrEqual = "<="
    /// `>`
    case greater = ">"
    /// `>=`
    case greaterOrEqual = ">="
}

/// A value written in a query.
public struct Literal: Sendable, Hashable {
    /// What kind of value was written.
    public enum Value: Sendable, Hashable {
        /// A double-quoted string, escapes resolved.
        case string(String)
        /// A bare word: `cyber`, `China`, `fr`.
        case word(String)
        /// A number as written: `3`, `-2.5`. A bare four-digit integer such as `2014` is a
        /// number here (the lexer cannot know the field); a date field reads an integer
        /// 1000…9999 as that year. ``Literal/text`` keeps the spelling.
        case number(Double)
        /// `2014-12-22` or `2014-12` as written, already checked to be a real month/day.
        case date(String)
        /// `$name`, bound at run time; never spliced into the text.
        case parameter(String)
    }
    /// The value as read.
    public var value: Value
    /// Where it is written in the query text.
    public var range: SourceRange
    /// The literal exactly as written in the query (quotes and escapes included), so a
    /// number can be read back as a year and messages can quote the user's own spelling.
    /// Empty when the literal was built in code rather than parsed.
    public var text: String
    /// A literal of `value` written at `range` as `text`.
    public init(_ value: Value, range: SourceRange, text: String = "") {
        self.value = value
        self.range = range
        self.text = text
    }
}

/// Shaping after the filter.
public enum Stage: Sendable, Hashable {
    /// `order by f [desc], …`.
    case orderBy([OrderKey], range: SourceRange)
    /// `limit N`.
    case limit(Int, range: SourceRange)
    /// `select f, g, …`.
    case select([FieldPath], range: SourceRange)
    /// `count`, `count by f, …`, `count by f top N` (the N largest groups), and
    /// `count by f, g top N per f` (the N largest `(f, g)` groups within each `f`: `per` is a
    /// subset of `by`; empty means over all groups).
    case count(by: [FieldPath], top: Int?, per: [FieldPath], range: SourceRange)
}

/// One key of `order by`: a field, ascending unless `desc`.
public struct OrderKey: Sendable, Hashable {
    /// The field the test or key reads.
    public var field: FieldPath
    /// Whether the key sorts largest first (`desc`).
    public var descending: Bool
    /// A key ordering by `field`.
    public init(field: FieldPath, descending: Bool) {
        self.field = field
        self.descending = descending
    }
}
