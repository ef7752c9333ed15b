/// The `where` condition: `or` binds loosest, then `and`, then `not`; predicates and
/// parenthesised conditions are the operands.
extension Parser {
    /// condition = negation { ( "or" | "and" ) negation } ;
    ///
    /// Precedence climbing over `BooleanOperator`: `and` binds tighter than `or`, and
    /// `not` (in `negation`) tighter than both.
    mutating func parseCondition() throws -> Expression {
        try parseCondition(binding: BooleanOperator.loosest)
    }

    /// The operands and operators from here on whose operators bind at least as tightly as
    /// `minimum`. Each run of one operator becomes a balanced tree (see
    /// `Expression.joined(_:by:)`) so that a very long chain stays shallow.
    private mutating func parseCondition(binding minimum: BooleanOperator) throws -> Expression {
        var run = [try parseNegation()]
        var runOperator: BooleanOperator?
        var progress = LoopProgress()
        while progress.advanced(to: index), let next = BooleanOperator(current.kind), next >= minimum {
            advance()
            let right = try next.tighter.map { try parseCondition(binding: $0) } ?? parseNegation()
            if let open = runOperator, open != next {
                run = [Expression.joined(run[...], by: open)]
            }
            runOperator = next
            run.append(right)
        }
        return runOperator.map { Expression.joined(run[...], by: $0) } ?? run[0]
    }

    /// negation = "not" negation | "(" condition ")" | predicate ;
    mutating func parseNegation() throws -> Expression {
        nesting += 1
        defer { nesting -= 1 }
        guard nesting <= Self.maximumNesting else {
            throw fail(.tooDeeplyNested, "the condition is nested more than \(Self.maximumNesting) levels deep")
        }
        if check(.not) {
            let not = advance()
            let operand = try parseNegation()
            return .not(operand, range: not.range.union(operand.range))
        }
        if case .symbol(.openParenthesis) = current.kind {
            let open = advance()
            let inner = try parseCondition()
            try expectClosing(open)
            return inner
        }
        return try parsePredicate()
    }

    /// `)` closing `open`, or an error that says which `(` is left open.
    private mutating func expectClosing(_ open: Token) throws {
        if eat(.closeParenthesis) { return }
        let insertion = previous!.range.end
        throw fail(
            .unclosedParenthesis, "expected ')', found \(describe(current))",
            notes: [.init("to close '(' opened at \(source.position(of: open.range.start))", range: open.range)],
            fixIts: [.init(range: SourceRange(insertion, insertion), replacement: ")")])
    }

    /// predicate = field test ;
    mutating func parsePredicate() throws -> Expression {
        switch current.kind {
        case .word, .keyword(.count): break
        default: throw fail(.expectedCondition, "expected a condition after \(describe(previous!)), found \(describe(current))")
        }
        let field = try parseField()
        return try parseTest(of: field)
    }

    /// test = comparison value
    ///      | "is" [ "not" ] "null"
    ///      | [ "not" ] ( membership | interval | "contains" value | "matches" REGEX ) ;
    ///
    /// `field not in (…)` and the like are `not` around the predicate.
    mutating func parseTest(of field: FieldPath) throws -> Expression {
        if let comparison = parseComparison() {
            try rejectNull(after: comparison)
            let value = try parseValue()
            return .predicate(Predicate(field: field, test: .compare(comparison, value), range: field.range.union(value.range)))
        }
        if eat(.is) {
            let negated = eat(.not)
            let null = try expect(.null, negated ? "expected 'null' after 'is not'" : "expected 'null' or 'not null' after 'is'")
            return .predicate(Predicate(field: field, test: negated ? .isNotNull : .isNull, range: field.range.union(null.range)))
        }
        let negated = eat(.not)
        let test: Test
        if check(.in) {
            test = try parseMembership()
        } else if check(.between) {
            test = try parseInterval()
        } else if eat(.contains) {
            test = .contains(try parseValue())
        } else if eat(.matches) {
            test = try parseRegex()
        } else if negated {
            throw fail(.expectedOperator, "expected 'in', 'between', 'contains' or 'matches' after 'not', found \(describe(current))")
        } else {
            throw fail(
                .expectedOperator,
                "expected an operator after '\(field.dotted)' (= != < <= > >= in between contains matches is), found \(describe(current))")
        }
        let predicate = Predicate(field: field, test: test, range: field.range.union(previous!.range))
        return negated ? .not(.predicate(predicate), range: predicate.range) : .predicate(predicate)
    }

    /// comparison = "=" | "!=" | "<" | "<=" | ">" | ">=" ;
    mutating func parseComparison() -> ComparisonOperator? {
        guard case .comparison(let comparison) = current.kind else { return nil }
        advance()
        return comparison
    }

    /// `= null` compares nothing; `is null` is the test meant.
    private mutating func rejectNull(after comparison: ComparisonOperator) throws {
        guard case .keyword(.null) = current.kind else { return }
        let operatorStart = previous!.range.start
        let replacement = comparison == .equal ? "is null" : comparison == .notEqual ? "is not null" : nil
        throw fail(
            .nullComparison, "a missing value is tested with 'is null' or 'is not null', not with '\(comparison.rawValue)'",
            fixIts: replacement.map { [.init(range: SourceRange(operatorStart, current.range.end), replacement: $0)] } ?? [])
    }

    /// membership = "in" "(" value { "," value } ")" ;
    mutating func parseMembership() throws -> Test {
        advance()
        let open = try expect(.openParenthesis, "expected '(' after 'in', as in 'in (fr, de)'")
        var values = [try parseValue()]
        var progress = LoopProgress()
        while progress.advanced(to: index), eat(.comma) {
            values.append(try parseValue())
        }
        try expectClosing(open)
        return .oneOf(values)
    }

    /// interval = "between" value "and" value ;
    mutating func parseInterval() throws -> Test {
        advance()
        let low = try parseValue()
        try expect(.and, "expected 'and' in 'between … and …'")
        return .between(low, try parseValue())
    }

    /// `REGEX` after `matches`; a quoted string there is offered back as a regex.
    private mutating func parseRegex() throws -> Test {
        if case .regex(let pattern) = current.kind {
            return .matches(pattern: pattern, range: advance().range)
        }
        var fixIts: [Diagnostic.FixIt] = []
        if case .string(let text) = current.kind {
            fixIts.append(.init(range: current.range, replacement: Printer.regex(text)))
        }
        throw fail(.expectedRegex, "expected a regular expression such as /cyber.*/ after 'matches', found \(describe(current))", fixIts: fixIts)
    }
}

/// The binary boolean operators, loosest first: the precedence table of `condition`.
enum BooleanOperator: Int, Comparable, CaseIterable {
    case or, and

    static let loosest = BooleanOperator.allCases.first!

    /// The operator at the current token, if any.
    init?(_ kind: Token.Kind) {
        switch kind {
        case .keyword(.or): self = .or
        case .keyword(.and): self = .and
        default: return nil
        }
    }

    /// The level that binds next tighter; nil for the tightest, whose operands are negations.
    var tighter: BooleanOperator? { BooleanOperator(rawValue: rawValue + 1) }

    static func < (a: BooleanOperator, b: BooleanOperator) -> Bool { a.rawValue < b.rawValue }
}

extension Expression {
    /// The operands joined by `and` or `or` as a balanced tree: the left side takes the
    /// first half (rounded down). The parser builds every chain this way and the printer
    /// relies on it to know when a chain needs no parentheses.
    static func joined(_ operands: ArraySlice<Expression>, by joiner: BooleanOperator) -> Expression {
        if operands.count == 1 { return operands.first! }
        let middle = operands.startIndex + operands.count / 2
        let left = joined(operands[..<middle], by: joiner), right = joined(operands[middle...], by: joiner)
        return joiner == .or ? .or(left, right) : .and(left, right)
    }
}
