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
    private let languages: [String]

    /// An identifier over the compiled-in language profiles (prefer ``standard``).
    public init() {
        var wordLanguages: [UInt64: Int32] = [:]
        for (bit, profile) in LanguageProfiles.latinWords.enumerated() {
            for word in profile.words.split(separator: " ") {
                let key = CountryMatcher.hash(ArraySlice(word.unicodeScalars.map(\.value)))
                wordLanguages[key, default: 0] |= 1 << Int32(bit)
            }
        }
        self.wordLanguages = KeyTable(wordLanguages)
        self.languages = LanguageProfiles.latinWords.map(\.language)
    }

    /// The language of the body of `text`, or `und`.
    public func identify(_ text: String) -> String {
        var weights: [String: Int] = [:]
        var shortLines: [String: Int] = [:]
        for line in lineLanguages(text) where line.language != "und" {
            if line.weight >= Self.minimumLineWeight {
                weights[line.language, default: 0] += line.weight
            } else {
                shortLines[line.language, default: 0] += line.weight
            }
        }
        if weights.isEmpty { weights = shortLines }
        guard let best = weights.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
              best.value >= Self.minimumWeight else { return "und" }
        return best.key
    }

    /// Each line of `text` with its own language (`und` when it has none) and the weight
    /// of that verdict in letters (CJK characters count twice). An extractor can use it to
    /// set aside lines in another language than the body (a site note after the article).
    public func lineLanguages(_ text: String) -> [LineLanguage] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var lines: [LineLanguage] = []
            var lineStart = 0, scalarStart = 0, scalars = 0
            for index in 0...bytes.count {
                guard index < bytes.count, bytes[index] != 0x0A else {
                    let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<index])
                    let verdict = judge(line)
                    lines.append(LineLanguage(start: scalarStart, end: scalarStart + scalars,
                                              language: verdict?.language ?? "und", weight: verdict?.weight ?? 0))
                    lineStart = index + 1
                    scalarStart += scalars + 1
                    scalars = 0
                    continue
                }
                if bytes[index] & 0xC0 != 0x80 { scalars += 1 }
            }
            return lines
        } ?? []
    }

    /// The language of one line and the weight of that verdict, or nil when it has none.
    private func judge(_ line: UnsafeBufferPointer<UInt8>) -> (language: String, weight: Int)? {
        var census = LineCensus()
        var scanner = TokenScanner(bytes: line, keepsAllFolded: false)
        var folded: [UInt32] = []
        while let token = scanner.next(folding: &folded) {
            census.count(token, bytes: line)
            if token.script == .latin, let mask = wordLanguages[token.hash] {
                census.addFunctionWord(mask, languageCount: languages.count)
            }
        }
        return census.verdict(languages: languages)
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
private struct LineCensus {
    /// Letters by ``ScalarClass`` raw value.
    var letters = [Int](repeating: 0, count: 16)
    var otherScripts: [String: Int] = [:]
    var functionWords: [Int] = Array(repeating: 0, count: 16)
    var telltales: [String: Int] = [:]

    mutating func count(_ token: ScannedToken, bytes: UnsafeBufferPointer<UInt8>) {
        let length = token.end - token.start
        letters[Int(token.script.rawValue)] += length
        guard token.endByte - token.startByte > length else { return }  // ASCII only
        let word = UnsafeBufferPointer(rebasing: bytes[token.startByte..<token.endByte])
        switch token.script {
        case .latin: tally(LanguageProfiles.telltaleLetters, in: word, into: &telltales)
        case .arabic, .cyrillic: tally(LanguageProfiles.otherScriptLetters, in: word, into: &telltales)
        case .otherLetter: otherScripts[Self.script(ofLead: word), default: 0] += length
        default: break
        }
    }

    mutating func addFunctionWord(_ mask: Int32, languageCount: Int) {
        for bit in 0..<languageCount where mask & (1 << Int32(bit)) != 0 {
            functionWords[bit] += 1
        }
    }

    /// Judges by the dominant script; Latin lines by function words.
    func verdict(languages: [String]) -> (language: String, weight: Int)? {
        let cjk = letters(.han) + letters(.kana)
        let weighted: [(ScalarClass, Int)] = [
            (.latin, letters(.latin)), (.cyrillic, letters(.cyrillic)), (.arabic, letters(.arabic)),
            (.otherLetter, letters(.otherLetter)), (.han, cjk * 2), (.hangul, letters(.hangul) * 2),
        ]
        guard let (script, weight) = weighted.max(by: { $0.1 < $1.1 }), weight > 0 else { return nil }
        switch script {
        case .arabic: return (variant(of: "ar", among: ["fa", "ur"], letters: weight), weight)
        case .cyrillic: return (variant(of: "ru", among: ["uk"], letters: weight), weight)
        case .hangul: return ("ko", weight)
        case .han, .kana: return (letters(.kana) * 10 > cjk ? "ja" : "zh", weight)
        case .otherLetter:
            guard let top = otherScripts.max(by: { $0.value < $1.value }), top.key != "und" else { return nil }
            return (top.key, weight)
        default: return latinVerdict(languages: languages, weight: weight)
        }
    }

    private func letters(_ script: ScalarClass) -> Int { letters[Int(script.rawValue)] }

    private func latinVerdict(languages: [String], weight: Int) -> (language: String, weight: Int)? {
        var scores = languages.indices.map { Double(functionWords[$0]) }
        for (index, language) in languages.enumerated() {
            scores[index] += Double(telltales[language] ?? 0) * 0.5
        }
        guard let best = scores.indices.max(by: { scores[$0] < scores[$1] || (scores[$0] == scores[$1] && $0 > $1) }),
              functionWords[best] >= 2 else { return nil }
        let rivals = scores.indices.filter { $0 != best && scores[$0] == scores[best] }
        // Indonesian and Malay share most words; a tie goes to the first in the profile order.
        guard rivals.allSatisfy({ $0 > best && languages[best] == "id" && languages[$0] == "ms" }) else { return nil }
        return (languages[best], weight)
    }

    /// `base`, or a sister language whose own letters make up more than 2% of the line.
    private func variant(of base: String, among others: [String], letters: Int) -> String {
        let best = others.max { (telltales[$0] ?? 0) < (telltales[$1] ?? 0) }
        guard let best, (telltales[best] ?? 0) * 50 > letters else { return base }
        return best
    }

    private func tally(_ table: [(bytes: [UInt8], language: String)], in word: UnsafeBufferPointer<UInt8>, into counts: inout [String: Int]) {
        var index = 0
        while index + 1 < word.count {
            if word[index] >= 0xC0, let hit = table.first(where: { $0.bytes[0] == word[index] && $0.bytes[1] == word[index + 1] }) {
                counts[hit.language, default: 0] += 1
            }
            index += 1
        }
    }

    /// Scripts other than the main ones, by the lead bytes of their first letter.
    private static func script(ofLead word: UnsafeBufferPointer<UInt8>) -> String {
        switch (word[0], word.count > 1 ? word[1] : 0) {
        case (0xCE...0xCF, _): return "el"
        case (0xD7, _): return "he"
        case (0xE0, 0xB8...0xB9): return "th"
        case (0xE0, 0xA4...0xA5): return "hi"
        default: return "und"
        }
    }
}
