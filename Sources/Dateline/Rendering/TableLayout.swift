/// Column widths for a text table, in terminal cells (see ``DisplayWidth``), and the cutting
/// of cells to those widths.
struct TableLayout: Equatable {
    /// The cells between two columns: `" │ "`.
    static let separatorWidth = 3
    /// A column is never narrowed below this (or its natural width, if smaller), so that a
    /// cut cell still shows a letter or two before the ellipsis.
    static let minimumWidth = 4

    var widths: [Int]

    /// Natural widths (the widest cell of each column), narrowed so that the whole line fits
    /// in `available` cells: the widest columns give way first, down to a common cap, and
    /// cells left over go back to the columns that were cut. Columns that cannot all fit even
    /// at their minimum keep their minimum; the terminal then wraps.
    init(natural: [Int], available: Int?) {
        widths = natural
        guard let available, !natural.isEmpty else { return }
        let budget = available - Self.separatorWidth * (natural.count - 1)
        guard natural.reduce(0, +) > budget else { return }
        let floors = natural.map { min($0, Self.minimumWidth) }
        var cap = natural.max() ?? 0
        while cap > Self.minimumWidth, zip(natural, floors).map({ max(min($0, cap), $1) }).reduce(0, +) > budget {
            cap -= 1
        }
        widths = zip(natural, floors).map { max(min($0, cap), $1) }
        var spare = budget - widths.reduce(0, +)
        for index in widths.indices where spare > 0 && widths[index] < natural[index] {
            let grant = min(spare, natural[index] - widths[index])
            widths[index] += grant
            spare -= grant
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
