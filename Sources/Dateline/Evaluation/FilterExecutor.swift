/// Evaluates a bound filter over stored rows, each step within the rows the steps before
/// it left, recording the plan for `explain`.
struct FilterExecutor {
    let store: IndexStore
    let source: StoredSource
    let deadline: Deadline
    private(set) var plan = QueryPlan()
    private var depth = 0

    init(store: IndexStore, source: StoredSource, deadline: Deadline) {
        self.store = store
        self.source = source
        self.deadline = deadline
    }

    /// The rows of `candidates` that pass `filter`.
    mutating func rows(_ filter: Filter, within candidates: RowSet) throws -> RowSet {
        try deadline.check()
        switch filter {
        case .and(let parts):
            var rows = candidates
            for part in Planner(store: store, source: source).order(parts) {
                rows = try self.rows(part, within: rows)
                if rows.count == 0 {
                    plan.emptiedBy = plan.emptiedBy ?? part.text
                    break
                }
            }
            return rows
        case .or(let parts):
            depth += 1
            var rows = RowSet.owned([])
            for part in parts { rows = rows.union(try self.rows(part, within: candidates)) }
            depth -= 1
            record("union", filter.text, rows)
            return rows
        case .not(let inner, let text):
            depth += 1
            let excluded = try self.rows(inner, within: candidates)
            depth -= 1
            let rows = candidates.subtracting(excluded)
            record("exclude", text, rows)
            return rows
        case .test(let predicate):
            let rows = try test(predicate, access: predicate.field.access, within: candidates)
            return rows
        }
    }

    private mutating func record(_ operation: String, _ detail: String, _ rows: RowSet) {
        plan.steps.append(.init(depth: depth, operation: operation, detail: detail, rows: rows.count))
    }

    private mutating func test(_ predicate: BoundPredicate, access: FieldAccess, within candidates: RowSet) throws -> RowSet {
        switch access {
        case .dictionary(let owner, let name) where owner == source:
            let column = try store.dictionary(owner, name)
            let rows = try dictionaryRows(column, predicate.test, within: candidates)
            record(candidates.isAll ? "index lookup" : "index lookup, intersect", predicate.text, rows)
            return rows
        case .throughArticle(let inner) where source != .articles:
            var articles = FilterExecutor(store: store, source: .articles, deadline: deadline)
            articles.depth = depth + 1
            let found = try articles.test(predicate, access: inner, within: .all(store.articleCount))
            plan.steps += articles.plan.steps
            let rows = try expand(articles: found, within: candidates)
            record("rows of those articles", predicate.text, rows)
            return rows
        case .articleText where source == .articles, .statementText where source == .statements,
             .dictionary(.articles, "title") where source == .articles:
            if case .contains(let words) = predicate.test, let index = FieldBinder.tokenIndex(for: access) {
                let rows = try wordRows(words, index: index, access: access, within: candidates)
                record("word index", predicate.text, rows)
                return rows
            }
            return try scan(predicate, access: access, within: candidates)
        default:
            return try scan(predicate, access: access, within: candidates)
        }
    }

    // MARK: Dictionary fields

    /// Rows of a dictionary field whose value passes the test: the test runs on the
    /// distinct values, then the postings of those that pass are the rows.
    private func dictionaryRows(_ column: DictionaryColumn, _ test: ValueTest, within candidates: RowSet) throws -> RowSet {
        switch test {
        case .isNull, .isNotNull:
            let wantNull: Bool
            if case .isNull = test { wantNull = true } else { wantNull = false }
            return try filter(candidates) { row in column.codes(of: row).isEmpty == wantNull }
        case .equals(let values):
            let codes = values.compactMap { column.keys.find($0) }
            return try rows(of: codes, column: column, within: candidates)
        default:
            var codes: [Int] = []
            for code in 0..<column.keys.count where try test.accepts(column.keys.string(code), deadline: deadline) {
                codes.append(code)
            }
            return try rows(of: codes, column: column, within: candidates)
        }
    }

    /// The rows holding any of `codes`, within `candidates`: intersect the postings when the
    /// candidates are many, check each candidate's codes when they are few.
    private func rows(of codes: [Int], column: DictionaryColumn, within candidates: RowSet) throws -> RowSet {
        if codes.count == 1 {
            return column.postings.rows(for: codes[0], within: candidates)
        }
        let total = codes.reduce(0) { $0 + column.postings.count(for: $1) }
        if !candidates.isAll, candidates.count * 4 < total {
            let wanted = Set(codes)
            return try filter(candidates) { row in column.codes(of: row).contains(where: wanted.contains) }
        }
        return candidates.intersection(.owned(column.postings.union(of: codes)))
    }

    // MARK: Words

    /// Rows whose text holds the words in order: each word's rows from the word index
    /// (a word may sit inside longer words at the ends of the phrase), intersected, then
    /// checked in the text when the phrase has several words.
    private func wordRows(_ words: [String], index: (StoredSource, String), access: FieldAccess, within candidates: RowSet) throws -> RowSet {
        let tokens = try store.tokens(index.0, index.1)
        var rows = candidates
        if words.count > 1, let pairs = try store.wordPairs(index.0, index.1) {
            rows = try pairRows(words, tokens: tokens, pairs: pairs, within: candidates)
            // Two words are one pair: the postings are the answer.
            if words.count == 2 || rows.count == 0 { return rows }
        } else {
            let last = words.count - 1
            for (i, word) in words.enumerated() {
                let position: WordPosition = words.count == 1 ? .inside : (i == 0 ? .suffix : (i == last ? .prefix : .whole))
                let codes = WordLookup.codes(of: word, position: position, in: tokens.keys)
                rows = rows.intersection(.owned(tokens.postings.union(of: codes, count: store.rowCount(source))))
                try deadline.check()
                if rows.count == 0 { return rows }
            }
            guard words.count > 1 else { return rows }
        }
        let reader = try ColumnReader(access, source: source, store: store)
        var ascii = ASCIIPhraseMatcher(words)
        func holdsPhrase(_ bytes: UnsafeRawBufferPointer) -> Bool {
            if let found = ascii?.matches(bytes) { return found }
            return PhraseMatch.matches(words, in: TextTokens.words(of: String(decoding: bytes, as: UTF8.self)))
        }
        // The text column is taken out of the reader once, not on every row.
        switch reader.kind {
        case .statementText(let column):
            return try filter(rows) { holdsPhrase(column.bytes($0)) }
        case .articleText(let offsets, let utf8):
            return try filter(rows) { holdsPhrase(utf8.slice(offsets[$0]..<offsets[$0 + 1])) }
        default:
            return try filter(rows) { row in PhraseMatch.matches(words, in: TextTokens.words(of: reader.value(row).text)) }
        }
    }

    /// Rows holding every adjacent pair of the phrase, from the pair index: the first word
    /// may end a longer word (a range of the reversed dictionary), the last may start one
    /// (a range of the dictionary), the words between are whole.
    private func pairRows(_ words: [String], tokens: TokenColumn, pairs: WordPairColumn, within candidates: RowSet) throws -> RowSet {
        var rows = candidates
        let last = words.count - 1
        for i in 0..<last {
            let firsts = i == 0 ? pairs.codes(endingWith: Array(words[0].utf8), in: tokens.keys) : tokens.keys.find(words[i]).map { [$0] } ?? []
            let seconds = i + 1 == last ? WordLookup.prefixRange(words[last], in: tokens.keys) : tokens.keys.find(words[i + 1]).map { $0..<($0 + 1) } ?? 0..<0
            let codes = firsts.flatMap { pairs.pairs(first: $0, seconds: seconds) }
            rows = rows.intersection(.owned(pairs.postings.union(of: codes, count: store.rowCount(source))))
            try deadline.check()
            if rows.count == 0 { return rows }
        }
        return rows
    }

    // MARK: Scans and article expansion

    private mutating func scan(_ predicate: BoundPredicate, access: FieldAccess, within candidates: RowSet) throws -> RowSet {
        let reader = try ColumnReader(access, source: source, store: store)
        let rows = try filter(candidates) { row in try predicate.test.accepts(reader.value(row), deadline: deadline) }
        record(candidates.isAll ? "scan" : "check rows", predicate.text, rows)
        return rows
    }

    /// The rows of `candidates` that pass `keep`, checking for cancellation as it goes.
    private func filter(_ candidates: RowSet, _ keep: (Int) throws -> Bool) throws -> RowSet {
        var out: [Int32] = []
        var checked = 0
        try candidates.withRows { rows in
            for row in rows {
                checked += 1
                if checked & 0xFFF == 0 { try deadline.check() }
                if try keep(Int(row)) { out.append(row) }
            }
        }
        return .owned(out)
    }

    /// Statement (or mention) rows of the given articles, within the candidates: the
    /// articles' row ranges when every row is a candidate, else a check of each candidate's
    /// article against a bitmap of the articles.
    private func expand(articles: RowSet, within candidates: RowSet) throws -> RowSet {
        if !candidates.isAll {
            let articleOf = try store.articleOf(source)
            var wanted = [UInt64](repeating: 0, count: (store.articleCount + 63) / 64)
            articles.withRows { list in for a in list { wanted[Int(a) >> 6] |= 1 << (UInt64(a) & 63) } }
            return try filter(candidates) { row in
                let a = articleOf[row]
                return wanted[a >> 6] & (1 << UInt64(a & 63)) != 0
            }
        }
        let offsets = try store.rowsOfArticles(source)
        var out: [Int32] = []
        articles.withRows { list in
            for a in list {
                let start = offsets[Int(a)], end = offsets[Int(a) + 1]
                if start < end { out.append(contentsOf: Int32(start)..<Int32(end)) }
            }
        }
        return .owned(out)
    }
}

/// Where a phrase word may sit in a word of the text.
enum WordPosition {
    case whole, prefix, suffix, inside
}

/// Finds the words of a word index that a query word matches.
enum WordLookup {
    static func codes(of word: String, position: WordPosition, in keys: StringTable) -> [Int] {
        let needle = Array(word.utf8)
        switch position {
        case .whole:
            return keys.find(word).map { [$0] } ?? []
        case .prefix:
            return Array(prefixRange(word, in: keys))
        case .inside, .suffix:
            return occurrences(of: needle, in: keys, atEnd: position == .suffix)
        }
    }

    /// The codes of the keys that start with `word` (a sorted table holds them together).
    static func prefixRange(_ word: String, in keys: StringTable) -> Range<Int> {
        let needle = Array(word.utf8)
        let start = keys.lowerBound(needle)
        var end = start
        while end < keys.count, keys.bytes(end).starts(with: needle) { end += 1 }
        return start..<end
    }

    /// Keys containing `needle` (ending with it when `atEnd`), found by searching the
    /// packed bytes of all keys at once and mapping each hit back to its key.
    private static func occurrences(of needle: [UInt8], in keys: StringTable, atEnd: Bool) -> [Int] {
        guard let first = needle.first, keys.count > 0 else { return [] }
        let bytes = keys.utf8
        var out: [Int] = []
        var position = 0
        let limit = bytes.count - needle.count
        while position <= limit {
            guard bytes[position] == first, matchesAt(position, needle, bytes) else {
                position += 1
                continue
            }
            let key = keyIndex(containing: position, in: keys)
            let keyEnd = keys.offsets[key + 1]
            if position + needle.count <= keyEnd, !atEnd || position + needle.count == keyEnd {
                if out.last != key { out.append(key) }
                position = keyEnd
            } else {
                position += 1
            }
        }
        return out
    }

    private static func matchesAt(_ position: Int, _ needle: [UInt8], _ bytes: UnsafeRawBufferPointer) -> Bool {
        for k in 1..<needle.count where bytes[position + k] != needle[k] { return false }
        return true
    }

    private static func keyIndex(containing offset: Int, in keys: StringTable) -> Int {
        var low = 0, high = keys.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if keys.offsets[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
