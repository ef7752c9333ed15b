/// The pass over a text's tokens (``TokenizedText``, shared with language identification):
/// at each token that can start a form, the trie is walked as far as the following tokens
/// join (no comma or line break between them), and the longest reading wins; matching
/// resumes after it (leftmost-longest, no overlaps).
extension CountryMatcher {
    /// A word read without its proclitics: "والصين" as "الصين" after و, or "صين" after وال;
    /// either way the word carried the article.
    private struct Variant {
        var id: Int32
        var hasArticle: Bool
    }

    private struct Candidate {
        var lastToken: Int
        /// The trie node of the tokens read.
        var node: Int32
        var reading: Reading
        var prefix: Variant?
    }

    /// What a match needs to know besides the tokens.
    private struct MatchContext {
        /// The article's language, as an index in ``CountryMatcher/languages`` (-1: none of them).
        var language: Int32
        /// Whether the article's language is known (not "" or "und").
        var knownLanguage: Bool
        /// English, whose reading is preferred when the article's language has none.
        var english: Int32
        var strictCase: Bool
        var tokens: [ScannedToken]
        /// Each token's word table entry, which holds its trie token id (-1 when no form has that word).
        var words: [WordEntry]
    }

    /// The references in `text`. With `strictCase` false (query values), capitals and the
    /// article's language are not required.
    func matches(in text: String, language: String, strictCase: Bool = true) -> [CountryMatch] {
        matches(in: TokenizedText(text), language: language, strictCase: strictCase)
    }

    /// Each token's entry in the word table: its trie token id (a Russian word's by its stem)
    /// and the function-word languages, which language identification reads (see ``WordEntry``).
    func words(of text: TokenizedText) -> [WordEntry] {
        let tokens = text.tokens
        return [WordEntry](unsafeUninitializedCapacity: tokens.count) { words, count in
            for index in tokens.indices {
                // Only Cyrillic keys need the folded scalars (a stem); the others are the token's hash.
                let key = tokens[index].script == .cyrillic ? Self.key(of: tokens[index], folded: text.folded(index)) : tokens[index].hash
                words.initializeElement(at: index, to: wordEntry(forKey: key))
            }
            count = tokens.count
        }
    }

    /// The references in a tokenized text (see ``matches(in:language:strictCase:)``), whose
    /// ``words(of:)`` are `words` when already looked up.
    func matches(in text: TokenizedText, words: [WordEntry]? = nil, language: String, strictCase: Bool = true) -> [CountryMatch] {
        let tokens = text.tokens, words = words ?? self.words(of: text)
        let context = MatchContext(
            language: languageID(language), knownLanguage: !language.isEmpty && language != "und", english: englishID,
            strictCase: strictCase, tokens: tokens, words: words)
        var found: [CountryMatch] = []
        // An article names a country every eight tokens or so at most (before context drops
        // some): one allocation holds them.
        found.reserveCapacity(max(16, tokens.count / 8))
        var variants: [Variant] = []
        var index = 0
        while index < tokens.count {
            // Only an Arabic word may be read without its proclitics.
            var hasVariants = false
            if tokens[index].script == .arabic, ArabicClitics.mayHavePrefix(text.folded(index)) {
                variants.removeAll(keepingCapacity: true)
                appendVariants(of: text.folded(index), to: &variants)
                hasVariants = !variants.isEmpty
            }
            guard hasVariants || mayStartMatch(at: index, tokens, words),
                  !(tokens[index].script == .han && text.withScalars({ Self.isDayOfMonth(index, tokens, $0) })),
                  let candidate = longestMatch(at: index, variants: hasVariants ? variants : [], context) else {
                index += 1
                continue
            }
            if !codes[Int(candidate.reading.code)].isEmpty {
                text.withScalars { appendMatches(of: candidate, startingAt: index, tokens, $0, to: &found) }
            }
            index = candidate.lastToken + 1
        }
        return found
    }

    /// Whether a form may be read from token `index` taken whole: its word starts a form, and
    /// the node it leads to has readings or the next word may continue it. About half of the
    /// words that start a form ("the", "North") do neither, and are turned away before the
    /// full search.
    @inline(__always)
    private func mayStartMatch(at index: Int, _ tokens: [ScannedToken], _ words: [WordEntry]) -> Bool {
        let id = words[index].tokenID
        guard startsForm(id), let node = node(after: 0, token: id) else { return false }
        let entry = entry(at: node)
        guard entry.count == 0 else { return true }
        return Self.continuation(of: entry, after: index, tokens, words) != nil
    }

    /// The token ID of the word after token `last` when a form at the node of `entry` may go
    /// on with it: a known word, one the node may be followed by, joined to `last` as names are.
    @inline(__always)
    private static func continuation(of entry: NodeEntry, after last: Int, _ tokens: [ScannedToken], _ words: [WordEntry]) -> Int32? {
        guard last + 1 < tokens.count, case let id = words[last + 1].tokenID, id >= 0, mayContinue(after: entry, with: id),
              joins(tokens[last + 1], after: tokens[last]) else { return nil }
        return id
    }

    /// Whether token `index` is 日 counting the day of a date ("3日朝", the morning of the
    /// 3rd; "6日韩方"): 日 right after a number cannot start Japan's one-character forms.
    private static func isDayOfMonth(_ index: Int, _ tokens: [ScannedToken], _ scalars: UnsafeBufferPointer<UInt32>) -> Bool {
        let token = tokens[index]
        // A Han token is one character.
        guard index > 0, token.gapBefore == 0, scalars[token.start] == dayCharacter else { return false }
        let last = scalars[tokens[index - 1].end - 1]
        // Numbers of the Basic Multilingual Plane only (as this test has always read them).
        guard last < 0x10000, let scalar = Unicode.Scalar(last) else { return false }
        return scalar.properties.numericType != nil
    }

    /// 日, "day".
    private static let dayCharacter: UInt32 = 0x65E5

    /// Whether a name may continue from `previous` to `token`: Han and kana characters must
    /// touch, Hangul may touch or be words apart; words must be apart, separated by a
    /// joining gap only.
    private static func joins(_ token: ScannedToken, after previous: ScannedToken) -> Bool {
        guard token.gapBefore >= 0 else { return false }
        if previous.script == .hangul && token.script == .hangul { return true }
        switch (previous.script.isCharacterWise, token.script.isCharacterWise) {
        case (true, true): return token.gapBefore == 0
        case (false, false): return token.gapBefore > 0
        default: return false
        }
    }

    /// The stems of an Arabic word that the trie knows, shortest prefix first.
    private func appendVariants(of folded: ArraySlice<UInt32>, to variants: inout [Variant]) {
        for prefix in ArabicClitics.prefixesShortestFirst(mayStart: folded)
        where folded.count - prefix.count >= ArabicClitics.minimumStemLength && prefix.isPrefix(of: folded) {
            let stem = folded.dropFirst(prefix.count), key = Self.hash(stem)
            // A stem that starts with an Arabic scalar starts a form only if the filter of those may hold it.
            if ScalarTable.isArabic(stem.first!) && !arabicStarts.mayContain(key) { continue }
            if let id = tokenID(forKey: key), node(after: 0, token: id) != nil {
                variants.append(Variant(id: id, hasArticle: prefix.hasArticle || stem.starts(with: ArabicClitics.article)))
            }
        }
    }

    /// The longest reading starting at `index` (its first word whole, or read as one of
    /// `variants`); among equally long ones, the one that took the fewest proclitics off.
    private func longestMatch(at index: Int, variants: [Variant], _ context: MatchContext) -> Candidate? {
        var best: Candidate?
        let tokens = context.tokens, words = context.words
        for start in -1..<variants.count {
            let prefix = start < 0 ? nil : variants[start]
            let firstID = prefix?.id ?? words[index].tokenID
            guard startsForm(firstID), var node = node(after: 0, token: firstID) else { continue }
            var last = index
            while true {
                let entry = entry(at: node)
                // (Most nodes a starting word leads to have readings; "the", "North" have none.)
                if entry.count > 0, last > (best?.lastToken ?? -1),
                   let reading = bestReading(of: entry, index...last, prefixed: prefix != nil, context) {
                    best = Candidate(lastToken: last, node: node, reading: reading, prefix: prefix)
                }
                guard let id = Self.continuation(of: entry, after: last, tokens, words),
                      let next = self.node(after: node, token: id) else { break }
                node = next
                last += 1
            }
        }
        return best
    }

    /// The reading of a node (of `entry`) that the text's tokens `read` allow, the article's
    /// own language first.
    private func bestReading(of entry: NodeEntry, _ read: ClosedRange<Int>, prefixed: Bool, _ context: MatchContext) -> Reading? {
        let language = context.language, tokens = context.tokens
        var english: Reading?, first: Reading?
        for k in 0..<Int(entry.count) {
            let reading = reading(k, of: entry)
            let conditions = reading.conditions, readingLanguage = Int32(reading.language)
            if context.strictCase {
                let first = tokens[read.lowerBound]
                if (conditions.contains(.onlyInLanguage) || conditions.contains(.isLowercaseWord) && context.knownLanguage)
                    && readingLanguage != language { continue }
                if conditions.contains(.requiresCapitalInitial) && !prefixed && !first.startsUppercase { continue }
                if conditions.contains(.startsHangulWord) && !ScannedToken.startsWord(at: read.lowerBound, in: tokens) { continue }
                if conditions.contains(.requiresCapitals) && !read.allSatisfy({ tokens[$0].isAllUppercase }) { continue }
            } else if codes[Int(reading.code)].isEmpty {
                continue
            }
            if readingLanguage == language { return reading }
            if english == nil, readingLanguage == context.english { english = reading }
            if first == nil { first = reading }
        }
        return english ?? first
    }

    /// Appends the match of a candidate; a compound of abbreviations ("中美": CN+US) gives
    /// one match per character.
    private func appendMatches(
        of candidate: Candidate, startingAt index: Int, _ tokens: [ScannedToken], _ scalars: UnsafeBufferPointer<UInt32>,
        to found: inout [CountryMatch]
    ) {
        // (A joint code has one part per token, two or more: a one-token match needs no look at its parts.)
        guard candidate.lastToken > index, case let parts = jointCodes[Int(candidate.reading.code)],
              parts.count == candidate.lastToken - index + 1 else {
            found.append(match(candidate, code: codes[Int(candidate.reading.code)], startingAt: index, tokens, scalars, among: found))
            return
        }
        for (offset, part) in parts.enumerated() {
            var single = candidate
            single.lastToken = index + offset
            found.append(match(single, code: part, startingAt: index + offset, tokens, scalars, among: found))
        }
    }

    /// The match of a candidate; its surface is its form's text when written so, or that of
    /// an earlier match in `found` when one has the same scalars (see ``surface(_:_:form:among:)``).
    private func match(
        _ candidate: Candidate, code: String, startingAt index: Int, _ tokens: [ScannedToken], _ scalars: UnsafeBufferPointer<UInt32>,
        among found: [CountryMatch]
    ) -> CountryMatch {
        let first = tokens[index], last = tokens[candidate.lastToken]
        let reading = candidate.reading
        let period = reading.conditions.contains(.takesTrailingPeriod) && last.isFollowedByPeriod(in: scalars) ? 1 : 0
        // (The one string of the label that the match takes is read, not the label with all three.)
        let label = Int(reading.label)
        let via = candidate.prefix.map { $0.hasArticle ? labels[label].afterArticlePrefix : labels[label].afterProclitic } ?? labels[label].whole
        // (A word read after its proclitics is not written as its form.)
        let form = candidate.prefix == nil ? formText(at: candidate.node) : ""
        let surface = Self.surface(first.start..<(last.end + period), scalars, form: form, among: found)
        return CountryMatch(start: first.start, end: last.end + period, surface: surface, code: code, kind: reading.kind, via: via)
    }

    /// The text of scalars `range`: `form` (the text of the matched form) when the scalars
    /// are the form's, as most names are written as the lexicon has them, or the surface of an
    /// earlier match of the same scalars, as an article names its countries again and again;
    /// a string is then made (and later freed) once per distinctly written name, not once per
    /// mention.
    private static func surface(_ range: Range<Int>, _ scalars: UnsafeBufferPointer<UInt32>, form: String, among found: [CountryMatch]) -> String {
        let wanted = UnsafeBufferPointer(rebasing: scalars[range])
        if isWritten(form, as: wanted) { return form }
        for k in found.indices.reversed() where found[k].end - found[k].start == range.count
            && UnsafeBufferPointer(rebasing: scalars[found[k].start..<found[k].end]).elementsEqual(wanted) {
            return found[k].surface
        }
        return UTF8Scalars.string(from: wanted, skippingZeros: false)
    }

    /// Whether `form` is written with the scalars `wanted`, read from its UTF-8 in place as
    /// they are compared (the strings' own comparison of scalars costs several times more).
    @inline(__always)
    private static func isWritten(_ form: String, as wanted: UnsafeBufferPointer<UInt32>) -> Bool {
        guard !form.isEmpty else { return false }
        return form.utf8.withContiguousStorageIfAvailable { bytes in
            var offset = 0
            for value in wanted {
                guard offset < bytes.count, case let (scalar, length) = UTF8Scalars.decode(bytes, at: offset), scalar == value else { return false }
                offset += length
            }
            return offset == bytes.count
        } ?? false
    }
}
