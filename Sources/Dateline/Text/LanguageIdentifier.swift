/// Tells the language of a text's body: an ISO 639-1 code, or `und` when it cannot tell.
///
/// Each line (paragraph) is judged on its own, by script first (Arabic, Cyrillic, Hangul;
/// kana → ja; Han without kana → zh; Greek, Hebrew, Thai, Devanagari), then for Latin
/// script by function words (`LanguageProfiles`). The lines' verdicts are weighed by
/// their length in letters, so the body outweighs a headline, short boilerplate ("Share",
/// "A+ A-") counts for nothing, and a trailing site note in another language loses.
public struct LanguageIdentifier: Sendable {
    /// The identifier over the compiled-in language profiles.
    public static let standard = LanguageIdentifier()

    /// Lines with fewer weighted letters than this are boilerplate (unless nothing else is).
    private static let minimumLineWeight = 12
    /// The least weight of evidence for any verdict other than `und`.
    private static let minimumWeight = 4
    /// A Latin line needs at least this many function words of its language.
    private static let minimumFunctionWords = 2

    /// Function word hash → bit mask of the profiles that have it.
    private let wordLanguages: KeyTable
    /// The codes a verdict can name, by index: the Latin profiles first, in their order of
    /// preference, then the languages told by script (``ScriptLanguage``).
    private let codes: [String]
    /// Each code's place in alphabetical order, which breaks ties between weights.
    private let alphabeticalRanks: [Int]
    /// Indonesian and Malay, the one pair of profiles whose tie has a verdict (see ``LineCensus``).
    private let sisters: LineCensus.Sisters
    private let latinCount: Int
    /// Telltale letter → index in `codes`, by ``TelltaleTable/slot(lead:next:)``.
    private let telltales: TelltaleTable
    /// The most letters a function word has: longer ASCII words need no lookup.
    private let longestFunctionWord: Int

    /// An identifier over the compiled-in language profiles (prefer ``standard``).
    public init() {
        self.wordLanguages = KeyTable(Self.functionWords.languages)
        self.longestFunctionWord = Self.functionWords.longest
        let codes = LanguageProfiles.latinWords.map(\.language) + ScriptLanguage.allCases.map(\.code)
        self.codes = codes
        var ranks = [Int](repeating: 0, count: codes.count)
        for (rank, index) in codes.indices.sorted(by: { codes[$0] < codes[$1] }).enumerated() { ranks[index] = rank }
        self.alphabeticalRanks = ranks
        self.sisters = LineCensus.Sisters(first: codes.firstIndex(of: "id") ?? -1, second: codes.firstIndex(of: "ms") ?? -1)
        self.latinCount = LanguageProfiles.latinWords.count
        self.telltales = TelltaleTable(LanguageProfiles.telltaleLetters + LanguageProfiles.otherScriptLetters + LanguageProfiles.foreignLatinLetters, codes: codes)
    }

    /// The profiles' function words: folded word hash → bit mask of the profiles that have it
    /// (bit i: profile i), and the most letters a function word has. The gazetteer's word
    /// table holds them too (see ``WordEntry``), so that an article's words are probed once.
    static let functionWords: (languages: [UInt64: Int32], longest: Int) = {
        var languages: [UInt64: Int32] = [:], longest = 0
        for (bit, profile) in LanguageProfiles.latinWords.enumerated() {
            for word in profile.words.split(separator: " ") {
                longest = max(longest, word.unicodeScalars.count)
                let key = CountryMatcher.hash(ArraySlice(word.unicodeScalars.map(\.value)))
                languages[key, default: 0] |= 1 << Int32(bit)
            }
        }
        return (languages, longest)
    }()

    /// The language of the body of `text`, or `und`.
    public func identify(_ text: String) -> String {
        identifyWithLines(TokenizedText(text)).language
    }

    /// The language of the body of `text` (as ``identify(_:)``) and each line's own verdict
    /// (as ``lineLanguages(_:)``), from one pass over the text.
    /// `words`, when given, are the tokens' entries in the gazetteer's word table (see
    /// ``CountryMatcher/words(of:)``), which hold the function words: no probe of this
    /// identifier's own table is then made.
    func identifyWithLines(_ text: TokenizedText, words: [WordEntry]? = nil) -> (language: String, lines: LineVerdicts) {
        var lines = LineVerdicts(codes: codes, lineCount: text.lineBreaks.count + 1)
        // The weights of long and of short lines by code, and the line census's counts, on the
        // stack: one buffer, no arrays (and one closure: a second one, nested, made Swift copy
        // the text and the identifier into it, retains and all).
        let censusCounts = LineCensus.countsNeeded(languageCount: codes.count)
        let best = withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * codes.count + censusCounts) { buffer in
            let weights = UnsafeMutableBufferPointer(rebasing: buffer[..<codes.count])
            let shortLines = UnsafeMutableBufferPointer(rebasing: buffer[codes.count..<(2 * codes.count)])
            weights.initialize(repeating: 0)
            shortLines.initialize(repeating: 0)
            var census = LineCensus(counts: UnsafeMutableBufferPointer(rebasing: buffer[(2 * codes.count)...]), languageCount: codes.count)
            forEachLine(of: text, words: words, census: &census) { start, end, verdict in
                lines.append(start: start, end: end, verdict: verdict)
                guard let verdict else { return }
                if verdict.weight >= Self.minimumLineWeight {
                    weights[verdict.language] += verdict.weight
                } else {
                    shortLines[verdict.language] += verdict.weight
                }
            }
            return heaviest(weights.contains(where: { $0 > 0 }) ? weights : shortLines)
        }
        return (best.weight >= Self.minimumWeight ? codes[best.code] : "und", lines)
    }

    /// The code with the most weight; between equal weights, the code first in alphabetical order.
    private func heaviest(_ weights: UnsafeMutableBufferPointer<Int>) -> (code: Int, weight: Int) {
        var best = 0
        for index in weights.indices
        where weights[index] > weights[best] || (weights[index] == weights[best] && alphabeticalRanks[index] < alphabeticalRanks[best]) {
            best = index
        }
        return (best, weights[best])
    }

    /// What ``identify(_:)`` says of the text of one line alone, read from that line's verdict
    /// in `lines` (from ``identifyWithLines(_:)`` of the whole text); nil when `range` is not
    /// exactly one of the lines.
    static func language(ofLine range: Range<Int>, in lines: LineVerdicts) -> String? {
        guard let line = lines.verdicts.first(where: { $0.start == range.lowerBound && $0.end == range.upperBound }) else { return nil }
        return line.weight >= minimumWeight ? lines.codes[line.code] : "und"
    }

    /// Each line of `text` with its own language (`und` when it has none) and the weight
    /// of that verdict in letters (CJK characters count twice). An extractor can use it to
    /// set aside lines in another language than the body (a site note after the article).
    public func lineLanguages(_ text: String) -> [LineLanguage] {
        let lines = identifyWithLines(TokenizedText(text)).lines
        return lines.verdicts.map { line in
            LineLanguage(start: line.start, end: line.end, language: line.code < 0 ? "und" : lines.codes[line.code], weight: line.weight)
        }
    }

    /// Calls `body` with each line's scalar offsets and verdict (a `codes` index and its weight),
    /// counting each line in `census`. Inlined into its one caller, whose `body` is then no call per line.
    @inline(__always)
    private func forEachLine(
        of text: TokenizedText, words: [WordEntry]?, census: inout LineCensus, _ body: (Int, Int, (language: Int, weight: Int)?) -> Void
    ) {
        text.withScalars { scalars in
            let tokens = text.tokens
            var next = 0, lineStart = 0
            for line in 0...text.lineBreaks.count {
                let lineEnd = line < text.lineBreaks.count ? text.lineBreaks[line] : text.scalarCount
                // A line without tokens (the blank line between paragraphs) has no verdict,
                // and leaves the census as clean as it found it.
                guard next < tokens.count, tokens[next].start < lineEnd else {
                    body(lineStart, lineEnd, nil)
                    lineStart = lineEnd + 1
                    continue
                }
                census.reset()
                while next < tokens.count, tokens[next].start < lineEnd {
                    census.count(tokens[next], scalars: scalars, telltales: telltales)
                    if tokens[next].script == .latin, let mask = functionWordLanguages(of: next, tokens, words) {
                        census.addFunctionWord(mask)
                    }
                    next += 1
                }
                body(lineStart, lineEnd, census.verdict(latinCount: latinCount, sisters: sisters))
                lineStart = lineEnd + 1
            }
        }
    }
}

extension LanguageIdentifier {
    /// The profiles that have Latin token `index` as a function word (a bit mask), from its
    /// word entry when `words` are given, else from this identifier's table.
    @inline(__always)
    fileprivate func functionWordLanguages(of index: Int, _ tokens: [ScannedToken], _ words: [WordEntry]?) -> Int32? {
        if let words {
            let mask = words[index].functionWordLanguages
            return mask == 0 ? nil : mask
        }
        return mayBeFunctionWord(tokens[index]) ? wordLanguages[tokens[index].hash] : nil
    }

    /// Whether a Latin token may be one of the profiles' function words: an ASCII token folds
    /// to as many letters as it has, so one longer than every function word is none of them.
    @inline(__always)
    fileprivate func mayBeFunctionWord(_ token: ScannedToken) -> Bool {
        !token.isASCII || token.end - token.start <= longestFunctionWord
    }
}

/// Languages told by their script rather than by function words; they follow the Latin
/// profiles' codes in ``LanguageIdentifier``'s code list, in this order (their raw values).
private enum ScriptLanguage: Int, CaseIterable {
    case ar, fa, ur, ru, uk, ko, ja, zh, el, he, th, hi, und

    /// The ISO 639-1 code (the case's name).
    var code: String { String(describing: self) }
}

/// Two-byte UTF-8 letters that point to one language, as a flat table over (lead byte,
/// continuation byte) pairs, so that a lookup is one array read.
private struct TelltaleTable {
    /// Index in the identifier's code list + 1, or 0 for no language.
    private var languages = [UInt8](repeating: 0, count: 64 * 64)

    init(_ letters: [(bytes: [UInt8], language: String)], codes: [String]) {
        for letter in letters {
            guard let code = codes.firstIndex(of: letter.language),
                  let slot = Self.slot(lead: letter.bytes[0], next: letter.bytes[1]) else { continue }
            languages[slot] = UInt8(code + 1)
        }
    }

    /// Valid UTF-8 has a continuation byte (10xxxxxx) after a lead byte of 11xxxxxx, so the
    /// pair is fully told by the low six bits of each.
    @inline(__always)
    private static func slot(lead: UInt8, next: UInt8) -> Int? {
        guard lead >= 0xC0, next & 0xC0 == 0x80 else { return nil }
        return Int(lead & 0x3F) << 6 | Int(next & 0x3F)
    }

    /// The slot of a letter, from its scalar value: the slot of its UTF-8's first two bytes.
    @inline(__always)
    private static func slot(of value: UInt32) -> Int {
        // Two bytes 110aaaaa 10bbbbbb give aaaaabbbbbb, the value itself; a three-byte letter's
        // lead 1110aaaa keeps 10aaaa, and a four-byte one's 11110aaa keeps 110aaa.
        Int(value < 0x800 ? value : value < 0x10000 ? 0x800 | value >> 6 : 0xC00 | value >> 12)
    }

    /// The language a letter (a scalar value from U+0080 on) points to, as an index in the code list.
    @inline(__always)
    func language(of value: UInt32) -> Int? {
        let slot = Self.slot(of: value)
        guard languages[slot] != 0 else { return nil }
        return Int(languages[slot]) - 1
    }
}

/// Each line's verdict, as ``LanguageIdentifier/identifyWithLines(_:)`` finds them: code
/// indexes, not strings, as every article has a dozen lines and few are asked about.
struct LineVerdicts {
    struct Verdict {
        var start: Int
        var end: Int
        /// Index in `codes`, or -1 for `und`.
        var code: Int
        var weight: Int
    }

    fileprivate let codes: [String]
    fileprivate private(set) var verdicts: [Verdict] = []

    fileprivate init(codes: [String], lineCount: Int) {
        self.codes = codes
        verdicts.reserveCapacity(lineCount)
    }

    fileprivate mutating func append(start: Int, end: Int, verdict: (language: Int, weight: Int)?) {
        verdicts.append(Verdict(start: start, end: end, code: verdict?.language ?? -1, weight: verdict?.weight ?? 0))
    }
}

/// A line of text and its language (see ``LanguageIdentifier/lineLanguages(_:)``).
/// Offsets count Unicode scalars; `end` excludes the line break.
public struct LineLanguage: Sendable, Hashable {
    /// Offset of the line's first scalar.
    public var start: Int
    /// Offset just past the line's last scalar.
    public var end: Int
    /// The ISO 639-1 code of the line, or `und`.
    public var language: String
    /// How much text the judgement rests on (letters of the line).
    public var weight: Int

    /// A line `start..<end` in `language`.
    public init(start: Int, end: Int, language: String, weight: Int) {
        self.start = start
        self.end = end
        self.language = language
        self.weight = weight
    }
}

/// What one line holds: letters by script, function words by language, telltale letters.
/// Counts are indexed by the identifier's code list; the census is reset, not remade, for
/// each line, as it is judged for every line of every article, and its counts share one
/// buffer on the stack (no allocation, and no copy-on-write check per count).
private struct LineCensus {
    /// Letters by ``ScalarClass`` raw value (16 slots), then by code: letters of scripts other
    /// than the main ones (by ``ScriptLanguage``: el, he, th, hi, und), function words (by
    /// Latin profile) and telltale letters.
    private let counts: UnsafeMutableBufferPointer<Int>
    private static let otherScriptsStart = 16
    private let functionWordsStart: Int, telltalesStart: Int

    /// How many counts a census for `languageCount` codes holds.
    static func countsNeeded(languageCount: Int) -> Int { otherScriptsStart + 3 * languageCount }

    /// A census for `languageCount` codes over `counts` (``countsNeeded(languageCount:)`` of
    /// them), which live for as long as it is used.
    init(counts: UnsafeMutableBufferPointer<Int>, languageCount: Int) {
        precondition(languageCount <= UInt32.bitWidth, "each code's evidence is one bit of latinEvidence")
        self.counts = counts
        functionWordsStart = Self.otherScriptsStart + languageCount
        telltalesStart = functionWordsStart + languageCount
        counts.initialize(repeating: 0)
    }

    /// Function words of the line, of any profile: a line with fewer than two has no Latin verdict.
    private var functionWordCount = 0
    /// Bit i: code i has a function word or a telltale letter in the line; for a Latin profile,
    /// a score above 0. The others score 0, and ``latinVerdict(latinCount:sisters:weight:)`` skips
    /// them; ``reset()`` zeroes only their counts.
    private var latinEvidence: UInt32 = 0

    /// Zeroes the counts the last line made, not all of them: its letters by script, the other
    /// scripts' letters if it had any, and the function words and telltale letters of the
    /// codes with evidence (most lines have a few).
    mutating func reset() {
        if letters(.otherLetter) != 0 {
            UnsafeMutableBufferPointer(rebasing: counts[Self.otherScriptsStart..<functionWordsStart]).update(repeating: 0)
        }
        UnsafeMutableBufferPointer(rebasing: counts[..<Self.otherScriptsStart]).update(repeating: 0)
        var touched = latinEvidence
        while touched != 0 {
            let code = touched.trailingZeroBitCount
            counts[functionWordsStart &+ code] = 0
            counts[telltalesStart &+ code] = 0
            touched &= touched &- 1
        }
        functionWordCount = 0
        latinEvidence = 0
    }

    private func letters(_ script: ScalarClass) -> Int { counts[Int(script.rawValue)] }
    private func otherScript(_ code: Int) -> Int { counts[Self.otherScriptsStart + code] }
    private func functionWords(_ code: Int) -> Int { counts[functionWordsStart + code] }
    private func telltales(_ code: Int) -> Int { counts[telltalesStart + code] }

    /// Runs for every token: inlined, as a call would pass the token by value.
    @inline(__always)
    mutating func count(_ token: ScannedToken, scalars: UnsafeBufferPointer<UInt32>, telltales table: TelltaleTable) {
        let length = token.end - token.start
        counts[Int(token.script.rawValue)] &+= length
        switch token.script {
        case .latin, .arabic, .cyrillic:
            guard token.hasTelltaleLetter else { return }
            for value in scalars[token.start..<token.end] where value >= 0x80 {
                if let language = table.language(of: value) {
                    counts[telltalesStart &+ language] &+= 1
                    latinEvidence |= 1 << UInt32(language)  // non-Latin bits are masked off for the verdict
                }
            }
        case .otherLetter where !token.isASCII: counts[Self.otherScriptsStart + Self.script(ofFirst: scalars[token.start]).index] += length
        default: break
        }
    }

    /// Counts a function word for each Latin profile in `mask` (bit i: profile i).
    mutating func addFunctionWord(_ mask: Int32) {
        functionWordCount += 1
        latinEvidence |= UInt32(bitPattern: mask)
        var remaining = UInt32(bitPattern: mask)
        while remaining != 0 {
            counts[functionWordsStart &+ remaining.trailingZeroBitCount] &+= 1
            remaining &= remaining - 1
        }
    }

    /// Judges by the dominant script; Latin lines by function words. Runs for every line of
    /// every article, so the common cases build no arrays.
    func verdict(latinCount: Int, sisters: Sisters) -> (language: Int, weight: Int)? {
        let cjk = letters(.han) + letters(.kana)
        // The heaviest script; between equal weights, the first considered.
        var script = ScalarClass.latin, weight = letters(.latin)
        func consider(_ candidate: ScalarClass, _ candidateWeight: Int) {
            if candidateWeight > weight { (script, weight) = (candidate, candidateWeight) }
        }
        consider(.cyrillic, letters(.cyrillic))
        consider(.arabic, letters(.arabic))
        consider(.otherLetter, letters(.otherLetter))
        consider(.han, cjk * 2)
        consider(.hangul, letters(.hangul) * 2)
        guard weight > 0 else { return nil }
        let code = { (language: ScriptLanguage) in language.index }
        switch script {
        case .arabic: return (variant(of: code(.ar), among: code(.fa), or: code(.ur), letters: weight), weight)
        case .cyrillic: return (variant(of: code(.ru), among: code(.uk), letters: weight), weight)
        case .hangul: return (code(.ko), weight)
        case .han, .kana: return (letters(.kana) * 10 > cjk ? code(.ja) : code(.zh), weight)
        case .otherLetter:
            let scripts: [ScriptLanguage] = [.el, .he, .th, .hi, .und]
            let top = scripts.max { otherScript($0.index) < otherScript($1.index) }!
            guard otherScript(top.index) > 0, top != .und else { return nil }
            return (top.index, weight)
        default: return latinVerdict(latinCount: latinCount, sisters: sisters, weight: weight)
        }
    }

    /// Two Latin profiles (indexes in the code list) that share most words, so that a tie
    /// between them goes to the first (Indonesian before Malay).
    struct Sisters {
        var first: Int
        var second: Int
    }

    /// The Latin profile with the best score (function words, and half a point per telltale
    /// letter), the first on ties; nil under two function words or on a tie other than
    /// between the `sisters`. Only profiles with evidence are scored: the others score 0, below
    /// any best score of a line with two function words; they are visited in order, so the
    /// first on ties still wins.
    private func latinVerdict(latinCount: Int, sisters: Sisters, weight: Int) -> (language: Int, weight: Int)? {
        guard functionWordCount >= 2 else { return nil }
        let evidence = latinEvidence & (1 << UInt32(latinCount) &- 1)
        var best = 0, bestScore = 0
        var remaining = evidence
        while remaining != 0 {
            let language = remaining.trailingZeroBitCount
            let candidate = score(language)
            if candidate > bestScore { (best, bestScore) = (language, candidate) }
            remaining &= remaining - 1
        }
        guard functionWords(best) >= 2, !hasForeignLetters(weight: weight) else { return nil }
        remaining = evidence
        while remaining != 0 {
            let rival = remaining.trailingZeroBitCount
            if rival != best, score(rival) == bestScore {
                guard rival > best, best == sisters.first, rival == sisters.second else { return nil }
            }
            remaining &= remaining - 1
        }
        return (best, weight)
    }

    /// Whether letters of a Latin language without a profile (``LanguageProfiles/foreignLatinLetters``)
    /// are two or more and over 2% of the line's `weight` letters: a name ("Erdoğan", "Babiš")
    /// in a line of a profile's language has fewer.
    private func hasForeignLetters(weight: Int) -> Bool {
        let foreign = telltales(ScriptLanguage.und.index)
        return foreign >= 2 && foreign * 50 > weight
    }

    /// A Latin profile's score in half points (so that it is a whole number).
    private func score(_ language: Int) -> Int { functionWords(language) * 2 + telltales(language) }

    /// `base`, or a sister language whose own letters make up more than 2% of the line
    /// (`first`, or `second` when it has more of them). Fixed parameters, not variadic ones,
    /// which would make an array per line.
    private func variant(of base: Int, among first: Int, or second: Int? = nil, letters: Int) -> Int {
        var best = first
        if let second, telltales(second) > telltales(best) { best = second }
        guard telltales(best) * 50 > letters else { return base }
        return best
    }

    /// Scripts other than the main ones, by their first letter (the blocks whose UTF-8 starts
    /// CE–CF, D7, E0 B8–B9 and E0 A4–A5).
    private static func script(ofFirst value: UInt32) -> ScriptLanguage {
        switch value {
        case 0x0380...0x03FF: return .el
        case 0x05C0...0x05FF: return .he
        case 0x0E00...0x0E7F: return .th
        case 0x0900...0x097F: return .hi
        default: return .und
        }
    }
}

private extension ScriptLanguage {
    /// Index in the identifier's code list (after the Latin profiles): a sum, as the verdict
    /// of every line asks for a few.
    var index: Int { LanguageProfiles.latinWords.count + rawValue }
}
