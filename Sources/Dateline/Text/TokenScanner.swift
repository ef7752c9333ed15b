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

    init(
        start: Int, end: Int, script: ScalarClass, startsUppercase: Bool, isAllUppercase: Bool, gapBefore: Int,
        startsWord: Bool, followedByPeriod: Bool, isASCII: Bool, hash: UInt64
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

/// Splits text into tokens in one forward pass over its scalar values and folds each
/// token's scalars as it goes (see ``ScalarFolding``). Words of alphabetic scripts are runs
/// of letters, digits and marks of one script; Han, kana and Hangul give one token per character.
struct TokenScanner {
    private let scalars: UnsafeBufferPointer<UInt32>
    private let tables = ScalarFolding.tables
    private var position = 0
    /// Scalar offsets of the line feeds passed so far.
    private(set) var lineBreaks: [Int] = []
    private var gap = 0
    private var gapJoins = true
    private var previousClass = ScalarClass.separator
    private var sawToken = false
    private let keepsAllFolded: Bool

    /// With `keepsAllFolded` false, only Arabic and Cyrillic tokens (which callers stem)
    /// have their folded scalars written out; all tokens get their hash. Offsets in tokens
    /// are offsets in `scalars`, the values of the text's Unicode scalars (they are
    /// typically a ``ScalarText``'s, so that the text is decoded once).
    init(scalars: UnsafeBufferPointer<UInt32>, keepsAllFolded: Bool = true) {
        self.scalars = scalars
        self.keepsAllFolded = keepsAllFolded
    }

    /// Scans the scalar values of `text` (see ``init(scalars:keepsAllFolded:)``).
    static func withScanner<R>(of text: String, keepsAllFolded: Bool = true, _ body: (inout TokenScanner) -> R) -> R {
        let values = UTF8Scalars.withUTF8(text) { UTF8Scalars.values($0) }
        return values.withUnsafeBufferPointer { values in
            var scanner = TokenScanner(scalars: values, keepsAllFolded: keepsAllFolded)
            return body(&scanner)
        }
    }

    /// The number of scalars scanned so far (of the whole text, once `next` returns nil).
    var scalarCount: Int { position }

    /// The next token, its folded scalars written to `folded` (replacing what was there).
    mutating func next(folding folded: inout [UInt32]) -> ScannedToken? {
        folded.removeAll(keepingCapacity: true)
        guard let (entry, value, kind) = skipSeparators() else { return nil }
        return scanToken(startingWith: entry, value: value, kind: kind, folded: &folded)
    }

    /// Scans all the remaining tokens into `tokens`; the folded scalars a token keeps are
    /// appended to `store`, and the token's ``ScannedToken/foldedStart`` and
    /// ``ScannedToken/foldedCount`` say where (no scratch array copied per token).
    mutating func scanAll(into tokens: inout [ScannedToken], folded store: inout [UInt32]) {
        while let (entry, value, kind) = skipSeparators() {
            let before = store.count
            var token = scanToken(startingWith: entry, value: value, kind: kind, folded: &store)
            if store.count > before {  // most tokens keep none
                token.foldedStart = UInt32(truncatingIfNeeded: before)
                token.foldedCount = UInt32(truncatingIfNeeded: store.count - before)
            }
            tokens.append(token)
        }
    }

    /// Moves past separators and marks to the first scalar of the next token: its table
    /// entry, value and class, or nil at the end of the text.
    @inline(__always)
    private mutating func skipSeparators() -> (ScalarFolding.Entry, UInt32, ScalarClass)? {
        while position < scalars.count {
            let value = scalars[position]
            let entry = ScalarFolding.entry(value, tables: tables)
            let kind = ScalarFolding.kind(of: entry)
            if kind == .separator || kind == .mark {
                if value == 0x0A { lineBreaks.append(position) }
                noteGap(value)
                position += 1
                previousClass = kind
                continue
            }
            return (entry, value, kind)
        }
        return nil
    }

    /// The token starting at the current scalar, its folded scalars appended to `folded`
    /// when it keeps them. The loop runs for every scalar of every word, so it keeps its
    /// state in locals and writes the token and the scanner once.
    private mutating func scanToken(startingWith entry: ScalarFolding.Entry, value: UInt32, kind: ScalarClass, folded: inout [UInt32]) -> ScannedToken {
        let start = position
        let keepsFolded = keepsAllFolded || kind == .arabic || kind == .cyrillic
        let isCharacterWise = kind.isCharacterWise
        let startsUppercase = ScalarFolding.letterCase(of: entry) & ScalarFolding.uppercaseFlag != 0
        var hash = ScalarFolding.hashSeed
        // The case flags of all the token's scalars, or-ed together.
        var letterCases: UInt8 = 0
        var followedByPeriod = false
        var offset = position
        var current = entry, combined = value
        while true {
            letterCases |= ScalarFolding.letterCase(of: current)
            let foldedValue = UInt32(truncatingIfNeeded: current)
            if foldedValue < ScalarFolding.expansionBase {
                hash = ScalarFolding.hash(hash, adding: foldedValue)
                if keepsFolded { folded.append(foldedValue) }
            } else if foldedValue != ScalarFolding.removed {
                for value in tables.expansions[Int(foldedValue - ScalarFolding.expansionBase)] {
                    hash = ScalarFolding.hash(hash, adding: value)
                    if keepsFolded { folded.append(value) }
                }
            }
            offset += 1
            if isCharacterWise || offset >= scalars.count { break }
            let nextValue = scalars[offset]
            let nextEntry = ScalarFolding.entry(nextValue, tables: tables)
            let nextKind = ScalarFolding.kind(of: nextEntry)
            guard nextKind == kind || nextKind == .mark else {
                followedByPeriod = nextValue == 0x2E
                break
            }
            current = nextEntry
            combined |= nextValue
        }
        let sawLowercase = letterCases & ScalarFolding.lowercaseFlag != 0
        let token = ScannedToken(
            start: start, end: offset, script: kind, startsUppercase: startsUppercase, isAllUppercase: letterCases != 0 && !sawLowercase,
            gapBefore: sawToken && gapJoins ? gap : -1, startsWord: previousClass != kind, followedByPeriod: followedByPeriod,
            isASCII: combined < 0x80, hash: hash)
        position = offset
        previousClass = kind
        sawToken = true
        gap = 0
        gapJoins = true
        return token
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
