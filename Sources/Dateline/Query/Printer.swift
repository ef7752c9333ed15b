import Foundation

/// Prints syntax trees back as canonical Dateline source: lower-case keywords, single
/// spaces, ` | ` before every stage, parentheses only where the tree needs them, strings in
/// double quotes with the escapes the lexer reads. Parsing the printed text gives the same
/// tree again (ranges and spellings aside), and printing that tree gives the same text.
public enum Printer {
    /// The canonical text of a statement.
    public static func print(_ statement: QueryStatement) -> String {
        switch statement {
        case .query(let query): return print(query)
        case .binding(let name, let query): return "let \(name.name) = \(print(query))"
        case .explain(let query): return "explain \(print(query))"
        }
    }

    /// The canonical text of a query.
    public static func print(_ query: Query) -> String {
        var text = query.source.name
        if let filter = query.filter { text += " where " + print(filter) }
        for stage in query.stages { text += " | " + print(stage) }
        return text
    }

    /// The canonical text of a stage.
    public static func print(_ stage: Stage) -> String {
        switch stage {
        case .orderBy(let keys, _):
            return "order by " + keys.map { $0.field.dotted + ($0.descending ? " desc" : "") }.joined(separator: ", ")
        case .limit(let count, _):
            return "limit \(count)"
        case .select(let fields, _):
            return "select " + list(fields)
        case .count(let groups, let top, let per, _):
            var text = "count"
            if !groups.isEmpty { text += " by " + list(groups) }
            if let top { text += " top \(top)" }
            if !per.isEmpty { text += " per " + list(per) }
            return text
        }
    }

    private static func list(_ fields: [FieldPath]) -> String {
        fields.map(\.dotted).joined(separator: ", ")
    }

    /// A condition. A chain of one operator is printed flat when it has the balanced shape
    /// the parser gives a flat chain (`Expression.joined(_:by:)`); otherwise its operands
    /// of the same operator are parenthesised, as are `or` operands of an `and`.
    public static func print(_ expression: Expression) -> String {
        print(expression, withinFlatChain: false)
    }

    /// `withinFlatChain`: the parent has this node's operator and is printed flat, which
    /// means this node, being part of that balanced chain, is balanced too.
    private static func print(_ expression: Expression, withinFlatChain: Bool) -> String {
        switch expression {
        case .or(let left, let right), .and(let left, let right):
            let flat = withinFlatChain || isBalancedChain(expression)
            let joiner = if case .or = expression { " or " } else { " and " }
            return operand(left, of: expression, flat: flat) + joiner + operand(right, of: expression, flat: flat)
        case .not(.predicate(let predicate), _) where predicate.test.negatesInfix:
            return print(predicate, negated: true)
        case .not(let operand, _):
            switch operand {
            case .predicate, .not: return "not " + print(operand)
            case .and, .or: return "not (" + print(operand) + ")"
            }
        case .predicate(let predicate):
            return print(predicate, negated: false)
        }
    }

    private static func operand(_ child: Expression, of parent: Expression, flat: Bool) -> String {
        switch (parent, child) {
        case (.and, .or): return "(" + print(child) + ")"
        case (.and, .and), (.or, .or): return flat ? print(child, withinFlatChain: true) : "(" + print(child) + ")"
        default: return print(child)
        }
    }

    /// Whether `expression` and its same-operator descendants have the shape the parser
    /// builds for a flat chain: each node's left side holds half its operands, rounded down.
    private static func isBalancedChain(_ expression: Expression) -> Bool {
        func shape(_ e: Expression) -> (operands: Int, balanced: Bool) {
            let sides: (Expression, Expression)
            switch (expression, e) {
            case (.and, .and(let l, let r)), (.or, .or(let l, let r)): sides = (l, r)
            default: return (1, true)
            }
            let left = shape(sides.0), right = shape(sides.1)
            let total = left.operands + right.operands
            return (total, left.balanced && right.balanced && left.operands == total / 2)
        }
        return shape(expression).balanced
    }

    private static func print(_ predicate: Predicate, negated: Bool) -> String {
        let field = predicate.field.dotted
        let not = negated ? "not " : ""
        switch predicate.test {
        case .compare(let comparison, let value): return "\(field) \(comparison.rawValue) \(print(value))"
        case .oneOf(let values): return "\(field) \(not)in (" + values.map(print).joined(separator: ", ") + ")"
        case .between(let low, let high): return "\(field) \(not)between \(print(low)) and \(print(high))"
        case .contains(let value): return "\(field) \(not)contains \(print(value))"
        case .matches(let pattern, _): return "\(field) \(not)matches \(regex(pattern))"
        case .isNull: return "\(field) is null"
        case .isNotNull: return "\(field) is not null"
        }
    }

    /// The canonical text of a literal.
    public static func print(_ literal: Literal) -> String {
        switch literal.value {
        case .string(let text): return quoted(text)
        case .word(let word): return isBareWord(word) ? word : quoted(word)
        case .number(let number): return print(number)
        case .date(let date): return date
        case .parameter(let name): return "$" + name
        }
    }

    /// The shortest spelling the lexer reads back as the same number.
    static func print(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e18 { return String(Int64(number)) }
        return "\(number)"
    }

    /// Whether `word` lexes back as that very word (not a keyword, number or date).
    private static func isBareWord(_ word: String) -> Bool {
        if let first = word.utf8.first, Lexer.isASCIILetter(first),
            word.utf8.allSatisfy({ Lexer.isASCIILetter($0) || Lexer.isDigit($0) || $0 == UInt8(ascii: "_") }),
            Keyword(rawValue: word.lowercased()) == nil
        {
            return true
        }
        var lexer = Lexer(word)
        let tokens = lexer.tokenize()
        return tokens.count == 2 && tokens[0].kind == .word(word)
    }

    /// `text` as a string literal: `"`, `\`, line ends, tabs and other control characters
    /// escaped.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.properties.generalCategory == .control {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `pattern` as a regex literal: `/` escaped as `\/`, other escapes kept as they are.
    public static func regex(_ pattern: String) -> String {
        var out = "/"
        var escaped = false
        for character in pattern {
            if character == "/" && !escaped { out += "\\" }
            out.append(character)
            escaped = character == "\\" && !escaped
        }
        return out + "/"
    }
}

extension Test {
    /// Whether the negated test is written `field not …` rather than `not field …`.
    var negatesInfix: Bool {
        switch self {
        case .oneOf, .between, .contains, .matches: return true
        case .compare, .isNull, .isNotNull: return false
        }
    }
}

extension QueryStatement: CustomStringConvertible {
    /// Canonical source (see ``Printer``).
    public var description: String { Printer.print(self) }
}

extension Query: CustomStringConvertible {
    /// The canonical text (see ``Printer``).
    public var description: String { Printer.print(self) }
}

extension Expression: CustomStringConvertible {
    /// The canonical text (see ``Printer``).
    public var description: String { Printer.print(self) }
}

extension Stage: CustomStringConvertible {
    /// The canonical text (see ``Printer``).
    public var description: String { Printer.print(self) }
}

extension Literal: CustomStringConvertible {
    /// The canonical text (see ``Printer``).
    public var description: String { Printer.print(self) }
}
