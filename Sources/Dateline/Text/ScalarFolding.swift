import Foundation

/// What a scalar is for tokenizing: which script's words it builds, a mark that continues
/// the current word, or a separator. CJK scripts are split because their characters are
/// matched one by one (no spaces), and Hangul because Korean attaches particles to words.
enum ScalarClass: UInt8 {
    case separator, mark, latin, cyrillic, arabic, otherLetter, han, kana, hangul

    /// Scripts written without spaces between words: each character is its own token.
    @inline(__always)
    var isCharacterWise: Bool { rawValue >= Self.han.rawValue }  // han, kana and hangul come last
}

/// The per-scalar half of folding: compatibility decomposition (full/half width,
/// presentation forms, ligatures), case, diacritics and combining marks, Arabic letter
/// variants and tatweel. Computed once into a table so that folding a scalar is one lookup.
///
/// Folding is per scalar on purpose: the tokenizer and the country matcher fold as they
/// scan, and `TextNormalizer.fold` folds strings the same way, so all of them agree.
enum ScalarFolding {
    /// Scalars below this bound, and those in `highRange`, are looked up in the table.
    private static let lowBound: UInt32 = 0x3400
    private static let highRange: ClosedRange<UInt32> = 0xF900...0xFFFF
    /// Table value meaning "folds to nothing" (combining marks, tatweel).
    static let removed: UInt32 = 0xFFFF_FFFF
    /// Table values at or above this index `expansions` (a scalar folding to several).
    static let expansionBase: UInt32 = 0x0100_0000

    /// One table entry per scalar: the folded value (low 32 bits), the ``ScalarClass``
    /// (bits 32–39) and the letter case flags (bits 40–47), so a scalar costs one lookup.
    typealias Entry = UInt64

    /// The entries are allocated once and never freed: lookups without reference counting
    /// or bounds checks (``slot(_:)`` keeps them in range).
    struct Tables: @unchecked Sendable {
        var entries: UnsafeMutablePointer<Entry>
        var expansions: [[UInt32]]
    }

    static let uppercaseFlag: UInt8 = 1
    static let lowercaseFlag: UInt8 = 2

    static let tables: Tables = buildTables()

    /// Table slot of a scalar, or nil when it is outside the tabulated ranges.
    @inline(__always)
    static func slot(_ value: UInt32) -> Int? {
        if value < lowBound { return Int(value) }
        if highRange.contains(value) { return Int(lowBound + value - highRange.lowerBound) }
        return nil
    }

    /// The entry of any scalar (outside the table: itself, its class, no case).
    @inline(__always)
    static func entry(_ value: UInt32, tables: Tables) -> Entry {
        if let slot = slot(value) { return tables.entries[slot] }
        return pack(folded: value, kind: untabulatedClass(value), letterCase: 0)
    }

    @inline(__always)
    static func pack(folded: UInt32, kind: ScalarClass, letterCase: UInt8) -> Entry {
        Entry(folded) | Entry(kind.rawValue) << 32 | Entry(letterCase) << 40
    }

    @inline(__always)
    static func kind(of entry: Entry) -> ScalarClass {
        // Entries are only ever packed from a ScalarClass, so the raw value is valid.
        unsafeBitCast(UInt8(truncatingIfNeeded: entry >> 32), to: ScalarClass.self)
    }

    @inline(__always)
    static func letterCase(of entry: Entry) -> UInt8 { UInt8(truncatingIfNeeded: entry >> 40) }

    /// The class of a scalar outside the table. Never inlined: its Unicode property lookup
    /// would give every caller's frame a per-call metadata fetch, and it is rarely reached.
    @inline(never)
    static func untabulatedClass(_ value: UInt32) -> ScalarClass {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x20000...0x3FFFF: return .han
        case 0xAC00...0xD7AF: return .hangul
        default:
            guard let scalar = Unicode.Scalar(value) else { return .separator }
            return scalar.properties.isAlphabetic ? .otherLetter : .separator
        }
    }

    /// FNV-1a over folded scalars: the key of a token for the gazetteer and the profiles.
    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func hash(_ hash: UInt64, adding value: UInt32) -> UInt64 {
        (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
    }

    /// Appends the folded form held in `entry` to `buffer`.
    @inline(__always)
    static func append(_ entry: Entry, to buffer: inout [UInt32], tables: Tables) {
        let folded = UInt32(truncatingIfNeeded: entry)
        if folded < expansionBase {
            buffer.append(folded)
        } else if folded != removed {
            buffer.append(contentsOf: tables.expansions[Int(folded - expansionBase)])
        }
    }

    private static func buildTables() -> Tables {
        let count = Int(lowBound) + highRange.count
        let entries = UnsafeMutablePointer<Entry>.allocate(capacity: count)
        entries.initialize(repeating: 0, count: count)
        var tables = Tables(entries: entries, expansions: [])
        for slot in 0..<count {
            let value = slot < Int(lowBound) ? UInt32(slot) : UInt32(slot) - lowBound + highRange.lowerBound
            guard let scalar = Unicode.Scalar(value) else { continue }
            let letterCase = (scalar.properties.isUppercase ? uppercaseFlag : 0) | (scalar.properties.isLowercase ? lowercaseFlag : 0)
            let folded = foldSlowly(scalar)
            var foldedValue: UInt32
            switch folded.count {
            case 0: foldedValue = removed
            case 1: foldedValue = folded[0]
            default:
                foldedValue = expansionBase + UInt32(tables.expansions.count)
                tables.expansions.append(folded)
            }
            tables.entries[slot] = pack(folded: foldedValue, kind: classify(scalar), letterCase: letterCase)
        }
        return tables
    }

    private static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        let value = scalar.value
        if value < 0x80 {
            let isWordCharacter = (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            return isWordCharacter ? .latin : .separator
        }
        if value == 0x0640 { return .mark }  // tatweel stretches a word, never splits it
        if value == 0x30FB { return .kana }  // the middle dot inside katakana names (サントメ・プリンシペ)
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return script(of: value)
        default: return .separator
        }
    }

    private static func script(of value: UInt32) -> ScalarClass {
        switch value {
        case 0x0000...0x036F, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xFF10...0xFF5A: return .latin
        case 0x0400...0x052F: return .cyrillic
        case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .arabic
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return .kana
        case 0x1100...0x11FF, 0x3130...0x318F, 0xFFA0...0xFFDC: return .hangul
        case 0x2E80...0x2FDF, 0x3005, 0x3007, 0x3021...0x3029, 0xF900...0xFAFF: return .han
        default: return .otherLetter
        }
    }

    /// Folding of one scalar, from first principles (used only to fill the table).
    private static func foldSlowly(_ scalar: Unicode.Scalar) -> [UInt32] {
        if let arabic = arabicVariant(scalar.value) { return arabic }
        if scalar.value == 0x0419 || scalar.value == 0x0439 { return [0x0439] }  // Russian й is a letter, not и with a mark
        if isKana(scalar.value) {
            // Width only: dakuten distinguish kana ("ド" is not "ト").
            return String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars.map(\.value)
        }
        let compatible = String(scalar).precomposedStringWithCompatibilityMapping
        let folded = compatible.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var result: [UInt32] = []
        for part in folded.unicodeScalars {
            if let arabic = arabicVariant(part.value) {
                result.append(contentsOf: arabic)
            } else if let letter = latinLetterVariant(part.value) {
                result.append(contentsOf: letter.unicodeScalars.map(\.value))
            } else if !isCombiningMark(part) {
                result.append(part.value)
            }
        }
        return result
    }

    private static func isKana(_ value: UInt32) -> Bool {
        (0x3040...0x30FF).contains(value) || (0xFF66...0xFF9F).contains(value)
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Arabic letters written interchangeably in news text: alef with hamza or madda,
    /// alef maqsura, ta marbuta, Persian yeh and kaf; tatweel and harakat vanish.
    private static func arabicVariant(_ value: UInt32) -> [UInt32]? {
        switch value {
        case 0x0622, 0x0623, 0x0625, 0x0671: return [0x0627]  // آ أ إ ٱ → ا
        case 0x0649, 0x06CC: return [0x064A]                  // ى ی → ي
        case 0x0629: return [0x0647]                          // ة → ه
        case 0x06A9: return [0x0643]                          // ک → ك
        case 0x0640, 0x064B...0x065F, 0x0670: return []       // tatweel, harakat, dagger alef
        default: return nil
        }
    }

    /// Latin letters that diacritic folding leaves alone but readers treat as plain letters.
    private static func latinLetterVariant(_ value: UInt32) -> String? {
        switch value {
        case 0x00F8: return "o"   // ø
        case 0x00E6: return "ae"  // æ
        case 0x0153: return "oe"  // œ
        case 0x0142: return "l"   // ł
        case 0x0111: return "d"   // đ
        case 0x0131: return "i"   // dotless ı
        default: return nil
        }
    }
}
