/// One word of text as the scanner sees it. Offsets count Unicode scalars of the scanned text.
///
/// 32 bytes: an article's tokens are written once and read by several stages, so a compact
/// record keeps them in few cache lines.
struct ScannedToken {
    /// The hash of the folded token (``ScalarFolding/hash(_:adding:)``).
    var hash: UInt64
    private var startOffset: UInt32
    private var endOffset: UInt32
    /// Where the token's kept folded scalars start in ``TokenizedText``'s store (0 elsewhere).
    var foldedStart: UInt32 = 0
    /// How many folded scalars ``TokenizedText`` keeps for the token (0 for most).
    var foldedCount: UInt32 = 0
    var script: ScalarClass
    var startsUppercase: Bool
    /// Every cased letter is uppercase, and there is at least one ("US", "U", "DPRK").
    var isAllUppercase: Bool
    private var gap: Int8
    /// The previous scalar is not of this token's script (for Hangul: a word starts here).
    var startsWord: Bool
    var followedByPeriod: Bool
    /// Every scalar of the token is ASCII.
    var isASCII: Bool
    /// Some scalar of the token is a telltale letter of a language (``ScalarTable/telltaleBit``).
    var hasTelltaleLetter: Bool

    init(
        start: Int, end: Int, script: ScalarClass, startsUppercase: Bool, isAllUppercase: Bool, gapBefore: Int,
        startsWord: Bool, followedByPeriod: Bool, isASCII: Bool, hasTelltaleLetter: Bool, hash: UInt64
    ) {
        self.hash = hash
        startOffset = UInt32(truncatingIfNeeded: start)
        endOffset = UInt32(truncatingIfNeeded: end)
        self.script = script
        self.startsUppercase = startsUppercase
        self.isAllUppercase = isAllUppercase
        gap = Int8(clamping: gapBefore)
        self.startsWord = startsWord
        self.followedByPeriod = followedByPeriod
        self.isASCII = isASCII
        self.hasTelltaleLetter = hasTelltaleLetter
    }

    /// Offset of the token's first scalar.
    var start: Int { Int(startOffset) }
    /// Offset just past the token's last scalar.
    var end: Int { Int(endOffset) }
    /// Scalars between the previous token and this one, or -1 when something other than
    /// spaces, hyphens and dashes, apostrophes, periods or "&" lies between them (a comma,
    /// a line break), or more than three scalars:
    /// a multi-word name may only continue across a joining gap.
    var gapBefore: Int { Int(gap) }
}

/// Splits text into tokens in one forward pass over its scalars and folds each token's
/// scalars as it goes (see ``ScalarFolding``). Words of alphabetic scripts are runs of
/// letters, digits and marks of one script; Han, kana and Hangul give one token per character.
///
/// It reads a ``ScalarText``'s arrays in order — each scalar's token class and folded value
/// were found in the decoding pass's one table lookup — and looks a scalar up in
/// ``ScalarFolding`` only when its token folding differs (``ScalarTable/ownFoldingBit``).
struct TokenScanner {
    private let scalars: UnsafeBufferPointer<UInt32>
    private let folded: UnsafeBufferPointer<UInt32>
    private let classes: UnsafeBufferPointer<UInt8>
    private let tables = ScalarFolding.tables
    private var position = 0
    /// Scalar offsets of the line feeds passed so far.
    private(set) var lineBreaks: [Int] = []
    private var gap = 0
    private var gapJoins = true
    private var previousClass = ScalarClass.separator
    private var sawToken = false
    private let keepsAllFolded: Bool

    private init(scalars: UnsafeBufferPointer<UInt32>, folded: UnsafeBufferPointer<UInt32>, classes: UnsafeBufferPointer<UInt8>, keepsAllFolded: Bool) {
        self.scalars = scalars
        self.folded = folded
        self.classes = classes
        self.keepsAllFolded = keepsAllFolded
    }

    /// Calls `body` with a scanner over `text`. With `keepsAllFolded` false, only Arabic and
    /// Cyrillic tokens (which callers stem) have their folded scalars written out; all tokens
    /// get their hash. Offsets in tokens are offsets in `text`'s scalars.
    static func withScanner<R>(of text: ScalarText, keepsAllFolded: Bool = true, _ body: (inout TokenScanner) -> R) -> R {
        text.scalars.withValues { values in
            text.folded.withUnsafeBufferPointer { folded in
                text.tokenClasses.withUnsafeBufferPointer { classes in
                    var scanner = TokenScanner(scalars: values, folded: folded, classes: classes, keepsAllFolded: keepsAllFolded)
                    return body(&scanner)
                }
            }
        }
    }

    /// A scanner over `text` on its own, decoded here (as the ``ScalarText`` version).
    static func withScanner<R>(of text: String, keepsAllFolded: Bool = true, _ body: (inout TokenScanner) -> R) -> R {
        withScanner(of: ScalarText(text), keepsAllFolded: keepsAllFolded, body)
    }

    /// The number of scalars scanned so far (of the whole text, once `next` returns nil).
    var scalarCount: Int { position }

    /// The next token, its folded scalars written to `folded` (replacing what was there).
    mutating func next(folding folded: inout [UInt32]) -> ScannedToken? {
        folded.removeAll(keepingCapacity: true)
        guard let first = skipSeparators() else { return nil }
        return scanToken(startingWith: first, folded: &folded)
    }

    /// Scans all the remaining tokens into `tokens`; the folded scalars a token keeps are
    /// appended to `store`, and the token's ``ScannedToken/foldedStart`` and
    /// ``ScannedToken/foldedCount`` say where (no scratch array copied per token).
    mutating func scanAll(into tokens: inout [ScannedToken], folded store: inout [UInt32]) {
        while let first = skipSeparators() {
            let before = store.count
            var token = scanToken(startingWith: first, folded: &store)
            if store.count > before {  // most tokens keep none
                token.foldedStart = UInt32(truncatingIfNeeded: before)
                token.foldedCount = UInt32(truncatingIfNeeded: store.count - before)
            }
            tokens.append(token)
        }
    }

    /// Moves past separators and marks to the first scalar of the next token and returns its
    /// token class (see ``ScalarTable/ownFoldingBit``), or nil at the end of the text.
    @inline(__always)
    private mutating func skipSeparators() -> UInt8? {
        while position < scalars.count {
            let tokenClass = classes[position]
            let kind = ScalarTable.scalarClass(tokenClass)
            if kind == .separator || kind == .mark {
                let value = scalars[position]
                if value == 0x0A { lineBreaks.append(position) }
                noteGap(value)
                position += 1
                previousClass = kind
                continue
            }
            return tokenClass
        }
        return nil
    }

    /// The token starting at the current scalar, of token class `first`, its folded scalars
    /// appended to `store` when it keeps them. Most tokens keep none: the letter loop is
    /// written twice, with and without the appends, by ``scanLetters(from:first:kind:keeping:into:)``.
    /// Inlined in the scanning loops, so that the scanner's state stays in registers between tokens.
    @inline(__always)
    private mutating func scanToken(startingWith first: UInt8, folded store: inout [UInt32]) -> ScannedToken {
        let start = position
        let kind = ScalarTable.scalarClass(first)
        let run = keepsAllFolded || kind == .arabic || kind == .cyrillic
            ? scanLetters(from: start, first: first, kind: kind, keeping: true, into: &store)
            : scanLetters(from: start, first: first, kind: kind, keeping: false, into: &store)
        let letterCases = ScalarTable.letterCase(run.classes)
        let sawLowercase = letterCases & ScalarFolding.lowercaseFlag != 0
        let token = ScannedToken(
            start: start, end: run.end, script: kind, startsUppercase: ScalarTable.letterCase(first) & ScalarFolding.uppercaseFlag != 0,
            isAllUppercase: letterCases != 0 && !sawLowercase, gapBefore: sawToken && gapJoins ? gap : -1, startsWord: previousClass != kind,
            followedByPeriod: !kind.isCharacterWise && run.end < scalars.count && scalars[run.end] == 0x2E, isASCII: run.values < 0x80,
            hasTelltaleLetter: run.classes & ScalarTable.telltaleBit != 0, hash: run.hash)
        position = run.end
        previousClass = kind
        sawToken = true
        gap = 0
        gapJoins = true
        return token
    }

    /// The scalars of one token from `start` (of token class `first` and script `kind`): where
    /// it ends, its hash, and its token class bytes and scalar values or-ed together (the case
    /// flags of any of its scalars; whether all are ASCII). It runs for every scalar of every
    /// word, so its state lives in locals, and `keepsFolded` is a constant where it is inlined.
    @inline(__always)
    private func scanLetters(
        from start: Int, first: UInt8, kind: ScalarClass, keeping keepsFolded: Bool, into store: inout [UInt32]
    ) -> (end: Int, hash: UInt64, classes: UInt8, values: UInt32) {
        let scalars = scalars, folded = folded, classes = classes, tables = tables
        let isCharacterWise = kind.isCharacterWise
        var hash = ScalarFolding.hashSeed
        var classBits: UInt8 = 0, values: UInt32 = 0
        var offset = start
        var current = first
        while true {
            classBits |= current
            let value = scalars[offset]
            values |= value
            if current & ScalarTable.ownFoldingBit == 0 {
                let foldedValue = folded[offset]
                if foldedValue != 0 {  // 0: folds to nothing
                    hash = ScalarFolding.hash(hash, adding: foldedValue)
                    if keepsFolded { store.append(foldedValue) }
                }
            } else {
                hash = Self.fold(value, tables, hash: hash, keeping: keepsFolded, in: &store)
            }
            offset &+= 1
            if isCharacterWise || offset >= scalars.count { break }
            let next = classes[offset]
            let nextKind = ScalarTable.scalarClass(next)
            guard nextKind == kind || nextKind == .mark else { break }
            current = next
        }
        return (offset, hash, classBits, values)
    }

    /// `hash` with a scalar whose token folding is its own (``ScalarTable/ownFoldingBit``)
    /// added: by its ``ScalarFolding`` entry, which may expand it to several scalars or remove it.
    @inline(never)
    private static func fold(
        _ value: UInt32, _ tables: ScalarFolding.Tables, hash: UInt64, keeping keepsFolded: Bool, in store: inout [UInt32]
    ) -> UInt64 {
        var hash = hash
        let foldedValue = UInt32(truncatingIfNeeded: ScalarFolding.entry(value, tables: tables))
        if foldedValue < ScalarFolding.expansionBase {
            hash = ScalarFolding.hash(hash, adding: foldedValue)
            if keepsFolded { store.append(foldedValue) }
        } else if foldedValue != ScalarFolding.removed {
            for value in tables.expansions[Int(foldedValue - ScalarFolding.expansionBase)] {
                hash = ScalarFolding.hash(hash, adding: value)
                if keepsFolded { store.append(value) }
            }
        }
        return hash
    }

    private mutating func noteGap(_ value: UInt32) {
        gap += 1
        switch value {
        case 0x20, 0xA0, 0x2D, 0x2010, 0x2011, 0x2013, 0x2014, 0x27, 0x2019, 0x02BC, 0x2E, 0x26,
             0x200B, 0x200C, 0x200D, 0x0640: break
        default: gapJoins = false
        }
        if gap > 3 { gapJoins = false }
    }
}
