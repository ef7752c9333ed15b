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
    /// The token class byte (``ScalarText/tokenClasses``) of the first scalar, and those of all
    /// its scalars or-ed together: the scanner stores the bytes it has, and the script, case
    /// and telltale facts are read from them only by the stages that ask.
    private var firstClass: UInt8
    private var classBits: UInt8
    private var gap: Int8
    /// Every scalar of the token is ASCII.
    let isASCII: Bool

    /// A token of `start..<end` whose first scalar has token class `firstClass` and whose
    /// scalars' classes or-ed together are `classBits`.
    init(start: Int, end: Int, firstClass: UInt8, classBits: UInt8, gapBefore: Int, isASCII: Bool, hash: UInt64) {
        self.hash = hash
        startOffset = UInt32(truncatingIfNeeded: start)
        endOffset = UInt32(truncatingIfNeeded: end)
        self.firstClass = firstClass
        self.classBits = classBits
        gap = Int8(truncatingIfNeeded: gapBefore)  // -1 to 3 (see gapBefore)
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

    var script: ScalarClass { ScalarTable.scalarClass(firstClass) }
    var startsUppercase: Bool { ScalarTable.letterCase(firstClass) & ScalarFolding.uppercaseFlag != 0 }
    /// Every cased letter is uppercase, and there is at least one ("US", "U", "DPRK").
    var isAllUppercase: Bool {
        let cases = ScalarTable.letterCase(classBits)
        return cases != 0 && cases & ScalarFolding.lowercaseFlag == 0
    }
    /// Some scalar of the token is a telltale letter of a language (``ScalarTable/telltaleBit``).
    var hasTelltaleLetter: Bool { classBits & ScalarTable.telltaleBit != 0 }

    /// Whether token `index` of `tokens` starts a word: the scalar before it is not of its
    /// script (for Hangul, whose tokens are characters: a word starts here). Asked of a few
    /// tokens only, so it is read from the token before, not stored in every token.
    static func startsWord(at index: Int, in tokens: [ScannedToken]) -> Bool {
        guard index > 0 else { return true }
        let previous = tokens[index - 1], token = tokens[index]
        return previous.end != token.start || previous.script != token.script
    }

    /// Whether a period follows the token in `scalars`, the text it was scanned from (never
    /// said of a character-wise token). Asked of a few tokens only, so not stored in every token.
    func isFollowedByPeriod(in scalars: UnsafeBufferPointer<UInt32>) -> Bool {
        !script.isCharacterWise && end < scalars.count && scalars[end] == 0x2E
    }
}

/// Splits text into tokens in one forward pass over its scalars and folds each token's
/// scalars as it goes (see ``ScalarFolding``). Words of alphabetic scripts are runs of
/// letters, digits and marks of one script; Han, kana and Hangul give one token per character.
///
/// It reads a ``ScalarText``'s arrays in order — each scalar's token class and folded value
/// were found in the decoding pass's one table lookup — and looks a scalar up in
/// ``ScalarFolding`` only when its token folding differs (``ScalarTable/ownFoldingBit``).
///
/// One loop, ``scan(into:folded:)``, writes tokens straight into storage and keeps its state
/// in locals between them: it runs for every scalar of every article, and each token appended
/// to an array, or state kept in the scanner's memory, costs calls and stores in that loop.
struct TokenScanner {
    private let scalars: UnsafeBufferPointer<UInt32>
    private let folded: UnsafeBufferPointer<UInt32>
    private let classes: UnsafeBufferPointer<UInt8>
    private let tables = ScalarFolding.tables
    private var position = 0
    /// Scalar offsets of the line feeds passed so far.
    private(set) var lineBreaks: [Int] = []
    /// Scalar offsets of the separators passed so far whose folded value is "\n", "\r",
    /// U+2029, "(" or "/": where ``ArticleZones`` breaks lines and where an end marker may
    /// open (see ``LineFacts/lines(of:marks:)``), noted here so that no other pass reads every scalar.
    private(set) var lineMarks: [Int] = []
    /// Where the previous token ends (-1 before the first): a token's gap is read from it, not
    /// counted scalar by scalar on the way.
    private var previousEnd = -1
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

    /// The next token, its folded scalars written to `folded` (replacing what was there).
    mutating func next(folding folded: inout [UInt32]) -> ScannedToken? {
        folded.removeAll(keepingCapacity: true)
        return withUnsafeTemporaryAllocation(of: ScannedToken.self, capacity: 1) { token in
            scan(into: token, folded: &folded) == 1 ? token[0] : nil
        }
    }

    /// Scans all the remaining tokens into `tokens`; the folded scalars a token keeps are
    /// appended to `store`, and the token's ``ScannedToken/foldedStart`` and
    /// ``ScannedToken/foldedCount`` say where (no scratch array copied per token).
    mutating func scanAll(into tokens: inout [ScannedToken], folded store: inout [UInt32]) {
        // A word averages well over three scalars in every script, with its space; text of
        // shorter tokens (Han, one per character) takes further rounds.
        let capacity = scalars.count / 4 + 16
        // Lines of articles run to dozens of scalars: their offsets take one allocation, not a growing few.
        if lineBreaks.capacity == 0 { lineBreaks.reserveCapacity(scalars.count / 16 + 8) }
        if lineMarks.capacity == 0 { lineMarks.reserveCapacity(scalars.count / 16 + 8) }
        while true {
            let round = [ScannedToken](unsafeUninitializedCapacity: capacity) { buffer, count in
                count = scan(into: buffer, folded: &store)
            }
            if tokens.isEmpty { tokens = round } else { tokens += round }
            if round.count < capacity { return }
        }
    }

    /// Scans tokens into `buffer` until it is full or the text ends (line feeds after the
    /// last token noted) and returns how many it wrote. The folded scalars a token keeps
    /// are appended to `store`, and its ``ScannedToken/foldedStart`` and
    /// ``ScannedToken/foldedCount`` say where.
    private mutating func scan(into buffer: UnsafeMutableBufferPointer<ScannedToken>, folded store: inout [UInt32]) -> Int {
        let scalars = scalars, folded = folded, classes = classes, count = scalars.count
        var position = position, previousEnd = previousEnd
        var written = 0
        defer { (self.position, self.previousEnd) = (position, previousEnd) }
        while position < count {
            let first = classes[position]
            let kind = ScalarTable.scalarClass(first)
            if kind == .separator || kind == .mark {
                let foldedValue = folded[position]
                // Most separators are spaces: one test passes them.
                if foldedValue != 0x20, ScalarTable.lowBit(foldedValue, in: Self.lineMarkBits) != 0 || foldedValue == 0x2029 {
                    lineMarks.append(position)
                    if scalars[position] == 0x0A { lineBreaks.append(position) }
                }
                position &+= 1
                continue
            }
            guard written < buffer.count else { break }
            let start = position
            let run = scanLetters(from: start, first: first, kind: kind)
            var token = ScannedToken(
                start: start, end: run.end, firstClass: first, classBits: run.classes,
                gapBefore: Self.gap(from: previousEnd, to: start, scalars), isASCII: run.values < 0x80, hash: run.hash)
            if keepsAllFolded || kind == .arabic || kind == .cyrillic {
                (token.foldedStart, token.foldedCount) = keepFolded(from: start, to: run.end, classBits: run.classes, in: &store)
            }
            buffer.initializeElement(at: written, to: token)
            written += 1
            position = run.end
            previousEnd = run.end
        }
        return written
    }

    /// The ``ScannedToken/gapBefore`` of a token at `start` whose previous token ends at
    /// `previousEnd` (-1 for none): the separators between them, if at most three and all
    /// may stand in a name's gap (``joinsGap(_:)``).
    @inline(__always)
    private static func gap(from previousEnd: Int, to start: Int, _ scalars: UnsafeBufferPointer<UInt32>) -> Int {
        let gap = start &- previousEnd
        guard previousEnd >= 0, gap <= 3 else { return -1 }
        // Most gaps are one space.
        if gap == 1, scalars[previousEnd] == 0x20 { return 1 }
        var offset = previousEnd
        while offset < start {
            guard joinsGap(scalars[offset]) else { return -1 }
            offset &+= 1
        }
        return gap
    }

    /// Whether a separator between two tokens may stand in a multi-word name's gap (see
    /// ``ScannedToken/gapBefore``): spaces, hyphens and dashes, apostrophes, periods, "&",
    /// zero-width joiners and tatweel.
    @inline(__always)
    private static func joinsGap(_ value: UInt32) -> Bool {
        if value < 0x80 { return ScalarTable.lowBit(value, in: asciiGapJoiners) != 0 }
        switch value {
        case 0xA0, 0x2010, 0x2011, 0x2013, 0x2014, 0x2019, 0x02BC, 0x200B, 0x200C, 0x200D, 0x0640: return true
        default: return false
        }
    }

    /// "\n", "\r", "(" and "/" (the ``lineMarks`` below U+0040), as bits of their values.
    private static let lineMarkBits: UInt64 = 1 << 0x0A | 1 << 0x0D | 1 << 0x28 | 1 << 0x2F

    /// " ", "&", "'", "-" and ".", as bits of their values.
    private static let asciiGapJoiners: UInt64 = 1 << 0x20 | 1 << 0x26 | 1 << 0x27 | 1 << 0x2D | 1 << 0x2E

    /// What the scan of one token's scalars found (see ``scanLetters(from:first:kind:)``).
    private typealias Run = (end: Int, hash: UInt64, classes: UInt8, values: UInt32)

    /// The scalars of one token from `start` (of token class `first` and script `kind`): where
    /// it ends, its hash, and its token class bytes and scalar values or-ed together (the case
    /// flags of any of its scalars; whether all are ASCII). It runs for every scalar of every
    /// word, in two tight loops with few live values each (one loop doing both kept too many in
    /// memory): the word's end from its class bytes, then its hash from its folded values. It
    /// keeps no folded scalars (``keepFolded(from:to:classBits:in:)`` does, for the few tokens
    /// that need them), so that its one call site inlines it.
    @inline(__always)
    private func scanLetters(from start: Int, first: UInt8, kind: ScalarClass) -> Run {
        let scalars = scalars, folded = folded, classes = classes
        let (end, classBits) = kind.isCharacterWise ? (start &+ 1, first) : Self.wordEnd(from: start, first: first, kind: kind, classes)
        var hash = ScalarFolding.hashSeed
        var values: UInt32 = 0
        if classBits & ScalarTable.ownFoldingBit == 0 {
            var offset = start
            repeat {
                values |= scalars[offset]
                Self.add(folded[offset], to: &hash)
                offset &+= 1
            } while offset < end
        } else {
            // Only a word with a scalar of its own folding reads the classes again to find it.
            for offset in start..<end {
                let value = scalars[offset]
                values |= value
                if classes[offset] & ScalarTable.ownFoldingBit == 0 {
                    Self.add(folded[offset], to: &hash)
                } else {
                    hash = Self.fold(value, self.tables, hash: hash)
                }
            }
        }
        return (end, hash, classBits, values)
    }

    /// `hash` with a scalar's folded value (from ``ScalarText/folded``) added, unless it is 0
    /// (folds to nothing).
    @inline(__always)
    private static func add(_ foldedValue: UInt32, to hash: inout UInt64) {
        guard foldedValue != 0 else { return }
        hash = ScalarFolding.hash(hash, adding: foldedValue)
    }

    /// Keeps the folded scalars of the token `start..<end` (whose token class bytes or-ed
    /// together are `classBits`) in `store`, and says where they are (0 for both when it has
    /// none). Out of the scanning loop, whose other tokens then pay no room for its appends;
    /// `mutating` only so that the scanner is passed by reference (a non-mutating call from
    /// the mutating scan copies the whole scanner first).
    @inline(never)
    private mutating func keepFolded(from start: Int, to end: Int, classBits: UInt8, in store: inout [UInt32]) -> (start: UInt32, count: UInt32) {
        // A text's tokens that keep scalars are mostly all of its words (it is in Arabic or
        // Russian): room for the rest of its scalars at once, not a growing few allocations.
        if store.capacity == 0 { store.reserveCapacity(scalars.count &- start) }
        let keptStart = store.count
        let values = UnsafeBufferPointer(rebasing: folded[start..<end])
        // Most tokens' folded scalars are their scalars' folded values, none 0 (folds to
        // nothing): appended at once, not with one append (and uniqueness check) each.
        if classBits & ScalarTable.ownFoldingBit == 0 && !values.contains(0) {
            store.append(contentsOf: values)
        } else {
            for offset in start..<end {
                if classes[offset] & ScalarTable.ownFoldingBit != 0 {
                    Self.forEachFolding(of: scalars[offset], tables) { store.append($0) }
                } else if folded[offset] != 0 {
                    store.append(folded[offset])
                }
            }
        }
        let keptCount = store.count &- keptStart
        return keptCount > 0 ? (UInt32(truncatingIfNeeded: keptStart), UInt32(truncatingIfNeeded: keptCount)) : (0, 0)
    }

    /// Where the word of script `kind` from `start` (whose token class is `first`) ends: at
    /// the first scalar that is neither of its script nor a mark. Also its scalars' token
    /// classes or-ed together.
    ///
    /// It reads eight class bytes at a time, as one word: most words end within the first
    /// eight, so a word costs a few operations instead of a test per scalar.
    @inline(__always)
    private static func wordEnd(from start: Int, first: UInt8, kind: ScalarClass, _ classes: UnsafeBufferPointer<UInt8>) -> (end: Int, classes: UInt8) {
        var classBits = first, offset = start &+ 1
        while offset &+ 8 <= classes.count {
            // (The buffer holds at least eight bytes here, so its base address is not nil.)
            let chunk = UInt64(littleEndian: UnsafeRawPointer(classes.baseAddress.unsafelyUnwrapped + offset).loadUnaligned(as: UInt64.self))
            let stops = stoppingBytes(chunk, kind: kind)
            guard stops == 0 else {
                let length = stops.trailingZeroBitCount &>> 3
                return (offset &+ length, classBits | orBytes(chunk & ((1 &<< (length &<< 3)) &- 1)))
            }
            classBits |= orBytes(chunk)
            offset &+= 8
        }
        // The text's last scalars, fewer than eight: one at a time, by one bit per class the
        // word continues with.
        let continuing = UInt16(1) << kind.rawValue | UInt16(1) << ScalarClass.mark.rawValue
        while offset < classes.count {
            let next = classes[offset]
            guard continuing >> (next & 0x0F) & 1 != 0 else { break }
            classBits |= next
            offset &+= 1
        }
        return (offset, classBits)
    }

    /// 0x80 in each byte of `chunk` (eight class bytes) whose class is neither `kind` nor a
    /// mark, 0 in the others. A class is below 16, so a byte that differs from it by a nonzero
    /// value below 16 gets its top bit from adding 0x7F, and never carries into the next byte.
    @inline(__always)
    private static func stoppingBytes(_ chunk: UInt64, kind: ScalarClass) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let lanes = chunk & (ones &* 0x0F)
        let notKind = (lanes ^ (ones &* UInt64(kind.rawValue))) &+ ones &* 0x7F
        let notMark = (lanes ^ (ones &* UInt64(ScalarClass.mark.rawValue))) &+ ones &* 0x7F
        return notKind & notMark & (ones &* 0x80)
    }

    /// The bytes of `value` or-ed together.
    @inline(__always)
    private static func orBytes(_ value: UInt64) -> UInt8 {
        var value = value
        value |= value &>> 32
        value |= value &>> 16
        value |= value &>> 8
        return UInt8(truncatingIfNeeded: value)
    }

    /// `hash` with a scalar whose token folding is its own (``ScalarTable/ownFoldingBit``)
    /// added (see ``forEachFolding(of:_:_:)``).
    @inline(never)
    private static func fold(_ value: UInt32, _ tables: ScalarFolding.Tables, hash: UInt64) -> UInt64 {
        var hash = hash
        forEachFolding(of: value, tables) { hash = ScalarFolding.hash(hash, adding: $0) }
        return hash
    }

    /// Calls `body` with each scalar that a scalar of its own token folding folds to: by its
    /// ``ScalarFolding`` entry, which may expand it to several scalars or remove it.
    @inline(__always)
    private static func forEachFolding(of value: UInt32, _ tables: ScalarFolding.Tables, _ body: (UInt32) -> Void) {
        let foldedValue = UInt32(truncatingIfNeeded: ScalarFolding.entry(value, tables: tables))
        if foldedValue < ScalarFolding.expansionBase {
            body(foldedValue)
        } else if foldedValue != ScalarFolding.removed {
            for value in tables.expansions[Int(foldedValue - ScalarFolding.expansionBase)] { body(value) }
        }
    }
}
