import Dateline

/// Puts the values of `--param NAME=VALUE` in place of `$NAME` in a parsed statement: the
/// value becomes a string literal of the tree, never text spliced into the query.
struct ParameterBinding {
    let values: [String: String]

    /// Parses `NAME=VALUE` arguments; nil names the first malformed one.
    static func parse(_ arguments: [String]) -> Result<[String: String], ParameterError> {
        var values: [String: String] = [:]
        for argument in arguments {
            guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
                return .failure(ParameterError(argument: argument))
            }
            let name = argument[..<equals].hasPrefix("$") ? String(argument[..<equals].dropFirst()) : String(argument[..<equals])
            values[name] = String(argument[argument.index(after: equals)...])
        }
        return .success(values)
    }

    struct ParameterError: Error {
        let argument: String
    }

    func bind(_ statement: QueryStatement) throws -> QueryStatement {
        switch statement {
        case .query(let query): return .query(try bind(query))
        case .explain(let query): return .explain(try bind(query))
        case .binding(let name, let query): return .binding(name: name, query: try bind(query))
        }
    }

    private func bind(_ query: Query) throws -> Query {
        var bound = query
        bound.filter = try query.filter.map(bind)
        return bound
    }

    private func bind(_ expression: Expression) throws -> Expression {
        switch expression {
        case .or(let left, let right): return .or(try bind(left), try bind(right))
        case .and(let left, let right): return .and(try bind(left), try bind(right))
        case .not(let operand, let range): return .not(try bind(operand), range: range)
        case .predicate(var predicate):
            predicate.test = try bind(predicate.test)
            return .predicate(predicate)
        }
    }

    private func bind(_ test: Test) throws -> Test {
        switch test {
        case .compare(let op, let literal): return .compare(op, try bind(literal))
        case .oneOf(let literals): return .oneOf(try literals.map(bind))
        case .between(let low, let high): return .between(try bind(low), try bind(high))
        case .contains(let literal): return .contains(try bind(literal))
        case .matches, .isNull, .isNotNull: return test
        }
    }

    private func bind(_ literal: Literal) throws -> Literal {
        guard case .parameter(let name) = literal.value else { return literal }
        guard let value = values[name] else {
            throw Diagnostic(
                code: "unbound-parameter", message: "no value for the parameter $\(name)", range: literal.range,
                notes: [Diagnostic.Note("give one with --param \(name)=VALUE")])
        }
        return Literal(.string(value), range: literal.range)
    }
}
