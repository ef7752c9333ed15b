/// "Did you mean …?": the known names closest to a misspelt one.
enum Suggestions {
    /// Up to `limit` of `candidates` within a small edit distance of `word` (compared
    /// folded), closest first; a candidate that starts with the word counts as close.
    static func closest(to word: String, among candidates: [String], limit: Int = 3) -> [String] {
        let wanted = Array(QueryFolding.fold(word).unicodeScalars)
        guard !wanted.isEmpty else { return [] }
        let allowed = max(1, min(3, wanted.count / 3))
        var scored: [(distance: Int, name: String)] = []
        var seen = Set<String>()
        for candidate in candidates where seen.insert(candidate).inserted {
            let folded = Array(QueryFolding.fold(candidate).unicodeScalars)
            if abs(folded.count - wanted.count) > allowed, !folded.starts(with: wanted) { continue }
            let distance = folded.starts(with: wanted) && wanted.count >= 3 ? 1 : editDistance(wanted, folded, cap: allowed + 1)
            if distance <= allowed { scored.append((distance, candidate)) }
        }
        return scored.sorted { ($0.distance, $0.name.count, $0.name) < ($1.distance, $1.name.count, $1.name) }
            .prefix(limit).map(\.name)
    }

    /// Optimal-string-alignment distance (insertions, deletions, substitutions and
    /// transpositions of neighbours), stopping early once every path exceeds `cap`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], cap: Int = .max) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { best = min(best, previous2[j - 2] + 1) }
                current[j] = best
                rowMinimum = min(rowMinimum, best)
            }
            if rowMinimum > cap { return rowMinimum }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }

    /// The suggestions as a fix-it (the closest) and a note (the others), for a diagnostic
    /// about the text at `range`.
    static func fixes(_ names: [String], at range: SourceRange) -> (fixIts: [Diagnostic.FixIt], notes: [Diagnostic.Note]) {
        guard let first = names.first else { return ([], []) }
        let others = names.dropFirst().map { "`\($0)`" }
        return ([Diagnostic.FixIt(range: range, replacement: first)],
                others.isEmpty ? [] : [Diagnostic.Note("or perhaps " + others.joined(separator: " or "))])
    }
}
