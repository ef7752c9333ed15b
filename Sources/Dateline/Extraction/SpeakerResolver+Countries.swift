/// The country a speaker speaks for, read from the text around the speaker phrase: an
/// honoured surname, a name's first mention in Han script or a Korean surname and title, the
/// same body named before, a state named before an apposition, a title just before the name,
/// or the state opening the sentence before an office of no named state.
extension SpeakerResolver {
    /// "王氏" after "中国の王毅外相", "岩屋氏" after "岩屋毅外相": a surname with its honorific
    /// speaks for the country named just before the full name's first mention, or else for
    /// the home state when a home title follows that mention.
    func countryOfHonoredSurname(_ surface: String, before offset: Int) -> String? {
        let scalars = Array(surface.unicodeScalars)
        guard let stem = Self.surnameBeforeHonorific(scalars), let last = scalars.last else { return nil }
        // The first mention with the full name (not the surname and honorific again, as in a headline).
        guard let mention = (0..<max(0, offset - stem.count)).first(where: { i in
            text.scalars[i + stem.count] != last && stem.indices.allSatisfy { text.scalars[i + $0 - stem.startIndex] == stem[$0] }
        }) else { return nil }
        if let named = countries.last(where: { $0.end <= mention && mention - $0.end <= 2 }) { return named.code }
        // ("ルビオ米国務長官": the state may follow the name, before the title.)
        if let named = countries.first(where: { $0.start >= mention + stem.count && $0.start <= mention + stem.count + 1 }) { return named.code }
        let after = text.string(mention..<(mention + stem.count + 12))
        if let homeCountry, homeWords.contains(where: { after.contains($0) }) { return homeCountry }
        return nil
    }

    /// "同省の報道官" ("the same ministry's spokesman"), "同国", "该国": the country of the last
    /// ministry (a country's name followed within a few characters by 省/部) or country named before.
    func countryOfSameBody(_ surface: String, before offset: Int) -> String? {
        var scalars = surface.unicodeScalars.makeIterator()
        guard let first = scalars.next(), Self.hanDemonstratives.contains(first), let second = scalars.next() else { return nil }
        let earlier = countries.lazy.filter { $0.end <= offset }
        switch second {
        case "国", "國": return earlier.last?.code
        case "省", "部":
            return earlier.last { match in
                (match.end..<min(offset, match.end + 6)).contains { text.scalars[$0] == second }
            }?.code
        default: return nil
        }
    }

    /// "王鲁彤说" after "中国驻印度尼西亚大使王鲁彤…", "李大統領" after "韓国の李在明大統領": a name
    /// in Han or kana speaks for the first country of the title just before its first mention
    /// (from the clause's start: the envoy's state comes before "驻", the host after it).
    func countryOfFirstMention(_ range: Range<Int>) -> String? {
        guard (2...6).contains(range.count), range.allSatisfy({ text.isUnspaced($0) }) else { return nil }
        let name = text.scalars[range]
        guard let mention = firstOccurrence(of: name, before: range.lowerBound) ?? surnameAndTitle(name, before: range.lowerBound) else { return nil }
        var start = mention
        while start > 0, mention - start < 24, !Self.hanClauseEnds.contains(text.scalars[start - 1]) { start -= 1 }
        return countries.first { $0.start >= start && $0.end <= mention }?.code
    }

    /// "조 장관" after "조태열 외교부 장관은", "왕 부장" after "왕이 중국 외교부장과", "이와야 외무상"
    /// after "이와야 다케시 일본 외무상과": a Korean surname (or a foreign one, a word of up to
    /// four syllables) and a title speak for the first full name with that surname that the
    /// title follows within a few words: the country named between them, else a known
    /// leader's, else the home state's for a home ministry.
    func countryOfSurnameAndTitle(_ words: UnsafeBufferPointer<Range<Int>>) -> String? {
        guard words.count == 2, words[0].count <= 4, words[0].allSatisfy({ text.isUnspaced($0) }),
              words[1].allSatisfy({ text.isUnspaced($0) }) else { return nil }
        let surname = text.scalars[words[0]], title = text.scalars[words[1]]
        for start in 0..<words[0].lowerBound where text.scalars[start...].starts(with: surname) && (start == 0 || !text.isWord(start - 1)) {
            var nameEnd = start
            while nameEnd < text.count, text.isWord(nameEnd) { nameEnd += 1 }
            // (A speaker starting inside a run of letters can begin before the name ends. A
            // surname of one syllable opens a name of two to four; a longer one is a word.)
            guard surname.count == 1 ? (2...4).contains(nameEnd - start) : nameEnd - start == surname.count, nameEnd <= words[0].lowerBound,
                  let titleStart = (nameEnd..<min(words[0].lowerBound, nameEnd + 24)).first(where: { text.scalars[$0...].starts(with: title) }),
                  // (The word and title again, as in a headline, are not the full name.)
                  surname.count == 1 || titleStart > nameEnd + 1 else { continue }
            if let named = countries.first(where: { $0.start >= nameEnd && $0.end <= titleStart }) { return named.code }
            if let known = CompiledVocabulary.current.knownPeople.matches(in: text, range: start..<nameEnd).first { return known.payload }
            let between = text.string(nameEnd..<titleStart)
            return Self.homeMinistries.contains(where: { between.contains($0) }) ? homeCountry : nil
        }
        return nil
    }

    /// Where `scalars` first occur in the text before `end`.
    private func firstOccurrence(of scalars: Slice<ScalarText.Column<Unicode.Scalar>>, before end: Int) -> Int? {
        guard end >= scalars.count else { return nil }
        return (0..<(end - scalars.count)).first { text.scalars[$0..<($0 + scalars.count)].elementsEqual(scalars) }
    }

    /// ("李大統領" after "韓国の李在明大統領": a surname, then the title after a given name of
    /// one to three characters.) Where the first such full name starts before `end`.
    private func surnameAndTitle(_ name: Slice<ScalarText.Column<Unicode.Scalar>>, before end: Int) -> Int? {
        guard let surname = name.first, name.count >= 3, end >= name.count + 3 else { return nil }
        let title = name.dropFirst()
        for i in 0..<(end - name.count - 3) where text.scalars[i] == surname {
            for start in (i + 2)...(i + 4) where text.scalars[start..<(start + title.count)].elementsEqual(title) { return i }
        }
        return nil
    }

    private static let hanClauseEnds: Set<Unicode.Scalar> = ["。", "，", "、", "！", "？", "\n", " ", "）", "」"]

    /// "KCNA, the North's official news agency, said": the speaker phrase is an appositive
    /// of a state, capital or institution named just before it, after a comma.
    func countryNamedBeforeAppositive(_ range: Range<Int>) -> String? {
        var i = range.lowerBound
        while i > 0, text.isSpace(i - 1) { i -= 1 }
        guard i > 0, text.scalars[i - 1] == "," || text.scalars[i - 1] == "،" else { return nil }
        i -= 1
        while i > 0, text.isSpace(i - 1) { i -= 1 }
        guard let match = countries.last(where: { $0.end == i }) else { return nil }
        // Only the reference itself stands between the sentence start and the comma.
        var start = match.start
        while start > 0, text.scalars[start - 1] == " " || text.scalars[start - 1] == "\t" { start -= 1 }
        // ("The United States, a treaty ally of Manila, …": an article may open it.)
        var article = start
        while article > 0, text.isWord(article - 1) { article -= 1 }
        if article < start, Self.definiteArticles.contains(text, article..<start) {
            start = article
            while start > 0, text.scalars[start - 1] == " " || text.scalars[start - 1] == "\t" { start -= 1 }
        }
        return start == 0 || [".", "\n", "\"", "”"].contains(text.scalars[start - 1]) ? match.code : nil
    }

    /// "el ministro chileno de Relaciones Exteriores, Alberto van Klaveren, afirmó": a name set
    /// off by a comma after a title phrase (an office or title word within the clause before
    /// the comma) speaks for the country that phrase names.
    func countryOfTitleBefore(_ range: Range<Int>) -> String? {
        var comma = range.lowerBound
        while comma > 0, text.isSpace(comma - 1) { comma -= 1 }
        guard comma > 0, text.scalars[comma - 1] == "," else { return nil }
        comma -= 1
        var start = comma
        while start > 0, start > comma - 120, !Self.titleSegmentEnds.contains(text.scalars[start - 1]) { start -= 1 }
        let segment = start..<comma
        guard text.lazyWordRanges(in: segment).contains(where: { clauseWords.kinds($0).contains(.office) || PeopleFinder.isTitle($0, in: text) }) else { return nil }
        return countries.first { $0.start >= segment.lowerBound && $0.end <= segment.upperBound }?.code
    }

    static let titleSegmentEnds: Set<Unicode.Scalar> = [",", ".", "\n", ";", ":", "—", "(", ")"]

    /// An office word or a compound title ("ministry", "ministre", "Außenminister").
    func isOfficeWord(_ word: Range<Int>) -> Bool {
        clauseWords.kinds(word).contains(.office) || PeopleFinder.hasTitleEnding(word, in: text) || isMinistry(word) || isJointChiefs(word)
    }

    /// German ministries are compounds ("Gesundheitsministerium", "des Bundesministeriums"),
    /// more of them than ``ClauseWords/offices`` lists.
    private func isMinistry(_ word: Range<Int>) -> Bool {
        word.count > 11 && Self.ministryEndings.contains { text.foldedWord(word, hasLongerSuffix: $0) }
    }

    private static let ministryEndings = ["ministerium", "ministeriums"].map { $0.unicodeScalars.map(\.value) }

    /// "The Joint Chiefs of Staff" command a state's forces; other chiefs ("police chiefs",
    /// "EU chiefs") are no national office that would speak for the dateline's state.
    private func isJointChiefs(_ word: Range<Int>) -> Bool {
        word.count == 6 && Self.chiefs.contains(text, word)
            && text.wordRange(endingBefore: word.lowerBound).map { Self.joint.contains(text, $0) } == true
    }

    private static let chiefs = WordSet(["chiefs"])
    private static let joint = WordSet(["joint"])

    /// Whether an office word stands among the six words before the person's first mention,
    /// in its sentence ("le ministre des Armées, Sébastien Lecornu", "O chanceler Mauro Vieira").
    func hasOfficeBefore(_ person: PersonName) -> Bool {
        var words = 0, found = false
        forEachWordOfSentence(before: person.range.lowerBound) { word in
            found = isOfficeWord(word)
            words += 1
            return !found && words < 6
        }
        return found
    }

    /// Whether only the words of a subject stand before the person in its sentence (at most
    /// ten, no pronoun): determiners, titles, offices, person nouns, countries, name particles,
    /// genitives, capitalised and Cyrillic words ("Le ministre japonais de l'Agriculture,
    /// Shinjiro Koizumi", "Le chercheur Marc Lavergne").
    func opensSentence(_ person: PersonName) -> Bool {
        // The words are read backwards: `followedByCountry` is about the word read last.
        var words = 0, followedByCountry = false, connectorSeen = false
        return forEachWordOfSentence(before: person.range.lowerBound) { word in
            // ("Sementara itu, Duta Besar Palestina untuk Indonesia Zuhair Al-Shun": connectors
            // open the sentence, and the preposition of an envoy's host state. "Marco Rubio and
            // Sergei Lavrov met": a connector after other words joins a second subject.)
            guard words < 10 else { return false }
            let isConnector = clauseWords.kinds(word).contains(.leadingConnector)
            guard isConnector || !connectorSeen && (isSubjectWord(word)
                || followedByCountry && PeopleFinder.hostPrepositions.contains(text, word)) else { return false }
            connectorSeen = connectorSeen || isConnector
            followedByCountry = countries.contains { $0.start <= word.lowerBound && word.lowerBound < $0.end }
            words += 1
            return true
        }
    }

    /// "Am Montag traf Bundeskanzler Olaf Scholz den Präsidenten": in German a phrase opening
    /// with a preposition or an adverb stands before the finite verb, and the subject after
    /// it. Whether only subject words (no object's article, no other person) stand between the
    /// person and one lower-case word before it (the verb), and the sentence's first word, at
    /// most five words before the verb, is such a preposition or adverb ("Merz traf Olaf
    /// Scholz": a name before the verb is the subject).
    func followsOpeningPhrase(_ person: PersonName) -> Bool {
        var words = 0, verb = false, first: Range<Int>? = nil
        let reachedStart = forEachWordOfSentence(before: person.range.lowerBound) { word in
            words += 1
            guard words <= 10 else { return false }
            if verb {
                first = word
                return true
            }
            let kinds = clauseWords.kinds(word)
            if !kinds.contains(.objectArticle), isSubjectWord(word),
               !people.contains(where: { $0.range.contains(word.lowerBound) && $0.range != person.range }) { return true }
            guard !text.isUpper(word.lowerBound), kinds.isDisjoint(with: [.pronoun, .objectArticle]) else { return false }
            verb = true
            words = 0
            return true
        }
        guard reachedStart, let first, words <= 5 else { return false }
        return clauseWords.kinds(first).contains(.afterVerbStop) || StatementFinder.germanOpeningAdverbs.contains(text, first)
    }

    /// "Putin e Xi Jinping", "US President Joe Biden and Chinese President Xi": named people
    /// joined by a conjunction (or listed with commas) speak jointly, each for his own state, as
    /// "中美双方" speaks for both: the states of the members (a country in the member's words,
    /// else its person's or a known leader's), when there are two or more. Every member must be
    /// a subject's phrase ending in a name or a country ("Putin, who met Xi and Modi" is none).
    func jointMembersCountries(_ words: UnsafeBufferPointer<Range<Int>>) -> [String]? {
        guard words.count >= 3, words.dropFirst().dropLast().contains(where: { Self.conjunctions.contains(text, $0) }) else { return nil }
        var codes: [String] = []
        // Adds the state of the member of words `members`; false when they are no member.
        func add(_ members: Range<Int>) -> Bool {
            guard let lastWord = members.last else { return false }
            let last = words[lastWord].lowerBound
            guard text.isUpper(last) || countries.contains(where: { $0.start <= last && last < $0.end }),
                  words[members].allSatisfy(isSubjectWord) else { return false }
            if let code = memberCountry(words[members.lowerBound].lowerBound..<words[lastWord].upperBound), !codes.contains(code) { codes.append(code) }
            return true
        }
        var memberStart = 0
        for k in words.indices {
            if Self.conjunctions.contains(text, words[k]) {
                guard add(memberStart..<k) else { return nil }
                memberStart = k + 1
            } else if k > memberStart, (words[k - 1].upperBound..<words[k].lowerBound).contains(where: { text.scalars[$0] == "," }) {
                guard add(memberStart..<k) else { return nil }
                memberStart = k
            }
        }
        guard add(memberStart..<words.count) else { return nil }
        return codes.count >= 2 ? codes : nil
    }

    /// The state of one member of a joint speaker (see ``jointMembersCountries(_:)``): a
    /// country it names, else its person's (from a titled mention of the same name, or of a
    /// full name the member repeats by its surname: "Rangel e Albares"), else a known leader's.
    private func memberCountry(_ member: Range<Int>) -> String? {
        if let named = countries.first(where: { $0.start >= member.lowerBound && $0.end <= member.upperBound }) { return named.code }
        if let person = people.first(where: { $0.range.lowerBound >= member.lowerBound && $0.range.upperBound <= member.upperBound }),
           let country = person.country ?? people.first(where: { $0.name == person.name && $0.country != nil })?.country {
            return country
        }
        if let surname = text.wordRange(endingBefore: member.upperBound, notBefore: member.lowerBound), surname.lowerBound == member.lowerBound,
           let person = earlierPerson(named: surname, where: { $0.country != nil }) {
            return person.country
        }
        return CompiledVocabulary.current.knownPeople.matches(in: text, range: member).first?.payload
    }

    /// The first person named before `word` whose name ends with it (a surname said again),
    /// among those `accepts`.
    func earlierPerson(named word: Range<Int>, where accepts: (PersonName) -> Bool) -> PersonName? {
        people.first { person in
            person.range.upperBound <= word.lowerBound && accepts(person)
                && text.wordRange(endingBefore: person.range.upperBound, notBefore: person.range.lowerBound).map { text.hasSameScalars($0, word) } == true
        }
    }

    /// Words a subject's phrase may hold before the name: determiners, titles, offices, person
    /// nouns, countries, name particles, genitives, capitalised and Cyrillic words; no pronoun.
    private func isSubjectWord(_ word: Range<Int>) -> Bool {
        let i = word.lowerBound
        // ("l'Agriculture": an elided article before a capital; "Министр иностранных дел РФ":
        // a Russian title's genitives are lower-case.)
        let nameLike = text.isUpper(i) || (i + 2 < word.upperBound && !text.isWord(i + 1) && text.isUpper(i + 2))
            || (0x0400...0x04FF).contains(text.scalars[i].value)
        let kinds = clauseWords.kinds(word)
        // ("El canciller": folded, the article "el" is the pronoun "él" too.)
        return (!kinds.contains(.pronoun) || kinds.contains(.determiner)) && (nameLike || !kinds.isDisjoint(with: [.determiner, .office, .nameParticle, .genitive])
            || PeopleFinder.isTitle(word, in: text) || PeopleFinder.roles(text, word).contains(.personNoun)
            || countries.contains(where: { $0.start <= i && i < $0.end }))
    }

    /// Calls `body` with the words before `offset` in its sentence, the nearest first, while it
    /// returns true; whether the sentence's start was reached.
    @discardableResult
    private func forEachWordOfSentence(before offset: Int, _ body: (Range<Int>) -> Bool) -> Bool {
        // A hyphen or apostrophe between word scalars joins them ("porte-parole",
        // "l'Agriculture"), as in `forEachWordRange`.
        let inWord = { (i: Int) in
            text.isWord(i) || (i > 0 && i + 1 < text.count && text.isJoiner(i) && text.isWord(i - 1) && text.isWord(i + 1))
        }
        var end = offset, i = offset
        while i > 0, !endsOpening(i - 1) {
            i -= 1
            guard inWord(i) else { end = i; continue }
            guard i == 0 || !inWord(i - 1) else { continue }
            guard body(i..<end) else { return false }
        }
        return true
    }

    /// "Brasil, que comparte frontera …, pidió calma. El canciller … dijo", "SEOUL - Japan
    /// lodged a protest … A foreign ministry official said": the state whose name, code,
    /// capital or institution ("Die Bundesregierung") opens the sentence before the one
    /// holding `offset` (after at most one word, "La France", "Pemerintah Indonesia"), not as a
    /// possessive ("China's coast guard": the coast guard opens it) nor inside a quotation.
    func stateOpeningSentence(before offset: Int) -> String? {
        // Where the sentence holding `offset` and the one before it start (a run of ends, "\n\n", is one).
        var limit = offset, boundaries = 0, current = offset
        while limit > 0, boundaries < 2 {
            limit -= 1
            guard endsOpening(limit) else { continue }
            boundaries += 1
            if boundaries == 1 { current = limit }
            while limit > 0, endsOpening(limit - 1) || text.isSpace(limit - 1) { limit -= 1 }
        }
        for match in countries.reversed() where match.end <= current {
            guard match.start >= max(limit, afterDateline) else { break }
            guard match.kind != .demonym, match.kind != .place,
                  match.end >= text.count || (text.scalars[match.end] != "'" && text.scalars[match.end] != "’"),
                  !qualifiesTitle(match) else { continue }
            var words = 0, i = match.start
            while i > 0, !endsOpening(i - 1), words <= 1, !Self.quotationMarks.contains(text.scalars[i - 1]) {
                if text.isWord(i - 1), i - 1 == 0 || !text.isWord(i - 2) { words += 1 }
                i -= 1
            }
            if words <= 1, i == 0 || endsOpening(i - 1) { return match.code }
        }
        return nil
    }

    private static let quotationMarks: Set<Unicode.Scalar> = ["\"", "«", "»", "“", "”", "„", "「", "『"]

    /// "Polens Regierungschef Donald Tusk": a state's name right before a title qualifies the
    /// person who opens the sentence (a genitive, as "Japan's" with its apostrophe); the
    /// state itself is no body of the sentence.
    private func qualifiesTitle(_ match: CountryMatch) -> Bool {
        // (Past the rest of an inflected name: "Polen|s".)
        var i = match.end
        while i < text.count, text.isWord(i) { i += 1 }
        guard i < text.count, text.scalars[i] == " ", let next = text.firstWordRange(from: i, in: i..<min(text.count, i + 40)) else { return false }
        return next.lowerBound == i + 1 && PeopleFinder.isTitle(next, in: text)
    }

    /// Whether a sentence or a dateline's head ends at `i` ("SEOUL (Reuters) - Japan …": a
    /// dash after a space).
    private func endsOpening(_ i: Int) -> Bool {
        switch text.scalars[i] {
        case ".", "!", "?", "\n", "。": return true
        case "-", "–", "—": return i > 0 && text.isSpace(i - 1)
        default: return false
        }
    }

    /// Words naming a union or an international body in a speaker phrase.
    static let internationalBodies = WordSet(list: """
    european europe eu ue nato iaea aiea oiea oms europeia europeu européen européenne européens europea europeo europeos
    europäische europäischen eu-kommission onu otan eropa pbb европейский европейского ес оон нато еврокомиссии еврокомиссия
    евросоюза евросоюз
    الأوروبي الأوروبية الأمم للأمم الناتو
    """)

    /// Definite articles that make a generic noun a later reference ("o governante").
    static let definiteArticles = WordSet(["the", "le", "la", "l'", "el", "o", "der", "die", "das"])
}
