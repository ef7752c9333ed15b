import Foundation

/// Runs parsed queries over a corpus. Holds the `let` bindings of a session.
public struct Evaluator {
    public let corpus: Corpus
    private var bindings: [String: ResultSet] = [:]
    private let gazetteer = CountryGazetteer.standard

    public init(corpus: Corpus) {
        self.corpus = corpus
    }

    /// Runs one statement. A `let` binds its name and returns its rows.
    public mutating func run(_ statement: QueryStatement) throws -> ResultSet {
        switch statement {
        case .query(let query), .explain(let query):
            return try run(query)
        case .binding(let name, let query):
            let result = try run(query)
            bindings[name.name] = result
            return result
        }
    }

    private func run(_ query: Query) throws -> ResultSet {
        guard let source = SourceKind(rawValue: query.source.name) else {
            throw Diagnostic(code: "unknown-source", message: "unknown source '\(query.source.name)'", range: query.source.range)
        }
        var columns: [String]
        var rows: [Row]
        switch source {
        case .articles:
            columns = RowProjection.articleColumns
            rows = try corpus.articles.filter { a in try matches(query.filter) { RowProjection.value($0, of: a) } }
                .map { a in Row(columns.map { RowProjection.value($0, of: a) }) }
        case .statements:
            columns = RowProjection.statementColumns
            rows = try corpus.statements.filter { s in try matches(query.filter) { RowProjection.value($0, of: s) } }
                .map { s in Row(columns.map { RowProjection.value($0, of: s) }) }
        case .mentions:
            columns = RowProjection.mentionColumns
            rows = try corpus.mentions.filter { m in try matches(query.filter) { RowProjection.value($0, of: m) } }
                .map { m in Row(columns.map { RowProjection.value($0, of: m) }) }
        default:
            throw Diagnostic(code: "unsupported", message: "'\(source.rawValue)' is not supported yet", range: query.source.range)
        }
        for stage in query.stages {
            if case .limit(let n, _) = stage { rows = Array(rows.prefix(n)) }
        }
        return ResultSet(columns: columns, rows: rows)
    }

    private func matches(_ filter: Expression?, _ value: (String) -> Value) throws -> Bool {
        guard let filter else { return true }
        switch filter {
        case .or(let l, let r): return try matches(l, value) || matches(r, value)
        case .and(let l, let r): return try matches(l, value) && matches(r, value)
        case .not(let e, _): return try !matches(e, value)
        case .predicate(let p):
            let field = p.field.dotted
            let fieldName = field == "topic" ? "topics" : field
            let actual = value(fieldName)
            switch p.test {
            case .compare(.equal, let literal):
                return equals(actual, literal, field: fieldName)
            case .compare(.notEqual, let literal):
                return !equals(actual, literal, field: fieldName)
            default:
                throw Diagnostic(code: "unsupported", message: "this operator is not supported yet", range: p.range)
            }
        }
    }

    private func equals(_ actual: Value, _ literal: Literal, field: String) -> Bool {
        let text: String
        switch literal.value {
        case .string(let s), .word(let s), .date(let s): text = s
        case .number(let n): text = String(n)
        case .parameter: return false
        }
        let wanted = (field == "country" || field == "about" || field == "countries") ? (gazetteer.code(for: text) ?? text) : text
        switch actual {
        case .list(let items): return items.contains(wanted)
        case .null: return false
        default: return actual.text == wanted
        }
    }
}
