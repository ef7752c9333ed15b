/// Speaker phrases around a speech verb: before it (trimmed of connectors, time words,
/// auxiliaries and relative clauses), after it (inverted and verb-first clauses), and in
/// Han script (without the dateline before it).
extension StatementFinder {
    /// The speaker phrase within `range` (the words before a verb), without leading
    /// connectors, trailing time words and auxiliaries, and relative clauses; nil if nothing
    /// that can speak remains.
    func speakerPhrase(_ range: Range<Int>) -> Range<Int>? {
        let trimmed = text.trimmed(range)
        guard !trimmed.isEmpty else { return nil }
        if text.isUnspaced(trimmed.lowerBound) { return unspacedSpeaker(trimmed) }
        // Words are separated by at least one scalar: room for all of them, on the stack.
        return withUnsafeTemporaryAllocation(of: KindedWord.self, capacity: trimmed.count / 2 + 1) { buffer in
            var count = 0
            text.forEachWordRange(in: trimmed) { word in
                let kinds = clauseWords.kinds(word)
                // A relative clause ("hackers who …") ends the phrase (never at its first word);
                // a German relative pronoun after a comma ("O Ministério das Relações": "das"
                // is a Portuguese article too).
                if count > 0, kinds.contains(.relativeMarker),
                   !kinds.contains(.determiner) || kinds.contains(.complementizer) || text.scalars[buffer[count - 1].range.upperBound] == "," { return false }
                buffer.initializeElement(at: count, to: KindedWord(range: word, kinds: kinds))
                count += 1
                return true
            }
            return speakerPhrase(words: buffer[..<count], in: trimmed)
        }
    }

    /// A word with the ``ClauseWords`` sets it belongs to, looked up once.
    struct KindedWord {
        var range: Range<Int>
        var kinds: ClauseWordKinds
    }

    /// ``speakerPhrase(_:)`` of the words before a verb (`trimmed`), up to a relative clause.
    private func speakerPhrase(words: Slice<UnsafeMutableBufferPointer<KindedWord>>, in trimmed: Range<Int>) -> Range<Int>? {
        var words = words
        while let first = words.first, first.kinds.contains(.leadingConnector) { words.removeFirst() }
        // ("Juru bicara … Lin Jian dalam konferensi pers reguler": a preposition after the name
        // opens an adverbial, no part of the speaker; cut before the trailing time words and
        // prepositions go, so that those it leaves ("Lin Jian pada Senin") go too. "Guterres in a
        // statement": an article after it opens the adverbial's noun, though French "a" is noise.)
        // (Over a range of offsets: `indices` of a slice of a buffer is an unspecialised generic call.)
        if words.count > 2, let cut = (words.startIndex + 1..<words.endIndex - 1).first(where: { k in
            words[k].kinds.contains(.trailingNoise) && text.isUpper(words[k - 1].range.lowerBound)
                && !text.isUpper(words[k + 1].range.lowerBound)
                && (!words[k + 1].kinds.contains(.trailingNoise) || words[k + 1].kinds.contains(.determiner))
        }) {
            words = words[..<cut]
        }
        while let last = words.last, last.kinds.contains(.trailingNoise) || isNumber(last.range) || isAdverb(last.range) {
            words.removeLast()
        }
        // (Members joined by a conjunction may have a dozen words between them: "Le Premier ministre
        // japonais Fumio Kishida et le président sud-coréen Yoon Suk Yeol".)
        guard let first = words.first, let last = words.last,
              words.count <= 12 || words.count <= 24 && words.contains(where: { $0.kinds.contains(.coordinator) }) else { return nil }
        guard !first.kinds.contains(.passiveAgent) else { return nil }
        // ("…, fue más allá y pidió": a coordinator before the verb joins a second predicate;
        // "Ван И" is a name.)
        guard !last.kinds.contains(.coordinator) || text.isUpper(last.range.lowerBound) else { return nil }
        guard words.contains(where: { !$0.kinds.contains(.determiner) }) else { return nil }
        var end = last.range.upperBound
        if end < trimmed.upperBound, text.scalars[end] == ")" { end += 1 }
        return first.range.lowerBound..<end
    }

    /// "Britain's Foreign Office called the move \"baseless\" and said …", "Президент России
    /// Владимир Путин поблагодарил участников и заявил": a verb right after a coordinator
    /// shares the subject that opens the sentence, before the first predicate. The subject
    /// is the opening run of capitalised words, determiners, titles, offices, name particles
    /// and country references; nil unless a predicate stands between it and the coordinator.
    func coordinatedSubject(before verbStart: Int, in sentence: Sentence) -> Range<Int>? {
        guard let coordinator = text.wordRange(endingBefore: verbStart, notBefore: sentence.range.lowerBound),
              clauseWords.kinds(coordinator).contains(.coordinator) else { return nil }
        let start = coordinator.lowerBound
        var subject: Range<Int>? = nil
        var predicate = false
        var previousWasTitle = false
        for word in text.lazyWordRanges(in: (asideEnd(in: sentence) ?? sentence.range.lowerBound)..<start).prefix(10) {
            if sentence.quote(containing: word.lowerBound) != nil { predicate = subject != nil; break }
            // Commas may set off a name in apposition ("El presidente venezolano, Nicolás Maduro,
            // ordenó"); brackets and dashes (a dateline) make no plain subject-predicate opening.
            if let subject, (subject.upperBound..<word.lowerBound).contains(where: { Self.endsSubject(text.scalars[$0]) }) { return nil }
            let kinds = clauseWords.kinds(word)
            if subject == nil, kinds.contains(.leadingConnector), !text.isUpper(word.lowerBound) { continue }
            let isSubjectWord = text.isUpper(word.lowerBound) || !kinds.isDisjoint(with: [.determiner, .office, .nameParticle, .genitive])
                || PeopleFinder.isTitle(word, in: text)
                || countries.contains { $0.start <= word.lowerBound && word.upperBound <= $0.end }
            // ("Пресс-секретарь президента РФ Дмитрий Песков": a Cyrillic genitive after a title.)
            let genitiveAfterTitle = !isSubjectWord && (0x0400...0x04FF).contains(text.scalars[word.lowerBound].value) && previousWasTitle
            previousWasTitle = PeopleFinder.isTitle(word, in: text)
            guard isSubjectWord || genitiveAfterTitle else { predicate = subject != nil; break }
            subject = (subject?.lowerBound ?? word.lowerBound)..<word.upperBound
        }
        guard predicate, let subject else { return nil }
        return speakerPhrase(subject)
    }

    /// Past the comma of an aside opening the sentence ("Por su parte, …", "Meanwhile, …"): its
    /// words are all aside words or leading connectors.
    private func asideEnd(in sentence: Sentence) -> Int? {
        guard let comma = (sentence.range.lowerBound..<min(sentence.range.upperBound, sentence.range.lowerBound + 40)).first(where: { text.scalars[$0] == "," }),
              text.hasWords(atLeast: 1, in: sentence.range.lowerBound..<comma),
              text.lazyWordRanges(in: sentence.range.lowerBound..<comma).allSatisfy({ !clauseWords.kinds($0).isDisjoint(with: [.asideWord, .leadingConnector]) })
        else { return nil }
        return comma + 1
    }

    private static func endsSubject(_ s: Unicode.Scalar) -> Bool {
        s == "(" || s == ")" || s == "-" || s == "–" || s == "—" || s == ":" || s == ";"
    }

    /// Whether the word at `range` is all digits (`foldedString(range).allSatisfy(\.isNumber)`),
    /// folding it only when its first scalar is one.
    private func isNumber(_ range: Range<Int>) -> Bool {
        guard let first = range.first(where: { text.folded[$0] != 0 }) else { return true }
        let value = text.folded[first]
        // In ASCII only the digits are numbers.
        guard value < 0x80 ? (0x30...0x39).contains(value) : Unicode.Scalar(value)?.properties.numericType != nil else { return false }
        return text.foldedString(range).allSatisfy(\.isNumber)
    }

    /// ``isAdverb(_:)`` of the word at `range`, folding it only when its last scalar may end an adverb.
    private func isAdverb(_ range: Range<Int>) -> Bool {
        guard let last = range.last(where: { text.folded[$0] != 0 }), [0x79, 0x65, 0x74].contains(text.folded[last]) else { return false }
        return Self.isAdverb(text.foldedString(range))
    }

    /// A speaker in Han script: the clause before the verb without a trailing date ("22日").
    func unspacedSpeaker(_ range: Range<Int>) -> Range<Int>? {
        var range = afterDatelineMarks(range)
        // "据报道" ("according to reports"): no speaker.
        if Self.hanAccordingTo.contains(where: { range.count == $0.count && text.scalars[range].elementsEqual($0) }) { return nil }
        if let marker = Self.hanAccordingTo.first(where: { range.count > $0.count && text.scalars[range.lowerBound..<(range.lowerBound + $0.count)].elementsEqual($0) }) {
            range = (range.lowerBound + marker.count)..<range.upperBound
        }
        var end = range.upperBound
        if let at = (range.lowerBound + 2..<max(range.lowerBound + 2, end)).first(where: { text.scalars[$0] == "在" }) { end = at }
        if end > range.lowerBound, text.scalars[end - 1] == "日" {
            var k = end - 1
            while k > range.lowerBound, text.scalars[k - 1].properties.numericType != nil { k -= 1 }
            if k < end - 1 { end = k }
        }
        while let adverb = Self.hanTrailingAdverbs.first(where: { end - range.lowerBound > $0.count && text.scalars[(end - $0.count)..<end].elementsEqual($0) }) {
            end -= adverb.count
        }
        let result = text.trimmed(range.lowerBound..<end)
        return result.isEmpty || result.count > 24 ? nil : result
    }

    /// "According to" before a Han speaker and its verb ("据韩国国防部称，…", "根據外交部表示"):
    /// the speaker starts after it. Longest first.
    static let hanAccordingTo: [[Unicode.Scalar]] = ["根据", "根據", "另据", "另據", "据", "據"].map { Array($0.unicodeScalars) }

    /// Adverbs and time words between a Han speaker and the verb ("该发言人还表示", "范秋姮当天回应",
    /// "毛宁对此表示": "on this"),
    /// longest first.
    static let hanTrailingAdverbs: [[Unicode.Scalar]] = ["对此", "對此", "当天", "當天", "当日", "當日", "今天", "随后", "隨後", "随即", "隨即", "同时", "同時", "此前", "还", "還", "也", "则", "則", "又", "并", "並"]
        .map { Array($0.unicodeScalars) }

    /// `range` from after its last space, bracket, dash, "=" or enumeration comma: what stands
    /// before is a dateline or byline ("新华社北京…电  ", "【東京共同】", "(서울=연합뉴스) 김민수 기자 =").
    func afterDatelineMarks(_ range: Range<Int>, keepingSpaces: Bool = false) -> Range<Int> {
        var start = range.lowerBound
        for i in range {
            let s = text.scalars[i]
            if s == "】" || s == ")" || s == "）" || s == "—" || s == "=" || s == "、" || s == "，" || s == "\u{3000}" || (!keepingSpaces && text.isSpace(i)) {
                start = i + 1
            }
        }
        return start..<range.upperBound
    }

    /// The speaker named after its verb: `, said the minister in …`, `قال وزير الخارجية إن …`.
    /// In Arabic the phrase also ends where a definite word is followed by an indefinite one
    /// (`أكد وزير الخارجية موقف …`) and before a prefixed addressee (`لنظيره`).
    ///
    /// `verbSecond` (German): after a capitalised noun, a lower-case word (the finite verb of
    /// "nach Angaben des Auswärtigen Amtes sprachen …") or an object's article ("begrüßte
    /// Regierungssprecher X den Austausch") ends the phrase.
    func speakerAfterVerb(from offset: Int, in sentence: Sentence, arabic: Bool, stopsAtComma: Bool = false, verbSecond: Bool = false) -> Range<Int>? {
        let tail = offset..<sentence.range.upperBound
        if arabic, let first = tail.first(where: { text.isWord($0) }),
           let country = countries.first(where: { $0.start == first }) {
            return country.start..<country.end
        }
        // "afirmou a porta-voz", "said a spokesman": an article opens the speaker, not a preposition
        // ("dijo a los periodistas"), when no other determiner follows it.
        var opening = text.lazyWordRanges(in: offset..<min(tail.upperBound, offset + 80))
        let articleFirst = opening.next().map { first in
            clauseWords.kinds(first).contains(.determiner) && opening.next().map { !clauseWords.kinds($0).contains(.determiner) } == true
        } ?? false
        // At most eight words, on the stack.
        return withUnsafeTemporaryAllocation(of: KindedWord.self, capacity: 8) { buffer in
            var count = 0
            var i = offset
            text.forEachWordRange(in: offset..<min(tail.upperBound, offset + 160)) { word in
                if sentence.quotes.contains(where: { $0.open >= i && $0.open < word.lowerBound }) { return false }
                let gap = i..<word.lowerBound
                let commaBefore = gap.contains { text.scalars[$0] == "," || text.scalars[$0] == "،" }
                let kinds = clauseWords.kinds(word)
                // ("a indiqué lundi le ministère", "заявил журналистам пресс-секретарь": a time word
                // or an addressee before the speaker is none of it.)
                if count == 0, kinds.contains(.trailingNoise), kinds.isDisjoint(with: [.afterVerbStop, .determiner]), !commaBefore {
                    i = word.upperBound
                    return true
                }
                // "nach Angaben des Ministeriums wurden …": an auxiliary opens the clause after the speaker.
                if !kinds.isDisjoint(with: [.afterVerbStop, .complementizer, .passiveAuxiliary]), !(count == 0 && articleFirst) { return false }
                if count > 0, kinds.contains(.relativeMarker) { return false }
                // ("sagte er dem Sender CBS": a pronoun is the whole subject.)
                if verbSecond, count == 1, buffer[0].kinds.contains(.pronoun) { return false }
                if verbSecond, count > 0, text.isUpper(buffer[count - 1].range.lowerBound), !buffer[count - 1].kinds.contains(.determiner),
                   !text.isUpper(word.lowerBound), !kinds.contains(.determiner) || kinds.contains(.objectArticle) { return false }
                if commaBefore && (!arabic || stopsAtComma) { return false }
                // (The full stops of "U.S." end nothing.)
                if gap.contains(where: { Self.endsSpeakerAfterVerb(text.scalars[$0]) && !(text.scalars[$0] == "." && isInitialStop($0)) }) { return false }
                if arabic, count > 0, !Self.inTheNameOf.contains(text, word) {
                    if ClauseWords.isArabicComplementizer(text, word) { return false }
                    // "الأمين العام للأمم المتحدة": after "general", ل joins the body the office heads.
                    if isPrefixedAddressee(word), !Self.generalOf.contains(text, buffer[count - 1].range) { return false }
                    // ("لجامعة الدول العربية": after a noun with ل it is that noun's complement.)
                    if Self.addresseeNouns.contains(text, word), !isPrefixedAddressee(buffer[count - 1].range) { return false }
                    // "رحبت الإمارات بالاتفاق": a word with ب and the article is the verb's object.
                    if isDefinite(word), text.foldedWord(word, hasPrefix: Self.ba) { return false }
                    // "قال الدكتور أنور قرقاش": a name follows an honorific. ("وزارة الخارجية وشؤون
                    // المغتربين": a noun joined by و goes on an institution's name.)
                    if isDefinite(buffer[count - 1].range), !isDefinite(word), !commaBefore, !Self.joinedNameNouns.contains(text, word),
                       !Self.honorifics.contains(text, buffer[count - 1].range),
                       !(Self.generalOf.contains(text, buffer[count - 1].range) && isPrefixedAddressee(word)) { return false }
                    if commaBefore, count >= 2, isDefinite(word) { return false }
                    // "دانت وزارة الخارجية الأردنية الهجوم": after a definite demonym that closes an
                    // office's name, a definite word opens the object, unless it is an honorific ("العميد").
                    if count >= 2, isDefinite(word), isDefinite(buffer[count - 1].range), isDemonym(buffer[count - 1].range),
                       !isDemonym(word), !Self.officeAdjectives.contains(text, word), !Self.honorifics.contains(text, word) { return false }
                    // "اتهم مسؤول أمريكي فصائل مسلحة": after an undefined demonym an undefined word opens the object.
                    if !isDefinite(word), !isDefinite(buffer[count - 1].range), isDemonym(buffer[count - 1].range),
                       !countries.contains(where: { $0.start <= word.lowerBound && word.lowerBound < $0.end }) { return false }
                }
                buffer.initializeElement(at: count, to: KindedWord(range: word, kinds: kinds))
                count += 1
                i = word.upperBound
                return count < 8
            }
            var taken = buffer[..<count]
            // ("kata Rusdi (45), seorang nelayan": a bracket ends the phrase.)
            if let open = taken.firstIndex(where: { $0.range.lowerBound > offset && text.scalars[$0.range.lowerBound - 1] == "(" }) {
                taken = taken[..<open]
            }
            while let last = taken.last, last.kinds.contains(.trailingNoise) { taken.removeLast() }
            guard let first = taken.first, let last = taken.last else { return nil }
            guard taken.contains(where: { !$0.kinds.contains(.determiner) }) else { return nil }
            return first.range.lowerBound..<last.range.upperBound
        }
    }

    /// "أدان الأمين العام للأمم المتحدة أنطونيو غوتيريش الهجوم": a title phrase of two words or
    /// more after an Arabic verb takes the name that follows it, two or three undefined words
    /// ("عبد", "أبو", "بن" join the next), when a definite word, a preposition, a
    /// complementizer or punctuation comes after the name (the object or content opens there).
    func withArabicName(after phrase: Range<Int>, in sentence: Sentence) -> Range<Int> {
        guard text.hasWords(atLeast: 2, in: phrase),
              text.lazyWordRanges(in: phrase).contains(where: { PeopleFinder.roles(text, $0).contains(.arabicTitle) }),
              !isHonorificAndName(phrase) else { return phrase }
        // The name's words: how many, and the last (no array of them).
        var count = 0, last: Range<Int>? = nil
        var end = phrase.upperBound
        for word in text.lazyWordRanges(in: phrase.upperBound..<sentence.range.upperBound).prefix(4) {
            guard (end..<word.lowerBound).allSatisfy({ text.isSpace($0) }) else { break }
            let joined = last.map { Self.nameLinks.contains(text, $0) } ?? false
            guard joined || (!isDefinite(word) && !ClauseWords.isArabicComplementizer(text, word)
                             && !PeopleFinder.roles(text, word).contains(.arabicNonName)) else { break }
            guard count < 3 else { return phrase }
            count += 1
            last = word
            end = word.upperBound
        }
        // ("عبد الله": a definite last word carries no pronoun.)
        guard count >= 2, let last, isDefinite(last) || !Self.endsWithPronoun(last, in: text) else { return phrase }
        return phrase.lowerBound..<last.upperBound
    }

    /// "أكد الرئيس السيسي ضرورة …": an honorific and one definite word that names no country
    /// (not "الرئيس الأمريكي") are a title and a name already.
    private func isHonorificAndName(_ phrase: Range<Int>) -> Bool {
        var words = text.lazyWordRanges(in: phrase)
        guard let honorific = words.next(), let name = words.next(), words.next() == nil else { return false }
        return Self.honorifics.contains(text, honorific) && isDefinite(name)
            && !countries.contains { $0.start <= name.lowerBound && name.lowerBound < $0.end }
    }

    /// Adjectives that follow an office and its state ("وزير الخارجية الأمريكي السابق",
    /// "الرئيس السوري الانتقالي", "المرشد الإيراني الأعلى"): they go on the office, not the object.
    private static let officeAdjectives = WordSet(["السابق", "السابقة", "الأسبق", "الجديد", "الجديدة",
                                                   "المنتخب", "المنتخبة", "الانتقالي", "الانتقالية", "المكلف", "المكلفة",
                                                   "المؤقت", "المؤقتة", "الحالي", "الحالية", "الأعلى"])

    /// Nouns that, joined by و, go on the name of a ministry ("وزارة الخارجية وشؤون المغتربين").
    private static let joinedNameNouns = WordSet(["وشؤون", "وشئون"])

    /// Words that join an Arabic name to its next word ("عبد العاطي", "أبو الغيط", "بن سلمان").
    private static let nameLinks = WordSet(["عبد", "أبو", "أبي", "بن", "ابن", "آل"])

    /// Whether the Arabic word ends with an attached pronoun ("بلاده", "موقفها"): a noun, not a name.
    private static func endsWithPronoun(_ word: Range<Int>, in text: ScalarText) -> Bool {
        guard word.count >= 3, let last = word.last else { return false }
        let final = text.scalars[last], before = text.scalars[last - 1]
        return final == "ه" || (final == "ا" && before == "ه") || (final == "م" && before == "ه")
    }

    /// Whether the word at `range` lies in a demonym ("أمريكي").
    private func isDemonym(_ range: Range<Int>) -> Bool {
        countries.contains { $0.kind == .demonym && $0.start <= range.lowerBound && range.upperBound <= $0.end }
    }

    /// The full stops of initials ("U.S. Commerce", "the U.N. envoy"): a word follows, or a
    /// capital letter after another stop precedes.
    private func isInitialStop(_ i: Int) -> Bool {
        if text.isWord(i + 1) { return true }
        if i >= 2 && text.isUpper(i - 1) && text.scalars[i - 2] == "." { return true }
        // ("a déclaré M. Kishida", "said Gen. Brown": the stop of a title's abbreviation.)
        guard i > 0, text.isWord(i - 1), let word = text.wordRange(endingBefore: i) else { return false }
        return SentenceSplitter.abbreviations.contains(text, word)
    }

    /// Punctuation between words after a verb that ends the speaker phrase.
    private static func endsSpeakerAfterVerb(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == ":" || s == "«" || s == "\""
    }

    /// "repeatedly", "notamment", "claramente": adverbs by their endings (never a speaker's last word).
    static func isAdverb(_ folded: String) -> Bool {
        folded.count > 5 && (folded.hasSuffix("ly") || folded.hasSuffix("mente") || folded.hasSuffix("ement") || folded.hasSuffix("amment") || folded.hasSuffix("emment"))
    }

    /// Prefixes of Arabic words with the article (after a proclitic or not).
    static let definitePrefixes = ["ال", "وال", "بال", "لل", "فال"].map(ScalarTable.fold)

    /// Whether the folded Arabic word carries the article.
    static func isDefinite(_ folded: String) -> Bool {
        folded.hasPrefix("ال") || folded.hasPrefix("وال") || folded.hasPrefix("بال") || folded.hasPrefix("لل") || folded.hasPrefix("فال")
    }

    /// Whether the Arabic word at `range` carries the article (as the static test, read in place).
    func isDefinite(_ range: Range<Int>) -> Bool {
        text.foldedWord(range, hasPrefixIn: Self.definitePrefixes)
    }

    /// Honorifics before an Arabic name ("الدكتور أنور قرقاش", "الشيخ محمد").
    private static let honorifics = WordSet([
        "الدكتور", "الشيخ", "السيد", "الأمير", "المهندس", "السفير", "الرئيس", "الملك", "العميد", "اللواء", "العقيد", "الفريق", "العماد",
    ])

    /// "العام" of "الأمين العام" / "المدير العام": the body it heads follows with ل.
    private static let generalOf = WordSet(["العام"])

    /// Whom an Arabic verb of asking addresses ("وطالب القضاة المجتمع الدولي …"): never part of its speaker.
    static let addresseeNouns = WordSet(["المجتمع", "الأطراف", "الطرفين", "الجانبين", "الدول", "العالم", "المواطنين"])

    /// "باسم" ("in the name of") continues a speaker phrase ("المتحدث باسم الوزارة").
    private static let inTheNameOf = WordSet(["باسم", "باسمه", "باسمها"])
    private static let lam = ScalarTable.fold("ل"), ba = ScalarTable.fold("ب"), baAlef = ScalarTable.fold("با")

    /// "لنظيره", "بالوزير": a word with the preposition ل or ب attached (but not "با…").
    private func isPrefixedAddressee(_ word: Range<Int>) -> Bool {
        text.foldedWord(word, hasPrefix: Self.lam) || text.foldedWord(word, hasPrefix: Self.ba) && !text.foldedWord(word, hasPrefix: Self.baAlef)
    }
}
