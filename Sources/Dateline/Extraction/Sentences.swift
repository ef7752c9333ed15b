/// Quotation spans of a paragraph under the conventions of the supported languages:
/// “ ” " « » „ “ 「 」 『 』, and the unbalanced mixes of real text (“…" or "…”).
/// A quotation left open runs to the end of its paragraph.
struct QuoteSpan: Sendable, Equatable {
    /// Offset of the opening mark.
    var open: Int
    /// Offset of the closing mark, or the paragraph end when none closes it.
    var close: Int
    /// The quoted text, without the marks.
    var inner: Range<Int> { (open + 1)..<close }
}

enum QuotationMarks {
    /// Whether `s` closes a quotation opened by `mark` (a switch, not a table: it runs on
    /// every scalar inside a quotation).
    static func closes(_ mark: Unicode.Scalar, with s: Unicode.Scalar) -> Bool {
        switch mark {
        case "“": return s == "”" || s == "\"" || s == "“"
        case "«": return s == "»"
        case "»": return s == "«"
        case "„": return s == "“" || s == "”" || s == "\""
        case "「": return s == "」"
        case "『": return s == "』"
        case "\"", "”": return s == "\"" || s == "”"
        default: return false
        }
    }

    /// Whether a quotation opens at `offset`.
    static func opensAt(_ text: ScalarText, _ offset: Int) -> Bool {
        guard offset < text.count else { return false }
        let s = text.scalars[offset]
        return s == "“" || s == "«" || s == "„" || s == "「" || s == "『" || s == "\"" || (s == "»" && text.isWord(offset + 1))
    }

    /// Whether `s` may open or close a quotation: the marks of ``closes(_:with:)``, ``isCloser(_:)`` and ``opensAt(_:_:)``.
    static func isQuotationMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0xAB, 0xBB, 0x201C...0x201E, 0x300C...0x300F: return true
        default: return false
        }
    }

    static func isCloser(_ s: Unicode.Scalar) -> Bool {
        s == "”" || s == "\"" || s == "»" || s == "」" || s == "』" || s == "“"
    }

    /// The quotation spans of `range` in order.
    static func spans(in text: ScalarText, _ range: Range<Int>) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var open: (at: Int, mark: Unicode.Scalar)?
        // Most scalars are letters or spaces: only the others are read.
        text.withPunctuation { scalars, classes in
            let range = range.clamped(to: 0..<scalars.count)
            var i = range.lowerBound
            while true {
                i = PunctuationScan.next(in: classes, from: i, to: range.upperBound)
                guard i < range.upperBound else { break }
                defer { i += 1 }
                let s = scalars[i]
                guard isQuotationMark(s) else { continue }
                if let current = open {
                    if closes(current.mark, with: s) {
                        // (Grown from one, the array would be reallocated at the second and the fourth span.)
                        if spans.isEmpty { spans.reserveCapacity(4) }
                        spans.append(QuoteSpan(open: current.at, close: i))
                        open = nil
                    }
                } else if s == "“" || s == "«" || s == "„" || s == "「" || s == "『" {
                    open = (i, s)
                } else if s == "»", i + 1 < range.upperBound, text.isWord(i + 1), i == range.lowerBound || !text.isWord(i - 1) {
                    open = (i, s)  // »…« (German)
                } else if s == "\"" || s == "”", !text.isWord(i - 1) || i == range.lowerBound {
                    open = (i, s)
                }
            }
        }
        if let current = open, range.upperBound - current.at > 1 {
            spans.append(QuoteSpan(open: current.at, close: range.upperBound))
        }
        return spans
    }
}

/// A sentence of a body paragraph, with the quotations inside it.
struct Sentence: Sendable {
    var range: Range<Int>
    /// The paragraph's quotations that open inside the sentence (a slice of the paragraph's
    /// list: no array of its own per sentence).
    var quotes: ArraySlice<QuoteSpan>

    /// The quotation holding `offset`, if any.
    func quote(containing offset: Int) -> QuoteSpan? {
        quotes.first { $0.open <= offset && offset <= $0.close }
    }
}

/// Splits paragraphs into sentences at . ! ? 。 ！ ？ ؟ — never inside a quotation, after an
/// abbreviation ("U.S.", "Dec.", "M.") or before a lower-case continuation.
enum SentenceSplitter {
    @inline(__always) static func isTerminator(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ".", "!", "?", "。", "！", "？", "؟", "…": return true
        default: return false
        }
    }
    static let abbreviations = WordSet([
        "mr", "mrs", "ms", "dr", "st", "no", "vs", "etc", "gen", "col", "lt", "sen", "rep", "gov", "pres", "prof",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "jr", "inc", "co",
        "ltd", "m", "mme", "mm", "dll", "dsb", "ir", "h", "sr", "sra", "dra", "hr", "fr", "nr", "bzw", "z.b",
        "т", "г", "гг", "им", "корр", "u.s", "u.k", "u.n", "e.u", "u.s.a", "a.s", "r.i",
        "maj", "capt", "adm", "sgt", "gral",
    ])

    /// The sentences of `paragraph` in order, split one at a time as they are asked for: a
    /// caller that needs only the first sentences leaves the rest unsplit.
    static func sentences(in text: ScalarText, paragraph: Range<Int>) -> Sentences {
        Sentences(text: text, paragraph: paragraph)
    }

    /// The sentences of a paragraph, split one at a time (see ``SentenceSplitter``).
    struct Sentences: Sequence, IteratorProtocol {
        private let text: ScalarText
        private let paragraph: Range<Int>
        private let quotes: [QuoteSpan]
        private var scan: Scan

        /// Where the split stands: apart from the text, so that a step reads the text and
        /// the quotations in place while it changes this (copying them out of `self` for each
        /// sentence retained and released five arrays).
        private struct Scan {
            /// Where the next sentence starts, the next scalar to read, and the first
            /// quotation that does not close before it.
            var start: Int, i: Int, q = 0
            /// The first quotation that may open in the next sentence (they come in order).
            var firstQuote = 0
            /// Whether the last sentence was given.
            var done = false
        }

        init(text: ScalarText, paragraph: Range<Int>) {
            self.text = text
            self.paragraph = paragraph
            quotes = QuotationMarks.spans(in: text, paragraph)
            scan = Scan(start: paragraph.lowerBound, i: paragraph.lowerBound)
        }

        mutating func next() -> Sentence? {
            guard !scan.done else { return nil }
            return Self.next(text, paragraph, quotes, &scan)
        }

        private static func next(_ text: ScalarText, _ paragraph: Range<Int>, _ quotes: [QuoteSpan], _ scan: inout Scan) -> Sentence? {
            // The scan's state in locals (kept in registers), stored back when a sentence is found.
            var start = scan.start, i = scan.i, q = scan.q
            defer { (scan.start, scan.i, scan.q) = (start, i, q) }
            return text.withPunctuation { scalars, classes in
                let end = Swift.min(paragraph.upperBound, scalars.count)
                while i < end {
                    while q < quotes.count, quotes[q].close < i { q += 1 }
                    // Nothing happens before the next terminator or the next quotation's close.
                    let stop = Swift.min(q < quotes.count ? quotes[q].close : end, end)
                    var next = PunctuationScan.next(in: classes, from: i, to: stop)
                    while next < stop, !SentenceSplitter.isTerminator(scalars[next]) { next = PunctuationScan.next(in: classes, from: next + 1, to: stop) }
                    if next > i {
                        i = next
                        continue
                    }
                    let insideQuote = q < quotes.count && quotes[q].open < i && i < quotes[q].close
                    if q < quotes.count, quotes[q].close == i, SentenceSplitter.endsQuotedSentence(text, closer: i, paragraph: paragraph) {
                        let sentence = Self.sentence(start..<(i + 1), text, quotes, &scan.firstQuote)
                        start = i + 1
                        i += 1
                        if let sentence { return sentence }
                        continue
                    }
                    if !insideQuote, SentenceSplitter.isTerminator(scalars[i]), SentenceSplitter.isBoundary(text, at: i, paragraph: paragraph) {
                        var sentenceEnd = i + 1
                        while sentenceEnd < end, SentenceSplitter.isTerminator(scalars[sentenceEnd])
                            || QuotationMarks.isCloser(scalars[sentenceEnd]) && !text.isWord(sentenceEnd + 1) && text.isSpace(sentenceEnd + 1) {
                            sentenceEnd += 1
                        }
                        let sentence = Self.sentence(start..<sentenceEnd, text, quotes, &scan.firstQuote)
                        start = sentenceEnd
                        i = sentenceEnd
                        if let sentence { return sentence }
                        continue
                    }
                    i += 1
                }
                scan.done = true
                return Self.sentence(start..<paragraph.upperBound, text, quotes, &scan.firstQuote)
            }
        }

        /// The sentence of `range` trimmed, with the quotations opening in it (from
        /// `firstQuote` on, which moves past them); nil if only spaces.
        private static func sentence(_ range: Range<Int>, _ text: ScalarText, _ quotes: [QuoteSpan], _ firstQuote: inout Int) -> Sentence? {
            let trimmed = text.trimmed(range)
            guard !trimmed.isEmpty else { return nil }
            while firstQuote < quotes.count, quotes[firstQuote].open < trimmed.lowerBound { firstQuote += 1 }
            var past = firstQuote
            while past < quotes.count, quotes[past].open < trimmed.upperBound { past += 1 }
            defer { firstQuote = past }
            return Sentence(range: trimmed, quotes: quotes[firstQuote..<past])
        }
    }

    /// `… in theaters." It also warned …`: a quotation ending with its own full stop and
    /// followed by a capitalised word ends the sentence too.
    private static func endsQuotedSentence(_ text: ScalarText, closer: Int, paragraph: Range<Int>) -> Bool {
        guard closer > paragraph.lowerBound, isTerminator(text.scalars[closer - 1]) else { return false }
        var k = closer + 1
        guard k < paragraph.upperBound, text.isSpace(k) else { return false }
        while k < paragraph.upperBound, text.isSpace(k) { k += 1 }
        return k < paragraph.upperBound && text.isUpper(k)
    }

    private static func isBoundary(_ text: ScalarText, at i: Int, paragraph: Range<Int>) -> Bool {
        let s = text.scalars[i]
        if s != "." { return true }
        let next = i + 1
        if next < paragraph.upperBound {
            guard text.isSpace(next) || QuotationMarks.isCloser(text.scalars[next]) || text.scalars[next] == ")" else { return false }
            var k = next
            while k < paragraph.upperBound, text.isSpace(k) { k += 1 }
            if k < paragraph.upperBound, text.scalars[k] >= "a" && text.scalars[k] <= "z" { return false }
        }
        var wordStart = i
        while wordStart > paragraph.lowerBound, text.isWord(wordStart - 1) { wordStart -= 1 }
        let word = wordStart..<i
        let characters = text.characterCount(word)
        if characters == 1, text.isUpper(wordStart) { return false }
        if wordStart > paragraph.lowerBound, text.scalars[wordStart - 1] == ".", characters <= 2 { return false }
        return !abbreviations.contains(text, word)
    }
}

/// Finds scalars by their class bytes, eight at a time: only the scalars found are read.
enum ClassByteScan {
    /// The word bit of each of eight class bytes packed into a word.
    static var wordBits: UInt64 { 0x0101_0101_0101_0101 &* UInt64(ScalarTable.wordBit) }

    /// The first offset in `start..<end` whose class byte `marks` selects (`end` if none).
    /// `marks` takes class bytes packed little-endian into a word and returns the word bit
    /// (``wordBits``) of each byte it selects, judging each byte on its own: a shift right
    /// by `n` brings a byte's bit `k + n` onto its bit `k`.
    @inline(__always) static func first(
        in classes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, where marks: (UInt64) -> UInt64
    ) -> Int {
        var i = start
        while i + 8 <= end {
            let selected = marks(UnsafeRawPointer(classes.baseAddress! + i).loadUnaligned(as: UInt64.self).littleEndian)
            if selected != 0 { return i + selected.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < end, marks(UInt64(classes[i])) & 0xFF == 0 { i += 1 }
        return i
    }

    /// The end of the word whose scalars run on from `start` (at most `end`): a hyphen or
    /// apostrophe between word scalars joins them ("Jong-Un" is one word).
    @inline(__always) static func wordEnd(in classes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var i = start
        while true {
            i = first(in: classes, from: i, to: end) { ~$0 & wordBits }
            guard i + 1 < end, classes[i] & ScalarTable.joinerBit != 0, classes[i + 1] & ScalarTable.wordBit != 0 else { return i }
            i += 2
        }
    }
}

/// Finds the scalars that are neither letters, digits nor white space (punctuation, quotation
/// marks) by their class bytes: the sentence and quotation scans test only those.
enum PunctuationScan {
    /// How far the space bit stands above the word bit.
    private static var spaceShift: UInt64 { UInt64(ScalarTable.spaceBit.trailingZeroBitCount - ScalarTable.wordBit.trailingZeroBitCount) }

    /// The first offset in `start..<end` whose class has neither the word nor the space bit (`end` if none).
    @inline(__always) static func next(in classes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        ClassByteScan.first(in: classes, from: start, to: end) { ~($0 | $0 >> spaceShift) & ClassByteScan.wordBits }
    }
}

extension ScalarText {
    /// Calls `body` with pointers to the scalars and their class bytes (for ``PunctuationScan``).
    func withPunctuation<Result>(_ body: (UnsafeBufferPointer<Unicode.Scalar>, UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        scalars.withUnsafeBufferPointer { scalars in classes.withUnsafeBufferPointer { body(scalars, $0) } }
    }
}
