/// One word of text as the scanner sees it. Offsets count Unicode scalars; byte offsets
/// index the UTF-8 of the scanned text.
struct ScannedToken {
    var start: Int
    var end: Int
    var startByte: Int
    var endByte: Int
    var script: ScalarClass
    var startsUppercase: Bool
    /// Every cased letter is uppercase, and there is at least one ("US", "U", "DPRK").
    var isAllUppercase: Bool
    /// Scalars between the previous token and this one, or -1 when something other than
    /// spaces, hyphens and dashes, apostrophes, periods or "&" lies between them (a comma,
    /// a line break), or more than three scalars:
    /// a multi-word name may only continue across a joining gap.
    var gapBefore: Int
    /// The previous scalar is not of this token's script (for Hangul: a word starts here).
    var startsWord: Bool
    var followedByPeriod: Bool
    /// The hash of the folded token (``ScalarFolding/hash(_:adding:)``).
    var hash: UInt64
}

/// Splits text into tokens in one forward pass and folds each token's scalars as it goes
/// (see ``ScalarFolding``). Words of alphabetic scripts are runs of letters, digits and
/// marks of one script; Han, kana and Hangul give one token per character.
struct TokenScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let tables = ScalarFolding.tables
    private var position = 0
    private var scalarOffset = 0
    /// Scalar offsets of the line feeds passed so far.
    private(set) var lineBreaks: [Int] = []
    private var gap = 0
    private var gapJoins = true
    private var previousClass = ScalarClass.separator
    private var sawToken = false
    private let keepsAllFolded: Bool

    /// With `keepsAllFolded` false, only Arabic and Cyrillic tokens (which callers stem)
    /// have their folded scalars written out; all tokens get their hash.
    init(bytes: UnsafeBufferPointer<UInt8>, keepsAllFolded: Bool = true) {
        self.bytes = bytes
        self.keepsAllFolded = keepsAllFolded
    }

    /// The number of scalars scanned so far (of the whole text, once `next` returns nil).
    var scalarCount: Int { scalarOffset }

    /// The next token, its folded scalars written to `folded` (replacing what was there).
    mutating func next(folding folded: inout [UInt32]) -> ScannedToken? {
        folded.removeAll(keepingCapacity: true)
        while position < bytes.count {
            let (value, length) = decode(at: position)
            let entry = ScalarFolding.entry(value, tables: tables)
            let kind = ScalarFolding.kind(of: entry)
            if kind == .separator || kind == .mark {
                if value == 0x0A { lineBreaks.append(scalarOffset) }
                noteGap(value)
                advance(length, kind: kind)
                continue
            }
            return scanToken(startingWith: entry, length: length, kind: kind, folded: &folded)
        }
        return nil
    }

    /// The token starting at the current scalar. The loop runs for every scalar of every
    /// word, so it keeps its state in locals and writes the token and the scanner once.
    private mutating func scanToken(startingWith entry: ScalarFolding.Entry, length: Int, kind: ScalarClass, folded: inout [UInt32]) -> ScannedToken {
        let start = scalarOffset, startByte = position
        let keepsFolded = keepsAllFolded || kind == .arabic || kind == .cyrillic
        let startsUppercase = ScalarFolding.letterCase(of: entry) & ScalarFolding.uppercaseFlag != 0
        var hash = ScalarFolding.hashSeed
        var sawLowercase = false, sawCasedLetter = false, followedByPeriod = false
        var offset = position, scalars = scalarOffset
        var current = (entry: entry, length: length)
        while true {
            let letterCase = ScalarFolding.letterCase(of: current.entry)
            if letterCase & ScalarFolding.lowercaseFlag != 0 { sawLowercase = true }
            if letterCase != 0 { sawCasedLetter = true }
            let foldedValue = UInt32(truncatingIfNeeded: current.entry)
            if foldedValue < ScalarFolding.expansionBase {
                hash = ScalarFolding.hash(hash, adding: foldedValue)
                if keepsFolded { folded.append(foldedValue) }
            } else if foldedValue != ScalarFolding.removed {
                for value in tables.expansions[Int(foldedValue - ScalarFolding.expansionBase)] {
                    hash = ScalarFolding.hash(hash, adding: value)
                    if keepsFolded { folded.append(value) }
                }
            }
            offset += current.length
            scalars += 1
            if kind.isCharacterWise || offset >= bytes.count { break }
            let (nextValue, nextLength) = decode(at: offset)
            let nextEntry = ScalarFolding.entry(nextValue, tables: tables)
            let nextKind = ScalarFolding.kind(of: nextEntry)
            guard nextKind == kind || nextKind == .mark else {
                followedByPeriod = nextValue == 0x2E
                break
            }
            current = (nextEntry, nextLength)
        }
        let token = ScannedToken(
            start: start, end: scalars, startByte: startByte, endByte: offset,
            script: kind, startsUppercase: startsUppercase, isAllUppercase: sawCasedLetter && !sawLowercase,
            gapBefore: sawToken && gapJoins ? gap : -1,
            startsWord: previousClass != kind, followedByPeriod: followedByPeriod, hash: hash)
        position = offset
        scalarOffset = scalars
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

    @inline(__always)
    private mutating func advance(_ length: Int, kind: ScalarClass) {
        position += length
        scalarOffset += 1
        previousClass = kind
    }

    @inline(__always)
    private func decode(at offset: Int) -> (UInt32, Int) {
        UTF8Scalars.decode(bytes, at: offset)
    }
}
