/// `count` and `count by FIELD, … [top N]`: how many rows, or how many per value.
///
/// A list field counts a row once under each of its values. Groups come most numerous
/// first; `top N` keeps the N largest groups, or with `per f` the N largest within each
/// value of `f` (then groups come by `f`, the largest first within each).
struct Counting {
    let store: IndexStore
    let source: StoredSource?
    let deadline: Deadline

    func count(_ relation: Shaping.Relation, by fields: [BoundField], top: Int?, per: [Int]) throws -> ResultSet {
        guard !fields.isEmpty else { return ResultSet(columns: ["count"], rows: [Row([.int(relation.count)])]) }
        let groups: [(values: [Value], count: Int)]
        switch relation {
        case .stored(let rows):
            if fields.count == 1, let counted = try countByCode(rows, fields[0]) {
                groups = counted
            } else {
                let readers = try fields.map { try ColumnReader($0.access, source: source!, store: store) }
                groups = try countByValue(rows.count) { body in
                    try rows.withRows { list in for row in list { try body(readers.map { $0.value(Int(row)) }) } }
                }
            }
        case .table(let table):
            let indexes = fields.map { Shaping.columnIndex($0, in: table) }
            groups = try countByValue(table.rows.count) { body in
                for row in table.rows { try body(indexes.map { row[$0] }) }
            }
        }
        return ResultSet(columns: fields.map(\.name) + ["count"], rows: Self.ranked(groups, top: top, per: per).map { Row($0.values + [.int($0.count)]) })
    }

    /// One dictionary field: a counter per code, or the posting lengths when every row counts.
    private func countByCode(_ rows: RowSet, _ field: BoundField) throws -> [(values: [Value], count: Int)]? {
        let reader = try ColumnReader(field.access, source: source!, store: store)
        guard let lookup = CodeLookup(reader) else { return nil }
        let column = lookup.column
        var counts = [Int](repeating: 0, count: column.keys.count)
        var nulls = 0
        if rows.isAll, lookup.isDirect {
            for code in counts.indices { counts[code] = column.postings.count(for: code) }
            nulls = rows.count - (column.isList ? 0 : counts.reduce(0, +))
            if column.isList { nulls = try rows.withRowsCounting { column.codes(of: Int($0)).isEmpty } }
        } else if lookup.isDirect, let codes = column.codes {
            // One code per row, read straight from the column into a counter per code: the
            // common `count by` of a filtered source, a tight loop over the rows. Codes are
            // range-checked when the column loads, so they index `counts` safely.
            try counts.withUnsafeMutableBufferPointer { counts in
                try rows.withRows { list in
                    try Self.inSlices(list.count, deadline) { slice in
                        for i in slice {
                            let code = codes[Int(list[i])]
                            if code < 0 { nulls += 1 } else { counts[code] += 1 }
                        }
                    }
                }
            }
        } else {
            try counts.withUnsafeMutableBufferPointer { counts in
                try rows.withRows { list in
                    try Self.inSlices(list.count, deadline) { slice in
                        for i in slice {
                            let codes = lookup.codes(Int(list[i]))
                            if codes.isEmpty { nulls += 1 }
                            for code in codes { counts[code] += 1 }
                        }
                    }
                }
            }
        }
        var groups = counts.indices.filter { counts[$0] > 0 }.map { (values: [Value.string(column.keys.string($0))], count: counts[$0]) }
        if nulls > 0 { groups.append((values: [.null], count: nulls)) }
        return groups
    }

    /// Calls `body` with consecutive slices of `0..<count`, checking the deadline between them.
    @inline(__always)
    private static func inSlices(_ count: Int, _ deadline: Deadline, _ body: (Range<Int>) -> Void) throws {
        var start = 0
        while start < count {
            try deadline.check()
            let end = min(start + 0x10000, count)
            body(start..<end)
            start = end
        }
    }

    private func countByValue(_ expected: Int, _ each: (([Value]) throws -> Void) throws -> Void) throws -> [(values: [Value], count: Int)] {
        var counts: [[Value]: Int] = [:]
        var seen = 0
        try each { values in
            seen += 1
            if seen & 0xFFFF == 0 { try deadline.check() }
            for key in Self.expand(values) { counts[key, default: 0] += 1 }
        }
        return counts.map { (values: $0.key, count: $0.value) }
    }

    /// A row's group keys: one per combination of the items of its list values.
    private static func expand(_ values: [Value]) -> [[Value]] {
        var keys: [[Value]] = [[]]
        for value in values {
            let items: [Value]
            if case .list(let list) = value { items = list.isEmpty ? [.null] : list.map(Value.string) } else { items = [value] }
            keys = keys.flatMap { key in items.map { key + [$0] } }
        }
        return keys
    }

    private static func ranked(_ groups: [(values: [Value], count: Int)], top: Int?, per: [Int]) -> [(values: [Value], count: Int)] {
        let byCount = groups.sorted { a, b in
            if a.count != b.count { return a.count > b.count }
            return lexicographicallyBefore(a.values, b.values)
        }
        guard let top else { return byCount }
        guard !per.isEmpty else { return Array(byCount.prefix(top)) }
        var kept: [[Value]: Int] = [:]
        var out: [(values: [Value], count: Int)] = []
        for group in byCount {
            let outer = per.map { group.values[$0] }
            if kept[outer, default: 0] < top {
                kept[outer, default: 0] += 1
                out.append(group)
            }
        }
        return out.sorted { a, b in
            let x = per.map { a.values[$0] }, y = per.map { b.values[$0] }
            if x != y { return lexicographicallyBefore(x, y) }
            return a.count > b.count
        }
    }

    private static func lexicographicallyBefore(_ a: [Value], _ b: [Value]) -> Bool {
        for (x, y) in zip(a, b) {
            let c = ValueOrder.compare(x, y)
            if c != 0 { return c < 0 }
        }
        return false
    }
}

extension RowSet {
    /// How many rows satisfy `test`.
    func withRowsCounting(_ test: (Int32) -> Bool) throws -> Int {
        if case .all(let n) = self {
            var count = 0
            for row in 0..<Int32(n) where test(row) { count += 1 }
            return count
        }
        return withRows { rows in rows.reduce(0) { $0 + (test($1) ? 1 : 0) } }
    }
}
