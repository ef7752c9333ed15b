/// The one pass over a text: tokens are scanned and keyed as they come, gathered into
/// phrases (runs of tokens a name may span: no comma or line break between them), and
/// each phrase is matched leftmost-longest against the trie.
extension CountryMatcher {
    /// A scanned token with its trie ids.
    private struct PhraseToken {
        var token: ScannedToken
        /// Token id of the whole word, or -1 when no form has it.
        var id: Int32
        /// Range in the phrase's `variants` of the word's readings without Arabic proclitics.
        var variants: Range<Int>
    }

    /// A word read without its proclitics: "والصين" as "الصين" after و, or "صين" after وال;
    /// either way the word carried the article.
    private struct Variant {
        var id: Int32
        var hasArticle: Bool
    }

    private struct Candidate {
        var lastToken: Int
        var reading: Reading
        var prefix: Variant?
    }

    /// The tokens a name may still span, with their Arabic variants, from the first token
    /// that can start a form (tokens before it can be part of no match).
    private struct Phrase {
        var tokens: [PhraseToken] = []
        var variants: [Variant] = []
        /// Some token can start a form (else there is nothing to match).
        var mayMatch = false
        /// The last token scanned, kept or not: whether the next one joins it.
        var lastToken: ScannedToken?

        mutating func removeFirst(_ count: Int, startsForm: (Int32) -> Bool) {
            tokens.removeFirst(count)
            let firstKept = tokens.first?.variants.lowerBound ?? variants.count
            variants.removeFirst(firstKept)
            for index in tokens.indices {
                let range = tokens[index].variants
                tokens[index].variants = (range.lowerBound - firstKept)..<(range.upperBound - firstKept)
            }
            mayMatch = tokens.contains { startsForm($0.id) || !$0.variants.isEmpty }
        }
    }

    /// Phrases are matched and cut when they reach this many tokens, so that memory stays
    /// bounded on text without punctuation.
    private static let longestPhrase = 4096

    /// The references in `text`. With `strictCase` false (query values), capitals and the
    /// article's language are not required.
    func matches(in text: String, language: String, strictCase: Bool = true) -> [CountryMatch] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var scanner = TokenScanner(bytes: bytes, keepsAllFolded: false)
            var folded: [UInt32] = []
            var phrase = Phrase()
            var found: [CountryMatch] = []
            let context = MatchContext(language: language, strictCase: strictCase, bytes: bytes)
            while let token = scanner.next(folding: &folded) {
                if let last = phrase.lastToken, !Self.joins(token, after: last), !phrase.tokens.isEmpty {
                    if phrase.mayMatch { matchPhrase(phrase, context, into: &found) }
                    phrase.removeFirst(phrase.tokens.count, startsForm: startsForm)
                }
                append(token, folded, to: &phrase)
                if phrase.tokens.count >= Self.longestPhrase {
                    let limit = phrase.tokens.count - longestForm
                    let consumed = phrase.mayMatch ? matchPhrase(phrase, context, into: &found, startingBefore: limit) : limit
                    phrase.removeFirst(consumed, startsForm: startsForm)
                }
            }
            if phrase.mayMatch { matchPhrase(phrase, context, into: &found) }
            return found
        } ?? []
    }

    /// What a match needs to know besides the phrase.
    private struct MatchContext {
        var language: String
        var strictCase: Bool
        var bytes: UnsafeBufferPointer<UInt8>
    }

    private func append(_ token: ScannedToken, _ folded: [UInt32], to phrase: inout Phrase) {
        phrase.lastToken = token
        let id = tokenID(forKey: Self.key(of: token, folded: folded)) ?? -1
        let firstVariant = phrase.variants.count
        if token.script == .arabic, ArabicClitics.mayHavePrefix(folded) {
            appendVariants(of: folded, to: &phrase.variants)
        }
        let starts = startsForm(id) || phrase.variants.count > firstVariant
        guard starts || !phrase.tokens.isEmpty else { return }
        phrase.tokens.append(PhraseToken(token: token, id: id, variants: firstVariant..<phrase.variants.count))
        if starts { phrase.mayMatch = true }
    }

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
    private func appendVariants(of folded: [UInt32], to variants: inout [Variant]) {
        for prefix in ArabicClitics.prefixes.reversed()
        where folded.count - prefix.scalars.count >= ArabicClitics.minimumStemLength && folded.starts(with: prefix.scalars) {
            let key = Self.hash(folded[prefix.scalars.count...])
            if let id = tokenID(forKey: key), node(after: 0, token: id) != nil {
                let stem = folded[prefix.scalars.count...]
                let stemHasArticle = stem.starts(with: ArabicClitics.article)
                variants.append(Variant(id: id, hasArticle: prefix.hasArticle || stemHasArticle))
            }
        }
    }

    /// Matches a phrase leftmost-longest, from its first token up to (not including)
    /// `limit`; returns the index of the first token not consumed.
    @discardableResult
    private func matchPhrase(_ phrase: Phrase, _ context: MatchContext, into found: inout [CountryMatch],
                             startingBefore limit: Int? = nil) -> Int {
        var index = 0
        while index < (limit ?? phrase.tokens.count) {
            guard let candidate = longestMatch(at: index, phrase, context) else {
                index += 1
                continue
            }
            if !candidate.reading.code.isEmpty {
                found += matches(candidate, startingAt: index, phrase.tokens, context.bytes)
            }
            index = candidate.lastToken + 1
        }
        return index
    }

    /// The longest reading starting at `index`; among equally long ones, the one that took
    /// the fewest proclitics off the first word.
    private func longestMatch(at index: Int, _ phrase: Phrase, _ context: MatchContext) -> Candidate? {
        var best: Candidate?
        let tokens = phrase.tokens
        for start in (tokens[index].variants.lowerBound - 1)..<tokens[index].variants.upperBound {
            let prefix = start < tokens[index].variants.lowerBound ? nil : phrase.variants[start]
            let firstID = prefix?.id ?? tokens[index].id
            guard startsForm(firstID), var node = node(after: 0, token: firstID) else { continue }
            var last = index
            while true {
                if let reading = bestReading(at: node, tokens[index...last], prefixed: prefix != nil, context),
                   last > (best?.lastToken ?? -1) {
                    best = Candidate(lastToken: last, reading: reading, prefix: prefix)
                }
                guard last + 1 < tokens.count, tokens[last + 1].id >= 0,
                      let next = self.node(after: node, token: tokens[last + 1].id) else { break }
                node = next
                last += 1
            }
        }
        return best
    }

    /// The reading of a node that the text allows, the article's own language first.
    private func bestReading(at node: Int32, _ tokens: ArraySlice<PhraseToken>, prefixed: Bool, _ context: MatchContext) -> Reading? {
        guard hasReadings(at: node) else { return nil }
        let language = context.language
        let allowed = readings(at: node).filter { reading in
            guard context.strictCase else { return !reading.code.isEmpty }
            let first = tokens.first!.token
            let knownLanguage = !language.isEmpty && language != "und"
            if (reading.onlyInLanguage || reading.isLowercaseWord && knownLanguage) && reading.language != language { return false }
            if reading.requiresCapitalInitial && !prefixed && !first.startsUppercase { return false }
            if reading.startsHangulWord && !first.startsWord { return false }
            if reading.requiresCapitals && !tokens.allSatisfy({ $0.token.isAllUppercase }) { return false }
            return true
        }
        return allowed.first { $0.language == language } ?? allowed.first { $0.language == "en" } ?? allowed.first
    }

    /// The match of a candidate; a compound of abbreviations ("中美": CN+US) gives one
    /// match per character.
    private func matches(_ candidate: Candidate, startingAt index: Int, _ phrase: [PhraseToken], _ bytes: UnsafeBufferPointer<UInt8>) -> [CountryMatch] {
        let codes = candidate.reading.code.split(separator: "+")
        guard codes.count > 1, codes.count == candidate.lastToken - index + 1 else {
            return [match(candidate, startingAt: index, phrase, bytes)]
        }
        return codes.enumerated().map { offset, code in
            var single = candidate
            single.lastToken = index + offset
            single.reading.code = String(code)
            return match(single, startingAt: index + offset, phrase, bytes)
        }
    }

    private func match(_ candidate: Candidate, startingAt index: Int, _ phrase: [PhraseToken], _ bytes: UnsafeBufferPointer<UInt8>) -> CountryMatch {
        let first = phrase[index].token, last = phrase[candidate.lastToken].token
        let reading = candidate.reading
        let period = reading.takesTrailingPeriod && last.followedByPeriod ? 1 : 0
        let surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[first.startByte..<(last.endByte + period)]), as: UTF8.self)
        var via = reading.kind.rawValue
        if let prefix = candidate.prefix {
            via += prefix.hasArticle ? " after the article prefix" : " after a proclitic"
        }
        return CountryMatch(start: first.start, end: last.end + period, surface: surface, code: reading.code,
                            kind: reading.kind, via: via + ", " + reading.language)
    }
}
