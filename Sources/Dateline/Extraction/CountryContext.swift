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
        // Most articles keep every match as it is: the array is copied only from the first
        // match that is dropped or split.
        var result: [CountryMatch]?
        // Ambiguous names already read as part of a person's name ("Karen Jordan"): alone later
        // ("Jordan said"), they are that person again.
        var surnames: [Int] = []
        for index in matches.indices {
            let isJoint = CountryMatch.isJoint(matches[index].code)
            let keeps = !isJoint && keeps(matches[index].start..<matches[index].end, kind: matches[index].kind, surnames: &surnames, in: text)
            if result == nil {
                if keeps { continue }
                result = Array(matches[..<index])
            }
            if isJoint {
                result! += matches[index].code.split(separator: "+").map { code in
                    var single = matches[index]
                    single.code = String(code)
                    return single
                }
            } else if keeps {
                result!.append(matches[index])
            }
        }
        return readingAmman(result ?? matches)
    }

    /// Whether a match of one country at `match` stays a reference to it: not a language,
    /// nor a person's name (whose ambiguous name `surnames` then holds). Given its span and
    /// kind, not the match, which would be copied, strings and all.
    private static func keeps(_ match: Range<Int>, kind: CountryReferenceKind, surnames: inout [Int], in text: ScalarText) -> Bool {
        if kind == .demonym, namesLanguage(match, in: text) { return false }
        if followsLanguageNamePrefix(match.lowerBound, in: text) { return false }
        if text.isUpper(match.lowerBound), let name = ambiguousName(match, in: text) {
            if surnames.contains(name) { return false }
            if isPartOfName(match, isFirstName: ambiguousEntries[name].isFirstName, in: text) {
                surnames.append(name)
                return false
            }
        }
        return true
    }

    /// The institutions the gazetteer gives to Germany that a German-speaking state names alike
    /// (stems: the inflected "Bundeskanzlers" is one too; "Bundeskanzler" covers
    /// "Bundeskanzleramt"). Austria has a federal chancellor, government and council; Switzerland's
    /// government is the Bundesrat (its "Bundeskanzler" heads the staff, and "die
    /// Bundesregierung" in Swiss copy is mostly Germany's). The Bundes…minister compounds,
    /// parties, the Bundestag and the Bundeswehr stay Germany's.
    static func sharedFederalOffices(of state: String) -> [String] {
        switch state {
        case "AT": ["Bundeskanzler", "Bundesregierung", "Kanzleramt", "Bundesrat"]
        case "CH": ["Bundesrat"]
        default: []
        }
    }

    /// Gives the federal offices of ``sharedFederalOffices(of:)`` to `datelineCountry` (a
    /// German-language story datelined "WIEN (APA)" or "BERN (SDA)"), unless a reference to
    /// Germany stands just before the office ("Der deutsche Bundeskanzler Friedrich Merz").
    /// `matches` are in text order.
    static func rehomeFederalOffices(_ matches: inout [CountryMatch], to datelineCountry: String, in text: ScalarText) {
        let offices = sharedFederalOffices(of: datelineCountry)
        guard !offices.isEmpty else { return }
        for index in matches.indices where matches[index].kind == .institution && matches[index].code == "DE"
            && offices.contains(where: matches[index].surface.hasPrefix) {
            if index > 0, matches[index - 1].code == "DE",
               (matches[index - 1].end..<matches[index].start).allSatisfy({ text.isSpace($0) }) { continue }
            matches[index].code = datelineCountry
            matches[index].via = "institution (federal office of the dateline's state), de"
        }
    }

    /// "عمان" is Oman, or Amman when written "عمّان" or when the text speaks of Jordan and
    /// not otherwise of Oman ("عمان (بترا) -").
    private static func readingAmman(_ matches: [CountryMatch]) -> [CountryMatch] {
        func bareOman(_ match: CountryMatch) -> Bool {
            match.code == "OM" && match.surface.count <= 5 && match.surface.hasSuffix("عمان")
        }
        guard matches.contains(where: { $0.code == "OM" }) else { return matches }
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
    private static let languageNamePrefixList = ["bahasa", "berbahasa"]
    static let languageNamePrefixes = WordSet(languageNamePrefixList)
    /// Bit `c & 63` for the last scalar c of each of them.
    private static let languageNamePrefixLasts = languageNamePrefixList.reduce(UInt64(0)) { $0 | 1 << UInt64($1.unicodeScalars.last!.value & 63) }

    /// Whether the word before `offset` is one of ``languageNamePrefixes``. The word before
    /// every match is asked: most are told by their last scalar, before the word is found
    /// (a 0, an ignored mark, says nothing).
    private static func followsLanguageNamePrefix(_ offset: Int, in text: ScalarText) -> Bool {
        var end = min(offset, text.count)
        while end > 0, text.isSpace(end - 1) { end -= 1 }
        guard end > 0, text.folded[end - 1] == 0 || languageNamePrefixLasts & 1 << UInt64(text.folded[end - 1] & 63) != 0,
              let previous = previousWord(before: offset, in: text) else { return false }
        return languageNamePrefixes.contains(text, previous)
    }

    /// Prepositions after which a demonym standing alone is a language ("in English", "en chinois", "auf Chinesisch").
    static let languagePrepositions = WordSet(["in", "into", "en", "em", "auf", "from"])

    /// Conjunctions that may join two language names ("in Chinese and English").
    static let conjunctions = WordSet(["and", "or", "et", "ou", "y", "o", "e", "und", "oder", "dan", "atau", "и", "или"])

    /// Whether the demonym at `match` names a language.
    private static func namesLanguage(_ match: Range<Int>, in text: ScalarText) -> Bool {
        // "Arabic-language", "chinesischsprachige" are one word with a suffix: look at the hyphen.
        if match.upperBound < text.count, text.scalars[match.upperBound] == "-", let next = nextWord(after: match.upperBound + 1, in: text, allowingGap: false),
           languageNouns.contains(text, next) {
            return true
        }
        let next = nextWord(after: match.upperBound, in: text, allowingGap: true)
        if let next, languageNouns.contains(text, next) { return true }
        if let previous = previousWord(before: match.lowerBound, in: text) {
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

    /// ``ambiguousNames`` in order, each with whether it is one of the ``firstNames``.
    private static let ambiguousEntries: [(name: String, isFirstName: Bool)] = ambiguousNames.sorted().map { ($0, firstNames.contains($0)) }

    /// ``ambiguousEntries`` by index.
    private static let ambiguousNameSet = WordSet(folded: ambiguousEntries.map(\.name))

    /// For the first scalar c of each of ``ambiguousNames``, at `c & 63`: bit n for a name of n
    /// scalars.
    private static let ambiguousShapes: [UInt64] = ambiguousNames.reduce(into: [UInt64](repeating: 0, count: 64)) { shapes, name in
        shapes[Int(name.unicodeScalars.first!.value & 63)] |= 1 << UInt64(min(name.unicodeScalars.count, 63))
    }

    /// The index in ``ambiguousEntries`` of the name the match at `range` (its surface, the
    /// text's scalars there) folds to with `TextNormalizer.fold`, if any. It runs for every
    /// capitalised match: most scalars fold as ``ScalarText/folded`` holds them (see
    /// ``ScalarTable/ownFoldingBit``), so a surface of those is looked up where it stands,
    /// without a string.
    private static func ambiguousName(_ range: Range<Int>, in text: ScalarText) -> Int? {
        guard range.lowerBound >= 0, range.upperBound <= text.count else { return nil }
        // Most surfaces start with a letter, or have a length, that no such name has (the
        // set compares the scalars that are not 0): one pass finds them, and the scalars of
        // a folding of their own.
        var first: UInt32 = 0, count = 0, ownFolding = false
        // (Read through buffers: a column's subscript checks its bounds at every scalar.)
        text.tokenClasses.withUnsafeBufferPointer { classes in
            text.folded.withUnsafeBufferPointer { folded in
                for i in range {
                    if classes[i] & ScalarTable.ownFoldingBit != 0 {
                        ownFolding = true
                        return
                    }
                    guard folded[i] != 0 else { continue }
                    if count == 0 { first = folded[i] }
                    count += 1
                }
            }
        }
        if ownFolding { return ambiguousNameSet.entry(TextNormalizer.fold(text.string(range))) }
        guard ambiguousShapes[Int(first & 63)] & 1 << UInt64(min(count, 63)) != 0 else { return nil }
        return ambiguousNameSet.entry(text, range)
    }

    /// Of those, the ones also used as first names ("Chad Smith", "Jordan Peterson", "Paris Hilton").
    static let firstNames: Set<String> = ["jordan", "chad", "georgia", "paris", "sydney", "kenya", "israel", "sofia", "francia"]

    /// "Michael Jordan", "George Washington", "Chad Smith": the name stands between
    /// capitalised words that are not titles, in a line that is not in Title Case.
    /// `isFirstName` tells whether the match's name is one of the ``firstNames``.
    private static func isPartOfName(_ match: Range<Int>, isFirstName: Bool, in text: ScalarText) -> Bool {
        guard text.isUpper(match.lowerBound) else { return false }
        let previous = previousWord(before: match.lowerBound, in: text, sameLineOnly: true)
        let afterName = previous.map { isNameWord($0, in: text) } ?? false
        // ("Menteri Pertahanan Israel Noa Shapira": in Indonesian the state follows the title.)
        let beforeName = !afterName && isFirstName
            && !(previous.map { titlesBeforeState.contains(text, $0) } ?? false)
            && (nextWord(after: match.upperBound, in: text, allowingGap: true).map { isNameWord($0, in: text) } ?? false)
        // The line is read last: most matches have no name beside them.
        return (afterName || beforeName) && !isTitleCaseLine(around: match.lowerBound, in: text)
    }

    /// Indonesian title words that the state they serve follows ("Menteri Luar Negeri Israel",
    /// "Perdana Menteri Georgia"): a first name is not read there.
    private static let titlesBeforeState = WordSet([
        "menteri", "presiden", "negeri", "wakil", "kepala", "dubes", "besar", "bicara", "militer", "pertahanan", "perdagangan",
        "keuangan", "kesehatan", "pendidikan", "hukum", "perhubungan", "perindustrian", "pertanian", "agama", "sosial", "energi",
        "investasi", "kelautan", "perikanan", "ketenagakerjaan",
    ])

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
        var long = 0, capitalised = 0
        text.forEachWordRange(in: range) { word in
            if word.count >= 4 {
                long += 1
                if text.isUpper(word.lowerBound) { capitalised += 1 }
            }
            return true
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
