/// Attribution after the content: `"…," X said.`, `"…", a déclaré X.`, `…, the official said.`
extension StatementFinder {
    /// `"…," X said.` / `"…", a déclaré X.` / `…, the official said.`
    func attributionAfterContent(
        _ verb: PhraseMatcher<SpeechLexicon.Verb>.Match, _ sentence: Sentence, _ clause: ClauseStart, _ lookups: inout SpeakerLookups
    ) -> SpeechEvent? {
        var content: Range<Int>
        // `"…," Ahmed Chaudhry, a military spokesman, said.`: the speaker between the quotation and the verb.
        var quotedSpeaker: Range<Int>? = nil
        // ("Sudan, caught between the two, has called for …": words before the verb that name no
        // speaker make no attribution after a comma.)
        var speakerMayFollow = true
        // Whether the content is a quotation closed right before the verb.
        var quoted = false
        switch clause.boundary {
        case .quote(let quote):
            // ("“…。”他表示：“…”": a colon after the verb opens the verb's own content.)
            if verb.end < sentence.range.upperBound, Self.isColon(text.scalars[verb.end]) { return nil }
            // "… called the move \"baseless\" and said …": the verb continues the clause the quotation stands in.
            guard !text.lazyWordRanges(in: quote.close..<verb.start).contains(where: { clauseWords.kinds($0).contains(.coordinator) }) else { return nil }
            // ("وكان \"جيش تحرير بلوشستان\" قد أعلن": in Arabic a quoted name is the subject.)
            if verb.payload.tag == .ar, text.hasWords(atLeast: 1, in: (quote.close + 1)..<verb.start) { return nil }
            content = quote.open > sentence.range.lowerBound + 1 ? sentence.range.lowerBound..<quote.close : quote.inner
            quoted = true
        case .punctuation(let at):
            guard at > sentence.range.lowerBound, isAttributionPunctuation(text.scalars[at]) else { return nil }
            // ("…، وشددت وزارة الخارجية …": a verb with و after a comma opens a clause of its own.)
            if verb.payload.tag == .ar, arabicCommaBefore(verb.start) != nil { return nil }
            var before = at
            while before > sentence.range.lowerBound, text.isSpace(before - 1) || isAttributionPunctuation(text.scalars[before - 1]) { before -= 1 }
            if let quote = sentence.quotes.first(where: { $0.close == before - 1 }) {
                content = quote.open > sentence.range.lowerBound + 1 ? sentence.range.lowerBound..<quote.close : quote.inner
                quoted = true
            } else if text.trimmed(clause.start..<verb.start).isEmpty, let quote = sentence.quotes.first,
                      quote.open <= sentence.range.lowerBound + 1, quote.close < at,
                      let speaker = speakerInApposition(after: quote, before: at, in: sentence) {
                content = quote.inner
                quotedSpeaker = speaker
            } else {
                // "…, the official said (on Monday / in a statement)", "…, sagte Scholz am Dienstag":
                // after the verb (and a speaker named after it) only adverbials follow.
                let inverted = text.trimmed(clause.start..<verb.start).isEmpty
                speakerMayFollow = inverted
                var restStart = verb.end
                if inverted, verb.payload.pronoun == nil {
                    guard !isAppositiveName(before: at, in: sentence), !opensWithStateInApposition(sentence, before: at),
                          !opensWithNameInApposition(sentence, before: at),
                          let speaker = speaker(after: verb, in: sentence, &lookups), !isClause(speaker) else { return nil }
                    restStart = speaker.upperBound
                    // ("…, fügte er hinzu.": the particle closes the verb.)
                    if let particle = verb.payload.particle, let next = text.firstWordRange(from: restStart, in: restStart..<sentence.range.upperBound),
                       text.foldedString(next) == particle { restStart = next.upperBound }
                    // "…", afirmou a porta-voz da diplomacia russa, Maria Zakharova.
                    if let name = appositiveName(after: restStart, in: sentence) { restStart = name.upperBound }
                }
                let rest = restStart..<sentence.range.upperBound
                // Thirteen words tell whether there are more than twelve.
                var restWords = 0
                var firstRest: Range<Int>? = nil
                text.forEachWordRange(in: rest) { word in
                    if restWords == 0 { firstRest = word }
                    restWords += 1
                    return restWords < 13
                }
                // "…, South Korea's military said, the latest in a string of launches": a comma
                // after the verb sets off an aside, not the content; an aside may be long, but
                // "said, however, that …" still opens the content.
                let asideFollows = !inverted && text.trimmed(rest).first.map { text.scalars[$0] == "," } == true
                let complementizerWithin = text.lazyWordRanges(in: rest).prefix(asideFollows ? 4 : Int.max).contains {
                    clauseWords.kinds($0).contains(.complementizer) || ClauseWords.isArabicComplementizer(text, $0)
                }
                guard restWords == 0 || asideFollows || (!inverted && restWords <= 2)
                        || firstRest.map({ !clauseWords.kinds($0).isDisjoint(with: [.afterVerbStop, .timeWord]) }) == true,
                      restWords <= 12 || asideFollows, !complementizerWithin else { return nil }
                content = sentence.range.lowerBound..<at
                guard text.hasWords(atLeast: 3, in: content) else { return nil }
            }
        default:
            return nil
        }
        content = text.trimmed(content, droppingWhere: Self.attributionEdges.contains)
        guard !content.isEmpty else { return nil }
        var speaker: Range<Int>? = nil
        if verb.payload.pronoun == nil {
            speaker = quotedSpeaker ?? self.speaker(before: verb, clause, &lookups)
                ?? (speakerMayFollow ? self.speaker(after: verb, in: sentence, &lookups) ?? officeAfterAdverbials(verb, in: sentence) : nil)
            // ("«…», afirmó.", "«…», afirmó, «…»": a verb with no subject after a quotation speaks
            // for the previous speaker where subjects are dropped.)
            if speaker == nil, quoted, verb.payload.tag.dropsSubjects,
               !text.hasWords(atLeast: 1, in: verb.end..<(sentence.quotes.first { $0.open >= verb.end }?.open ?? sentence.range.upperBound)) {
                return SpeechEvent(speaker: nil, carriesPronoun: false, reports: verb.payload.reports, verbRange: verb.start..<verb.end,
                                   content: content, kind: kind(of: content, in: sentence))
            }
            guard speaker != nil else { return nil }
        }
        return SpeechEvent(speaker: speaker, carriesPronoun: verb.payload.pronoun != nil, reports: verb.payload.reports,
                           verbRange: verb.start..<verb.end, content: content, kind: kind(of: content, in: sentence))
    }

    /// "A spokesman for the ministry, Koo Byoung-sam, said …": the words between the comma
    /// at `comma` and the one before it are all capitalised (a name in apposition), so the
    /// sentence so far is the speaker, not a content.
    func isAppositiveName(before comma: Int, in sentence: Sentence) -> Bool {
        guard comma > sentence.range.lowerBound else { return false }
        let segment = clauseStart(before: comma, in: sentence)
        guard case .punctuation = segment.boundary else { return false }
        var words = Array(text.lazyWordRanges(in: segment.start..<comma).prefix(7))
        // ("le général Thierry Burkhard": a determiner and titles before the name.)
        let titles = words.prefix { clauseWords.kinds($0).contains(.determiner) || PeopleFinder.isTitle($0, in: text) }.count
        if titles > 0, titles < words.count, words[titles...].allSatisfy({ text.isUpper($0.lowerBound) }) { words.removeFirst(titles) }
        guard (1...6).contains(words.count), let first = words.first, text.isUpper(first.lowerBound) else { return false }
        // "Luiz Inácio Lula da Silva", "Ursula von der Leyen": lower-case particles inside a name.
        return words.allSatisfy { word in
            text.isUpper(word.lowerBound) || (word.lowerBound > 0 && text.scalars[word.lowerBound - 1] == "-") || clauseWords.kinds(word).contains(.nameParticle)
        }
    }

    /// "De acordo com o primeiro-ministro cabo-verdiano, Ulisses Correia e Silva, a visita …":
    /// the name set off by commas right after a speaker phrase (ending at the first comma),
    /// which belongs to the speaker, not to the content.
    func nameInApposition(after phrase: Range<Int>, in sentence: Sentence) -> Range<Int>? {
        var i = phrase.upperBound
        while i < sentence.range.upperBound, text.isSpace(i) { i += 1 }
        guard i < sentence.range.upperBound, text.scalars[i] == ",",
              let comma = (i + 1..<min(sentence.range.upperBound, i + 60)).first(where: { text.scalars[$0] == "," }),
              isAppositiveName(before: comma, in: sentence) else { return nil }
        return text.trimmed(i + 1..<comma)
    }

    /// "Shinjiro Koizumi, le nouveau ministre de l'Agriculture, a promis mardi …": the sentence
    /// opens with a name of two to four capitalised words and a comma before the one at
    /// `comma`, so what stands before the verb is the subject and its apposition, not a content.
    func opensWithNameInApposition(_ sentence: Sentence, before comma: Int) -> Bool {
        // (No word may stand before the comma: "—, dijo …".)
        guard let first = text.firstWordRange(from: sentence.range.lowerBound, in: sentence.range), first.lowerBound < comma,
              let opening = (first.lowerBound..<comma).first(where: { text.scalars[$0] == "," }) else { return false }
        let words = Array(text.lazyWordRanges(in: first.lowerBound..<opening).prefix(5))
        return (2...4).contains(words.count) && words.allSatisfy { text.isUpper($0.lowerBound) || clauseWords.kinds($0).contains(.nameParticle) }
            && !countries.contains { $0.start < opening && $0.end > first.lowerBound }
    }

    /// "», a déclaré mardi à la télévision nationale le porte-parole du gouvernement, le colonel
    /// …", "Об этом заявил в понедельник министр … Сергей Лавров на пресс-конференции": an
    /// inverted speaker after adverbials, from the article before the first office word among
    /// the twelve words after the verb to the next comma, the sentence's end or a preposition
    /// that ends a speaker after its verb.
    func officeAfterAdverbials(_ verb: PhraseMatcher<SpeechLexicon.Verb>.Match, in sentence: Sentence) -> Range<Int>? {
        var previous: Range<Int>? = nil
        for word in text.lazyWordRanges(in: verb.end..<sentence.range.upperBound).prefix(12) {
            guard sentence.quote(containing: word.lowerBound) == nil else { return nil }
            if clauseWords.kinds(word).contains(.office) || PeopleFinder.hasTitleEnding(word, in: text) {
                let start = previous.flatMap { clauseWords.kinds($0).contains(.determiner) ? $0.lowerBound : nil } ?? word.lowerBound
                var end = (word.upperBound..<sentence.range.upperBound).first { [",", ".", ";", "\n"].contains(text.scalars[$0]) } ?? sentence.range.upperBound
                if let stop = text.lazyWordRanges(in: word.upperBound..<end).first(where: { clauseWords.kinds($0).contains(.afterVerbStop) }) {
                    end = stop.lowerBound
                }
                return text.trimmed(start..<end)
            }
            previous = word
        }
        return nil
    }

    /// Between a quotation and the comma before its verb, a speaker and its apposition
    /// ("Ahmed Chaudhry, a military spokesman"; "Pakistan's military spokesman, Lieutenant
    /// General Ahmed Chaudhry"): two comma-separated phrases of at most twelve words in all.
    func speakerInApposition(after quote: QuoteSpan, before comma: Int, in sentence: Sentence) -> Range<Int>? {
        let between = text.trimmed(quote.close + 1..<comma, droppingWhere: Self.attributionEdges.contains)
        guard !between.isEmpty, !text.hasWords(atLeast: 13, in: between) else { return nil }
        let commas = between.filter { text.scalars[$0] == "," }
        guard commas.count == 1, let split = commas.first else { return nil }
        return speakerPhrase(between.lowerBound..<split)
    }

    /// ", Maria Zakharova." closing a sentence after an inverted speaker: a comma, then one to
    /// four capitalised words (or joined by hyphens) to the sentence's end.
    func appositiveName(after offset: Int, in sentence: Sentence) -> Range<Int>? {
        let rest = text.trimmed(offset..<sentence.range.upperBound, droppingWhere: { $0 != "," && Self.edgePunctuation.contains($0) })
        guard let first = rest.first, text.scalars[first] == "," else { return nil }
        let words = Array(text.lazyWordRanges(in: rest).prefix(5))
        guard (1...4).contains(words.count), words.allSatisfy({ text.isUpper($0.lowerBound) || text.scalars[$0.lowerBound - 1] == "-" }) else { return nil }
        return first..<words[words.count - 1].upperBound
    }

    /// Punctuation trimmed from content that an attribution follows (an array: a few
    /// comparisons cost less than hashing).
    static let attributionEdges: [Unicode.Scalar] = [",", "،", "，", "、", ":", "—", "–"]

    /// "…, said the text had been reviewed": words after the verb holding an auxiliary are a
    /// clause (the content), not an inverted speaker.
    func isClause(_ range: Range<Int>) -> Bool {
        text.lazyWordRanges(in: range).contains { !clauseWords.kinds($0).isDisjoint(with: [.passiveAuxiliary, .finiteAuxiliary]) }
    }

    func isAttributionPunctuation(_ s: Unicode.Scalar) -> Bool {
        s == "," || s == "،" || s == "，" || s == "—" || s == "–" || s == "-"
    }

    /// "Pemerintah Malaysia, Rabu (5/5), menolak …", "El presidente chileno, Andrés Molina,
    /// afirmó …": when only commas and time words stand before the verb, the speaker is in an
    /// earlier comma-separated segment (at most three back).
    func speakerBeforeComma(_ clause: ClauseStart, in sentence: Sentence) -> Range<Int>? {
        var boundary = clause.boundary
        for _ in 0..<3 {
            guard case .punctuation(let at) = boundary, text.scalars[at] == "," || text.scalars[at] == "，" else { return nil }
            let earlier = clauseStart(before: at, in: sentence)
            // "Canadá, que también fue afectado, anunció …": a relative clause describes the speaker before it.
            if case .word = earlier.boundary, let opening = relativeClauseOpening(endingAt: earlier.start, in: sentence) {
                boundary = clauseStart(before: opening, in: sentence).boundary
                continue
            }
            // ("Al-Yahya, for his part, stressed …": an aside between commas speaks for nobody.)
            if text.lazyWordRanges(in: earlier.start..<at).allSatisfy({ clauseWords.kinds($0).contains(.asideWord) }) {
                boundary = earlier.boundary
                continue
            }
            if let speaker = speakerPhrase(earlier.start..<at), !opensWithParticiple(speaker) {
                return speaker
            }
            boundary = earlier.boundary
        }
        return nil
    }

    /// The start of the relative pronoun that ends at `end`, when a comma stands right before it.
    func relativeClauseOpening(endingAt end: Int, in sentence: Sentence) -> Int? {
        var start = end
        while start > sentence.range.lowerBound, text.isWord(start - 1) { start -= 1 }
        guard start < end, clauseWords.kinds(start..<end).contains(.relativeMarker) else { return nil }
        var i = start
        while i > sentence.range.lowerBound, text.isSpace(i - 1) { i -= 1 }
        return i > sentence.range.lowerBound && text.scalars[i - 1] == "," ? start : nil
    }
}
