/// A text's words from one ``TokenScanner`` pass, kept so that every stage that reads words
/// by their folded hash shares the scan: language identification judges the tokens line by
/// line, and the country matcher walks its trie over the same tokens.
///
/// What it holds, and the contract:
/// - `tokens`: every word in order (see ``ScannedToken``: scalar offsets, script, case, the
///   gap before it, and the FNV-1a ``ScannedToken/hash`` of its folded scalars — compare
///   words by hash, with no `String` made).
/// - ``folded(_:)``: the folded scalars of Arabic and Cyrillic tokens, which callers stem
///   (proclitics, case endings); empty for tokens of other scripts.
/// - `lineBreaks`: the scalar offset of every line feed; lines are the spans between them.
/// - `lineMarks`: the scalar offsets of ``TokenScanner/lineMarks`` (line breaks, "(" and "/"),
///   which ``ArticleZones`` splits and marks lines by.
/// - ``withScalars(_:)``: the text's scalar values, which the offsets index.
///
/// Build it once per article from its ``ScalarText`` (`TokenizedText(text)`: the scalars
/// are shared, not decoded again) and pass it to each stage.
struct TokenizedText {
    private(set) var tokens: [ScannedToken] = []
    /// Token i's folded scalars are `folded[tokens[i].foldedStart...]` (see the type's contract).
    private var folded: [UInt32] = []
    private(set) var lineBreaks: [Int] = []
    private(set) var lineMarks: [Int] = []
    /// The scalars of the text.
    private let scalars: ScalarText.Column<Unicode.Scalar>

    /// The tokens of an article's scalars.
    init(_ text: ScalarText) {
        scalars = text.scalars
        var tokens: [ScannedToken] = [], folded: [UInt32] = []
        (lineBreaks, lineMarks) = TokenScanner.withScanner(of: text, keepsAllFolded: false) { scanner in
            scanner.scanAll(into: &tokens, folded: &folded)
            return (scanner.lineBreaks, scanner.lineMarks)
        }
        self.tokens = tokens
        self.folded = folded
    }

    /// The tokens of a text on its own (decoded here).
    init(_ text: String) {
        self.init(ScalarText(text))
    }

    /// The number of Unicode scalars of the text.
    var scalarCount: Int { scalars.count }

    /// The folded scalars of token `index` (Arabic and Cyrillic tokens only).
    func folded(_ index: Int) -> ArraySlice<UInt32> {
        let token = tokens[index]
        return folded[Int(token.foldedStart)..<Int(token.foldedStart + token.foldedCount)]
    }

    /// Calls `body` with the text's scalar values, which tokens' offsets index.
    func withScalars<R>(_ body: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        scalars.withValues(body)
    }
}
