/// The article of each statement or mention row. Rows are stored article by article, so
/// the article is also where the row falls in the articles' row offsets (`a.stmt.off`,
/// `a.ment.off`). Statements keep a packed column (read in hot loops such as
/// `count by article.language`); mentions, about ten an article, derive it: the article of every
/// 64th row is stored (`m.article.hint`), and a row's article is a binary search of the
/// offsets between two hints.
struct ArticleOfRow: @unchecked Sendable {
    static let hintStride = 64

    private let stored: PackedIntegers?
    private let hints: PackedIntegers
    private let offsets: PackedIntegers

    /// Every row's article, stored.
    init(stored: PackedIntegers) {
        self.stored = stored
        hints = PackedIntegers()
        offsets = PackedIntegers()
    }

    /// Derived from `offsets` (one per article, and the end) and the article of every
    /// ``hintStride``-th row; the hints must be checked against the offsets first
    /// (``hintsAreValid(_:offsets:)``).
    init(hints: PackedIntegers, offsets: PackedIntegers) {
        stored = nil
        self.hints = hints
        self.offsets = offsets
    }

    @inline(__always)
    subscript(row: Int) -> Int {
        if let stored { return stored[row] }
        let hint = row / Self.hintStride
        var low = hints[hint]
        var high = hint + 1 < hints.count ? hints[hint + 1] : offsets.count - 2
        // The last article that starts at or before `row` holds it (empty ones start there too).
        while low < high {
            let mid = (low + high + 1) / 2
            if offsets[mid] <= row { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The hints of `rowCount` rows under `offsets`.
    static func hints(offsets: [Int32]) -> [Int] {
        let rowCount = Int(offsets.last ?? 0)
        var out: [Int] = []
        var article = 0
        for row in stride(from: 0, to: rowCount, by: hintStride) {
            while Int(offsets[article + 1]) <= row { article += 1 }
            out.append(article)
        }
        return out
    }

    /// Whether each hint is the article holding its row, so that a search between two
    /// hints stays within the offsets.
    static func hintsAreValid(_ hints: PackedIntegers, offsets: PackedIntegers) -> Bool {
        let rowCount = offsets.last ?? 0
        guard hints.count == (rowCount + hintStride - 1) / hintStride else { return false }
        for i in 0..<hints.count {
            let article = hints[i], row = i * hintStride
            guard article >= 0, article < offsets.count - 1, offsets[article] <= row, row < offsets[article + 1] else { return false }
        }
        return true
    }
}
