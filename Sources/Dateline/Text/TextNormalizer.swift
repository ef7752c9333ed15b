/// Folds text for matching and search, so that the gazetteer, `contains` and the token
/// index agree on what "the same" means.
///
/// The contract:
/// - ``fold(_:)`` maps a string scalar by scalar: compatibility forms (full-width and
///   half-width letters, Arabic presentation forms, ligatures) to their plain letters,
///   lower case, no diacritics or combining marks, Arabic hamza/madda alefs to ا, ى to ي,
///   ة to ه, no tatweel or harakat. Kana keep their voicing marks and Russian й stays й
///   (ё becomes е). Nothing else changes
///   (spaces and punctuation stay), so `fold(a).contains(fold(b))` is a fair `contains`.
/// - ``tokens(of:)`` splits text into words (each Han, kana or Hangul character is a word
///   of its own) with scalar offsets, the folded word, and its index `keys`: the folded
///   word and, for Arabic, the word without its proclitics ("والصين" → "والصين",
///   "الصين", "لصين"…, "صين").
/// - ``foldToken(_:)`` is what a query word is looked up as in an index built from `keys`:
///   folded, and for Arabic without a leading article and the proclitics before it.
public enum TextNormalizer {
    /// The folded form of `text`. Extraction folds every country match's surface, so ASCII
    /// text (most surfaces) is folded byte by byte into the result's storage.
    public static func fold(_ text: String) -> String {
        let tables = ScalarFolding.tables
        return UTF8Scalars.withUTF8(text) { bytes in
            foldASCII(bytes, tables: tables) ?? {
                var scalars: [UInt32] = []
                scalars.reserveCapacity(bytes.count)
                var offset = 0
                while offset < bytes.count {
                    let (value, length) = UTF8Scalars.decode(bytes, at: offset)
                    ScalarFolding.append(ScalarFolding.entry(value, tables: tables), to: &scalars, tables: tables)
                    offset += length
                }
                return scalars.withUnsafeBufferPointer { UTF8Scalars.string(from: $0, skippingZeros: false) }
            }()
        }
    }

    /// `fold` of ASCII text whose every character folds to one ASCII character; nil for
    /// any other text.
    private static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>, tables: ScalarFolding.Tables) -> String? {
        let foldsToASCII = bytes.allSatisfy { byte in
            byte < 0x80 && UInt32(truncatingIfNeeded: ScalarFolding.entry(UInt32(byte), tables: tables)) < 0x80
        }
        guard foldsToASCII else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { folded in
            for (index, byte) in bytes.enumerated() {
                folded[index] = UInt8(truncatingIfNeeded: ScalarFolding.entry(UInt32(byte), tables: tables))
            }
            return bytes.count
        }
    }

    /// The key a query word is looked up under in a token index (see the type's contract).
    public static func foldToken(_ token: String) -> String {
        let folded = fold(token).unicodeScalars.map(\.value)
        return string(from: ArabicClitics.strippingArticle(folded))
    }

    /// The words of `text`, in order (see the type's contract).
    public static func tokens(of text: String) -> [FoldedToken] {
        TokenScanner.withScanner(of: text) { scanner in
            var folded: [UInt32] = []
            var tokens: [FoldedToken] = []
            while let token = scanner.next(folding: &folded) {
                var keys = [string(from: folded)]
                if token.script == .arabic {
                    for prefix in ArabicClitics.prefixes(of: folded).reversed() {
                        keys.append(string(from: folded.dropFirst(prefix.count)))
                    }
                }
                tokens.append(FoldedToken(start: token.start, end: token.end, folded: keys[0], keys: keys))
            }
            return tokens
        }
    }

    /// A string of folded scalar values (always valid scalars).
    static func string<S: Sequence>(from scalars: S) -> String where S.Element == UInt32 {
        Array(scalars).withUnsafeBufferPointer { UTF8Scalars.string(from: $0, skippingZeros: false) }
    }
}

/// A word of text with its folded form and index keys (see ``TextNormalizer``).
public struct FoldedToken: Sendable, Hashable {
    /// Offsets in Unicode scalars of the original text.
    public var start: Int
    /// Offset just past the token's last scalar.
    public var end: Int
    /// The token folded (case, accents, Arabic diacritics, width).
    public var folded: String
    /// The forms to index this word under: `folded` first, then Arabic stems, the least
    /// stripped first.
    public var keys: [String]

    /// A token at `start..<end`.
    public init(start: Int, end: Int, folded: String, keys: [String]) {
        self.start = start
        self.end = end
        self.folded = folded
        self.keys = keys
    }
}
