/// The syntax tree of the query language. Every node carries its ``SourceRange`` so that
/// diagnostics and runtime errors can point at it. `description` prints canonical source.

/// One top-level statement of a script or REPL entry.
public enum QueryStatement: Sendable, Hashable {
    case query(Query)
    /// `let NAME = QUERY`: NAME becomes a source for later queries of the session.
    case binding(name: Identifier, query: Query)
    /// `explain QUERY`: the plan with the count after each step.
    case explain(Query)
}

/// A name with its place in the source.
public struct Identifier: Sendable, Hashable {
    public var name: String
    public var range: SourceRange
    public init(_ name: String, range: SourceRange) {
        self.name = name
        self.range = range
    }
}

/// `source [where expr] [shaping…] { "|" stage }`
public struct Query: Sendable, Hashable {
    public var source: Identifier
    public var filter: Expression?
    public var stages: [Stage]
    public var range: SourceRange
    public init(source: Identifier, filter: Expression? = nil, stages: [Stage] = [], range: SourceRange) {
        self.source = source
        self.filter = filter
        self.stages = stages
        self.range = range
    }
}

/// A dotted field name: `country`, `article.language`.
public struct FieldPath: Sendable, Hashable {
    public var components: [String]
    public var range: SourceRange
    public init(_ components: [String], range: SourceRange) {
        self.components = components
        self.range = range
    }
    public var dotted: String { components.joined(separator: ".") }
}

/// A boolean expression over the fields of one row.
public indirect enum Expression: Sendable, Hashable {
    case or(Expression, Expression)
    case and(Expression, Expression)
    case not(Expression, range: SourceRange)
    case predicate(Predicate)

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
    public var field: FieldPath
    public var test: Test
    public var range: SourceRange
    public init(field: FieldPath, test: Test, range: SourceRange) {
        self.field = field
        self.test = test
        self.range = range
    }
}

/// What a predicate checks of its field.
public enum Test: Sendable, Hashable {
    case compare(ComparisonOperator, Literal)
    case oneOf([Literal])
    case between(Literal, Literal)
    /// Normalised phrase search (case, accents, Arabic diacritics and proclitics, width).
    case contains(Literal)
    case matches(pattern: String, range: SourceRange)
    case isNull
    case isNotNull
}

public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
    case equal = "="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

/// A value written in a query.
public struct Literal: Sendable, Hashable {
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
    public var value: Value
    public var range: SourceRange
    /// The literal exactly as written in the query (quotes and escapes included), so a
    /// number can be read back as a year and messages can quote the user's own spelling.
    /// Empty when the literal was built in code rather than parsed.
    public var text: String
    public init(_ value: Value, range: SourceRange, text: String = "") {
        self.value = value
        self.range = range
        self.text = text
    }
}

/// Shaping after the filter.
public enum Stage: Sendable, Hashable {
    case orderBy([OrderKey], range: SourceRange)
    case limit(Int, range: SourceRange)
    case select([FieldPath], range: SourceRange)
    /// `count`, `count by f, …`, `count by f top N` (the N largest groups), and
    /// `count by f, g top N per f` (the N largest `(f, g)` groups within each `f`: `per` is a
    /// subset of `by`; empty means over all groups).
    case count(by: [FieldPath], top: Int?, per: [FieldPath], range: SourceRange)
}

public struct OrderKey: Sendable, Hashable {
    public var field: FieldPath
    public var descending: Bool
    public init(field: FieldPath, descending: Bool) {
        self.field = field
        self.descending = descending
    }
}
