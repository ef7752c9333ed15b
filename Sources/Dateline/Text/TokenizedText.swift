/// A text's words from one ``TokenScanner`` pass, kept so that every stage that reads words
/// by their folded hash shares the scan: language identification judges the tokens line by
/// line, and the country matcher walks its trie over the same tokens.
///
/// What it holds, and the contract:
/// - `tokens`: every word in order (see ``ScannedToken``: scalar and UTF-8 byte offsets,
///   script, case, the gap before it, and the FNV-1a ``ScannedToken/hash`` of its folded
///   scalars — compare words by hash, with no `String` made).
/// - ``folded(_:)``: the folded scalars of Arabic and Cyrillic tokens, which callers stem
///   (proclitics, case endings); empty for tokens of other scripts.
/// - `lineBreaks`: the scalar offset of every line feed; lines are the spans between them.
/// - ``withUTF8(_:)``: the text's bytes, which the byte offsets index.
///
/// Build it once per article (`TokenizedText(text)`) and pass it to each stage.
struct TokenizedText {
    private(set) var tokens: [ScannedToken] = []
    /// `folded[foldedRanges[i]]` are token i's folded scalars (see the type's contract).
    private var folded: [UInt32] = []
    private var foldedRanges: [Range<Int>] = []
    private(set) var lineBreaks: [Int] = []
    /// The number of Unicode scalars of the text.
    private(set) var scalarCount = 0
    private var text: String

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        var tokens: [ScannedToken] = [], folded: [UInt32] = [], foldedRanges: [Range<Int>] = []
        text.utf8.withContiguousStorageIfAvailable { bytes in
            // A word averages well over four bytes in every script, with its space.
            tokens.reserveCapacity(bytes.count / 4)
            foldedRanges.reserveCapacity(bytes.count / 4)
            var scanner = TokenScanner(bytes: bytes, keepsAllFolded: false)
            var scratch: [UInt32] = []
            while let token = scanner.next(folding: &scratch) {
                tokens.append(token)
                foldedRanges.append(folded.count..<(folded.count + scratch.count))
                if !scratch.isEmpty { folded.append(contentsOf: scratch) }  // most tokens keep none
            }
            lineBreaks = scanner.lineBreaks
            scalarCount = scanner.scalarCount
        }
        self.tokens = tokens
        self.folded = folded
        self.foldedRanges = foldedRanges
    }

    /// The folded scalars of token `index` (Arabic and Cyrillic tokens only).
    func folded(_ index: Int) -> ArraySlice<UInt32> { folded[foldedRanges[index]] }

    /// Calls `body` with the text's UTF-8, which tokens' byte offsets index.
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        // `init` made the storage contiguous, so the closure always runs.
        text.utf8.withContiguousStorageIfAvailable(body)!
    }
}
