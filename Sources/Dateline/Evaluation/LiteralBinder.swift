import Foundation

/// Turns one predicate's operator and literals into a ``ValueTest`` for its field's type:
/// countries in any language or as codes become alpha-2 codes, languages become ISO 639-1
/// codes, dates become ranges, topics and keywords are checked against what the index
/// knows, parameters are looked up (and used as values, never as query text).
struct LiteralBinder {
    let database: Database
    let parameters: [String: String]
    private(set) var diagnostics: [Diagnostic] = []
    /// Values that are real (a country, a language, a topic) but that no row of the index
    /// holds: the query runs, and its empty result says why.
    private(set) var warnings: [Diagnostic] = []

    init(database: Database, parameters: [String: String]) {
        self.database = database
        self.parameters = parameters
    }

    mutating func bind(_ predicate: Predicate, field: BoundField) -> Filter? {
        guard checkOperator(predicate, field: field) else { return nil }
        let text = Self.text(of: predicate)
        func make(_ test: ValueTest) -> Filter {
            .test(BoundPredicate(field: field, test: test, range: predicate.range, text: text))
        }
        switch predicate.test {
        case .compare(.equal, let literal):
            return equality([literal], field: field).map(make)
        case .oneOf(let literals):
            return equality(literals, field: field).map(make)
        case .compare(.notEqual, let literal):
            guard let equal = equality([literal], field: field).map(make) else { return nil }
            let negated = Filter.not(equal, text: text)
            if field.type.isList { return negated }
            // Like SQL, a row with no value is neither equal nor unequal.
            let present = make(.isNotNull)
            return .and([present, negated])
        case .compare(let op, let literal):
            return ordering(op, literal, field: field).map(make)
        case .between(let low, let high):
            guard let lower = ordering(.greaterOrEqual, low, field: field),
                  let upper = ordering(.lessOrEqual, high, field: field) else { return nil }
            return make(Self.intersect(lower, upper))
        case .contains(let literal):
            guard let phrase = string(literal) else { return nil }
            var words = TextTokens.words(of: phrase).map(String.init)
            // The first word may end a longer word, so it is looked for without an Arabic
            // article or proclitics ("والصين" finds "الصين" and "للصين" too).
            if let first = words.first {
                let stem = QueryFolding.foldToken(first)
                if !stem.isEmpty { words[0] = stem }
            }
            guard !words.isEmpty else {
                diagnostics.append(Diagnostic(code: "empty-phrase", message: "there is no word to search for in \"\(phrase)\"", range: literal.range))
                return nil
            }
            return make(.contains(words))
        case .matches(let pattern, let range):
            do {
                return make(.matches(try RegexMatcher(pattern: pattern, range: range)))
            } catch let diagnostic as Diagnostic {
                diagnostics.append(diagnostic)
                return nil
            } catch {
                return nil
            }
        case .isNull:
            return make(.isNull)
        case .isNotNull:
            return make(.isNotNull)
        }
    }

    // MARK: Operators

    /// Whether the operator applies to the field's type; records the error when not.
    private mutating func checkOperator(_ predicate: Predicate, field: BoundField) -> Bool {
        let name: String
        switch predicate.test {
        case .compare(.equal, _), .compare(.notEqual, _), .oneOf, .isNull, .isNotNull: return true
        case .compare(let op, _): name = op.rawValue
        case .between: name = "between"
        case .contains: name = "contains"
        case .matches: name = "matches"
        }
        let allowed: Set<String>
        switch field.type {
        case .text, .name: return true
        case .list: allowed = ["contains", "matches"]
        case .date, .number: allowed = ["<", "<=", ">", ">=", "between"]
        case .keyword: allowed = ["matches"]
        case .country, .countryList, .language, .topic, .topicList: allowed = []
        }
        guard !allowed.contains(name) else { return true }
        let usable = ["=", "!=", "in", "is null"] + ["<", "<=", ">", ">=", "between", "contains", "matches"].filter(allowed.contains)
        diagnostics.append(Diagnostic(
            code: "operator-type",
            message: "'\(name)' cannot be used on '\(predicate.field.dotted)', \(Self.describe(field.type)); use \(usable.joined(separator: ", "))",
            range: predicate.range))
        return false
    }

    private static func describe(_ type: FieldType) -> String {
        switch type {
        case .text, .name: return "a text"
        case .country, .countryList: return "a country"
        case .language: return "a language"
        case .topic, .topicList: return "a topic"
        case .date: return "a date"
        case .number: return "a number"
        case .list: return "a list of names"
        case .keyword: return "a keyword"
        }
    }

    // MARK: Literals

    /// The literal's text: the value of a parameter, or the literal as written.
    private mutating func string(_ literal: Literal) -> String? {
        switch literal.value {
        case .string(let s), .word(let s), .date(let s): return s
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .parameter(let name):
            if let value = parameters[name] { return value }
            let given = parameters.keys.sorted()
            diagnostics.append(Diagnostic(
                code: "unbound-parameter", message: "no value was given for parameter $\(name)", range: literal.range,
                notes: given.isEmpty
                    ? [.init("pass values with the parameters of the query (e.g. --param \(name)=VALUE)")]
                    : [.init("parameters given: " + given.map { "$" + $0 }.joined(separator: ", "))]))
            return nil
        }
    }

    /// `=` and `in`: the set of stored values any of the literals means.
    private mutating func equality(_ literals: [Literal], field: BoundField) -> ValueTest? {
        switch field.type {
        case .number:
            var numbers = Set<Double>()
            for literal in literals {
                guard let text = string(literal) else { return nil }
                guard let n = Double(text) else {
                    diagnostics.append(Diagnostic(code: "not-a-number", message: "'\(field.name)' is a number; \"\(text)\" is not", range: literal.range))
                    return nil
                }
                numbers.insert(n)
            }
            return .numberEquals(numbers)
        case .date:
            var constraints: [DateConstraint] = []
            for literal in literals {
                guard let range = date(literal) else { return nil }
                constraints.append(DateConstraint(loAtLeast: range.lo, hiAtMost: range.hi))
            }
            return .dates(constraints)
        default:
            var values = Set<String>()
            for literal in literals {
                guard let text = string(literal), let value = storedValue(text, literal: literal, field: field) else { return nil }
                values.insert(value)
            }
            return .equals(values)
        }
    }

    /// `<`, `<=`, `>`, `>=` (and the halves of `between`).
    private mutating func ordering(_ op: ComparisonOperator, _ literal: Literal, field: BoundField) -> ValueTest? {
        switch field.type {
        case .date:
            guard let range = date(literal) else { return nil }
            var c = DateConstraint()
            switch op {
            case .less: c.hiBelow = range.lo
            case .lessOrEqual: c.hiAtMost = range.hi
            case .greater: c.loAbove = range.hi
            default: c.loAtLeast = range.lo
            }
            return .dates([c])
        case .number:
            guard let text = string(literal) else { return nil }
            guard let n = Double(text) else {
                diagnostics.append(Diagnostic(code: "not-a-number", message: "'\(field.name)' is a number; \"\(text)\" is not", range: literal.range))
                return nil
            }
            let inclusive = op == .lessOrEqual || op == .greaterOrEqual
            return op == .less || op == .lessOrEqual
                ? .numberRange(lower: nil, lowerInclusive: true, upper: n, upperInclusive: inclusive)
                : .numberRange(lower: n, lowerInclusive: inclusive, upper: nil, upperInclusive: true)
        default:
            guard let text = string(literal) else { return nil }
            let inclusive = op == .lessOrEqual || op == .greaterOrEqual
            return op == .less || op == .lessOrEqual
                ? .textRange(lower: nil, lowerInclusive: true, upper: text, upperInclusive: inclusive)
                : .textRange(lower: text, lowerInclusive: inclusive, upper: nil, upperInclusive: true)
        }
    }

    private mutating func date(_ literal: Literal) -> DateRange? {
        guard let text = string(literal) else { return nil }
        if let range = DateRange(text) { return range }
        diagnostics.append(Diagnostic(
            code: "bad-date", message: "\"\(text)\" is not a date; write YYYY-MM-DD, YYYY-MM or YYYY", range: literal.range))
        return nil
    }

    /// The value the index stores for a literal of the field's type.
    private mutating func storedValue(_ text: String, literal: Literal, field: BoundField) -> String? {
        switch field.type {
        case .country, .countryList:
            // Standard names stored with the index first; then the gazetteer, with any
            // aliases of the database's vocabulary.
            if let code = database.store.countryCode(forFoldedName: QueryFolding.fold(text)) ?? database.vocabulary.countryCode(for: text) {
                return present(code, "country", literal: literal, field: field)
            }
            let known = indexKeys(field) + indexKeys(field).compactMap(CountryNames.englishName) + CountryNames.allEnglishNames
            return unknownValue("country", text, literal: literal, known: known)
        case .language:
            let lower = text.lowercased()
            let code = holdsKey(field, lower) ? lower : LanguageNames.code(for: text)
            if let code { return present(code, "language", literal: literal, field: field) }
            let known = indexKeys(field) + indexKeys(field).compactMap(LanguageNames.englishName) + LanguageNames.englishNames
            return unknownValue("language", text, literal: literal, known: known)
        case .topic, .topicList:
            let wanted = String(QueryFolding.fold(text).map { $0 == " " || $0 == "-" ? "_" : $0 })
            // A topic's own name, the usual case, needs no search.
            if Topic(rawValue: wanted) != nil { return present(wanted, "topic", literal: literal, field: field) }
            let known = Topic.allCases.map(\.rawValue) + indexKeys(field)
            if let match = known.first(where: { QueryFolding.fold($0) == wanted }) { return present(match, "topic", literal: literal, field: field) }
            return unknownValue("topic", text, literal: literal, known: known)
        case .keyword:
            let known = Self.closedSet(field.name) + indexKeys(field)
            if let match = known.first(where: { QueryFolding.fold($0) == QueryFolding.fold(text) }) { return match }
            return unknownValue(field.name, text, literal: literal, known: known)
        default:
            return text
        }
    }

    /// `value`, after noting when the index holds no row with it.
    private mutating func present(_ value: String, _ what: String, literal: Literal, field: BoundField) -> String {
        if case .dictionary(let owner, let name) = field.access.innermost,
           let column = try? database.store.dictionary(owner, name), column.keys.find(value) == nil {
            warnings.append(Diagnostic(
                code: "absent-value", severity: .warning,
                message: "no \(owner == .articles ? "article" : owner == .statements ? "statement" : "mention") in the index has \(what) '\(value)'",
                range: literal.range))
        }
        return value
    }

    private mutating func unknownValue(_ what: String, _ text: String, literal: Literal, known: [String]) -> String? {
        let suggestions = Suggestions.closest(to: text, among: known)
        let distinct = Array(Set(known)).sorted()
        let (fixIts, notes) = Suggestions.fixes(suggestions, at: literal.range)
        diagnostics.append(Diagnostic(
            code: "unknown-value", message: "the index knows no \(what) '\(text)'", range: literal.range,
            notes: suggestions.isEmpty && !distinct.isEmpty && distinct.count <= 30
                ? [.init("known values: " + distinct.joined(separator: ", "))] : notes,
            fixIts: fixIts))
        return nil
    }

    private static func closedSet(_ field: String) -> [String] {
        switch field {
        case "kind": return StatementKind.allCases.map(\.rawValue)
        case "type": return MentionType.allCases.map(\.rawValue)
        default: return []
        }
    }

    /// The values the index holds for a dictionary field.
    /// Whether the field's dictionary holds `key`, without listing its keys.
    private func holdsKey(_ field: BoundField, _ key: String) -> Bool {
        guard case .dictionary(let owner, let name) = field.access.innermost,
              let column = try? database.store.dictionary(owner, name) else { return false }
        return column.keys.find(key) != nil
    }

    private func indexKeys(_ field: BoundField) -> [String] {
        guard case .dictionary(let owner, let name) = field.access.innermost,
              let column = try? database.store.dictionary(owner, name) else { return [] }
        return (0..<column.keys.count).map(column.keys.string)
    }

    private static func intersect(_ a: ValueTest, _ b: ValueTest) -> ValueTest {
        switch (a, b) {
        case (.dates(let x), .dates(let y)):
            var c = x[0]
            c.hiAtMost = y[0].hiAtMost
            return .dates([c])
        case (.numberRange(let lo, let li, _, _), .numberRange(_, _, let hi, let hiInclusive)):
            return .numberRange(lower: lo, lowerInclusive: li, upper: hi, upperInclusive: hiInclusive)
        case (.textRange(let lo, let li, _, _), .textRange(_, _, let hi, let hiInclusive)):
            return .textRange(lower: lo, lowerInclusive: li, upper: hi, upperInclusive: hiInclusive)
        default:
            return a
        }
    }

    // MARK: Text for explain

    static func text(of predicate: Predicate) -> String {
        let field = predicate.field.dotted
        switch predicate.test {
        case .compare(let op, let literal): return "\(field) \(op.rawValue) \(text(of: literal))"
        case .oneOf(let literals): return "\(field) in (\(literals.map(text(of:)).joined(separator: ", ")))"
        case .between(let a, let b): return "\(field) between \(text(of: a)) and \(text(of: b))"
        case .contains(let literal): return "\(field) contains \(text(of: literal))"
        case .matches(let pattern, _): return "\(field) matches /\(pattern)/"
        case .isNull: return "\(field) is null"
        case .isNotNull: return "\(field) is not null"
        }
    }

    /// `\` and `"` escaped; without Foundation's search when there is nothing to escape, as
    /// every query pays for this text (it names the predicate in `explain` and warnings).
    private static func escaped(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") }) else { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            if scalar == "\\" || scalar == "\"" { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    static func text(of literal: Literal) -> String {
        switch literal.value {
        case .string(let s): return "\"" + escaped(s) + "\""
        case .word(let w), .date(let w): return w
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .parameter(let p): return "$" + p
        }
    }
}
