/// A speaker as named at one point of the text, resolved within the article.
struct ResolvedSpeaker: Sendable {
    /// As named here ("Wang", "the spokesman", "il").
    var surface: String
    /// The fullest name the article gives ("Wang Yi", "a North Korean Foreign Ministry spokesman").
    var name: String
    /// The countries the speaker speaks for (several for a joint statement).
    var countries: [String]
}

/// Resolves speakers in order of appearance: a country in the speaker phrase (name,
/// demonym, capital, institution), a person whose title names a country, a well-known
/// leader, and for later references — pronouns, "the spokesman", "le ministère", "Wang" —
/// the earlier speaker or person they repeat.
struct SpeakerResolver {
    let text: ScalarText
    let countries: [CountryMatch]
    let people: [PersonName]
    /// The function words of the text, each looked up once.
    let clauseWords: ClauseWordMemo
    /// An earlier speaker: its phrase, its fullest name and its countries, and where the keys
    /// of the phrase's content words (see ``contentWord(_:)``) stand in `historyKeys` once
    /// computed (only a speaker compared with earlier ones needs them).
    struct HistoryEntry {
        var phrase: Range<Int>
        var name: String
        var countries: [String]
        var keys: Range<Int>? = nil
    }
    private var history: [HistoryEntry] = []
    /// The content word keys of the entries of `history`, one entry's after another (one
    /// array per article, not one per speaker).
    private var historyKeys: [FoldedWordKey] = []
    /// Countries of persons named right after a resolved speaker phrase ("الناطق باسم الوزارة
    /// سفيان القضاة"), for their later mentions: a name at most once (a short list, searched
    /// linearly).
    private var namedAfterSpeaker: [(name: String, countries: [String])] = []
    /// Where the previous statement ended: persons named after it are candidates for a pronoun.
    private var lastEventEnd = 0

    /// The keys of the words of the persons' names, each with the index of its person, in
    /// the persons' order, for "Wang" → "Wang Yi"; built at the first speaker that needs them.
    private var personTokens: [(hash: UInt64, person: Int)]? = nil

    /// In Chinese, Japanese and Korean news an unqualified national institution
    /// ("外交部", "外務省", "외교부") is the home state's, wherever
    /// the story is datelined: their press names a foreign office with its state. (Lists
    /// searched linearly: a few comparisons of short strings cost less per article than
    /// hashing the language.)
    let homeCountry: String?
    let homeWords: [String]
    static let homeInstitutions: [(language: String, country: String, words: [String])] = [
        ("zh", "CN", ["外交部", "国防部", "商务部", "发言人", "国务院", "政府", "中方", "国家主席", "总理", "外长", "國防部", "商務部", "發言人", "國務院", "國家主席", "總理"]),
        ("ja", "JP", ["外務省", "防衛省", "経済産業省", "政府", "首相", "官房長官", "外相", "防衛相", "大臣", "海上保安", "自民党", "立憲民主党", "公明党", "国民民主党", "日本維新の会"]),
        ("ko", "KR", ["외교부", "국방부", "통일부", "정부", "대통령실", "청와대", "합동참모본부", "합참", "소식통", "당국자", "관계자", "더불어민주당", "국민의힘"]),
    ]

    /// Indonesian news names a foreign office with its state ("Menteri Luar Negeri Malaysia")
    /// but its own often without: an unqualified office is Indonesia's wherever the story is
    /// datelined, unless a state opens the sentence before ("Malaysia … . Menteri Luar Negeri
    /// Mohamad Hasan mengatakan"), so it is asked after that state, not before it as
    /// ``homeInstitutions`` are.
    static let homeOffices: [(language: String, country: String, words: [String])] = [
        ("id", "ID", ["Menteri", "Kementerian", "Menlu", "Kemlu", "Presiden", "Pemerintah"]),
    ]
    private let homeOffice: (country: String, words: [String])?

    /// Ministries that Japanese and Korean news name without their state only for the home
    /// state's (a foreign one is always qualified: "中国外務省", "중국 외교부").
    static let homeMinistries = ["外務省", "防衛省", "経済産業省", "외교부", "국방부", "통일부", "합동참모본부", "합참", "대통령실"]

    /// Other states whose own press writes the language: a story datelined there (Taipei,
    /// Singapore) speaks of their institutions ("外交部發言人" in Taipei is Taiwan's).
    static let otherHomes: [(language: String, countries: [String])] = [("zh", ["TW", "SG"])]

    /// The country of the dateline's place: "a foreign ministry spokesman" in a story from
    /// TEHRAN speaks for Iran when nothing else names his country.
    private let datelineCountry: String?
    /// Where the text after the dateline starts (0 without one): the dateline's place and
    /// agency ("ВАШИНГТОН, 3 марта. /ТАСС/.") open no sentence of the story.
    let afterDateline: Int
    /// German: the subject may follow the finite verb ("Am Montag traf Olaf Scholz …").
    let verbSecond: Bool

    init(
        text: ScalarText, countries: [CountryMatch], people: [PersonName], language: String, datelineCountry: String? = nil,
        afterDateline: Int = 0, clauseWords: ClauseWordMemo? = nil
    ) {
        self.afterDateline = afterDateline
        verbSecond = language == "de"
        self.clauseWords = clauseWords ?? ClauseWordMemo(text: text)
        self.datelineCountry = datelineCountry
        let home = Self.homeInstitutions.first { $0.language == language }
        homeCountry = datelineCountry.flatMap { country in
            Self.otherHomes.contains { $0.language == language && $0.countries.contains(country) } ? country : nil
        } ?? home?.country
        homeWords = home?.words ?? []
        homeOffice = Self.homeOffices.first { $0.language == language }.map { ($0.country, $0.words) }
        self.text = text
        self.countries = countries
        self.people = people
    }

    /// Words joining the members of a joint speaker ("les États-Unis et la Corée du Sud").
    static let conjunctions = WordSet(["and", "et", "dan", "y", "e", "und", "и", "و", "와", "과", "和", "与", "と"])

    /// The speaker of `event`, whose verb form carries `carriedPronoun` (nil if none).
    mutating func resolve(_ event: SpeechEvent, carriedPronoun: String?) -> ResolvedSpeaker {
        defer { lastEventEnd = max(event.content.upperBound, event.verbRange.upperBound) }
        guard let range = event.speaker else {
            if let carried = carriedPronoun {
                // ("…, hieß es": the impersonal pronoun names nobody.)
                if carried == "es" { return fromHistory(surface: carried) }
                return personNamedSince(lastEventEnd, before: event.verbRange.lowerBound, surface: carried)
                    ?? bodyOpeningSentence(since: lastEventEnd, before: event.verbRange.lowerBound, surface: carried)
                    ?? fromHistory(surface: carried)
            }
            // ("«…», afirmó": a dropped subject is the person named since the last statement,
            // before the quotation, else the last speaker.)
            let before = min(event.content.lowerBound, event.verbRange.lowerBound)
            return personNamedSince(lastEventEnd, before: before, surface: "") ?? fromHistory(surface: "")
        }
        // The phrase's words, on the stack (words are set apart by at least one scalar).
        return withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: range.count / 2 + 1) { buffer in
            var count = 0
            text.forEachWordRange(in: range) { word in
                buffer.initializeElement(at: count, to: word)
                count += 1
                return true
            }
            return resolve(range, words: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// ``resolve(_:)`` of the speaker phrase `range`, whose words are `words`.
    private mutating func resolve(_ range: Range<Int>, words: UnsafeBufferPointer<Range<Int>>) -> ResolvedSpeaker {
        let surface = text.string(range)
        if words.count == 1, clauseWords.kinds(words[0]).contains(.pronoun) {
            return personNamedSince(lastEventEnd, before: range.lowerBound, surface: surface)
                ?? bodyOpeningSentence(since: lastEventEnd, before: range.lowerBound, surface: surface)
                ?? fromHistory(surface: surface)
        }
        // "Pékin, principal allié de Pyongyang, a appelé": the state before the apposition speaks.
        let appositiveOf = countryNamedBeforeAppositive(range).map { [$0] }
        var resolved = ResolvedSpeaker(surface: surface, name: surface, countries: appositiveOf ?? countryCodes(in: range, words: words))
        if let joint = jointMembersCountries(words) { resolved.countries = joint }
        // The person the phrase names or repeats, if any.
        var mentioned: PersonName? = nil
        if let person = people.first(where: { $0.range.lowerBound >= range.lowerBound && $0.range.upperBound <= range.upperBound }) {
            mentioned = person
            // (A later mention of the name, with no title before it, takes the country of a
            // mention with one.)
            // ("Pangeran Faisal" after "Pangeran Faisal bin Farhan": a shorter mention too.)
            if resolved.countries.isEmpty, let country = person.country ?? people.first(where: { $0.country != nil && Self.name($0.name, opensWith: person.name) })?.country {
                resolved.countries = [country]
            }
        } else if let person = personRepeated(by: words) {
            mentioned = person
            resolved.name = person.name
            if resolved.countries.isEmpty, let country = person.country { resolved.countries = [country] }
            if resolved.countries.isEmpty, let named = namedAfterSpeaker.first(where: { $0.name == person.name }) {
                resolved.countries = named.countries
            }
            // ("Li" repeating "Ministerpräsident Li Qiang", a known leader.)
            if resolved.countries.isEmpty, let known = CompiledVocabulary.current.knownPeople.matches(in: text, range: person.range).first {
                resolved.countries = [known.payload]
            }
        }
        if resolved.countries.isEmpty, let country = countryOfTitleBefore(range) { resolved.countries = [country] }
        if resolved.countries.isEmpty, let known = CompiledVocabulary.current.knownPeople.matches(in: text, range: range).first {
            resolved.countries = [known.payload]
        }
        // "O chefe da diplomacia europeia", "the UN spokesman": a union or an international
        // body speaks for no state, whatever an earlier speaker or the dateline says.
        if resolved.countries.isEmpty, words.contains(where: { Self.internationalBodies.contains(text, $0) }) {
            remember(HistoryEntry(phrase: range, name: resolved.name, countries: []))
            return resolved
        }
        // "his office said", "son entourage": the person named since the last statement.
        if resolved.countries.isEmpty, words.count <= 3, let first = words.first, Self.possessives.contains(text, first),
           let person = people.last(where: { $0.range.lowerBound >= lastEventEnd && $0.range.upperBound <= range.lowerBound }),
           let country = person.country {
            resolved.countries = [country]
        }
        // "외교부 당국자", "外務省の報道官": in Japanese and Korean news the unqualified
        // ministry is the home state's, even after a foreign one was named ("우리 외교부":
        // "our" says so). (Tested only with a home state: `hasPrefix` compares characters, slowly.)
        if resolved.countries.isEmpty, let homeCountry {
            let unqualified = surface.hasPrefix("우리 ") ? surface.unicodeScalars.dropFirst(3) : Substring(surface).unicodeScalars
            if Self.homeMinistries.contains(where: { unqualified.starts(with: $0.unicodeScalars) }) { resolved.countries = [homeCountry] }
        }
        // "представитель ведомства": the department that spoke last.
        if resolved.countries.isEmpty, words.contains(where: { Self.bodyBackReferences.contains(text, $0) }),
           let body = institutionNamed(since: lastEventEnd, before: range.lowerBound).map({ [$0] }) ?? history.last(where: { !$0.countries.isEmpty })?.countries {
            resolved.countries = body
        }
        // Where the phrase's content word keys stand in `historyKeys`, once computed.
        var keyRange: Range<Int>? = nil
        if resolved.countries.isEmpty {
            let key = keys(of: words)
            keyRange = key.indices
            if let earlier = earlierSpeaker(repeatedBy: key, surface: surface) {
                resolved.countries = earlier.countries
                if words.count <= 3, Self.isSubset(key, of: historyKeys[earlier.keys ?? 0..<0]) { resolved.name = earlier.name }
            }
        }
        if resolved.countries.isEmpty, let country = countryOfHonoredSurname(surface, before: range.lowerBound) {
            resolved.countries = [country]
        }
        if resolved.countries.isEmpty, let same = countryOfSameBody(surface, before: range.lowerBound) {
            resolved.countries = [same]
        }
        if resolved.countries.isEmpty, let titled = countryOfFirstMention(range) ?? countryOfSurnameAndTitle(words) {
            resolved.countries = [titled]
        }
        // A back reference in the lead, before any statement: the person named before it.
        // ("O Presidente da República, Marcelo Rebelo de Sousa, promulgou … o chefe de Estado
        // afirmou": a person of no named state is still the one meant, whose office then speaks.)
        if resolved.countries.isEmpty, history.isEmpty, isBackReference(words), let person = people.last(where: { $0.range.upperBound <= range.lowerBound }) {
            resolved.name = person.name
            mentioned = person
            if let country = person.country { resolved.countries = [country] }
        }
        if resolved.countries.isEmpty, isBackReference(words), let last = history.last(where: { !$0.countries.isEmpty }) {
            resolved.countries = last.countries
            // (A spokesperson is not the body that spoke before.)
            if !namesSpokespersonOrDocument(words) { resolved.name = last.name }
        } else if mentioned == nil, isBackReference(words), !namesSpokespersonOrDocument(words), resolved.name == surface,
                  let head = words.last, let person = personDescribed(before: range.lowerBound, head: head, countries: resolved.countries) {
            // ("Der CDU-Politiker fügte hinzu" after "CDU-Politiker Jens Spahn": a description is
            // no name, but the person it was given to before; else it stays as written.)
            resolved.name = person
        }
        if resolved.countries.isEmpty, let homeCountry, homeWords.contains(where: { surface.contains($0) }) {
            resolved.countries = [homeCountry]
        }
        // An office, or a person with one ("le ministre des Armées, Sébastien Lecornu" … "M.
        // Lecornu"), of no named state: the state opening the sentence before, else the
        // dateline's.
        if resolved.countries.isEmpty, words.contains(where: isOfficeWord) || mentioned.map(hasOfficeBefore) == true,
           let country = stateOpeningSentence(before: range.lowerBound) ?? homeOfficeCountry(of: surface) ?? datelineCountry {
            resolved.countries = [country]
        }
        remember(HistoryEntry(phrase: range, name: resolved.name, countries: resolved.countries, keys: keyRange))
        if !resolved.countries.isEmpty, let person = people.first(where: { $0.range.lowerBound >= range.upperBound && $0.range.lowerBound <= range.upperBound + 2 }) {
            if let known = namedAfterSpeaker.firstIndex(where: { $0.name == person.name }) {
                namedAfterSpeaker[known].countries = resolved.countries
            } else {
                namedAfterSpeaker.append((person.name, resolved.countries))
            }
        }
        return resolved
    }

    /// Whether the speaker's words name a spokesperson or a document ("the spokesman", "le
    /// communiqué"): not the person or body that spoke before.
    private func namesSpokespersonOrDocument(_ words: UnsafeBufferPointer<Range<Int>>) -> Bool {
        words.contains { Self.spokespersonNouns.contains(text, $0) || Self.documentNouns.contains(text, $0) }
    }

    /// The person a description before `offset` stands for: one whose earlier mention carries
    /// the description's head word, `head` ("CDU-Politiker Jens Spahn … der CDU-Politiker",
    /// not Klingbeil of another party, nor "Macron" for "der CDU-Chef"), and who speaks for
    /// `countries` (any, when empty): the latest such speaker, or before any statement, the
    /// last such person named.
    private func personDescribed(before offset: Int, head: Range<Int>, countries: [String]) -> String? {
        func speaksFor(_ codes: [String]) -> Bool { countries.isEmpty || codes.isEmpty || codes == countries }
        let head = spacedToken(ending: head.upperBound)
        func carriesHead(_ name: String) -> Bool {
            people.contains { $0.name == name && $0.range.upperBound <= offset && hasTitle(head, $0.range) }
        }
        guard history.isEmpty else {
            for entry in history.reversed() where !entry.countries.isEmpty && speaksFor(entry.countries) {
                if carriesHead(entry.name) { return entry.name }
                // (The speaker "CDU-Politiker Jens Spahn" holds the person and the title.)
                if let person = people.first(where: { entry.phrase.contains($0.range.lowerBound) && $0.range.upperBound <= entry.phrase.upperBound && hasTitle(head, $0.range) }) {
                    return person.name
                }
            }
            return nil
        }
        return people.last { $0.range.upperBound <= offset && speaksFor($0.country.map { [$0] } ?? []) && carriesHead($0.name) }?.name
    }

    /// The run of scalars up to `end` back to white space ("CDU-Politiker", not its last word).
    private func spacedToken(ending end: Int) -> Range<Int> {
        var start = end
        while start > 0, !text.isSpace(start - 1) { start -= 1 }
        return start..<end
    }

    /// Whether the token `head` titles `mention`: stands just before it, spaces between, or
    /// opens it (names take in a capitalised title: "CDU-Politiker Jens Spahn").
    private func hasTitle(_ head: Range<Int>, _ mention: Range<Int>) -> Bool {
        var end = mention.lowerBound
        while end < mention.upperBound, !text.isSpace(end) { end += 1 }
        if end < mention.upperBound, hasSameFoldedScalars(mention.lowerBound..<end, head) { return true }
        guard mention.lowerBound > 0, text.isSpace(mention.lowerBound - 1), let word = text.wordRange(endingBefore: mention.lowerBound) else { return false }
        return hasSameFoldedScalars(spacedToken(ending: word.upperBound), head)
    }

    /// Whether `a` and `b` fold to the same scalars ("CDU-Politiker", "CDU-politiker").
    private func hasSameFoldedScalars(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.count == b.count && text.folded.withUnsafeBufferPointer { $0[a].elementsEqual($0[b]) }
    }

    /// Whether `name` is `mention` or its fuller form: it starts with `mention` and goes on with
    /// more words ("Friedrich Merz" opens with "Friedrich"; "Merzig" does not open with "Merz").
    private static func name(_ name: String, opensWith mention: String) -> Bool {
        name == mention || name.hasPrefix(mention) && name.utf8.count > mention.utf8.count
            && name.utf8[name.utf8.index(name.utf8.startIndex, offsetBy: mention.utf8.count)] == UInt8(ascii: " ")
    }

    /// Adds `entry` to `history`, with room for a few more at the first (grown from one, the
    /// array would be reallocated at the second and the fourth).
    private mutating func remember(_ entry: HistoryEntry) {
        if history.isEmpty { history.reserveCapacity(8) }
        history.append(entry)
    }

    /// The content word keys of the phrase of `words`, and those of the
    /// earlier speakers that have none yet: stored in `historyKeys`, as a slice of it.
    /// (A loop, not a closure: a closure that captures the mutable resolver copies all of it
    /// to call ``contentWord(_:)``.)
    private mutating func keys(of words: UnsafeBufferPointer<Range<Int>>) -> ArraySlice<FoldedWordKey> {
        if historyKeys.isEmpty { historyKeys.reserveCapacity(32) }
        for i in history.indices where history[i].keys == nil {
            let start = historyKeys.count
            for word in text.lazyWordRanges(in: history[i].phrase) {
                if let key = contentWord(word) { historyKeys.append(key) }
            }
            history[i].keys = start..<historyKeys.count
        }
        let start = historyKeys.count
        for word in words {
            if let key = contentWord(word) { historyKeys.append(key) }
        }
        return historyKeys[start...]
    }

    /// The most recent earlier speaker with a country that this one repeats: all its words
    /// ("the spokesman", "le ministère", "وزير الخارجية"), else a shared word of four letters
    /// or more ("juru bicara kementerian itu"), or in Han and kana three shared characters
    /// ("外務省の報道官" after "日本の外務省").
    private func earlierSpeaker(repeatedBy key: ArraySlice<FoldedWordKey>, surface: String) -> HistoryEntry? {
        if let earlier = hanEarlierSpeaker(repeatedBy: surface) { return earlier }
        if !key.isEmpty {
            if let subset = latestKnown(where: { Self.isSubset(key, of: historyKeys[$0.keys ?? 0..<0]) }) { return subset }
            if let shared = latestKnown(where: { earlier in
                key.contains { $0.characters >= 4 && Self.contains(historyKeys[earlier.keys ?? 0..<0], $0) } && !Self.hasProperName(surface)
            }) {
                return shared
            }
        }
        // Only phrases in Han, kana or Hangul go on.
        guard surface.unicodeScalars.contains(where: ScalarTable.isUnspaced) else { return nil }
        var scalars = Array(surface.unicodeScalars)
        // "松野氏" after "松野官房長官": the surname without its honorific.
        // ("毛氏": a surname may be one character.)
        if let surname = Self.surnameBeforeHonorific(scalars) {
            let stem = String(String.UnicodeScalarView(surname))
            if let earlier = latestKnown(where: { $0.name.contains(stem) }) { return earlier }
            scalars.removeLast()
        }
        guard scalars.count >= 3, scalars.contains(where: ScalarTable.isUnspaced) else { return nil }
        // (Pieces with a space, "외교 ", are no shared name.)
        let pieces = (0...(scalars.count - 3)).map { scalars[$0..<($0 + 3)] }.filter { !$0.contains(" ") }.map { String(String.UnicodeScalarView($0)) }
        return latestKnown { earlier in pieces.contains { piece in earlier.name.contains(piece) } }
    }

    /// The latest earlier speaker with a country that `matches`.
    private func latestKnown(where matches: (HistoryEntry) -> Bool) -> HistoryEntry? {
        for entry in history.reversed() where !entry.countries.isEmpty && matches(entry) { return entry }
        return nil
    }

    private static func contains(_ keys: ArraySlice<FoldedWordKey>, _ key: FoldedWordKey) -> Bool {
        keys.contains { $0.hash == key.hash }
    }

    private static func isSubset(_ keys: ArraySlice<FoldedWordKey>, of others: ArraySlice<FoldedWordKey>) -> Bool {
        keys.allSatisfy { contains(others, $0) }
    }

    /// In Han and kana, an earlier speaker whose name holds this whole phrase of two or more
    /// characters, after a demonstrative: "林建" after "外交部发言人林建", "同長官" after
    /// "林芳正官房長官", "该发言人" (words of two characters have no content word to share).
    private func hanEarlierSpeaker(repeatedBy surface: String) -> HistoryEntry? {
        var scalars = Substring(surface).unicodeScalars
        guard scalars.count >= 2, scalars.allSatisfy(ScalarTable.isUnspaced) else { return nil }
        if scalars.count >= 3, let first = scalars.first, Self.hanDemonstratives.contains(first) { scalars = scalars.dropFirst() }
        let phrase = String(scalars)
        return latestKnown { $0.name.contains(phrase) }
    }

    /// Nouns for whoever spoke last, when made definite ("the official", "o governante", "le responsable").
    static let backReferenceNouns = WordSet([
        "official", "governante", "dirigente", "responsable", "responsavel", "funcionario", "diplomat", "diplomate",
        "diplomatico", "diplomata", "politician", "politico", "politiker", "beamte", "chef",
        "minister", "ministerin", "ministre", "ministro", "ministra", "mandataria", "mandatario", "chanceler", "canciller",
        "kanzler", "kanzlerin", "sprecher", "sprecherin", "presidenta", "presidente", "premier", "premierminister",
    ])

    /// "the official", "o governante": a definite article and one generic noun; "a
    /// spokesperson", "un porte-parole": a spokesperson of no named body speaks for the
    /// body that spoke last (the department or ministry just quoted), not the dateline's state.
    func isBackReference(_ words: UnsafeBufferPointer<Range<Int>>) -> Bool {
        // "дипломат", "министр": Russian has no articles.
        if words.count == 1 { return Self.bareBackReferenceNouns.contains(text, words[0]) }
        // "el jefe de Estado", "o chefe de Estado", "le chef de l'Etat", "the head of state".
        if (3...5).contains(words.count), Self.definiteArticles.contains(text, words[0]), Self.headNouns.contains(text, words[1]),
           let last = words.last, Self.stateNouns.contains(text, last) { return true }
        guard words.count == 2 else { return false }
        // "die Grünen-Politikerin", "der Kremlsprecher".
        if Self.definiteArticles.contains(text, words[0]), PeopleFinder.hasTitleEnding(words[1], in: text) { return true }
        if Self.spokespersonNouns.contains(text, words[1]) || Self.documentNouns.contains(text, words[1]) {
            return Self.definiteArticles.contains(text, words[0]) || Self.indefiniteArticles.contains(text, words[0])
        }
        return Self.definiteArticles.contains(text, words[0]) && Self.backReferenceNouns.contains(text, words[1])
    }

    /// The state of the last institution named between `start` and `end` ("В Госдепартаменте
    /// США отказались комментировать … представитель ведомства": the department named since
    /// the last statement, not the body that spoke last).
    private func institutionNamed(since start: Int, before end: Int) -> String? {
        countries.last { $0.kind == .institution && $0.start >= start && $0.end <= end }?.code
    }

    /// "of the department", "of the ministry" without a country: the body named or that spoke last.
    static let bodyBackReferences = WordSet(["ведомства", "министерства"])

    /// Possessive determiners that tie an office to a person ("his office").
    static let possessives = WordSet(["his", "her", "son", "sa", "ses", "su", "sus", "seu", "sua", "sein", "seine", "ihr", "ihre"])

    /// Nouns for whoever spoke last that need no article of their own: Russian has none,
    /// Arabic writes it on the word ("البيان", "the statement").
    static let bareBackReferenceNouns = WordSet([
        "дипломат", "министр", "политик", "президент", "премьер", "канцлер", "представитель", "пресс-секретарь", "генсек", "посол",
        "البيان", "الوزير", "الوزارة", "المتحدث", "المتحدثة",
    ])

    /// Heads of "head of state" phrases, and the states they head.
    static let headNouns = WordSet(["head", "chef", "jefe", "chefe", "oberhaupt"])
    static let stateNouns = WordSet(["state", "etat", "l'etat", "estado", "government", "gouvernement", "gobierno", "governo", "diplomacia", "diplomatie"])

    /// Indefinite articles before a spokesperson noun.
    static let indefiniteArticles = WordSet(["a", "an", "un", "une", "um", "uma", "uno", "ein", "eine"])

    /// A statement or note issued by the body that spoke last ("diz a nota", "the statement said").
    static let documentNouns = WordSet(["statement", "note", "nota", "communique", "comunicado", "declaracao", "mitteilung", "erklarung", "البيان"])

    /// Spokesperson nouns.
    static let spokespersonNouns = WordSet([
        "spokesperson", "spokesman", "spokeswoman", "porte-parole", "portavoz", "porta-voz", "sprecher", "sprecherin",
    ])

    /// "The said, the same" before a title in Chinese and Japanese ("该发言人", "同報道官").
    static let hanDemonstratives: Set<Unicode.Scalar> = ["同", "该", "該"]

    /// Japanese and Chinese honorifics after a surname ("松野氏", "王先生").
    static let honorifics: Set<Unicode.Scalar> = ["氏", "様"]

    /// The surname of a phrase that is a surname in Han, kana or Hangul and its honorific
    /// ("松野氏"; "毛氏": a surname may be one character), or nil.
    static func surnameBeforeHonorific(_ scalars: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar>? {
        guard scalars.count >= 2, let last = scalars.last, honorifics.contains(last), scalars.allSatisfy(ScalarTable.isUnspaced) else { return nil }
        return scalars.dropLast()
    }

    /// Whether a speaker phrase holds a capitalised word after its first (a new named speaker).
    private static func hasProperName(_ surface: String) -> Bool {
        surface.split(separator: " ").dropFirst().contains { $0.first?.isUppercase == true }
    }

    /// "Selenskyj dankte für die Zusage. „…“, schrieb er": a pronoun stands for the person
    /// last named since the previous statement as the subject of a sentence (in German also
    /// after the verb: ``followsOpeningPhrase(_:)``), if any, and that
    /// person's country ("Il a rencontré Kenji Yamada. Il a ajouté": not Yamada).
    private mutating func personNamedSince(_ start: Int, before end: Int, surface: String) -> ResolvedSpeaker? {
        guard let person = people.last(where: { person in
            person.range.lowerBound >= start && person.range.upperBound <= end && (opensSentence(person) || (verbSecond && followsOpeningPhrase(person)))
        }) ?? (Self.bodyPronouns.contains(surface.lowercased()) ? nil : personBySurnameOpeningSentence(since: start, before: end))
        else { return nil }
        let country = person.country ?? CompiledVocabulary.current.knownPeople.matches(in: text, range: person.range).first?.payload
        let resolved = ResolvedSpeaker(surface: surface.isEmpty ? person.name : surface, name: person.name, countries: country.map { [$0] } ?? [])
        remember(HistoryEntry(phrase: person.range, name: person.name, countries: resolved.countries))
        return resolved
    }

    /// The home state of ``homeOffices`` when the speaker `surface` names one of its offices.
    private func homeOfficeCountry(of surface: String) -> String? {
        guard let homeOffice, homeOffice.words.contains(where: { surface.contains($0) }) else { return nil }
        return homeOffice.country
    }

    /// "Selenskyj dankte für die Hilfe. Er sagte": the person whose surname alone opens the
    /// sentence just before the pronoun's own, when it starts after `start`. Only that sentence
    /// is read: one that opens with another subject stands between the pronoun and any
    /// sentence before it ("Marcos visited the shoal. China's coast guard … it said").
    private func personBySurnameOpeningSentence(since start: Int, before end: Int) -> PersonName? {
        guard let own = sentenceStart(atOrBefore: end, notBefore: start),
              let previous = sentenceStart(atOrBefore: own - 1, notBefore: start),
              let word = text.firstWordRange(from: previous, in: previous..<own), word.lowerBound == previous, text.isUpper(previous)
        else { return nil }
        // (A name of more than the surname: the surname alone may be the sentence's own word.)
        return earlierPerson(named: word) { $0.range.count > word.count }
    }

    /// The first offset at or before `offset` where a sentence starts (after a sentence end and
    /// white space), its sentence end at `lower` or after; nil when none does.
    private func sentenceStart(atOrBefore offset: Int, notBefore lower: Int) -> Int? {
        var p = offset
        while p >= lower + 2 {
            if text.isSpace(p - 1), Self.sentenceEnds.contains(text.scalars[p - 2]), !text.isSpace(p) { return p }
            p -= 1
        }
        return nil
    }

    /// "China's coast guard gave a different account. … it said", "Le ministère algérien … a
    /// donné une autre version. Selon lui, …": a neuter or body pronoun stands for the body a
    /// sentence since the last statement opened with (a country reference within its first
    /// three words), when no person was named since.
    private mutating func bodyOpeningSentence(since start: Int, before end: Int, surface: String) -> ResolvedSpeaker? {
        guard Self.bodyPronouns.contains(surface.lowercased()) else { return nil }
        for match in countries.reversed() where match.start >= start && match.end <= end {
            var words = 0
            var i = match.start
            while i > start, !Self.sentenceEnds.contains(text.scalars[i - 1]), words <= 3 {
                if text.isWord(i - 1), i - 1 == 0 || !text.isWord(i - 2) { words += 1 }
                i -= 1
            }
            guard words <= 2, i > start || start == 0 else { continue }
            let resolved = ResolvedSpeaker(surface: surface, name: surface, countries: [match.code])
            remember(HistoryEntry(phrase: 0..<0, name: surface, countries: resolved.countries))
            return resolved
        }
        return nil
    }

    /// Pronouns that may stand for a ministry, a coast guard or a government.
    private static let bodyPronouns: Set<String> = ["it", "il", "lui", "elle", "ele", "ela"]
    private static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "\n", "。"]

    /// A pronoun, or no subject at all (`surface` empty), stands for the previous speaker.
    private func fromHistory(surface: String) -> ResolvedSpeaker {
        guard let last = history.last else { return ResolvedSpeaker(surface: surface, name: surface, countries: []) }
        return ResolvedSpeaker(surface: surface.isEmpty ? last.name : surface, name: last.name, countries: last.countries)
    }

    /// The countries named in the speaker phrase: all of them when the phrase is only
    /// countries joined by conjunctions or one expression naming several ("中美双方"), else
    /// the first.
    private func countryCodes(in range: Range<Int>, words: UnsafeBufferPointer<Range<Int>>) -> [String] {
        // The matches inside the phrase are those of the ones that start in it (from the first,
        // found by halving) that end in it too. (No closure stored in a constant: one capturing
        // the resolver copies all of it.)
        let starting = countries.indices(startingIn: range), from = starting.lowerBound, past = starting.upperBound
        var firstIndex = from
        while firstIndex < past, countries[firstIndex].end > range.upperBound { firstIndex += 1 }
        guard firstIndex < past else { return [] }
        let first = countries[firstIndex]
        // A phrase naming one country speaks for it.
        guard (firstIndex + 1..<past).contains(where: { countries[$0].end <= range.upperBound }) else { return [first.code] }
        let inside = countries[firstIndex..<past].filter { $0.end <= range.upperBound }
        // (One expression naming several states is split into matches per state, on its span
        // or on one character each: they touch.)
        let joint = inside.indices.dropFirst().allSatisfy { inside[$0].start <= inside[$0 - 1].end }
        // Every word outside the countries is a conjunction or a determiner.
        let onlyCountries = words.allSatisfy { word in
            inside.contains { $0.start <= word.lowerBound && word.upperBound <= $0.end }
                || Self.conjunctions.contains(text, word) || clauseWords.kinds(word).contains(.determiner)
        }
        if inside.count >= 2, onlyCountries || joint {
            var codes: [String] = []
            for match in inside where !codes.contains(match.code) { codes.append(match.code) }
            return codes
        }
        return [first.code]
    }

    /// A person of the article that a shorter mention repeats ("Wang" → "Wang Yi").
    private mutating func personRepeated(by words: UnsafeBufferPointer<Range<Int>>) -> PersonName? {
        guard !people.isEmpty else { return nil }
        let personTokens: [(hash: UInt64, person: Int)]
        if let known = self.personTokens {
            personTokens = known
        } else {
            var tokens: [(hash: UInt64, person: Int)] = []
            tokens.reserveCapacity(people.count * 3)
            for (index, person) in people.enumerated() {
                for word in text.lazyWordRanges(in: person.range) {
                    let key = text.foldedWordKey(word)
                    // ("Li" of "Li Qiang": a surname may have two letters.)
                    if key.characters >= 3 || (key.characters == 2 && text.isUpper(word.lowerBound)
                        && clauseWords.kinds(word).isDisjoint(with: [.determiner, .nameParticle])) { tokens.append((key.hash, index)) }
                }
            }
            personTokens = tokens
            self.personTokens = tokens
        }
        // The key hashes of the phrase's words, on the stack, and one bit of 64 for each (by
        // its top bits), which rules out most tokens with one test; the first person's token
        // among them comes first.
        let repeated = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words.count) { hashes in
            var bits: UInt64 = 0
            for (i, word) in words.enumerated() {
                let hash = text.foldedWordKey(word).hash
                hashes.initializeElement(at: i, to: hash)
                bits |= 1 << (hash >> 58)
            }
            return personTokens.first { token in
                bits & (1 << (token.hash >> 58)) != 0 && hashes.contains(token.hash)
            }.map { people[$0.person] }
        }
        if let person = repeated {
            return person
        }
        return personInflected(by: words)
    }

    /// "По словам Захаровой" after "Мария Захарова", "Лаврову" after "Сергей Лавров": a
    /// Cyrillic word that is a person's name word in another case.
    private func personInflected(by words: UnsafeBufferPointer<Range<Int>>) -> PersonName? {
        let cyrillic = words.filter { text.isUpper($0.lowerBound) && $0.count >= 5 && (0x0400...0x04FF).contains(text.scalars[$0.lowerBound].value) }
        guard !cyrillic.isEmpty else { return nil }
        let forms = cyrillic.map { Array(text.foldedString($0).unicodeScalars) }
        return people.first { person in
            text.lazyWordRanges(in: person.range).contains { nameWord in
                let name = Array(text.foldedString(nameWord).unicodeScalars)
                return forms.contains { Self.isInflection($0, of: name) }
            }
        }
    }

    /// Whether two Cyrillic words share a stem of four letters or more and differ only in
    /// endings of up to three letters ("захаровой", "захарова"; "лаврову", "лавров").
    static func isInflection(_ a: [Unicode.Scalar], of b: [Unicode.Scalar]) -> Bool {
        let common = zip(a, b).prefix { $0 == $1 }.count
        guard common >= 4, common >= min(a.count, b.count) - 2 else { return false }
        return max(a.count, b.count) - common <= 3
    }

    /// The word at `range` without the Arabic article or an elided article ("l'", "d'"); nil
    /// for a determiner or a word of under three characters. Read in place when its scalars
    /// stand alone (each one a `Character`), else through ``contentWord(folded:)``.
    func contentWord(_ range: Range<Int>) -> FoldedWordKey? {
        let folded = text.folded
        // `characters`: the scalars other than ignored marks; the offsets of the first two and
        // of the first apostrophe, with the number of characters before it.
        var characters = 0, first = 0, second = 0, apostrophe = -1, beforeApostrophe = 0
        let standsAlone = folded.withUnsafeBufferPointer { folded in
            for i in range.clamped(to: 0..<folded.count) where folded[i] != 0 {
                guard FoldedWordKey.standsAlone(folded[i]) else { return false }
                if characters == 0 { first = i } else if characters == 1 { second = i }
                if apostrophe < 0, folded[i] == 0x27 { apostrophe = i; beforeApostrophe = characters }
                characters += 1
            }
            return true
        }
        guard standsAlone else { return Self.contentWord(folded: text.foldedString(range)).map(FoldedWordKey.init) }
        // `start`: where the kept part begins.
        var start = range.lowerBound
        if characters > 4, folded[first] == 0x0627, folded[second] == 0x0644 {
            start = second + 1
            characters -= 2
            beforeApostrophe -= 2
        }
        if apostrophe >= 0, beforeApostrophe <= 2 {
            start = apostrophe + 1
            characters -= beforeApostrophe + 1
        }
        guard characters >= 3, !clauseWords.kinds(start..<range.upperBound).contains(.determiner) else { return nil }
        return FoldedWordKey(hash: text.foldedHash(start..<range.upperBound), characters: characters)
    }

    /// ``contentWord(_:)`` of a folded word as a `String`.
    static func contentWord(folded word: String) -> String? {
        var folded = word
        if folded.hasPrefix("ال"), folded.count > 4 { folded.removeFirst(2) }
        if let apostrophe = folded.firstIndex(of: "'"), folded.distance(from: folded.startIndex, to: apostrophe) <= 2 {
            folded = String(folded[folded.index(after: apostrophe)...])
        }
        guard folded.count >= 3, !ClauseWords.determiners.contains(folded) else { return nil }
        return folded
    }
}
