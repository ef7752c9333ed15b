import Foundation

/// A query after semantic analysis: names resolved to stored fields, literals resolved to
/// the values the index stores (country codes, language codes, date ranges), operators
/// checked against field types. The planner and executor work on this, never on raw AST.
struct BoundQuery {
    var source: BoundSource
    var filter: Filter?
    var stages: [BoundStage]
}

/// Where a query's rows come from.
enum BoundSource {
    /// Stored rows, optionally restricted to those a `let` binding selected.
    case stored(StoredSource, kind: SourceKind, restrictedTo: [Int32]?)
    /// A table of values: a distinct-values source or a `let` binding of a shaped query.
    case table(ResultSet, fields: [Field])
}

/// How a field's value is read from a row.
indirect enum FieldAccess: Hashable {
    /// A dictionary field of the row's own source.
    case dictionary(StoredSource, String)
    /// An Int32 column of the row's own source (`start`, `end`).
    case integer(StoredSource, String)
    /// The full text of an article.
    case articleText
    /// The content of a statement (a span of its article's text).
    case statementText
    /// A field of the article a statement or mention belongs to.
    case throughArticle(FieldAccess)
    /// Column `i` of a table.
    case column(Int)
}

/// A resolved field: its canonical name, type and how to read it.
struct BoundField: Hashable {
    var name: String
    var type: FieldType
    var access: FieldAccess
    /// The word index that serves `contains` on this field, if any.
    var tokenIndex: String?
}

/// Bounds on a date's range `[lo, hi]` (both `YYYY-MM-DD`), all of which must hold.
struct DateConstraint: Hashable {
    var loAtLeast: String?
    var loAbove: String?
    var hiAtMost: String?
    var hiBelow: String?

    /// Whether a stored date (of any precision) satisfies the bounds.
    func accepts(_ date: String) -> Bool {
        guard let range = DateRange(date) else { return false }
        if let b = loAtLeast, range.lo < b { return false }
        if let b = loAbove, range.lo <= b { return false }
        if let b = hiAtMost, range.hi > b { return false }
        if let b = hiBelow, range.hi >= b { return false }
        return true
    }
}

/// `2014-12-22`, `2014-12` or `2014` as the days it covers, as comparable strings.
struct DateRange: Hashable {
    var lo: String
    var hi: String

    init?(_ text: String) {
        let b = Array(text.utf8)
        func digits(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                n = n * 10 + Int(b[i] - 0x30)
            }
            return n
        }
        let dash = UInt8(ascii: "-")
        switch b.count {
        case 4:
            guard digits(0..<4) != nil else { return nil }
            (lo, hi) = (text + "-01-01", text + "-12-31")
        case 7:
            guard digits(0..<4) != nil, b[4] == dash, let m = digits(5..<7), (1...12).contains(m) else { return nil }
            (lo, hi) = (text + "-01", text + "-31")
        case 10:
            guard digits(0..<4) != nil, b[4] == dash, let m = digits(5..<7), (1...12).contains(m), b[7] == dash,
                  let d = digits(8..<10), (1...31).contains(d) else { return nil }
            (lo, hi) = (text, text)
        default:
            return nil
        }
    }
}

/// What a predicate checks of one value. Shared by every access path: applied to the keys
/// of a dictionary (then the matching keys' postings are the rows), to stored text, and to
/// the cells of a table.
enum ValueTest {
    case equals(Set<String>)
    case numberEquals(Set<Double>)
    case textRange(lower: String?, lowerInclusive: Bool, upper: String?, upperInclusive: Bool)
    case numberRange(lower: Double?, lowerInclusive: Bool, upper: Double?, upperInclusive: Bool)
    /// Any of the constraints holds.
    case dates([DateConstraint])
    /// Folded words that must appear in order (the first may end a word, the last may
    /// start one, a single word may sit anywhere inside a word).
    case contains([String])
    case matches(RegexMatcher)
    case isNull
    case isNotNull

    /// Whether a single (non-list) string value passes.
    func accepts(_ text: String, deadline: Deadline) throws -> Bool {
        switch self {
        case .equals(let set): return set.contains(text)
        case .numberEquals(let set): return Double(text).map(set.contains) ?? false
        case .textRange(let lower, let li, let upper, let ui):
            if let lower, li ? text < lower : text <= lower { return false }
            if let upper, ui ? text > upper : text >= upper { return false }
            return true
        case .numberRange:
            return Double(text).map { acceptsNumber($0) } ?? false
        case .dates(let constraints): return constraints.contains { $0.accepts(text) }
        case .contains(let words): return PhraseMatch.matches(words, in: TextTokens.words(of: text))
        case .matches(let regex): return try regex.matches(text, deadline: deadline)
        case .isNull: return false
        case .isNotNull: return true
        }
    }

    func acceptsNumber(_ n: Double) -> Bool {
        switch self {
        case .numberEquals(let set): return set.contains(n)
        case .numberRange(let lower, let li, let upper, let ui):
            if let lower, li ? n < lower : n <= lower { return false }
            if let upper, ui ? n > upper : n >= upper { return false }
            return true
        case .isNotNull: return true
        default: return false
        }
    }

    /// Whether a cell of any shape passes: a list passes when one of its items does.
    func accepts(_ value: Value, deadline: Deadline) throws -> Bool {
        switch (self, value) {
        case (.isNull, _): return value.isNull || value == .list([])
        case (.isNotNull, _): return !(value.isNull || value == .list([]))
        case (_, .null): return false
        case (_, .int(let n)): return acceptsNumber(Double(n))
        case (_, .double(let d)): return acceptsNumber(d)
        case (_, .string(let s)): return try accepts(s, deadline: deadline)
        case (_, .list(let items)): return try items.contains { try accepts($0, deadline: deadline) }
        }
    }
}

/// One resolved test of a row, with the source text it came from (for `explain`).
struct BoundPredicate {
    var field: BoundField
    var test: ValueTest
    var range: SourceRange
    var text: String
}

/// A boolean filter over rows, in the shape the planner works on: n-ary `and`/`or`.
indirect enum Filter {
    case and([Filter])
    case or([Filter])
    case not(Filter, text: String)
    case test(BoundPredicate)

    var text: String {
        switch self {
        case .and(let parts): return parts.map { $0.parenthesized(inside: "and") }.joined(separator: " and ")
        case .or(let parts): return parts.map { $0.parenthesized(inside: "or") }.joined(separator: " or ")
        case .not(_, let text): return text
        case .test(let p): return p.text
        }
    }

    private func parenthesized(inside parent: String) -> String {
        if case .or = self, parent == "and" { return "(\(text))" }
        return text
    }
}

/// Shaping after the filter, resolved.
enum BoundStage {
    case orderBy([(field: BoundField, descending: Bool)])
    case limit(Int)
    case select([BoundField])
    /// `per`: positions in `by` of the fields within whose groups `top` applies.
    case count(by: [BoundField], top: Int?, per: [Int])
}
