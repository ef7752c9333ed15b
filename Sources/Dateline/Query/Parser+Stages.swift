/// Shaping stages, fields and values.
extension Parser {
    /// stage = ordering | limit | selection | counting ;
    ///
    /// Nil, taking nothing, when no stage starts here.
    mutating func parseStage() throws -> Stage? {
        if check(.order) { return try parseOrdering() }
        if check(.limit) { return try parseLimit() }
        if check(.select) { return try parseSelection() }
        if check(.count) { return try parseCounting() }
        return nil
    }

    /// ordering = "order" "by" sort-key { "," sort-key } ;
    mutating func parseOrdering() throws -> Stage {
        let start = advance().range
        try expect(.by, "expected 'by' after 'order', as in 'order by date desc'")
        var keys = [try parseSortKey()]
        var progress = LoopProgress()
        while progress.advanced(to: index), eat(.comma) {
            keys.append(try parseSortKey())
        }
        return .orderBy(keys, range: start.union(previous!.range))
    }

    /// sort-key = field [ "asc" | "desc" ] ;
    mutating func parseSortKey() throws -> OrderKey {
        let field = try parseField()
        let descending = eat(.desc)
        if !descending { _ = eat(.asc) }
        return OrderKey(field: field, descending: descending)
    }

    /// limit = "limit" NUMBER ;
    mutating func parseLimit() throws -> Stage {
        let start = advance().range
        let count = try parseWholeNumber(after: "limit", minimum: 0)
        return .limit(count, range: start.union(previous!.range))
    }

    /// selection = "select" fields ;
    mutating func parseSelection() throws -> Stage {
        let start = advance().range
        return .select(try parseFields(), range: start.union(previous!.range))
    }

    /// counting = "count" [ "by" fields [ "top" NUMBER [ "per" fields ] ] ] ;
    mutating func parseCounting() throws -> Stage {
        let start = advance().range
        var groups: [FieldPath] = [], top: Int?, per: [FieldPath] = []
        if eat(.by) {
            groups = try parseFields()
            if eat(.top) {
                top = try parseWholeNumber(after: "top", minimum: 1)
                if eat(.per) { per = try parseFields() }
            }
        } else if case .keyword(let keyword) = current.kind, keyword == .top || keyword == .per {
            throw fail(.expectedToken, "'\(keyword.rawValue)' ranks groups, so it needs them first, as in 'count by country top 3'")
        }
        return .count(by: groups, top: top, per: per, range: start.union(previous!.range))
    }

    /// fields = field { "," field } ;
    mutating func parseFields() throws -> [FieldPath] {
        var fields = [try parseField()]
        var progress = LoopProgress()
        while progress.advanced(to: index), eat(.comma) {
            fields.append(try parseField())
        }
        return fields
    }

    /// field = ( NAME | "count" ) { "." NAME } ;
    ///
    /// `count` names the column a `count` stage adds, as in `order by count desc`.
    mutating func parseField() throws -> FieldPath {
        var components: [String]
        switch current.kind {
        case .word(let name): components = [name]
        case .keyword(.count): components = ["count"]
        default: throw fail(.expectedField, "expected a field name after \(describe(previous!)), found \(describe(current))")
        }
        var range = advance().range
        var progress = LoopProgress()
        while progress.advanced(to: index), eat(.dot) {
            guard case .word(let name) = current.kind else {
                throw fail(.expectedField, "expected a field name after '.', as in 'article.language'; found \(describe(current))")
            }
            components.append(name)
            range = range.union(advance().range)
        }
        return FieldPath(components, range: range)
    }

    /// value = STRING | NAME | NUMBER | DATE | PARAMETER ;
    mutating func parseValue() throws -> Literal {
        let token = current
        let value: Literal.Value
        switch token.kind {
        case .string(let text): value = .string(text)
        case .word(let word): value = .word(word)
        case .number(let number): value = .number(number)
        case .date(let date): value = .date(date)
        case .parameter(let name): value = .parameter(name)
        case .keyword(let keyword) where keyword != .null:
            throw fail(
                .keywordAsValue, "'\(keyword.rawValue)' is a keyword; quote it to use it as a value",
                fixIts: [.init(range: token.range, replacement: Printer.quoted(source.slice(token.range.start..<token.range.end)))])
        default:
            throw fail(.expectedValue, "expected a value after \(describe(previous!)), found \(describe(current))")
        }
        lastValue = advance()
        return Literal(value, range: token.range, text: source.slice(token.range.start..<token.range.end))
    }

    /// A `NUMBER` that is a whole number of at least `minimum`, for `limit` and `top`.
    private mutating func parseWholeNumber(after keyword: String, minimum: Int) throws -> Int {
        guard case .number(let number) = current.kind, number == number.rounded(), number >= Double(minimum),
            number <= Double(Int32.max)
        else {
            throw fail(.expectedInteger, "'\(keyword)' takes a whole number (\(minimum) or more), found \(describe(current))")
        }
        advance()
        return Int(number)
    }
}
