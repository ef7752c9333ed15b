/// Speaker phrases around a speech verb: before it (trimmed of connectors, time words,
/// auxiliaries and relative clauses), after it (inverted and verb-first clauses), and in
/// Han script (without the dateline before it).
extension StatementFinder {
    /// The speaker phrase within `range` (the words before a verb), without leading
    /// connectors, trailing time words and auxiliaries, and relative clauses; nil if nothing
    /// that can speak remains.
    func speakerPhrase(_ range: Range<Int>, language: String) -> Range<Int>? {
        let trimmed = text.trimmed(range)
        guard !trimmed.isEmpty else { return nil }
        if text.isUnspaced(trimmed.lowerBound) { return unspacedSpeaker(trimmed) }
        var words = text.words(in: trimmed)
        if let relative = words.dropFirst().firstIndex(where: { ClauseWords.relativeMarkers.contains($0.folded) }) {
            words = Array(words[..<relative])
        }
        while let first = words.first, ClauseWords.leadingConnectors.contains(first.folded) { words.removeFirst() }
        while let last = words.last, ClauseWords.trailingNoise.contains(last.folded) || last.folded.allSatisfy(\.isNumber)
                || Self.isAdverb(last.folded) {
            words.removeLast()
        }
        guard let first = words.first, let last = words.last, words.count <= 12 else { return nil }
        guard !ClauseWords.passiveAgents.contains(first.folded) else { return nil }
        guard words.contains(where: { !ClauseWords.determiners.contains($0.folded) }) else { return nil }
        var end = last.range.upperBound
        if end < trimmed.upperBound, text.scalars[end] == ")" { end += 1 }
        return first.range.lowerBound..<end
    }

    /// A speaker in Han script: the clause before the verb without a trailing date ("22日").
    func unspacedSpeaker(_ range: Range<Int>) -> Range<Int>? {
        let range = afterDatelineMarks(range)
        var end = range.upperBound
        if let at = (range.lowerBound + 2..<max(range.lowerBound + 2, end)).first(where: { text.scalars[$0] == "在" }) { end = at }
        if end > range.lowerBound, text.scalars[end - 1] == "日" {
            var k = end - 1
            while k > range.lowerBound, text.scalars[k - 1].properties.numericType != nil { k -= 1 }
            if k < end - 1 { end = k }
        }
        let result = text.trimmed(range.lowerBound..<end)
        return result.isEmpty || result.count > 24 ? nil : result
    }

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
    func speakerAfterVerb(from offset: Int, in sentence: Sentence, arabic: Bool, stopsAtComma: Bool = false) -> Range<Int>? {
        let tail = offset..<sentence.range.upperBound
        if arabic, let first = text.words(in: tail).first,
           let country = countries.first(where: { $0.start == first.range.lowerBound }) {
            return country.start..<country.end
        }
        var taken: [Word] = []
        var i = offset
        for range in text.wordRanges(in: offset..<min(tail.upperBound, offset + 160)) {
            let word = Word(range: range, folded: text.foldedString(range))
            if sentence.quotes.contains(where: { $0.open >= i && $0.open < word.range.lowerBound }) { break }
            let gap = i..<word.range.lowerBound
            let commaBefore = gap.contains { text.scalars[$0] == "," || text.scalars[$0] == "،" }
            if ClauseWords.afterVerbStops.contains(word.folded) || ClauseWords.complementizers.contains(word.folded) { break }
            if commaBefore && (!arabic || stopsAtComma) { break }
            if gap.contains(where: { [".", ":", "«", "\""].contains(text.scalars[$0]) }) { break }
            if arabic, let previous = taken.last, word.folded != "باسم" {
                if ClauseWords.isArabicComplementizer(word.folded) { break }
                if word.folded.hasPrefix("ل") || word.folded.hasPrefix("ب") && !word.folded.hasPrefix("با") { break }
                if Self.isDefinite(previous.folded), !Self.isDefinite(word.folded), !commaBefore { break }
                if commaBefore, taken.count >= 2, Self.isDefinite(word.folded) { break }
            }
            taken.append(word)
            i = word.range.upperBound
            if taken.count >= 8 { break }
        }
        while let last = taken.last, ClauseWords.trailingNoise.contains(last.folded) { taken.removeLast() }
        guard let first = taken.first, let last = taken.last else { return nil }
        guard taken.contains(where: { !ClauseWords.determiners.contains($0.folded) }) else { return nil }
        return first.range.lowerBound..<last.range.upperBound
    }

    /// "repeatedly", "notamment", "claramente": adverbs by their endings (never a speaker's last word).
    static func isAdverb(_ folded: String) -> Bool {
        folded.count > 5 && (folded.hasSuffix("ly") || folded.hasSuffix("mente") || folded.hasSuffix("ement") || folded.hasSuffix("amment") || folded.hasSuffix("emment"))
    }

    static func isDefinite(_ folded: String) -> Bool {
        folded.hasPrefix("ال") || folded.hasPrefix("وال") || folded.hasPrefix("بال") || folded.hasPrefix("لل") || folded.hasPrefix("فال")
    }
}
