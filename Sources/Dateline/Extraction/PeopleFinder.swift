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
    /// Country references of the text, in text order and not overlapping (as the gazetteer
    /// gives them), to exclude names of places and to read titles.
    let countries: [CountryMatch]
    /// The ranges of `countries`, side by side, for the test of every word of a run.
    private let countrySpans: [Range<Int>]

    init(text: ScalarText, countries: [CountryMatch]) {
        self.text = text
        self.countries = countries
        countrySpans = countries.map { $0.start..<$0.end }
    }

    /// The persons named in `ranges`; the capitalised words of `ranges` (starting with a
    /// capital letter), in order, are appended to `capitalisedWords`.
    ///
    /// Names of the Latin and Cyrillic scripts are runs of capitalised words, so only those
    /// are read: a scan of the class bytes eight at a time finds them. Of an Arabic range, only
    /// the few words after each title are kept.
    func people(in ranges: [Range<Int>], capitalisedWords: inout [Range<Int>]) -> [PersonName] {
        var found: [PersonName] = []
        var titleWords: [Range<Int>] = [], titleWindows: [Range<Int>] = []
        for range in ranges {
            let first = capitalisedWords.count
            appendCapitalisedWords(of: range, to: &capitalisedWords)
            let capitals = capitalisedWords[first...]
            // A headline in Title Case ("Jepang Akan Bantu AS Lawan Serangan") capitalises
            // ordinary words: its runs are not names.
            let titleCase = range.count <= 200 && !endsSentence(range) && isTitleCase(range, capitals: capitals)
            if !titleCase {
                let named = found.count
                capitalisedNames(capitals, in: range, into: &found)
                listedSurnames(beside: named..<found.count, in: range, into: &found)
            }
            appositiveSurnames(capitals, in: range, into: &found)
            if opensInArabic(range) {
                arabicTitleWindows(of: range, words: &titleWords, windows: &titleWindows)
                for window in titleWindows { arabicAppositiveName(titleWords[window], into: &found) }
                for window in titleWindows { arabicNameBeforeComplementizer(titleWords[window], into: &found) }
            }
        }
        namingInflectedAsBase(&found)
        return found
    }

    /// "с главой МИД Турции Хаканом Фиданом … Хакан Фидан заявил": a Russian name in another
    /// case is named as the shortest form the article also writes it in with the same stems
    /// (the nominative of a masculine name, whichever case comes first; a feminine accusative,
    /// "Марию Захарову", is as long as its nominative and stays as written). Only Cyrillic
    /// names are compared, each with the few others.
    private func namingInflectedAsBase(_ found: inout [PersonName]) {
        for k in found.indices where (0x400..<0x530).contains(text.scalars[found[k].range.lowerBound].value) {
            var base: Int?
            for b in found.indices where b != k && isBaseForm(found[b].range, of: found[k].range)
                && base.map({ found[b].range.count < found[$0].range.count }) ?? true { base = b }
            guard let base else { continue }
            found[k].name = found[base].name
        }
    }

    /// Whether the name at `base` is the name at `inflected` with shorter endings: as many
    /// words, each of the same Russian stem, and fewer scalars in all. (Stems are read only
    /// for words that start alike.)
    private func isBaseForm(_ base: Range<Int>, of inflected: Range<Int>) -> Bool {
        guard base.count < inflected.count, text.folded[base.lowerBound] == text.folded[inflected.lowerBound] else { return false }
        var baseWords = text.lazyWordRanges(in: base), words = text.lazyWordRanges(in: inflected)
        while let word = words.next() {
            guard let baseWord = baseWords.next(), text.folded[word.lowerBound] == text.folded[baseWord.lowerBound],
                  stem(of: word).elementsEqual(stem(of: baseWord)) else { return false }
        }
        return baseWords.next() == nil
    }

    /// The folded stem of the Cyrillic word at `word` (see ``RussianCaseEndings``).
    private func stem(of word: Range<Int>) -> ArraySlice<UInt32> {
        let folded = ArraySlice(word.map { text.folded[$0] })
        return folded.prefix(RussianCaseEndings.stemLength(of: folded))
    }

    /// The words of `range` (those of ``ScalarText/forEachWordRange(in:_:)``) from each Arabic
    /// title on, ``arabicTitleWindow`` of them or up to the end of the range, written one
    /// window after another into `words`; `windows` holds the bounds of each. Every word is
    /// asked whether it is a title (most are told by their shape), but only these are kept.
    private func arabicTitleWindows(of range: Range<Int>, words: inout [Range<Int>], windows: inout [Range<Int>]) {
        words.removeAll(keepingCapacity: true)
        windows.removeAll(keepingCapacity: true)
        let shapes = Self.arabicTitleShapes
        text.folded.withUnsafeBufferPointer { folded in
            text.forEachWordRange(in: range) { word in
                guard Self.mayBeArabicTitle(folded[word], shapes: shapes), Self.arabicTitles.contains(text, word) else { return true }
                let start = words.count
                words.append(word)
                text.forEachWordRange(in: word.upperBound..<range.upperBound) { next in
                    words.append(next)
                    return words.count - start < Self.arabicTitleWindow
                }
                windows.append(start..<words.count)
                return true
            }
        }
    }

    /// How many words, the title first, the Arabic names after a title are read in: a name
    /// starts at most seven words past the title, and the word read after it is at most three
    /// further (see ``arabicNameBeforeComplementizer(_:into:)``).
    private static let arabicTitleWindow = 11

    /// Appends the words of `range` (those of ``ScalarText/forEachWordRange(in:_:)``) that
    /// start with a capital letter: the class bytes are read eight at a time for one, and
    /// only the words found so are read.
    private func appendCapitalisedWords(of range: Range<Int>, to words: inout [Range<Int>]) {
        let lower = max(range.lowerBound, 0), end = min(range.upperBound, text.count)
        text.classes.withUnsafeBufferPointer { classes in
            let isWord = { (i: Int) in classes[i] & ScalarTable.wordBit != 0 }
            var i = lower
            while i < end {
                i = ClassByteScan.first(in: classes, from: i, to: end) { $0 & $0 >> Self.upperShift & ClassByteScan.wordBits }
                guard i < end else { return }
                // Not a word start after a word scalar, nor after a hyphen or apostrophe that
                // joins it to one ("Jong-Un" is the word "Jong-Un").
                if i > lower, isWord(i - 1) || classes[i - 1] & ScalarTable.joinerBit != 0 && i - 2 >= lower && isWord(i - 2) {
                    i += 1
                    continue
                }
                let start = i
                i = ClassByteScan.wordEnd(in: classes, from: i + 1, to: end)
                words.append(start..<i)
            }
        }
    }

    /// How far the upper bit stands above the word bit.
    private static var upperShift: UInt64 { UInt64(ScalarTable.upperBit.trailingZeroBitCount - ScalarTable.wordBit.trailingZeroBitCount) }

    /// Whether an Arabic scalar stands among the first 200 scalars of `range`.
    private func opensInArabic(_ range: Range<Int>) -> Bool {
        let lower = max(range.lowerBound, 0), end = min(range.upperBound, text.count, lower + 200)
        guard lower < end else { return false }
        let shift = UInt64(ScalarTable.arabicBit.trailingZeroBitCount - ScalarTable.wordBit.trailingZeroBitCount)
        return text.classes.withUnsafeBufferPointer { classes in
            ClassByteScan.first(in: classes, from: lower, to: end) { $0 >> shift & ClassByteScan.wordBits } < end
        }
    }

    /// The start of the seventh word of `range` before the word starting at `start`, or of the
    /// first word of `range` when fewer stand before it (the words of
    /// ``ScalarText/forEachWordRange(in:_:)``, counted backwards).
    private func seventhWordStart(before start: Int, in range: Range<Int>) -> Int {
        let lower = max(range.lowerBound, 0), end = min(range.upperBound, text.count)
        return text.classes.withUnsafeBufferPointer { classes in
            let isWord = { (i: Int) in classes[i] & ScalarTable.wordBit != 0 }
            // A hyphen or apostrophe between word scalars belongs to the word.
            let inWord = { (i: Int) in isWord(i) || classes[i] & ScalarTable.joinerBit != 0 && i > lower && isWord(i - 1) && i + 1 < end && isWord(i + 1) }
            var found = 0, first = start, i = start - 1
            while i >= lower {
                guard inWord(i) else { i -= 1; continue }
                while i > lower, inWord(i - 1) { i -= 1 }
                found += 1
                first = i
                if found == 7 { break }
                i -= 1
            }
            return first
        }
    }

    /// ``CountryContext/isTitleCase(_:in:shortLines:)`` of `range` (short lines not counted),
    /// told from `capitals`, its capitalised words: two thirds of its words of four scalars or
    /// more must be among them, so the words are counted only until too many are not (the
    /// first line of most paragraphs tells), and none is stored.
    private func isTitleCase(_ range: Range<Int>, capitals: ArraySlice<Range<Int>>) -> Bool {
        // capitalised * 3 >= long * 2, where long counts every word of four scalars or more.
        let mostLong = capitals.count { $0.count >= 4 } * 3 / 2
        guard mostLong >= 3 else { return false }
        var long = 0
        text.forEachWordRange(in: range) { word in
            if word.count >= 4 { long += 1 }
            return long <= mostLong
        }
        return long >= 3 && long <= mostLong
    }

    /// Whether `range` ends with sentence punctuation (a paragraph, not a headline).
    private func endsSentence(_ range: Range<Int>) -> Bool {
        let trimmed = text.trimmed(range)
        guard !trimmed.isEmpty else { return false }
        switch text.scalars[trimmed.upperBound - 1] {
        case ".", "!", "?", "。", "\"", "”", "»": return true
        default: return false
        }
    }

    /// Whether `range` overlaps a country reference. The references are in text order and do
    /// not overlap, so their ends rise with their starts: the first that ends past the start of
    /// `range`, found by halving, is the only one to test (this runs for every word of a run).
    private func isCountry(_ range: Range<Int>) -> Bool {
        let k = firstCountry { $0.upperBound > range.lowerBound }
        return k < countrySpans.count && countrySpans[k].lowerBound < range.upperBound
    }

    /// The index of the first country span `isPast` holds for (the count when none), found by
    /// halving: the references are in text order, and `isPast` holds from some index on.
    private func firstCountry(where isPast: (Range<Int>) -> Bool) -> Int {
        var low = 0, high = countrySpans.count
        while low < high {
            let middle = (low + high) / 2
            if isPast(countrySpans[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// Runs of two or more capitalised words, one space apart, that name a person.
    /// `words` are the capitalised words of `range`.
    private func capitalisedNames(_ words: ArraySlice<Range<Int>>, in range: Range<Int>, into result: inout [PersonName]) {
        var i = words.startIndex
        while i < words.endIndex {
            guard isNameWord(words[i]) else { i += 1; continue }
            var j = i, beforeParticle: Int?
            while j + 1 < words.endIndex, isNameWord(words[j + 1]), continuesName(words[j], with: words[j + 1], after: j - i) {
                if beforeParticle == nil, words[j + 1].lowerBound - words[j].upperBound > 2 { beforeParticle = j }
                j += 1
            }
            // A name goes on past its particle by one word ("Lula da Silva", "von der Leyen"); a run
            // that goes on further names a body after the name ("Jair Bolsonaro do Partido Liberal",
            // "Hugo Motta da Câmara dos Deputados"), and so does one no person's name could be: the
            // name is the run before the particle.
            let whole = beforeParticle.map { j > $0 + 1 ? $0 : j } ?? j
            if whole > i, let name = personName(words[i...whole], in: range, among: result)
                ?? beforeParticle.flatMap({ $0 > i && $0 < whole ? personName(words[i...$0], in: range, among: result) : nil }) {
                result.append(name)
            }
            i = j + 1
        }
    }

    /// Whether the capitalised word `next` continues the name that `word` ends, after `earlier`
    /// words of the run: one space apart, after a title's abbreviation ("Gen. Dan Caine", "Sr.
    /// Pedro Sánchez"), or across the lower-case particles of a name ("Marcelo Rebelo de Sousa",
    /// "Ursula von der Leyen") when `next` is no state, title or institution ("Gustavo Petro de
    /// Colombia" ends at "Petro"). A single particle after a single word is no name's ("Câmara
    /// dos Deputados": nouns joined by a preposition); ``isParticleGap(_:)`` reads the particles.
    private func continuesName(_ word: Range<Int>, with next: Range<Int>, after earlier: Int) -> Bool {
        let gap = word.upperBound..<next.lowerBound
        switch gap.count {
        case 1: return text.scalars[gap.lowerBound] == " "
        case 2:
            return text.scalars[gap.lowerBound] == "." && text.scalars[gap.lowerBound + 1] == " "
                && SentenceSplitter.abbreviations.contains(text, word) && Self.roles(text, word).contains(.title)
        case 3...9:
            // The gap opens and closes with a plain space and holds only white space of any kind
            // (a tab, a no-break space) and lower-case word scalars; then its words are read.
            guard text.scalars[gap.lowerBound] == " ", text.scalars[gap.upperBound - 1] == " ",
                  gap.allSatisfy({ text.isSpace($0) || text.isWord($0) && !text.isUpper($0) }),
                  earlier > 0 || text.hasWords(atLeast: 2, in: gap), isParticleGap(gap) else { return false }
            return !isCountry(next) && Self.roles(text, next).isDisjoint(with: [.title, .institution, .calendar])
        default: return false
        }
    }

    /// Whether the lower-case words of `gap` are a name's particles: one that only names use
    /// ("de", "da", "dos", "von", "van", "bin"), or "von", "van" or "de" with an article ("von der
    /// Leyen", "de la Cruz"). An article alone ("Friedrich Merz den Beschluss", "Jens Spahn der
    /// Rheinischen Post") or a contraction ("Pedro Sánchez al Congreso", "del Partido") joins no name.
    private func isParticleGap(_ gap: Range<Int>) -> Bool {
        var words = text.lazyWordRanges(in: gap)
        guard let first = words.next(), Self.nameParticles.contains(text, first) else { return false }
        guard let second = words.next() else { return true }
        return words.next() == nil && Self.particlesBeforeArticles.contains(text, first) && Self.particleArticles.contains(text, second)
    }

    /// Lower-case particles that open the gap in a name ("Lula da Silva", "Rebelo de Sousa", "bin Salman").
    static let nameParticles = WordSet(list: "da de do dos das von van bin ibn")
    /// The particles an article may follow ("von der Leyen", "van den Broek", "de la Cruz").
    static let particlesBeforeArticles = WordSet(list: "von van de")
    /// The articles that may follow them.
    static let particleArticles = WordSet(list: "der den la el")

    /// A run of capitalised words of `range` without its leading titles, if it names a person
    /// (named as in `found` if found there already).
    private func personName(_ run: ArraySlice<Range<Int>>, in range: Range<Int>, among found: [PersonName]) -> PersonName? {
        let names: Range<Int>? = withUnsafeTemporaryAllocation(of: NameWordRoles.self, capacity: run.count) { roles in
            // The roles of each word as the word lists hold it (without a possessive), read
            // once; countries among them by their whole word. The words rise, and so do the
            // country spans: the one a word may overlap is found once by halving, then by
            // stepping (see ``isCountry(_:)``).
            var country = firstCountry { $0.upperBound > run[run.startIndex].lowerBound }
            for (k, word) in zip(roles.indices, run) {
                while country < countrySpans.count, countrySpans[country].upperBound <= word.lowerBound { country += 1 }
                let isCountry = country < countrySpans.count && countrySpans[country].lowerBound < word.upperBound
                roles[k] = Self.roles(text, withoutPossessive(word)).union(isCountry ? .country : [])
            }
            // "Kementerian Luar Negeri Filipina Teresita Daza": a name follows the last word of an
            // institution or a country.
            var start = (roles.lastIndex { !$0.isDisjoint(with: [.institution, .country]) } ?? -1) + 1
            // "Viele Soldaten Europas", "Kein Land": after a capitalised determiner a noun follows,
            // not a name, unless it is a title ("Der CDU-Politiker Roderich Kiesewetter").
            if start == 0, roles[0].contains(.determiner), let head = roles.indices.first(where: { !roles[$0].contains(.determiner) }),
               roles[head].isDisjoint(with: [.title, .country]), !Self.hasTitleEnding(withoutPossessive(run[run.startIndex + head]), in: text) {
                return nil
            }
            // ("El embajador israelí, Dan Poraz", "Senator Dan Sullivan": a capitalised connector opens
            // a name unless it opens the sentence or follows one that does: "And Yet".)
            while start < roles.count, !roles[start].isDisjoint(with: [.title, .determiner, .country])
                || roles[start].contains(.leadingConnector)
                    && (start > 0 ? roles[start - 1].contains(.leadingConnector) : opensSentence(at: run[run.startIndex].lowerBound))
                || Self.hasTitleEnding(withoutPossessive(run[run.startIndex + start]), in: text) { start += 1 }
            // "Defense Secretary Pete Hegseth": a title later in the run ends what stands before the name.
            if let title = roles.indices.dropFirst(start).dropLast(2).last(where: { roles[$0].contains(.title) }) { start = title + 1 }
            // "Humanitäre Helfer", "Westliche Diplomaten": a German adjective opens a noun phrase, not a name.
            if start == 0, Self.hasAdjectiveEnding(run[run.startIndex], in: text) { return nil }
            let names = start..<roles.count
            guard names.count >= 2, names.count <= 4, !names.contains(where: { !roles[$0].isDisjoint(with: [.country, .calendar]) }) else { return nil }
            return names
        }
        guard let names else { return nil }
        let nameRange = run[run.startIndex + names.lowerBound].lowerBound..<run[run.startIndex + names.upperBound - 1].upperBound
        // A title's country is read in the seven words before the run.
        let context = seventhWordStart(before: run[run.startIndex].lowerBound, in: range)
        return PersonName(range: nameRange, name: name(nameRange, among: found),
                          country: titleCountry(before: nameRange, from: context) ?? appositionCountry(after: nameRange, in: range))
    }

    /// Whether a sentence, a quotation or the text opens at `offset` (after white space); a
    /// closing quotation mark or an ellipsis ends the sentence before ("…fight.” But Zelenskiy").
    private func opensSentence(at offset: Int) -> Bool {
        var i = offset
        while i > 0, text.scalars[i - 1] == " " || text.scalars[i - 1] == "\t" { i -= 1 }
        return i == 0 || Self.sentenceOpeners.contains(text.scalars[i - 1])
    }

    private static let sentenceOpeners: Set<Unicode.Scalar> = [
        ".", "!", "?", "\n", ":", "\"", "“", "”", "«", "»", "„", "「", "」", "『", "』", "…", "-", "–", "—", "(",
    ]

    /// The text of a name at `range`: the name of an earlier person of `found` with the same
    /// scalars when there is one, as a story names its people again and again; a string is
    /// then made (and later freed) once per name, not once per mention.
    private func name(_ range: Range<Int>, among found: [PersonName]) -> String {
        for k in found.indices.reversed() where text.hasSameScalars(found[k].range, range) { return found[k].name }
        return text.string(range)
    }

    /// "Shinjiro Koizumi, le nouveau ministre japonais de l'Agriculture, a promis": the country
    /// of an apposition after the name, set off by a comma, of at most eight words with a title.
    private func appositionCountry(after name: Range<Int>, in range: Range<Int>) -> String? {
        var i = name.upperBound
        guard i < range.upperBound, text.scalars[i] == "," else { return nil }
        i += 1
        let end = (i..<min(range.upperBound, i + 100)).first { [",", ".", ";", "(", "\n"].contains(text.scalars[$0]) } ?? min(range.upperBound, i + 100)
        let apposition = i..<end
        guard !text.hasWords(atLeast: 9, in: apposition),
              text.lazyWordRanges(in: apposition).contains(where: { Self.isTitle($0, in: text) }) else { return nil }
        return countries.first { $0.start >= apposition.lowerBound && $0.end <= apposition.upperBound }?.code
    }

    private func withoutPossessive(_ range: Range<Int>) -> Range<Int> {
        Self.withoutPossessive(range, in: text)
    }

    /// The word of `text` at `range` without a possessive "'s" ("Obama's"), as the word lists hold words.
    static func withoutPossessive(_ range: Range<Int>, in text: ScalarText) -> Range<Int> {
        guard let s = range.last(where: { text.folded[$0] != 0 }), text.folded[s] == 0x73,
              let apostrophe = range[..<s].last(where: { text.folded[$0] != 0 }), text.folded[apostrophe] == 0x27 else { return range }
        return range.lowerBound..<apostrophe
    }

    /// "Putin e Xi Jinping", "John Smith, Maria Lopez and Debevoise": a lone capitalised word
    /// joined by a conjunction to a person of `named` (indices in `result`, found in `range`)
    /// is a person named by the surname alone, when it is a known person's name or the pair
    /// stands in a list set off by a comma (see ``isListed(_:beside:in:)``).
    private func listedSurnames(beside named: Range<Int>, in range: Range<Int>, into result: inout [PersonName]) {
        for k in named {
            let person = result[k].range
            func addIfLone(_ surname: Range<Int>?) {
                guard let surname, isLoneName(surname, in: range), isListed(surname, beside: person, in: range) else { return }
                result.append(PersonName(range: surname, name: name(surname, among: result), country: nil))
            }
            if let conjunction = text.wordRange(endingBefore: person.lowerBound, notBefore: range.lowerBound),
               SpeakerResolver.conjunctions.contains(text, conjunction) {
                addIfLone(text.wordRange(endingBefore: conjunction.lowerBound, notBefore: range.lowerBound))
            }
            if let conjunction = text.firstWordRange(from: person.upperBound, in: range), conjunction.lowerBound == person.upperBound + 1,
               SpeakerResolver.conjunctions.contains(text, conjunction) {
                addIfLone(text.firstWordRange(from: conjunction.upperBound, in: range))
            }
        }
    }

    /// Whether a lone word beside `person` names a person rather than a group: a known person's
    /// name ("Putin"), or the pair continues a list after a comma ("du Japon, Debevoise et Naoki
    /// Kumagai", "John Smith, Maria Lopez and Debevoise"). "Benjamin Netanyahu and Hamas" and
    /// "Joe Biden and Republicans" join a person to a group.
    private func isListed(_ word: Range<Int>, beside person: Range<Int>, in range: Range<Int>) -> Bool {
        if CompiledVocabulary.current.knownPeople.containsMatch(in: text, range: word) { return true }
        var i = min(word.lowerBound, person.lowerBound)
        while i > range.lowerBound, text.isSpace(i - 1) { i -= 1 }
        guard i > range.lowerBound else { return false }
        let before = text.scalars[i - 1]
        return before == "," || before == "،" || before == "、"
    }

    /// Whether `word` is a name word standing alone (no capitalised word right before or after
    /// it) that no list makes a title, an institution, a day or a function word, nor a country.
    private func isLoneName(_ word: Range<Int>, in range: Range<Int>) -> Bool {
        guard word.count >= 3, isNameWord(word), !isCountry(word), !Self.hasTitleEnding(word, in: text),
              Self.roles(text, word).isDisjoint(with: [.title, .institution, .calendar, .determiner, .leadingConnector, .pronoun]) else { return false }
        let before = text.wordRange(endingBefore: word.lowerBound, notBefore: range.lowerBound)
        let after = text.firstWordRange(from: word.upperBound, in: range)
        return !(before.map { $0.upperBound + 1 == word.lowerBound && text.isUpper($0.lowerBound) } ?? false)
            && !(after.map { $0.lowerBound == word.upperBound + 1 && text.isUpper($0.lowerBound) } ?? false)
    }

    /// German adjective endings, folded ("humanitäre", "westlichen", "militärische"): no name ends so.
    private static let adjectiveEndings: [[UInt32]] = ["liche", "lichen", "ische", "ischen", "tare", "taren"].map { $0.unicodeScalars.map(\.value) }

    /// Whether the word of `text` at `range` ends like a German adjective (``adjectiveEndings``), read in place.
    private static func hasAdjectiveEnding(_ range: Range<Int>, in text: ScalarText) -> Bool {
        adjectiveEndings.contains { text.foldedWord(range, hasLongerSuffix: $0) }
    }

    /// "Debevoise, a lawyer for the government, said …": one capitalised word set off by a
    /// comma before an apposition headed by a title or a person noun. `words` are the
    /// capitalised words of `range`.
    private func appositiveSurnames(_ words: ArraySlice<Range<Int>>, in range: Range<Int>, into result: inout [PersonName]) {
        for index in words.indices {
            let word = words[index]
            guard word.count >= 3, word.upperBound < min(range.upperBound, text.count), text.scalars[word.upperBound] == ",", isNameWord(word) else { continue }
            // Not the last word of a name ("Wang Yi, the minister"): a name word just before it.
            if index > words.startIndex, words[index - 1].upperBound + 1 >= word.lowerBound, isNameWord(words[index - 1]) { continue }
            // Two words follow it in the range: a determiner, or none, and the head.
            guard let following = text.firstWordRange(from: word.upperBound, in: range),
                  let second = text.firstWordRange(from: following.upperBound, in: range) else { continue }
            guard Self.roles(text, word).isDisjoint(with: [.title, .institution, .calendar, .determiner, .leadingConnector, .pronoun]),
                  !Self.hasTitleEnding(word, in: text), !isCountry(word) else { continue }
            let head = Self.roles(text, following).contains(.determiner) ? second : following
            guard !text.isUpper(head.lowerBound) else { continue }
            let headRoles = Self.roles(text, head)
            guard headRoles.contains(.personNoun) || headRoles.contains(.title) && !headRoles.contains(.calendar) else { continue }
            result.append(PersonName(range: word, name: name(word, among: result), country: nil))
        }
    }

    /// A capitalised word of two letters or more, not all in capitals.
    private func isNameWord(_ word: Range<Int>) -> Bool {
        guard word.count >= 2, text.isUpper(word.lowerBound) else { return false }
        for i in word.lowerBound + 1..<word.upperBound where !text.isUpper(i) && Self.isAlphabetic(text.scalars[i]) { return true }
        return false
    }

    /// `properties.isAlphabetic`, answered without the Unicode tables for ASCII, Latin-1 and
    /// the basic Cyrillic alphabet (most names of the spaced scripts). Below U+00C0 Latin-1 has
    /// three letters, the ordinal indicators ª º and µ ("Mª Jesús Montero").
    static func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
        if v < 0x100 { return v >= 0xC0 ? v != 0xD7 && v != 0xF7 : v == 0xAA || v == 0xB5 || v == 0xBA }
        return v >= 0x410 && v < 0x450 || s.properties.isAlphabetic
    }

    /// The country of a title just before a name ("Chinese Foreign Minister", "his US counterpart").
    /// The title ends at a comma or a stop before it, unless the comma sets off the name itself
    /// ("le ministre sénégalais des Transports, Ibrahima Diouf"): "… у Тайваня, сообщил
    /// генеральный секретарь Ёсимаса Хаяси" has no Taiwanese title. A closing parenthesis
    /// ends it too: "ASTANA (dpa) - Lavrov und Wang Yi" names the dateline's place, no title.
    private func titleCountry(before name: Range<Int>, from start: Int) -> String? {
        var from = start
        var i = name.lowerBound - 1
        while i >= start, text.isSpace(i) { i -= 1 }
        if i >= start, text.scalars[i] == "," || text.scalars[i] == "،" { i -= 1 }
        while i >= start {
            let s = text.scalars[i]
            if s == "," || s == "." || s == ";" || s == "،" || s == "«" || s == "»" || s == "\"" || s == ")" { from = i + 1; break }
            i -= 1
        }
        // The references between `from` and the name, walked back from the name, last first
        // (they are in text order); the last one not after a host's preposition, else the
        // last one: "El embajador de México en Rusia, Carlos Ruiz": the state after "en" is
        // the host.
        var last: Int?
        var k = firstCountry { $0.lowerBound >= name.lowerBound } - 1
        while k >= 0, countries[k].start >= from {
            if countries[k].end <= name.lowerBound {
                if !isAfterHostPreposition(countries[k].start) { return countries[k].code }
                last = last ?? k
            }
            k -= 1
        }
        return last.map { countries[$0].code }
    }

    /// Whether the word before `offset` (or before its article) is a preposition of the place
    /// an envoy serves in ("en Rusia", "в Индонезии", "to the U.S.", "untuk Indonesia").
    private func isAfterHostPreposition(_ offset: Int) -> Bool {
        guard var word = text.wordRange(endingBefore: offset) else { return false }
        // ("ambassador to the U.S.": past an article.)
        if ClauseWords.determiners.contains(text, word), let before = text.wordRange(endingBefore: word.lowerBound) { word = before }
        return Self.hostPrepositions.contains(text, word)
    }

    static let hostPrepositions = WordSet(["in", "to", "en", "à", "au", "em", "no", "na", "в", "во", "untuk", "di", "bei", "para"])

    /// "قال وزير الخارجية العماني بدر البوسعيدي إن …": a title and its definite words, then
    /// two or three words (the first undefined) right before a complementizer, or undefined
    /// words ending the sentence.
    ///
    /// Words are tested in place; only the few after a title are folded into strings.
    /// `words` are a title of ``arabicTitles`` and the words after it.
    private func arabicNameBeforeComplementizer(_ words: ArraySlice<Range<Int>>, into result: inout [PersonName]) {
        func joined(_ a: Int, _ b: Int) -> Bool {
            !(words[a].upperBound..<words[b].lowerBound).contains { text.scalars[$0] == "،" || text.scalars[$0] == "." || text.scalars[$0] == "," }
        }
        func folded(_ k: Int) -> String { text.foldedString(words[k]) }
        // `StatementFinder.isDefinite`, which compares Characters, asked only of words whose scalars start like
        // the article and may join into Characters (a word of scalars that stand alone compares scalar for scalar).
        func hasArticle(_ k: Int) -> Bool { isDefinite(words[k]) && (text.standsAlone(words[k]) || StatementFinder.isDefinite(folded(k))) }
        func isComplementizer(_ k: Int) -> Bool {
            // Every complementizer starts with "ان" or "بان": read only such words, in place when they are Arabic
            // scalars that stand alone.
            guard text.foldedWord(words[k], hasPrefix: Self.an) || text.foldedWord(words[k], hasPrefix: Self.baAn) else { return false }
            return text.isArabic(words[k].lowerBound) && text.standsAlone(words[k])
                ? ClauseWords.isArabicComplementizer(text, words[k]) : ClauseWords.isArabicComplementizer(folded(k))
        }
        let index = words.startIndex, word = words[index]
        var k = index + 1
        while k < words.endIndex, k <= index + 5, joined(k - 1, k) {
            if hasArticle(k) { k += 1 } else if Self.inTheNameOf.contains(text, words[k]) { k += 2 } else { break }
        }
        guard k < words.endIndex, joined(k - 1, k), !hasArticle(k),
              !Self.arabicNonNames.contains(text, words[k]), !isComplementizer(k) else { return }
        var end = k + 1
        while end < words.endIndex, end < k + 3, joined(end - 1, end), !isComplementizer(end),
              !Self.arabicNameFollowers.contains(text, words[end]) { end += 1 }
        // ("استقبل … وزير الخارجية الأمريكي أنتوني بلينكن.": a name of undefined words may end the
        // sentence, or a clause: "… ماركو روبيو، بحضور …".)
        let endsSentence = end < words.endIndex ? gap(words[end - 1], words[end], holds: ".") || gap(words[end - 1], words[end], holds: "،")
            : words[end - 1].upperBound < text.count && text.scalars[words[end - 1].upperBound] == "."
        guard end - k >= 2, endsSentence && !(k..<end).contains(where: hasArticle)
                || end < words.endIndex && joined(end - 1, end) && (isComplementizer(end) || Self.arabicNameFollowers.contains(text, words[end])),
              !words[k..<end].contains(where: { Self.arabicNonNames.contains(text, $0) }) else { return }
        let nameRange = words[k].lowerBound..<words[end - 1].upperBound
        guard !isCountry(nameRange) else { return }
        let country = countries.last { $0.start >= word.lowerBound && $0.end <= nameRange.lowerBound }?.code
        result.append(PersonName(range: nameRange, name: name(nameRange, among: result), country: country))
    }

    /// "وزير خارجية الصين، وانغ يي،": a title phrase, a comma, two or three undefined words, a comma or stop.
    /// `words` are a title of ``arabicTitles`` and the words after it.
    private func arabicAppositiveName(_ words: ArraySlice<Range<Int>>, into result: inout [PersonName]) {
        let index = words.startIndex, word = words[index]
        var k = index + 1
        while k < words.endIndex, k <= index + 4, !gap(words[k - 1], words[k], holds: "،") { k += 1 }
        guard k < words.endIndex, k <= index + 4 else { return }
        var end = k
        while end < words.endIndex, end < k + 3, !isDefinite(words[end]) || Self.arabicNameParts.contains(text, words[end]) {
            if end > k, gap(words[end - 1], words[end], holds: "،") || gap(words[end - 1], words[end], holds: ".") { break }
            end += 1
        }
        guard end - k >= 2 else { return }
        let nameRange = words[k].lowerBound..<words[end - 1].upperBound
        let country = countries.last { $0.start >= word.lowerBound && $0.end <= nameRange.lowerBound }?.code
        result.append(PersonName(range: nameRange, name: name(nameRange, among: result), country: country))
    }

    /// Whether a word whose folded scalars are `folded` has the shape of one of ``arabicTitles``
    /// (`shapes` is ``arabicTitleShapes``): every word of an Arabic paragraph is asked, and most
    /// are told no without a probe of the role table. Its folding holds a 0 for each scalar that
    /// matching ignores, which a word of the list does not count.
    private static func mayBeArabicTitle(_ folded: Slice<UnsafeBufferPointer<UInt32>>, shapes: [UInt64]) -> Bool {
        guard let first = folded.first(where: { $0 != 0 }), let last = folded.last(where: { $0 != 0 }) else { return false }
        let count = folded.reduce(0) { $1 != 0 ? $0 + 1 : $0 }
        let bit = shapeBit(first: first, last: last, count: count)
        return shapes[bit >> 6] & 1 << UInt64(bit & 63) != 0
    }

    /// One bit of 1024 for each shape of the folded words of ``arabicTitles``: a word equal to
    /// one of them has its first and last scalar and its count of scalars. (Few bits are set:
    /// few other words share one, and each that does costs a probe of the role table.)
    private static let arabicTitleShapes: [UInt64] = WordSet.words(of: arabicTitles.list).reduce(into: Array(repeating: 0, count: 16)) { shapes, word in
        let scalars = WordSet.folded(word).unicodeScalars.map(\.value)
        let bit = shapeBit(first: scalars.first!, last: scalars.last!, count: scalars.count)
        shapes[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// A number below 1024 for a word's shape: its first and last folded scalar and their count.
    private static func shapeBit(first: UInt32, last: UInt32, count: Int) -> Int {
        Int((first &* 0x9E37_79B1 ^ last &* 0x85EB_CA6B ^ UInt32(truncatingIfNeeded: count) &* 0xC2B2_AE35) >> 22)
    }

    /// Whether `mark` stands between two words.
    private func gap(_ first: Range<Int>, _ second: Range<Int>, holds mark: Unicode.Scalar) -> Bool {
        (first.upperBound..<second.lowerBound).contains { text.scalars[$0] == mark }
    }

    /// The folded openings of Arabic complementizers (see ``ClauseWords/isArabicComplementizer(_:)``).
    private static let an = ScalarTable.fold("ان"), baAn = ScalarTable.fold("بان")

    private func isDefinite(_ word: Range<Int>) -> Bool {
        text.foldedWord(word, hasPrefixIn: StatementFinder.definitePrefixes)
    }
}
