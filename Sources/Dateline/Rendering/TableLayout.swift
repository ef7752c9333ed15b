/// Column widths for a text table, in terminal cells (see ``DisplayWidth``), and the cutting
/// of cells to those widths.
struct TableLayout: Equatable {
    /// The cells between two columns: `" │ "`.
    static let separatorWidth = 3
    /// A column is never narrowed below this (or its natural width, if smaller), so that a
    /// cut cell still shows a few letters before the ellipsis.
    static let minimumWidth = 5

    var widths: [Int]

    /// Natural widths (the widest cell of each column), narrowed so that the whole line fits
    /// in `available` cells. Columns narrower than their share keep their natural width; the
    /// others share what is left in proportion to the square root of their natural width, so
    /// a long text column gets more room than a name, yet the name stays readable. No column
    /// goes below its floor (see ``floors(natural:headers:budget:)``); when even the floors
    /// do not fit, the line is as narrow as they allow and the terminal wraps it.
    ///
    /// `headers` are the widths of the column names.
    init(natural: [Int], headers: [Int] = [], available: Int?) {
        widths = natural
        guard let available, !natural.isEmpty else { return }
        let budget = available - Self.separatorWidth * (natural.count - 1)
        guard natural.reduce(0, +) > budget else { return }
        let floors = Self.floors(natural: natural, headers: headers, budget: budget)
        var flexible = Array(natural.indices)
        var shares: [Int: Double] = [:]
        while true {
            let fixedWidth = natural.indices.filter { !flexible.contains($0) }.reduce(0) { $0 + natural[$1] }
            let weights = flexible.map { natural[$0].squareRoot }
            let total = weights.reduce(0, +)
            let room = Double(max(0, budget - fixedWidth))
            shares = Dictionary(uniqueKeysWithValues: zip(flexible, weights.map { room * $0 / max(total, 1) }))
            let fitting = flexible.filter { Double(natural[$0]) <= shares[$0]! }
            if fitting.isEmpty { break }
            flexible.removeAll { fitting.contains($0) }
        }
        for index in flexible {
            widths[index] = max(Int(shares[index]!), floors[index])
        }
        fit(into: budget, floors: floors, natural: natural)
    }

    /// The narrowest each column may be: its natural width if that is small, else enough
    /// for its name (up to 12 cells) or ``minimumWidth`` — names give way first when the
    /// floors would not fit in `budget`.
    static func floors(natural: [Int], headers: [Int], budget: Int) -> [Int] {
        let withNames = natural.indices.map { index in
            min(natural[index], max(minimumWidth, index < headers.count ? min(headers[index], 12) : 0))
        }
        guard withNames.reduce(0, +) > budget else { return withNames }
        return natural.map { min($0, minimumWidth) }
    }

    /// Takes cells from the columns furthest above their floors until the line fits, then
    /// gives cells left over to the columns that were cut.
    private mutating func fit(into budget: Int, floors: [Int], natural: [Int]) {
        var excess = widths.reduce(0, +) - budget
        while excess > 0, let widest = widths.indices.max(by: { widths[$0] - floors[$0] < widths[$1] - floors[$1] }),
              widths[widest] > floors[widest] {
            widths[widest] -= 1
            excess -= 1
        }
        for index in widths.indices where excess < 0 && widths[index] < natural[index] {
            widths[index] += 1
            excess += 1
        }
    }

    /// `text` cut to at most `width` cells, ending with "…" when something was cut. Cuts
    /// fall between characters (grapheme clusters), so combining marks stay on their base.
    static func cut(_ text: String, to width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        guard width > 0 else { return "" }
        var kept = ""
        var used = 0
        for character in text {
            let cells = DisplayWidth.of(String(character))
            if used + cells > width - 1 { break }
            kept.append(character)
            used += cells
        }
        return kept + "…"
    }

    /// `text` followed (or, for right alignment, preceded) by spaces up to `width` cells.
    static func pad(_ text: String, to width: Int, rightAligned: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
        return rightAligned ? padding + text : text + padding
    }
}

extension Int {
    fileprivate var squareRoot: Double { Double(self).squareRoot() }
}
