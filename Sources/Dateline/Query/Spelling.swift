/// "Did you mean …?": the closest of a few known names to a word that matched none.
public enum Spelling {
    /// The candidate nearest to `word` by edit distance (a swap of two neighbouring letters
    /// counts as one edit), ignoring case, if it is near enough to be a likely typo: one edit
    /// for words up to four letters, two beyond. Ties go to the earlier candidate.
    public static func nearest<Candidate>(
        to word: String, among candidates: [Candidate], name: (Candidate) -> String
    ) -> Candidate? {
        let typed = Array(word.lowercased())
        let allowed = typed.count <= 4 ? 1 : 2
        var best: (candidate: Candidate, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(typed, Array(name(candidate).lowercased()), limit: allowed)
            if distance <= allowed, distance < (best?.distance ?? .max), distance > 0 {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Optimal-string-alignment distance; anything above `limit` is reported as `limit + 1`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var row = previous
        for i in 1...a.count {
            row[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    row[j] = min(row[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous) = (previous, row)
        }
        return min(previous[b.count], limit + 1)
    }
}
