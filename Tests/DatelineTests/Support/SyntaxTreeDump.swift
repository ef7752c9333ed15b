@testable import Dateline

/// A syntax tree as a fully parenthesised S-expression without ranges or spellings: what
/// table-driven parser tests compare, and what "the same tree" means in round-trip tests.
enum SyntaxTreeDump {
    static func dump(_ statements: [QueryStatement]) -> String {
        statements.map(dump).joined(separator: "; ")
    }

    static func dump(_ statement: QueryStatement) -> String {
        switch statement {
        case .query(let query): return dump(query)
        case .binding(let name, let query): return "(let \(name.name) \(dump(query)))"
        case .explain(let query): return "(explain \(dump(query)))"
        }
    }

    static func dump(_ query: Query) -> String {
        var parts = ["query", query.source.name]
        if let filter = query.filter { parts.append(dump(filter)) }
        parts += query.stages.map(dump)
        return "(" + parts.joined(separator: " ") + ")"
    }

    static func dump(_ expression: Expression) -> String {
        switch expression {
        case .or(let l, let r): return "(or \(dump(l)) \(dump(r)))"
        case .and(let l, let r): return "(and \(dump(l)) \(dump(r)))"
        case .not(let e, _): return "(not \(dump(e)))"
        case .predicate(let p): return dump(p)
        }
    }

    static func dump(_ predicate: Predicate) -> String {
        let field = predicate.field.dotted
        switch predicate.test {
        case .compare(let op, let value): return "(\(op.rawValue) \(field) \(dump(value)))"
        case .oneOf(let values): return "(in \(field) " + values.map(dump).joined(separator: " ") + ")"
        case .between(let low, let high): return "(between \(field) \(dump(low)) \(dump(high)))"
        case .contains(let value): return "(contains \(field) \(dump(value)))"
        case .matches(let pattern, _): return "(matches \(field) /\(pattern)/)"
        case .isNull: return "(null \(field))"
        case .isNotNull: return "(not-null \(field))"
        }
    }

    static func dump(_ literal: Literal) -> String {
        switch literal.value {
        case .string(let s): return "string:\(s)"
        case .word(let w): return "word:\(w)"
        case .number(let n): return "number:\(n)"
        case .date(let d): return "date:\(d)"
        case .parameter(let p): return "$\(p)"
        }
    }

    static func dump(_ stage: Stage) -> String {
        switch stage {
        case .orderBy(let keys, _):
            return "(order " + keys.map { $0.field.dotted + ($0.descending ? ":desc" : ":asc") }.joined(separator: " ") + ")"
        case .limit(let n, _): return "(limit \(n))"
        case .select(let fields, _): return "(select " + fields.map(\.dotted).joined(separator: " ") + ")"
        case .count(let by, let top, let per, _):
            var text = "(count"
            if !by.isEmpty { text += " by:" + by.map(\.dotted).joined(separator: ",") }
            if let top { text += " top:\(top)" }
            if !per.isEmpty { text += " per:" + per.map(\.dotted).joined(separator: ",") }
            return text + ")"
        }
    }
}
