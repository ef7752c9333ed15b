/// Where in the grammar the text before the cursor stops, found by walking its tokens
/// forward. Tolerant: it never fails; text it cannot follow leaves it at ``Place/unknown``.
struct GrammarPosition {
    /// What may come next, as far as completion cares.
    enum Place: Equatable {
        /// A source, `let` or `explain`.
        case statementStart
        /// Nothing to offer: a name after `let`, a number, a pattern, text not understood.
        case unknown
        /// After a source, a predicate or a stage: `where`, `and`, `or`, the stages.
        case clause
        /// A field in a filter, after `where`, `and`, `or`, `not`, `(`.
        case filterField
        /// An operator after the field.
        case comparison(field: String)
        /// A value of the field, after its operator or in `in ( … )`.
        case value(field: String)
        /// A field of a stage: after `order by`, `select`, `count by` or a comma there.
        case stageField
    }

    /// Every state of the walk; several map to the same ``Place``.
    private enum State: Equatable {
        case statementStart, letName, letEquals, clause, afterOrder, afterCount, number
        case filterField, fieldDot(String), comparison(String), value(String)
        case inOpen(String), inValue(String), inNext(String)
        case betweenLow(String), betweenAnd(String), isNull
        case stageField, stageNext, unknown
    }

    private var state = State.statementStart
    /// The source of the statement, once named.
    private(set) var source: SourceKind?
    /// Whether `where` was seen: `and`/`or` are offered only then.
    private(set) var inFilter = false

    /// Walks `tokens`; a `;` starts a new statement, line ends are continuation lines of
    /// the entry being typed and are passed over.
    init(tokens: [Token]) {
        for token in tokens {
            switch token.kind {
            case .end: return
            case .symbol(.semicolon): self = GrammarPosition(tokens: [])
            case .newline: continue
            default:
                feed(token.kind)
            }
        }
    }

    var place: Place {
        switch state {
        case .statementStart: return .statementStart
        case .clause, .afterCount: return .clause
        case .filterField: return .filterField
        case .comparison(let field): return .comparison(field: field)
        case .value(let field), .inValue(let field), .betweenLow(let field): return .value(field: field)
        case .stageField: return .stageField
        case .letName, .letEquals, .afterOrder, .number, .fieldDot, .inOpen, .inNext, .betweenAnd, .isNull,
            .stageNext, .unknown:
            return .unknown
        }
    }

    private mutating func feed(_ kind: Token.Kind) {
        switch (state, kind) {
        case (.statementStart, .keyword(.let)): state = .letName
        case (.statementStart, .keyword(.explain)): break
        case (.statementStart, .word(let name)):
            source = SourceKind(rawValue: name.lowercased())
            state = .clause
        case (.letName, .word): state = .letEquals
        case (.letEquals, .comparison(.equal)): state = .statementStart
        case (.filterField, .keyword(.not)), (.filterField, .symbol(.openParenthesis)): break
        case (.filterField, .word(let name)): state = .comparison(name)
        case (.comparison(let field), .symbol(.dot)): state = .fieldDot(field)
        case (.fieldDot(let field), .word(let name)): state = .comparison(field + "." + name)
        case (.comparison(let field), .comparison): state = .value(field)
        case (.comparison(let field), .keyword(.contains)): state = .value(field)
        case (.comparison(let field), .keyword(.in)): state = .inOpen(field)
        case (.comparison(let field), .keyword(.between)): state = .betweenLow(field)
        case (.comparison, .keyword(.not)): break
        case (.comparison, .keyword(.is)): state = .isNull
        case (.comparison, .keyword(.matches)): state = .number
        case (.inOpen(let field), .symbol(.openParenthesis)): state = .inValue(field)
        case (.inValue(let field), _): state = .inNext(field)
        case (.inNext(let field), .symbol(.comma)): state = .inValue(field)
        case (.inNext, .symbol(.closeParenthesis)): state = .clause
        case (.betweenLow(let field), _): state = .betweenAnd(field)
        case (.betweenAnd(let field), .keyword(.and)): state = .value(field)
        case (.isNull, .keyword(.not)): break
        case (.isNull, .keyword(.null)): state = .clause
        case (.value, _), (.number, _): state = .clause
        case (.stageField, .word): state = .stageNext
        case (.stageNext, .symbol(.comma)): state = .stageField
        case (.stageNext, .symbol(.dot)): state = .stageField
        case (.stageNext, .keyword(.asc)), (.stageNext, .keyword(.desc)): break
        case (.afterOrder, .keyword(.by)), (.afterCount, .keyword(.by)): state = .stageField
        case (.clause, _), (.stageNext, _), (.afterCount, _):
            feedClause(kind)
        default:
            state = .unknown
        }
    }

    /// After a source, a predicate or a stage: the next clause or stage begins.
    private mutating func feedClause(_ kind: Token.Kind) {
        switch kind {
        case .keyword(.where):
            inFilter = true
            state = .filterField
        case .keyword(.and), .keyword(.or): state = inFilter ? .filterField : .unknown
        case .keyword(.order): state = .afterOrder
        case .keyword(.select): state = .stageField
        case .keyword(.count): state = .afterCount
        case .keyword(.limit), .keyword(.top): state = .number
        case .symbol(.pipe), .symbol(.closeParenthesis): state = .clause
        default: state = .unknown
        }
    }
}
