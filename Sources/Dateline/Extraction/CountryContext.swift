/// Country references read in their context, after the gazetteer has matched them:
///
/// - a demonym that names a language, not a state: "the Chinese version", "an
///   Arabic-language edition", "written in English", "la version chinoise", "на китайском
///   языке", "باللغة العربية";
/// - a name that is also a person's or a thing's: "Michael Jordan", "Chad Smith", "Georgia
///   Tech" (only for names listed as ambiguous, and not in Title Case lines), and the same
///   name alone after it ("Jordan said");
/// - a joint form that names several states at once ("North and South Korea", "les deux
///   Corées", data code `KP+KR`), which becomes one reference per state.
///
/// Word lists are folded once; the checks look at one word on either side of a match.
enum CountryContext {
    static func refine(_ matches: [CountryMatch], in text: ScalarText) -> [CountryMatch] {
        var result: [CountryMatch] = []
        result.reserveCapacity(matches.count)
        // Ambiguous names already read as part of a person's name ("Karen Jordan"): alone later
        // ("Jordan said"), they are that person again.
        var surnames: [Int] = []
        for match in matches {
            if match.code.utf8.contains(UInt8(ascii: "+")) {
                result += match.code.split(separator: "+").map { code in
                    var single = match
                    single.code = String(code)
                    return single
                }
                continue
            }
            if match.kind == .demonym, namesLanguage(match, in: text) { continue }
            if let previous = previousWord(before: match.start, in: text), languageNamePrefixes.contains(text, previous) { continue }
            if text.isUpper(match.start), let name = ambiguousName(match.start..<match.end, in: text) {
                if surnames.contains(name) { continue }
                if isPartOfName(match, isFirstName: ambiguousEntries[name].isFirstName, in: text) {
                    surnames.append(name)
                    continue
                }
            }
            result.append(match)
        }
        return readingAmman(result)
    }

    /// "عمان" is Oman, or Amman when written "عمّان" or when the text speaks of Jordan and
    /// not otherwise of Oman ("عمان (بترا) -").
    private static func readingAmman(_ matches: [CountryMatch]) -> [CountryMatch] {
        func bareOman(_ match: CountryMatch) -> Bool {
            match.code == "OM" && match.surface.count <= 5 && match.surface.hasSuffix("عمان")
        }
        let marked = matches.contains { $0.code == "OM" && $0.surface.unicodeScalars.contains("\u{0651}") }
        guard marked || matches.contains(where: bareOman) && matches.contains(where: { $0.code == "JO" })
                && !matches.contains(where: { $0.code == "OM" && !bareOman($0) }) else { return matches }
        return matches.map { match in
            guard match.code == "OM", bareOman(match) || match.surface.unicodeScalars.contains("\u{0651}") else { return match }
            var amman = match
            amman.code = "JO"
            amman.kind = .capital
            amman.via = "capital (Amman, beside Jordan), ar"
            return amman
        }
    }

    // MARK: - Languages

    /// Nouns that make a demonym beside them a language ("version", "bahasa", "языке", "اللغة").
    static let languageNouns = WordSet(list: """
    version versions edition editions translation translations translated language languages speaker speakers speaking
    subtitles subtitled dubbed characters script dialect dialects grammar lessons teacher teachers textbook textbooks
    traduction traductions édition langue langues sous-titres sous-titrée doublée
    versión traducción edición idioma idiomas lengua subtítulos doblada
    versão tradução edição língua legendas dublada
    fassung ausgabe übersetzung sprache sprachen untertiteln
    versi edisi terjemahan bahasa
    версия версии версию язык языке языка языком языки перевод переводе издание
    اللغة باللغة بلغة لغة النسخة نسخة بالنسخة الترجمة ترجمة
    """)

    /// Words before a country's name that make it a language ("bahasa Inggris", "bahasa Arab").
    static let languageNamePrefixes = WordSet(["bahasa", "berbahasa"])

    /// Prepositions after which a demonym standing alone is a language ("in English", "en chinois", "auf Chinesisch").
    static let languagePrepositions = WordSet(["in", "into", "en", "em", "auf", "from"])

    /// Conjunctions that may join two language names ("in Chinese and English").
    static let conjunctions = WordSet(["and", "or", "et", "ou", "y", "o", "e", "und", "oder", "dan", "atau", "и", "или"])

    private static func namesLanguage(_ match: CountryMatch, in text: ScalarText) -> Bool {
        // "Arabic-language", "chinesischsprachige" are one word with a suffix: look at the hyphen.
        if match.end < text.count, text.scalars[match.end] == "-", let next = nextWord(after: match.end + 1, in: text, allowingGap: false),
           languageNouns.contains(text, next) {
            return true
        }
        let next = nextWord(after: match.end, in: text, allowingGap: true)
        if let next, languageNouns.contains(text, next) { return true }
        if let previous = previousWord(before: match.start, in: text) {
            if languageNouns.contains(text, previous) { return true }
            if languagePrepositions.contains(text, previous) {
                return next.map { conjunctions.contains(text, $0) } ?? true
            }
        }
        return false
    }

    // MARK: - Names of persons and things

    /// Country names that are also first names, surnames or parts of other names.
    static let ambiguousNames: Set<String> = Set("""
    jordan georgia chad niger guinea turkey china israel kenya cuba chile washington paris berlin lima sydney madrid
    milan mali togo benin gabon samoa tonga sofia chad's jordan's georgia's montenegro francia
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { TextNormalizer.fold(String($0)) })

    /// ``ambiguousNames`` as folded scalars, each with whether it is one of the ``firstNames``.
    private static let ambiguousEntries: [(scalars: [UInt32], isFirstName: Bool)] = ambiguousNames.sorted().map { name in
        (name.unicodeScalars.map(\.value), firstNames.contains(name))
    }

    /// The hash of each name's folded scalars, by index in ``ambiguousEntries``: a few dozen
    /// 64-bit values in a row, which a linear search reads from a few cache lines (a hash
    /// table over so few keys would leave each probe a cold line).
    private static let ambiguousNameHashes: [UInt64] = ambiguousEntries.map { entry in
        entry.scalars.reduce(ScalarFolding.hashSeed) { ScalarFolding.hash($0, adding: $1) }
    }

    /// The index in ``ambiguousEntries`` of the name the match at `range` (its surface, the
    /// text's scalars there) folds to, if any; compared scalar by scalar (the names are
    /// ASCII, so that is comparing strings). Read from the text's scalars, not the match's
    /// `surface` string, as it runs for every capitalised match.
    private static func ambiguousName(_ range: Range<Int>, in text: ScalarText) -> Int? {
        guard range.lowerBound >= 0, range.upperBound <= text.count else { return nil }
        return text.scalars.withUnsafeBufferPointer { buffer in
            let surface = UnsafeBufferPointer(rebasing: buffer[range])
            var hash = ScalarFolding.hashSeed
            forEachFoldedScalar(of: surface) { hash = ScalarFolding.hash(hash, adding: $0); return true }
            guard let index = ambiguousNameHashes.firstIndex(of: hash) else { return nil }
            let name = ambiguousEntries[index].scalars
            var k = 0
            let equal = forEachFoldedScalar(of: surface) { value in
                defer { k += 1 }
                return k < name.count && name[k] == value
            }
            return equal && k == name.count ? index : nil
        }
    }

    /// Calls `body` with each scalar of `TextNormalizer.fold` of `scalars`, without a string,
    /// until it returns false; returns whether it never did.
    @discardableResult @inline(__always)
    private static func forEachFoldedScalar(of scalars: UnsafeBufferPointer<Unicode.Scalar>, _ body: (UInt32) -> Bool) -> Bool {
        let tables = ScalarFolding.tables
        for scalar in scalars {
            let folded = UInt32(truncatingIfNeeded: ScalarFolding.entry(scalar.value, tables: tables))
            if folded < ScalarFolding.expansionBase {
                guard body(folded) else { return false }
            } else if folded != ScalarFolding.removed {
                for value in tables.expansions[Int(folded - ScalarFolding.expansionBase)] where !body(value) { return false }
            }
        }
        return true
    }

    /// Of those, the ones also used as first names ("Chad Smith", "Jordan Peterson", "Paris Hilton").
    static let firstNames: Set<String> = ["jordan", "chad", "georgia", "paris", "sydney", "kenya", "israel", "sofia", "francia"]

    /// "Michael Jordan", "George Washington", "Chad Smith": the name stands between
    /// capitalised words that are not titles, in a line that is not in Title Case.
    /// `isFirstName` tells whether the match's name is one of the ``firstNames``.
    private static func isPartOfName(_ match: CountryMatch, isFirstName: Bool, in text: ScalarText) -> Bool {
        guard text.isUpper(match.start) else { return false }
        let afterName = previousWord(before: match.start, in: text, sameLineOnly: true).map { isNameWord($0, in: text) } ?? false
        let beforeName = !afterName && isFirstName
            && (nextWord(after: match.end, in: text, allowingGap: true).map { isNameWord($0, in: text) } ?? false)
        // The line is read last: most matches have no name beside them.
        return (afterName || beforeName) && !isTitleCaseLine(around: match.start, in: text)
    }

    /// A capitalised word that is not a title, an institution word, a determiner or a connector.
    private static func isNameWord(_ word: Range<Int>, in text: ScalarText) -> Bool {
        guard word.count >= 2, text.isUpper(word.lowerBound), !text.isUpper(word.lowerBound + 1) else { return false }
        let key = PeopleFinder.withoutPossessive(word, in: text)
        // One lookup in each table answers all its lists.
        return PeopleFinder.roles(text, key).isDisjoint(with: [.title, .institution, .calendar])
            && !PeopleFinder.hasTitleEnding(key, in: text)
            && ClauseWords.kinds(text, key).isDisjoint(with: [.determiner, .leadingConnector, .clauseBoundary, .afterVerbStop, .pronoun])
    }

    /// Whether most words of the line holding `offset` are capitalised (a headline in Title Case).
    private static func isTitleCaseLine(around offset: Int, in text: ScalarText) -> Bool {
        var start = offset, end = offset
        while start > 0, text.scalars[start - 1] != "\n" { start -= 1 }
        while end < text.count, text.scalars[end] != "\n" { end += 1 }
        return isTitleCase(start..<min(end, start + 400), in: text, shortLines: true)
    }

    /// Whether two thirds of the words of four letters or more in `range` are capitalised;
    /// a line with fewer than three such words counts as Title Case when `shortLines`.
    static func isTitleCase(_ range: Range<Int>, in text: ScalarText, shortLines: Bool) -> Bool {
        isTitleCase(text.wordRanges(in: range), in: text, shortLines: shortLines)
    }

    /// ``isTitleCase(_:in:shortLines:)`` of a range already split into `words`.
    static func isTitleCase(_ words: [Range<Int>], in text: ScalarText, shortLines: Bool) -> Bool {
        var long = 0, capitalised = 0
        for word in words where word.count >= 4 {
            long += 1
            if text.isUpper(word.lowerBound) { capitalised += 1 }
        }
        guard long >= 3 else { return shortLines }
        return capitalised * 3 >= long * 2
    }

    // MARK: - Neighbouring words

    private static func previousWord(before offset: Int, in text: ScalarText, sameLineOnly: Bool = false) -> Range<Int>? {
        var i = offset
        while i > 0, text.isSpace(i - 1) {
            if sameLineOnly, text.scalars[i - 1] == "\n" { return nil }
            i -= 1
        }
        let end = i
        while i > 0, text.isWord(i - 1) || (i > 1 && text.scalars[i - 1] == "-" && text.isWord(i - 2)) { i -= 1 }
        return i < end ? i..<end : nil
    }

    private static func nextWord(after offset: Int, in text: ScalarText, allowingGap: Bool) -> Range<Int>? {
        var i = offset
        while allowingGap, i < text.count, text.isSpace(i), text.scalars[i] != "\n" { i += 1 }
        let start = i
        while i < text.count, text.isWord(i) || (text.scalars[i] == "-" && text.isWord(i + 1) && i > start) { i += 1 }
        return i > start ? start..<i : nil
    }
}
