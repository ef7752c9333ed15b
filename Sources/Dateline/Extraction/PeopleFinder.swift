/// A named person of the story, with the country a title beside the name gives
/// ("Chinese Foreign Minister Wang Yi" → CN, "الرئيس الأمريكي، باراك أوباما" → US).
struct PersonName: Sendable {
    var range: Range<Int>
    var name: String
    var country: String?
}

/// Finds named persons: runs of capitalised words (Latin and Cyrillic scripts) without the
/// titles before them, and in Arabic the name set off by commas after a title
/// ("وزير خارجية الصين، وانغ يي،"). Organisations, places, countries and calendar words are
/// not persons.
struct PeopleFinder {
    let text: ScalarText
    /// Country references of the text, to exclude names of places and to read titles.
    let countries: [CountryMatch]

    /// Title words, dropped from the front of a name and read for the person's country.
    static let titles = words("""
    president minister foreign prime secretary spokesman spokeswoman spokesperson ambassador chancellor king queen
    leader general senator governor chief director deputy vice envoy counterpart his her state mr mrs ms dr us
    président ministre premier secrétaire porte-parole ambassadeur chef directeur général homologue son sa m mme
    presiden menteri perdana luar negeri juru bicara duta besar kepala direktur jenderal wakil pemimpin bapak ibu
    presidente ministro primer secretario portavoz embajador canciller jefe porta-voz embaixador chanceler
    präsident minister kanzler sprecher botschafter außenminister bundeskanzler herr frau
    президент министр премьер глава посол пресс-секретарь госсекретарь канцлер лидер
    """)

    /// Words that make a capitalised run an organisation or a place, not a person.
    static let institutionWords = words("""
    ministry bureau agency council department office news pictures entertainment corporation company group
    university party army forces committee organization organisation union nations house senate congress court
    bank cinemas cinema studios service services post times press network television radio center centre
    ministère conseil agence bureau gouvernement nations unies assemblée armée parti
    kementerian dewan badan kantor pemerintah perserikatan bangsa-bangsa
    ministerio consejo agencia gobierno ministerium rat regierung министерство совет агентство правительство
    camp street avenue city island islands sea ocean river mount valley hollywood california
    """)

    /// Calendar words and other capitalised non-names.
    static let calendarWords = words("""
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december dec jan feb internet christmas noël natal
    senin selasa rabu kamis jumat sabtu minggu lundi mardi mercredi jeudi vendredi samedi dimanche
    """)

    private static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { String(String.UnicodeScalarView(ScalarTable.fold(String($0)).compactMap(Unicode.Scalar.init))) })
    }

    /// Definite words that are parts of Arabic names ("عبد الله", "نور الدين").
    static let arabicNameParts: Set<String> = ["الله", "الدين", "الرحمن", "العزيز", "الرحيم"]

    /// The persons named in `ranges`.
    func people(in ranges: [Range<Int>]) -> [PersonName] {
        var found: [PersonName] = []
        for range in ranges {
            found += capitalisedNames(in: range)
            found += arabicAppositiveNames(in: range)
        }
        return found
    }

    private func isCountry(_ range: Range<Int>) -> Bool {
        countries.contains { $0.start < range.upperBound && range.lowerBound < $0.end }
    }

    private func capitalisedNames(in range: Range<Int>) -> [PersonName] {
        let words = text.words(in: range)
        var result: [PersonName] = []
        var i = 0
        while i < words.count {
            guard isNameWord(words[i]) else { i += 1; continue }
            var j = i
            while j + 1 < words.count, isNameWord(words[j + 1]), text.string(words[j].range.upperBound..<words[j + 1].range.lowerBound) == " " { j += 1 }
            var run = Array(words[i...j])
            while let first = run.first, Self.titles.contains(first.folded) || ClauseWords.determiners.contains(first.folded)
                || ClauseWords.leadingConnectors.contains(first.folded) || isCountry(first.range) { run.removeFirst() }
            let isInstitution = words[i...j].contains { Self.institutionWords.contains($0.folded) }
            if run.count >= 2, run.count <= 4, !isInstitution, !run.contains(where: { isCountry($0.range) || Self.calendarWords.contains($0.folded) }) {
                let nameRange = run.first!.range.lowerBound..<run.last!.range.upperBound
                result.append(PersonName(range: nameRange, name: text.string(nameRange), country: titleCountry(before: nameRange, from: words[max(0, i - 7)].range.lowerBound)))
            }
            i = j + 1
        }
        return result
    }

    private func isNameWord(_ word: Word) -> Bool {
        guard let first = text.scalars[word.range.lowerBound].properties.isUppercase ? word : nil else { return false }
        let letters = text.string(first.range).filter(\.isLetter)
        return letters.count >= 2 && !letters.allSatisfy(\.isUppercase)
    }

    /// The country of a title just before a name ("Chinese Foreign Minister", "his US counterpart").
    private func titleCountry(before name: Range<Int>, from start: Int) -> String? {
        countries.last { $0.start >= start && $0.end <= name.lowerBound }?.code
    }

    /// "وزير خارجية الصين، وانغ يي،": a title phrase, a comma, two or three undefined words, a comma or stop.
    private func arabicAppositiveNames(in range: Range<Int>) -> [PersonName] {
        let words = text.words(in: range)
        guard words.contains(where: { $0.folded.unicodeScalars.first.map { (0x0600...0x06FF).contains($0.value) } ?? false }) else { return [] }
        let arabicTitles: Set<String> = ["وزير", "الرئيس", "رئيس", "نظيره", "لنظيره", "الزعيم", "للزعيم", "المتحدث", "السفير", "الأمين", "الملك", "ولي", "زعيم", "للرئيس", "والرئيس"].reduce(into: []) { $0.insert(String(String.UnicodeScalarView(ScalarTable.fold($1).compactMap(Unicode.Scalar.init)))) }
        var result: [PersonName] = []
        for (index, word) in words.enumerated() where arabicTitles.contains(word.folded) {
            var k = index + 1
            while k < words.count, k <= index + 4, !text.string(words[k - 1].range.upperBound..<words[k].range.lowerBound).contains("،") { k += 1 }
            guard k < words.count, k <= index + 4 else { continue }
            var end = k
            while end < words.count, end < k + 3, !StatementFinder.isDefinite(words[end].folded) || Self.arabicNameParts.contains(words[end].folded) {
                let gap = end > k ? text.string(words[end - 1].range.upperBound..<words[end].range.lowerBound) : " "
                if gap.contains("،") || gap.contains(".") { break }
                end += 1
            }
            guard end - k >= 2 else { continue }
            let nameRange = words[k].range.lowerBound..<words[end - 1].range.upperBound
            let country = countries.last { $0.start >= word.range.lowerBound && $0.end <= nameRange.lowerBound }?.code
            result.append(PersonName(range: nameRange, name: text.string(nameRange), country: country))
        }
        return result
    }
}
