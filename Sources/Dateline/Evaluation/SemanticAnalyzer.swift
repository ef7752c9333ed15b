/// Resolves a parsed query against the index: sources, fields, operators and literal
/// values. Every problem becomes a ``Diagnostic`` at the node it concerns, with
/// suggestions drawn from the index; a query with any error is not run.
struct SemanticAnalyzer {
    let database: Database
    let bindings: [String: Binding]
    let parameters: [String: String]
    private(set) var diagnostics: [Diagnostic] = []
    /// Problems that do not stop the query (values no row holds).
    private(set) var warnings: [Diagnostic] = []

    init(database: Database, bindings: [String: Binding], parameters: [String: String]) {
        self.database = database
        self.bindings = bindings
        self.parameters = parameters
    }

    /// The rows a `let` name stands for.
    enum Binding {
        /// Stored rows a filter selected, in order.
        case rows(StoredSource, SourceKind, [Int32])
        /// The table a shaped query produced.
        case table(ResultSet, [Field])
    }

    /// The bound query, or nil when diagnostics were recorded.
    mutating func bind(_ query: Query) -> BoundQuery? {
        guard let (source, scope) = bindSource(query.source) else { return nil }
        var literals = LiteralBinder(database: database, parameters: parameters)
        let filter = query.filter.flatMap { bindFilter($0, scope: scope, literals: &literals) }
        diagnostics += literals.diagnostics
        warnings += literals.warnings
        let stages = bindStages(query.stages, scope: scope)
        guard diagnostics.isEmpty else { return nil }
        return BoundQuery(source: source, filter: filter, stages: stages ?? [])
    }

    // MARK: Sources

    private mutating func bindSource(_ name: Identifier) -> (BoundSource, Scope)? {
        if let kind = SourceKind(rawValue: name.name) {
            if let stored = kind.stored { return (.stored(stored, kind: kind, restrictedTo: nil), .stored(stored, kind)) }
            do {
                let table = try DistinctSources.table(kind, store: database.store)
                let fields = Schema.fields(of: kind).filter { table.columns.contains($0.name) }
                return (.table(table, fields: fields), .table(table.columns, fields))
            } catch {
                diagnostics.append(Diagnostic(code: "index-error", message: "\(error)", range: name.range))
                return nil
            }
        }
        switch bindings[name.name] {
        case .rows(let stored, let kind, let rows)?:
            return (.stored(stored, kind: kind, restrictedTo: rows), .stored(stored, kind))
        case .table(let table, let fields)?:
            return (.table(table, fields: fields), .table(table.columns, fields))
        case nil:
            let known = SourceKind.allCases.map(\.rawValue) + bindings.keys.sorted()
            diagnostics.append(unknownName("source", name.name, range: name.range, known: known))
            return nil
        }
    }

    // MARK: Filters

    private mutating func bindFilter(_ expression: Expression, scope: Scope, literals: inout LiteralBinder) -> Filter? {
        switch expression {
        case .or(let l, let r):
            let left = bindFilter(l, scope: scope, literals: &literals), right = bindFilter(r, scope: scope, literals: &literals)
            guard let left, let right else { return nil }
            return .or(left.flattened(or: true) + right.flattened(or: true))
        case .and(let l, let r):
            let left = bindFilter(l, scope: scope, literals: &literals), right = bindFilter(r, scope: scope, literals: &literals)
            guard let left, let right else { return nil }
            return .and(left.flattened(or: false) + right.flattened(or: false))
        case .not(let inner, _):
            guard let bound = bindFilter(inner, scope: scope, literals: &literals) else { return nil }
            return .not(bound, text: "not (\(bound.text))")
        case .predicate(let predicate):
            guard let field = resolve(predicate.field, in: scope) else { return nil }
            return literals.bind(predicate, field: field)
        }
    }

    // MARK: Fields

    /// The columns a query's rows have at some point of its pipeline.
    enum Scope {
        case stored(StoredSource, SourceKind)
        case table([String], [Field])
    }

    private mutating func resolve(_ path: FieldPath, in scope: Scope) -> BoundField? {
        let name = path.dotted
        switch scope {
        case .stored(let stored, let kind):
            if let field = Schema.field(name, in: kind), let access = try? FieldBinder.access(for: field.name, in: stored) {
                return BoundField(name: field.name, type: field.type, access: access,
                                  tokenIndex: FieldBinder.tokenIndex(for: access.innermost).map { "\($0.0.rawValue).\($0.1)" })
            }
            diagnostics.append(unknownName("field", name, range: path.range, known: Schema.fieldNames(of: kind), of: kind.rawValue))
        case .table(let columns, let fields):
            let field = fields.first { $0.name == name || $0.aliases.contains(name) }
            if let index = columns.firstIndex(of: field?.name ?? name) {
                return BoundField(name: columns[index], type: field?.type ?? .text, access: .column(index), tokenIndex: nil)
            }
            diagnostics.append(unknownName("field", name, range: path.range, known: columns + fields.flatMap(\.aliases), of: "these rows"))
        }
        return nil
    }

    private func unknownName(_ what: String, _ name: String, range: SourceRange, known: [String], of owner: String? = nil) -> Diagnostic {
        let suggestions = Suggestions.closest(to: name, among: known)
        let place = owner.map { " of \($0)" } ?? ""
        let (fixIts, notes) = Suggestions.fixes(suggestions, at: range)
        return Diagnostic(
            code: "unknown-\(what)", message: "unknown \(what) '\(name)'\(place)", range: range,
            notes: suggestions.isEmpty ? [.init("known \(what)s: " + known.prefix(24).joined(separator: ", "))] : notes,
            fixIts: fixIts)
    }

    // MARK: Stages

    private mutating func bindStages(_ stages: [Stage], scope initial: Scope) -> [BoundStage]? {
        var scope = initial
        var bound: [BoundStage] = []
        for stage in stages {
            switch stage {
            case .orderBy(let keys, _):
                let fields = keys.map { resolve($0.field, in: scope) }
                guard fields.allSatisfy({ $0 != nil }) else { return nil }
                bound.append(.orderBy(zip(fields, keys).map { ($0!, $1.descending) }))
            case .limit(let n, let range):
                guard n >= 0 else {
                    diagnostics.append(Diagnostic(code: "bad-limit", message: "limit must not be negative", range: range))
                    return nil
                }
                bound.append(.limit(n))
            case .select(let paths, _):
                let fields = paths.map { resolve($0, in: scope) }
                guard fields.allSatisfy({ $0 != nil }) else { return nil }
                bound.append(.select(fields.map { $0! }))
                scope = .table(fields.map { $0!.name }, fields.map { Field($0!.name, $0!.type) })
            case .count(let paths, let top, let per, let range):
                let fields = paths.map { resolve($0, in: scope) }
                guard fields.allSatisfy({ $0 != nil }) else { return nil }
                let names = fields.map { $0!.name }
                var perIndexes: [Int] = []
                for path in per {
                    guard let field = resolve(path, in: scope) else { return nil }
                    guard let i = names.firstIndex(of: field.name) else {
                        diagnostics.append(Diagnostic(
                            code: "per-not-grouped", message: "'per \(path.dotted)' must name one of the fields after 'count by'",
                            range: path.range))
                        return nil
                    }
                    perIndexes.append(i)
                }
                if let top, top < 1 {
                    diagnostics.append(Diagnostic(code: "bad-top", message: "top must be at least 1", range: range))
                    return nil
                }
                bound.append(.count(by: fields.map { $0! }, top: top, per: perIndexes))
                let grouped = fields.map { Field($0!.name, $0!.type) }
                scope = .table(grouped.map(\.name) + ["count"], grouped + [Field("count", .number)])
            }
        }
        return bound
    }
}

extension Filter {
    /// The operands of a nested `and` (or `or`), so that `a and b and c` is one n-ary node.
    func flattened(or: Bool) -> [Filter] {
        switch self {
        case .and(let parts) where !or: return parts
        case .or(let parts) where or: return parts
        default: return [self]
        }
    }
}
