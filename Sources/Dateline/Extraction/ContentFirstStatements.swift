/// Statements whose content comes before the verb, as in Japanese and Korean.
extension StatementFinder {
    /// `Xは「…」と述べた`, `Xは…と述べた`, `X는 "…"라고 말했다`, `X는 …고 밝혔다`.
    /// `start`: where the speaker may begin (after an "according to" naming the source);
    /// `contentFrom`: the end of an earlier verb of the sentence, whose content it closed
    /// ("Xは「…」と述べ、…ことを明らかにした": the second content follows "と述べ、").
    func contentFirstEvent(
        _ verb: PhraseMatcher<SpeechLexicon.Verb>.Match, _ sentence: Sentence, from start: Int, contentFrom: Int? = nil, korean: Bool
    ) -> SpeechEvent? {
        if korean, verb.payload.invertedOnly { return contentThenSpeakerEvent(verb, sentence) ?? topicThenBareVerbEvent(verb, sentence) }
        var end = verb.start
        while end > sentence.range.lowerBound, text.isSpace(end - 1) { end -= 1 }
        var content: Range<Int>
        var speakerRegion: Range<Int>
        if end > sentence.range.lowerBound, let quote = sentence.quotes.first(where: { $0.close == end - 1 }) {
            content = quote.inner
            speakerRegion = min(start, quote.open)..<quote.open
        } else {
            guard let marker = topicMarker(in: min(start, end)..<end, sentence, korean: korean) else { return nil }
            speakerRegion = afterDatelineMarks(min(start, marker.lowerBound)..<marker.lowerBound, keepingSpaces: korean)
            content = text.trimmed(max(marker.upperBound, contentFrom ?? 0)..<end, droppingWhere: { $0 == "、" || $0 == "," || $0 == "，" })
            content = korean ? afterDayAndVenue(content) : afterJapaneseDayAndVenue(content)
            if let speaker = speakerRegion.isEmpty ? nil : withoutLeadingConnectors(text.trimmed(speakerRegion)), !speaker.isEmpty, !content.isEmpty {
                return SpeechEvent(speaker: speaker, carriesPronoun: false, reports: verb.payload.reports, verbRange: verb.start..<verb.end,
                                   content: content, kind: kind(of: content, in: sentence))
            }
            return nil
        }
        let marker = topicMarker(in: speakerRegion, sentence, korean: korean)
        let speaker = withoutLeadingConnectors(text.trimmed(afterDatelineMarks(speakerRegion.lowerBound..<(marker?.lowerBound ?? speakerRegion.upperBound), keepingSpaces: korean), droppingWhere: { $0 == "、" || $0 == "," }))
        guard !content.isEmpty else { return nil }
        let named = marker != nil && !speaker.isEmpty
        return SpeechEvent(speaker: named ? speaker : nil, carriesPronoun: false, reports: verb.payload.reports,
                           verbRange: verb.start..<verb.end, content: content, kind: .direct)
    }

    /// `…했다고 합동참모본부가 밝혔다`, `"…"라고 외교부 당국자가 말했다`: a Korean lead gives the
    /// content (ending in 고), then the speaker with its subject particle, then the bare verb.
    private func contentThenSpeakerEvent(_ verb: PhraseMatcher<SpeechLexicon.Verb>.Match, _ sentence: Sentence) -> SpeechEvent? {
        var words: [Range<Int>] = []
        for word in text.lazyWordRanges(in: sentence.range.lowerBound..<verb.start) {
            if words.count == 5 { words.removeFirst() }
            words.append(word)
        }
        // ("…했다고 외교부가 23일 밝혔다": the day between the speaker and the verb.)
        if let last = words.last, isKoreanDay(last) { words.removeLast() }
        guard let last = words.last, last.count >= 2, Self.subjectParticles.contains(text.scalars[last.upperBound - 1]),
              let quotative = words.dropLast().lastIndex(where: { $0.count >= 2 && text.scalars[$0.upperBound - 1] == "고" }) else { return nil }
        let speaker = words[quotative + 1].lowerBound..<(last.upperBound - 1)
        let ending = words[quotative]
        var content: Range<Int>
        if let quote = sentence.quotes.last(where: { ending.contains($0.close) }) {
            content = quote.inner
        } else {
            // After a byline ("김지연 기자 = …").
            let head = sentence.range.lowerBound..<min(ending.lowerBound, sentence.range.lowerBound + 40)
            let start = head.last(where: { text.scalars[$0] == "=" }).map { $0 + 1 } ?? sentence.range.lowerBound
            content = text.trimmed(start..<(ending.upperBound - 1))
        }
        guard !content.isEmpty, !speaker.isEmpty else { return nil }
        return SpeechEvent(speaker: speaker, carriesPronoun: false, reports: verb.payload.reports, verbRange: verb.start..<verb.end,
                           content: content, kind: kind(of: content, in: sentence))
    }

    /// "외교부는 일본 정부의 교과서 검정 결과에 대해 강력히 항의했다": a bare Korean verb of an
    /// act other than reporting, without a quotative ending, after a subject of at most four
    /// words marked as topic or subject: what stands between them (two words or more) is
    /// the content.
    private func topicThenBareVerbEvent(_ verb: PhraseMatcher<SpeechLexicon.Verb>.Match, _ sentence: Sentence) -> SpeechEvent? {
        guard !verb.payload.reports, let marker = topicMarker(in: sentence.range.lowerBound..<verb.start, sentence, korean: true) else { return nil }
        let speaker = withoutLeadingConnectors(text.trimmed(afterDatelineMarks(sentence.range.lowerBound..<marker.lowerBound, keepingSpaces: true)))
        let content = afterDayAndVenue(text.trimmed(marker.upperBound..<verb.start, droppingWhere: { $0 == "," }))
        guard !speaker.isEmpty, !text.hasWords(atLeast: 5, in: speaker), text.hasWords(atLeast: 2, in: content),
              !sentence.quotes.contains(where: { $0.open < marker.lowerBound }) else { return nil }
        return SpeechEvent(speaker: speaker, carriesPronoun: false, reports: verb.payload.reports, verbRange: verb.start..<verb.end,
                           content: content, kind: kind(of: content, in: sentence))
    }

    /// "외교부 대변인은 25일 정례 브리핑에서 …고 말했다": the day ("25일", "지난 25일", "이날") and
    /// then a venue ending in 에서 within three words, after a Korean topic, tell when and where
    /// the speaker spoke, not what: the content starts after them (none of the skipped words
    /// ends in a particle, as a content's own subject or object would: "25일 북한이 서울에서").
    private func afterDayAndVenue(_ content: Range<Int>) -> Range<Int> {
        guard let first = content.first, isDigit(first) || Self.dayOpenings.contains(text.scalars[first]) else { return content }
        var start = content.lowerBound, dated = false, skipped = 0
        for word in text.lazyWordRanges(in: content) {
            let last = text.scalars[word.upperBound - 1]
            if !dated {
                if isKoreanDay(word) {
                    dated = true
                    start = word.upperBound
                } else if !Self.dayQualifiers.contains(where: { text.scalars[word].elementsEqual($0.unicodeScalars) }) {
                    break
                }
                continue
            }
            skipped += 1
            if skipped > 3 || Self.subjectParticles.contains(last) || last == "을" || last == "를" { break }
            if word.count > 2, text.scalars[word.upperBound - 2] == "에", last == "서" {
                start = word.upperBound
                break
            }
        }
        guard dated else { return content }
        let rest = text.trimmed(start..<content.upperBound, droppingWhere: { $0 == "(" || $0 == ")" || $0 == "," })
        return rest.isEmpty ? content : rest
    }

    /// "岩屋毅外相は4日、訪問先のシンガポールで記者団に対し、…と述べた", "報道官は定例記者会見で、…と主張した":
    /// the day ("4日", "同日") and up to two phrases of place or addressee set off by a comma
    /// (ending in で or に対し, with no particle of a subject or object) open a Japanese content
    /// as narration.
    private func afterJapaneseDayAndVenue(_ content: Range<Int>) -> Range<Int> {
        var start = content.lowerBound, i = start
        while i < content.upperBound, isDigit(i) { i += 1 }
        if i > start, i < content.upperBound, text.scalars[i] == "日" {
            start = i + 1
        } else if text.scalars[content].starts(with: "同日".unicodeScalars) {
            start += 2
        }
        // (A day not set off by a comma goes only with a venue after it: "4日に北朝鮮が" keeps it.)
        let dayEnd = start
        if start < content.upperBound, text.scalars[start] == "、" { start += 1 }
        for _ in 0..<2 {
            guard let comma = (start..<min(content.upperBound, start + 24)).first(where: { text.scalars[$0] == "、" }), comma > start,
                  !text.scalars[start..<comma].contains(where: { Self.japaneseArgumentParticles.contains($0) }),
                  text.scalars[comma - 1] == "で" || text.scalars[start..<comma].suffix(2).elementsEqual("対し".unicodeScalars)
                    || text.scalars[start..<comma].suffix(3).elementsEqual("対して".unicodeScalars) else { break }
            start = comma + 1
        }
        if start == dayEnd { start = content.lowerBound }
        return start < content.upperBound && isSubstantial(start..<content.upperBound) ? start..<content.upperBound : content
    }

    /// Particles of a Japanese clause's own subject, topic or object, and a quotation's opening.
    private static let japaneseArgumentParticles: Set<Unicode.Scalar> = ["は", "が", "を", "「"]

    /// "25일", "이날": a day of the month, or "that day".
    private func isKoreanDay(_ word: Range<Int>) -> Bool {
        isDigit(word.lowerBound) && text.scalars[word.upperBound - 1] == "일" || text.scalars[word].elementsEqual("이날".unicodeScalars)
    }

    /// An ASCII or full-width digit ("25일", NHK's "４日"): the token folding writes both as ASCII.
    private func isDigit(_ i: Int) -> Bool { (0x30...0x39).contains(text.folded[i]) }

    /// What a Korean day may open with: a digit, 이날 ("that day"), 지난/오는 ("last", "next").
    private static let dayOpenings: Set<Unicode.Scalar> = ["이", "지", "오"]
    private static let dayQualifiers = ["지난", "오는"]

    /// Korean subject and topic particles.
    static let subjectParticles: [Unicode.Scalar] = ["이", "가", "은", "는"]

    /// `range` without the connectors that open it ("한편", "이에 대해": "meanwhile", "in reply"),
    /// and without what an adverbial phrase of what is answered holds before the speaker
    /// ("…북한의 주장에 대해 외교부는", "これに対し林官房長官は": the speaker follows it).
    private func withoutLeadingConnectors(_ range: Range<Int>) -> Range<Int> {
        var start = afterAdverbialPhrase(range)
        for word in text.lazyWordRanges(in: start..<range.upperBound) {
            guard clauseWords.kinds(word).contains(.leadingConnector) else { break }
            start = word.upperBound
        }
        return text.trimmed(start..<range.upperBound)
    }

    /// Where `range` goes on after the last Korean postposition ending an adverbial phrase
    /// ("에 대해", "와 관련해") or Japanese one ("に対し", "について", and a comma after it),
    /// else its start.
    private func afterAdverbialPhrase(_ range: Range<Int>) -> Int {
        var start = range.lowerBound
        for word in text.lazyWordRanges(in: range) where Self.koreanAdverbialEnds.contains(text, word) { start = word.upperBound }
        for i in range where text.scalars[i] == "に" {
            guard let marker = Self.japaneseAdverbialEnds.first(where: { text.scalars[i..<range.upperBound].starts(with: $0) }) else { continue }
            var end = i + marker.count
            if end < range.upperBound, text.scalars[end] == "て" { end += 1 }
            // ("についての専門家": before の the phrase qualifies the noun after it, which it then
            // belongs to.)
            guard end >= range.upperBound || text.scalars[end] != "の" else { continue }
            if end < range.upperBound, text.scalars[end] == "、" { end += 1 }
            start = end
        }
        return start
    }

    /// Korean words ending a postpositional phrase of the matter ("about", "in connection with").
    private static let koreanAdverbialEnds = WordSet(["대해", "대해서", "대해선", "대한", "관련해", "관련해서", "관해", "관해서"])

    /// Japanese postpositions of the matter or the addressee, after に ("に対し(て)", "について", "に関し(て)").
    private static let japaneseAdverbialEnds: [[Unicode.Scalar]] = ["に対し", "について", "に関し"].map { Array($0.unicodeScalars) }

    /// The topic or subject particle ending the speaker: は/が in Japanese (or も closing the
    /// range, or before a comma), 은/는 (not a verb's adnominal 는; then 도, "also", on a word of three characters or more that is no place
    /// name, "방위성도"; then 이/가) at a word end in Korean. Returns the particle's range.
    func topicMarker(in range: Range<Int>, _ sentence: Sentence, korean: Bool) -> Range<Int>? {
        if korean {
            for particles in [["은", "는"], ["도"], ["이", "가"]] as [[Unicode.Scalar]] {
                for word in text.lazyWordRanges(in: range) where word.count >= (particles == ["도"] ? 3 : 2) {
                    if particles == ["도"], isPlaceEndingInDo(word) { continue }
                    if particles == ["은", "는"], isAdnominal(word) { continue }
                    let last = text.scalars[word.upperBound - 1]
                    if particles.contains(last), sentence.quote(containing: word.lowerBound) == nil {
                        return (word.upperBound - 1)..<word.upperBound
                    }
                }
            }
            return nil
        }
        for i in range where (text.scalars[i] == "は" || text.scalars[i] == "が" || isAlsoBeforeComma(i)) && sentence.quote(containing: i) == nil
            && i > range.lowerBound {
            return i..<(i + 1)
        }
        // ("石破首相も「…」と応じた": も, "also", closing the speaker region.)
        if let last = range.last, last > range.lowerBound, text.scalars[last] == "も" { return last..<(last + 1) }
        return nil
    }

    /// Whether a Korean word ending in 는 is a verb's adnominal form ("있는", "하는", "라는":
    /// "that is", "that does", "called"), not a noun with the topic particle (a country's name
    /// may end in the same syllable: "캐나다는", "베네수엘라는").
    private func isAdnominal(_ word: Range<Int>) -> Bool {
        guard word.count >= 2, text.scalars[word.upperBound - 1] == "는", Self.adnominalStems.contains(text.scalars[word.upperBound - 2]) else {
            return false
        }
        let stem = word.lowerBound..<(word.upperBound - 1)
        return !countries.contains { $0.start < stem.upperBound && stem.upperBound <= $0.end } && !isPersonName(stem)
    }

    /// Whether a Korean word stem ending like a verb ("기시다", "요시다") is a person's name: a
    /// known leader's, or written elsewhere in the text as a word before a space ("기시다
    /// 총리", "요시다 대변인"); a verb's quotative form ("했다", "중요하다") ends a clause instead.
    private func isPersonName(_ stem: Range<Int>) -> Bool {
        guard let last = stem.last, text.scalars[last] == "다" || text.scalars[last] == "라" else { return false }
        if CompiledVocabulary.current.knownPeople.containsMatch(in: text, range: stem) { return true }
        // (A verb's past, present or copula before 다 is no name: "했다는", "한다는", "이라는".)
        guard stem.count >= 2, !Self.verbSyllablesBeforeDa.contains(text.scalars[stem.upperBound - 2]) else { return false }
        let name = text.scalars[stem]
        var i = 0
        while let found = text.scalars[i...].firstIndex(of: name[name.startIndex]), found + name.count < text.count {
            if found != stem.lowerBound, found == 0 || !text.isWord(found - 1), text.scalars[found + name.count] == " ",
               text.scalars[found..<(found + name.count)].elementsEqual(name) { return true }
            i = found + 1
        }
        return false
    }

    private static let adnominalStems: Set<Unicode.Scalar> = ["있", "없", "하", "되", "라", "다", "않"]

    /// Syllables of a verb's tense or copula before a quotative 다/라 ("했다는", "한다는",
    /// "있다는", "이라는", "하라는"), and of "아니라" ("not … but") and "보다" ("rather than"),
    /// which stand before a space as often as a name: a word stem ending so is searched as a
    /// name no further.
    private static let verbSyllablesBeforeDa: Set<Unicode.Scalar> = [
        "했", "한", "있", "없", "였", "었", "았", "겠", "된", "하", "이", "않", "는", "진", "졌", "렸", "냈", "왔", "갔", "봤", "줬", "쳤", "웠", "셨", "니", "보",
    ]

    /// "韓国軍合同参謀本部も、ミサイルは…と発表した": も ("also") and a comma close the speaker
    /// before a later は.
    private func isAlsoBeforeComma(_ i: Int) -> Bool {
        text.scalars[i] == "も" && i + 1 < text.count && text.scalars[i + 1] == "、"
    }

    /// Whether a Korean word ending in 도 is a place rather than a speaker with "also": a
    /// country's name, a peninsula or archipelago (한반도, 센카쿠 열도, 군도) or a province
    /// (경기도, 강원도, 충청북도, 전라남도, 제주도).
    private func isPlaceEndingInDo(_ word: Range<Int>) -> Bool {
        countries.contains { $0.start < word.upperBound && word.upperBound <= $0.end }
            || Self.placeSyllablesBeforeDo.contains(text.scalars[word.upperBound - 2])
    }

    private static let placeSyllablesBeforeDo: Set<Unicode.Scalar> = ["반", "열", "군", "북", "남", "기", "원", "주"]
}
