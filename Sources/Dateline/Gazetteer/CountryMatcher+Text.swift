/// The one pass over a text: tokens are scanned and keyed as they come, gathered into
/// phrases (runs of tokens a name may span: no comma or line break between them), and
/// each phrase is matched leftmost-longest against the trie.
extension CountryMatcher {
    /// A scanned token with its trie ids.
    private struct PhraseToken {
        var token: ScannedToken
        /// Token id of the whole word, or -1 when no form has it.
        var id: Int32
        /// Range in `variants` of the word's readings without Arabic proclitics.
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

    /// The references in `text`. With `strictCase` false (query values), capitals and the
    /// article's language are not required.
    func matches(in text: String, language: String, strictCase: Bool = true) -> [CountryMatch] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var scanner = TokenScanner(bytes: bytes, keepsAllFolded: false)
            var folded: [UInt32] = []
            var phrase: [PhraseToken] = []
            var variants: [Variant] = []
            var phraseMayMatch = false
            var found: [CountryMatch] = []
            while let token = scanner.next(folding: &folded) {
                if let last = phrase.last, !Self.joins(token, after: last.token) {
                    if phraseMayMatch { matchPhrase(phrase, variants, language, strictCase, bytes, into: &found) }
                    phrase.removeAll(keepingCapacity: true)
                    variants.removeAll(keepingCapacity: true)
                    phraseMayMatch = false
                }
                let id = tokenID(forKey: Self.key(of: token, folded: folded)) ?? -1
                let firstVariant = variants.count
                if token.script == .arabic, ArabicClitics.mayHavePrefix(folded) {
                    appendVariants(of: folded, to: &variants)
                }
                phrase.append(PhraseToken(token: token, id: id, variants: firstVariant..<variants.count))
                if startsForm(id) || variants.count > firstVariant { phraseMayMatch = true }
                if phrase.count >= Self.longestPhrase {
                    // Text without punctuation for pages on end: match what can no longer grow.
                    let kept = phraseMayMatch
                        ? matchPhrase(phrase, variants, language, strictCase, bytes, into: &found, startingBefore: phrase.count - longestForm)
                        : phrase.count
                    phrase.removeFirst(kept)
                    let firstKept = phrase.first?.variants.lowerBound ?? variants.count
                    variants.removeFirst(firstKept)
                    for index in phrase.indices {
                        phrase[index].variants = (phrase[index].variants.lowerBound - firstKept)..<(phrase[index].variants.upperBound - firstKept)
                    }
                    phraseMayMatch = phrase.contains { startsForm($0.id) || !$0.variants.isEmpty }
                }
            }
            if phraseMayMatch { matchPhrase(phrase, variants, language, strictCase, bytes, into: &found) }
            return found
        } ?? []
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

    /// Phrases are matched and emptied when they reach this many tokens, so that memory stays
    /// bounded on text without punctuation.
    private static let longestPhrase = 4096

    /// Matches a phrase leftmost-longest, from its first token up to (not including)
    /// `limit`; returns the index of the first token not consumed.
    @discardableResult
    private func matchPhrase(_ phrase: [PhraseToken], _ variants: [Variant], _ language: String, _ strictCase: Bool,
                             _ bytes: UnsafeBufferPointer<UInt8>, into found: inout [CountryMatch],
                             startingBefore limit: Int? = nil) -> Int {
        var index = 0
        while index < (limit ?? phrase.count) {
            guard let candidate = longestMatch(at: index, phrase, variants, language, strictCase) else {
                index += 1
                continue
            }
            if !candidate.reading.code.isEmpty {
                found.append(match(candidate, startingAt: index, phrase, bytes))
            }
            index = candidate.lastToken + 1
        }
        return index
    }

    /// The longest reading starting at `index`; among equally long ones, the one that took
    /// the fewest proclitics off the first word.
    private func longestMatch(at index: Int, _ phrase: [PhraseToken], _ variants: [Variant], _ language: String, _ strictCase: Bool) -> Candidate? {
        var best: Candidate?
        for start in (phrase[index].variants.lowerBound - 1)..<phrase[index].variants.upperBound {
            let prefix = start < phrase[index].variants.lowerBound ? nil : variants[start]
            let firstID = prefix?.id ?? phrase[index].id
            guard startsForm(firstID), var node = node(after: 0, token: firstID) else { continue }
            var last = index
            while true {
                if let reading = bestReading(at: node, phrase[index...last], prefixed: prefix != nil, language, strictCase),
                   last > (best?.lastToken ?? -1) {
                    best = Candidate(lastToken: last, reading: reading, prefix: prefix)
                }
                guard last + 1 < phrase.count, phrase[last + 1].id >= 0,
                      let next = self.node(after: node, token: phrase[last + 1].id) else { break }
                node = next
                last += 1
            }
        }
        return best
    }

    /// The reading of a node that the text allows, the article's own language first.
    private func bestReading(at node: Int32, _ tokens: ArraySlice<PhraseToken>, prefixed: Bool, _ language: String, _ strictCase: Bool) -> Reading? {
        guard hasReadings(at: node) else { return nil }
        let allowed = readings(at: node).filter { reading in
            guard strictCase else { return !reading.code.isEmpty }
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
