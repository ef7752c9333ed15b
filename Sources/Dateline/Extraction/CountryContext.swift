/// Country references read in their context, after the gazetteer has matched them:
///
/// - a demonym that names a language, not a state: "the Chinese version", "an
///   Arabic-language edition", "written in English", "la version chinoise", "на китайском
///   языке", "باللغة العربية";
/// - a name that is also a person's or a thing's: "Michael Jordan", "Chad Smith", "Georgia
///   Tech" (only for names listed as ambiguous, and not in Title Case lines);
/// - a joint form that names several states at once ("North and South Korea", "les deux
///   Corées", data code `KP+KR`), which becomes one reference per state.
///
/// Word lists are folded once; the checks look at one word on either side of a match.
enum CountryContext {
    static func refine(_ matches: [CountryMatch], in text: ScalarText) -> [CountryMatch] {
        var result: [CountryMatch] = []
        result.reserveCapacity(matches.count)
        for match in matches {
            if match.code.contains("+") {
                result += match.code.split(separator: "+").map { code in
                    var single = match
                    single.code = String(code)
                    return single
                }
                continue
            }
            if match.kind == .demonym, namesLanguage(match, in: text) { continue }
            if let previous = previousWord(before: match.start, in: text), languageNamePrefixes.contains(text, previous) { continue }
            if ambiguousNames.contains(TextNormalizer.fold(match.surface)), isPartOfName(match, in: text) { continue }
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
    static let languageNouns = WordSet("""
    version versions edition editions translation translations translated language languages speaker speakers speaking
    subtitles subtitled dubbed characters script dialect dialects grammar lessons teacher teachers textbook textbooks
    traduction traductions édition langue langues sous-titres sous-titrée doublée
    versión traducción edición idioma idiomas lengua subtítulos doblada
    versão tradução edição língua legendas dublada
    fassung ausgabe übersetzung sprache sprachen untertiteln
    versi edisi terjemahan bahasa
    версия версии версию язык языке языка языком языки перевод переводе издание
    اللغة باللغة بلغة لغة النسخة نسخة بالنسخة الترجمة ترجمة
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

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

    /// Of those, the ones also used as first names ("Chad Smith", "Jordan Peterson", "Paris Hilton").
    static let firstNames: Set<String> = ["jordan", "chad", "georgia", "paris", "sydney", "kenya", "israel", "sofia", "francia"]

    /// "Michael Jordan", "George Washington", "Chad Smith": the name stands between
    /// capitalised words that are not titles, in a line that is not in Title Case.
    private static func isPartOfName(_ match: CountryMatch, in text: ScalarText) -> Bool {
        guard text.isUpper(match.start), !isTitleCaseLine(around: match.start, in: text) else { return false }
        if let previous = previousWord(before: match.start, in: text, sameLineOnly: true), isNameWord(previous, in: text) {
            return true
        }
        if firstNames.contains(TextNormalizer.fold(match.surface)),
           let next = nextWord(after: match.end, in: text, allowingGap: true), isNameWord(next, in: text) {
            return true
        }
        return false
    }

    /// A capitalised word that is not a title, an institution word, a determiner or a connector.
    private static func isNameWord(_ word: Range<Int>, in text: ScalarText) -> Bool {
        guard word.count >= 2, text.isUpper(word.lowerBound), !text.isUpper(word.lowerBound + 1) else { return false }
        var folded = text.foldedString(word)
        if folded.hasSuffix("'s") { folded.removeLast(2) }
        return !PeopleFinder.isTitle(folded) && !PeopleFinder.institutionWords.contains(folded)
            && !PeopleFinder.calendarWords.contains(folded) && !ClauseWords.determiners.contains(folded)
            && !ClauseWords.leadingConnectors.contains(folded) && !ClauseWords.clauseBoundaries.contains(folded)
            && !ClauseWords.afterVerbStops.contains(folded) && !ClauseWords.pronouns.contains(folded)
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
        let words = text.wordRanges(in: range).filter { $0.count >= 4 }
        guard words.count >= 3 else { return shortLines }
        return words.filter { text.isUpper($0.lowerBound) }.count * 3 >= words.count * 2
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
