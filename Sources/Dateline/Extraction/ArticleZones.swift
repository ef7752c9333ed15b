/// What a line of an article is, so that captions, credits, bylines and site furniture
/// yield neither statements nor country references, and the headline is told from the body.
enum ZoneKind: Sendable, Equatable {
    case blank, furniture, caption, credit, byline, title, body
    /// Site text in a language other than the body's (a translation notice after the story).
    case foreign
}

/// One line of the text with its kind. `range` counts scalars and excludes the line break.
struct Zone: Sendable {
    var range: Range<Int>
    var kind: ZoneKind
}

/// The lines of an article, classified.
struct ArticleZones {
    private(set) var zones: [Zone]

    /// The headline line, if the text has one.
    var title: Zone? { zones.first { $0.kind == .title } }
    /// The ranges of the lines whose sentences may hold statements and whose names count
    /// (in one allocation: a filter would grow its array line by line).
    var bodyRanges: [Range<Int>] {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(zones.count)
        for zone in zones where zone.kind == .body { ranges.append(zone.range) }
        return ranges
    }
    /// Lines before the first body line (headline, furniture): where a publication date may stand.
    var headerZones: ArraySlice<Zone> { zones.prefix { $0.kind != .body } }

    /// The zones of `text`, whose lines `lineMarks` tell (see ``LineFacts/lines(of:marks:)``).
    init(_ text: ScalarText, lineMarks: [Int]) {
        let lines = LineFacts.lines(of: text, marks: lineMarks)
        // Read once here, not through `swift_once` for every line.
        let labels = PageFurniture.labelMatcher
        zones = lines.map { Zone(range: $0.range, kind: Self.classify($0, in: text, labels: labels)) }
        markRepeatedCaptions(text, lines)
        markTitle(text)
        markEndMarkers(text, lines, marks: lineMarks)
        markRelatedLinks(text)
    }

    /// Marks trailing paragraphs whose language differs from the body's as foreign;
    /// `identify` gives the language of a line (its range) alone.
    mutating func markForeign(_ text: ScalarText, bodyLanguage: String, identify: (Range<Int>) -> String) {
        guard bodyLanguage != "und" else { return }
        // The last two body lines, found from the end (no list of every body line is made).
        let last = zones.lastIndex { $0.kind == .body }
        let beforeLast = last.flatMap { last in zones[..<last].lastIndex { $0.kind == .body } }
        for index in [beforeLast, last] {
            guard let index, zones[index].range.count >= 60 else { continue }
            let language = identify(zones[index].range)
            if language != "und", language != bodyLanguage { zones[index].kind = .foreign }
        }
    }

    /// The kind of `line` by itself; `labels` is ``PageFurniture/labelMatcher``.
    private static func classify(_ line: LineFacts, in text: ScalarText, labels: PhraseMatcher<ZoneKind>) -> ZoneKind {
        let trimmed = line.trimmed
        guard !trimmed.isEmpty else { return .blank }
        if text.scalars[trimmed.lowerBound] == ">" { return .furniture }
        var label: ZoneKind? = nil
        labels.forEachMatch(in: text, at: trimmed.lowerBound, limit: trimmed.upperBound) { _, _, kind in
            if label.map({ labelRank(kind) < labelRank($0) }) ?? true { label = kind }
        }
        if let label, label != .byline || trimmed.count < 80 { return label }
        if trimmed.count <= 60, line.hasBreadcrumbSeparator(in: text), PageFurniture.isBreadcrumb(text.string(trimmed)) { return .furniture }
        if trimmed.count <= 40 {
            if PageFurniture.lines.contains(text, trimmed) { return .furniture }
            if !line.hasThreeASCIILetters(in: text) && isSizeOrControlRow(text, trimmed) { return .furniture }
            if trimmed.count <= 20, line.hasSlash(in: text), isBylineCode(text, trimmed) { return .byline }
        }
        if PageFurniture.endsWithCreditTail(text, trimmed) { return .caption }
        let last = text.scalars[trimmed.upperBound - 1]
        if last == ")" || last == "]", endsWithPhotoCredit(text, max(trimmed.lowerBound, trimmed.upperBound - 70)..<trimmed.upperBound) {
            return .caption
        }
        return .body
    }

    /// Which of a line's opening labels gives it its kind: furniture, then credit, then
    /// caption, then byline (which counts on a short line only) win.
    private static func labelRank(_ kind: ZoneKind) -> Int {
        switch kind {
        case .furniture: 0
        case .credit: 1
        case .caption: 2
        default: 3
        }
    }

    /// "afp/pym", "ap/jb": agency and editor initials, in `range` of `text`: two or three
    /// parts of one to eight ASCII letters between "/"s, twenty scalars at most, all told from
    /// the folded scalars (0s skipped), without a String.
    private static func isBylineCode(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        text.folded.withUnsafeBufferPointer { folded in
            var parts = 0, partLength = 0, count = 0
            for i in range where folded[i] != 0 {
                let v = folded[i]
                guard v == 0x2F || (v | 0x20) &- 0x61 < 26 else { return false }
                count += 1
                if v == 0x2F {
                    partLength = 0
                    continue
                }
                if partLength == 0 { parts += 1 }
                partLength += 1
                guard partLength <= 8 else { return false }
            }
            return parts >= 2 && parts <= 3 && count <= 20
        }
    }

    /// Rows such as "XS", "A+ A-", "1 2 3": a few tokens of at most two letters each. A line
    /// opening with a scalar of an unspaced script (most short lines that reach this test) is
    /// none, without a String of it; one whose folded scalars are all ASCII is read from them
    /// (``asciiSizeOrControlRow(_:_:)``).
    private static func isSizeOrControlRow(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        if let first = range.first(where: { text.folded[$0] != 0 }), let scalar = Unicode.Scalar(text.folded[first]),
           ScalarTable.isUnspaced(scalar) {
            return false
        }
        let ascii = text.folded.withUnsafeBufferPointer { asciiSizeOrControlRow($0, range) }
        return ascii ?? isSizeOrControlRow(text.foldedString(range))
    }

    /// ``isSizeOrControlRow(_:)`` of the folded String of `range`, read from the folded scalars
    /// `folded` (0s skipped, as the String skips them) when all are ASCII but a carriage
    /// return: each is then a Character of its own, and only an ASCII letter is a letter. Nil
    /// for any other line.
    static func asciiSizeOrControlRow(_ folded: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> Bool? {
        guard range.allSatisfy({ folded[$0] < 0x80 && folded[$0] != 0x0D }) else { return nil }
        var tokens = 0, letters = 0, inToken = false
        for i in range where folded[i] != 0 {
            let v = folded[i]
            if v == 0x20 || v == 0x09 {
                inToken = false
                continue
            }
            if !inToken {
                tokens += 1
                letters = 0
                inToken = true
            }
            if (v | 0x20) &- 0x61 < 26 { letters += 1 }
            guard tokens <= 6, letters <= 2 else { return false }
        }
        return true
    }

    static func isSizeOrControlRow(_ folded: String) -> Bool {
        var tokens = 0, letters = 0, inToken = false
        for character in folded {
            if character == " " || character == "\t" { inToken = false; continue }
            if !inToken {
                tokens += 1
                letters = 0
                inToken = true
            }
            if character.isLetter { letters += 1 }
            guard tokens <= 6, letters <= 2, !(character.unicodeScalars.first.map(ScalarTable.isUnspaced) ?? false) else { return false }
        }
        return true
    }

    /// "… (AP/Damian Dovarganes)", "… [EPA/JUSTIN LANE]", "… (Foto: ANTARA/…)", at the end of
    /// the line's last scalars `window`. A credit holds a "/" or opens with "foto" or "photo":
    /// a window whose folded scalars hold no "/", "fot" or "pho" (and no ignored mark, which
    /// the String would skip) holds none (``PageFurniture/hasCreditTailClue(_:_:)`` tells),
    /// and is answered without a String, as most lines are.
    ///
    /// A window whose folded scalars are all ASCII (the Latin scripts' accents fold away) is
    /// answered from them (``endsWithASCIIPhotoCredit(_:_:)``), others from their String.
    private static func endsWithPhotoCredit(_ text: ScalarText, _ window: Range<Int>) -> Bool {
        text.withScan { scan in
            guard PageFurniture.hasCreditTailClue(scan.folded, window) else { return false }
            return endsWithASCIIPhotoCredit(scan.folded, window) ?? endsWithPhotoCredit(text.foldedString(window))
        }
    }

    static func endsWithPhotoCredit(_ folded: String) -> Bool {
        guard let last = folded.last, last == ")" || last == "]" else { return false }
        let open: Character = last == ")" ? "(" : "["
        guard let openIndex = folded.lastIndex(of: open) else { return false }
        let inner = folded[folded.index(after: openIndex)..<folded.index(before: folded.endIndex)]
        return inner.contains("/") && inner.count <= 60 && !inner.contains(where: \.isNumber)
            || inner.hasPrefix("foto") || inner.hasPrefix("photo")
    }

    /// ``endsWithPhotoCredit(_:)`` of the folded String of `window`, read from the folded
    /// scalars `folded` (0s skipped, as the String skips them) when all are ASCII but a
    /// carriage return: each is then a Character of its own, and only a digit is a number.
    /// Nil for any other window.
    static func endsWithASCIIPhotoCredit(_ folded: UnsafeBufferPointer<UInt32>, _ window: Range<Int>) -> Bool? {
        guard window.allSatisfy({ folded[$0] < 0x80 && folded[$0] != 0x0D }) else { return nil }
        guard let last = window.last(where: { folded[$0] != 0 }), folded[last] == 0x29 || folded[last] == 0x5D else { return false }
        let open: UInt32 = folded[last] == 0x29 ? 0x28 : 0x5B
        guard let openAt = window.last(where: { folded[$0] == open }) else { return false }
        var count = 0, hasSlash = false, hasDigit = false
        for k in (openAt + 1)..<last where folded[k] != 0 {
            count += 1
            hasSlash = hasSlash || folded[k] == 0x2F
            hasDigit = hasDigit || folded[k] &- 0x30 < 10
        }
        if hasSlash && count <= 60 && !hasDigit { return true }
        let inner = ((openAt + 1)..<last).lazy.filter { folded[$0] != 0 }.map { folded[$0] }
        return inner.starts(with: Self.foto) || inner.starts(with: Self.photo)
    }

    private static let foto = Array("foto".unicodeScalars.map(\.value)), photo = Array("photo".unicodeScalars.map(\.value))

    /// Captions are often printed twice in a row (image alt text and caption); both copies go.
    /// `lines` are the facts of the lines the zones were made from, one per zone.
    private mutating func markRepeatedCaptions(_ text: ScalarText, _ lines: [LineFacts]) {
        var previous: (index: Int, key: Range<Int>)? = nil
        for index in zones.indices where zones[index].kind != .blank {
            let key = Self.captionKey(text, trimmed: lines[index].trimmed)
            if let (earlier, earlierKey) = previous, Self.areCopies(earlierKey, key, in: text) {
                if zones[earlier].kind == .body { zones[earlier].kind = .caption }
                if zones[index].kind == .body { zones[index].kind = .caption }
            }
            previous = (index, key)
        }
    }

    /// Whether two caption keys of 12 to 600 scalars are one caption: the shorter one's
    /// folded scalars open the longer one.
    private static func areCopies(_ first: Range<Int>, _ second: Range<Int>, in text: ScalarText) -> Bool {
        guard first.count >= 12, second.count >= 12, first.count <= 600, second.count <= 600 else { return false }
        let shorter = min(first.count, second.count)
        return text.folded.withUnsafeBufferPointer { folded in
            (0..<shorter).allSatisfy { folded[first.lowerBound + $0] == folded[second.lowerBound + $0] }
        }
    }

    /// A line (`trimmed` of white space) without a trailing credit in brackets and trailing
    /// dashes, to compare copies of a caption.
    private static func captionKey(_ text: ScalarText, trimmed: Range<Int>) -> Range<Int> {
        var key = trimmed
        guard key.count <= 600 else { return key }
        if let last = key.last, text.scalars[last] == ")" || text.scalars[last] == "]" {
            let open: Unicode.Scalar = text.scalars[last] == ")" ? "(" : "["
            if let openAt = key.reversed().first(where: { text.scalars[$0] == open }) { key = key.lowerBound..<openAt }
        }
        return text.trimmed(key) { $0 == "-" || $0 == "–" || $0 == "—" }
    }

    /// The headline: the first line of content, unless the text opens with a dateline
    /// ("JAKARTA - …"), in which case it has none.
    /// A section label above it ("World", "Politik", "Internacional", "国際ニュース") is furniture.
    /// A line under a section label is the title only after ``isHeadline(_:_:)`` and the test
    /// for more body lines have passed: they are not asked again.
    private mutating func markTitle(_ text: ScalarText) {
        guard var first = zones.firstIndex(where: { $0.kind == .body }) else { return }
        var isTitle = false
        for _ in 0..<3 where Self.isSectionLabel(text, text.trimmed(zones[first].range)) {
            guard let next = zones[(first + 1)...].firstIndex(where: { $0.kind == .body }),
                  Self.isHeadline(text, text.trimmed(zones[next].range)),
                  zones[(next + 1)...].contains(where: { $0.kind == .body }) else { break }
            zones[first].kind = .furniture
            first = next
            isTitle = true
        }
        if !isTitle {
            let range = text.trimmed(zones[first].range)
            isTitle = range.count <= 300 && zones[(first + 1)...].contains { $0.kind == .body }
                && !Self.opensWithDatelineLead(text, range)
        }
        if isTitle { zones[first].kind = .title }
    }

    /// Whether the line opens with a dateline and is the lead: a sentence follows the dateline
    /// and ends the line ("COMMUNIQUÉ – Le Quai d'Orsay condamne l'attaque", ending no
    /// sentence, is a headline).
    private static func opensWithDatelineLead(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        guard let end = DatelineFinder.datelineEnd(text, range) else { return false }
        return text.trimmed(end..<range.upperBound).isEmpty || sentenceEnds.contains(text.scalars[range.upperBound - 1])
    }

    /// One or two words (six characters of an unspaced script) without digits or a closing
    /// mark: the name of a site's section, never a headline.
    /// The digit test, which asks Unicode properties of non-ASCII scalars, comes last: most
    /// lines are neither short enough nor stamped, whatever their digits.
    private static func isSectionLabel(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.count <= 40, !sentenceEnds.contains(text.scalars[range.upperBound - 1]) else { return false }
        // "Kompas.com - 12/06/2025, 10:15 WIB": a site's name and a time stamp, when it has digits.
        let mayBeStamp = range.contains { text.scalars[$0] == ":" } && range.contains { text.scalars[$0] == "/" }
        let isShort = range.count <= 30 && (text.isUnspaced(range.lowerBound) ? range.count <= 6 : !text.hasWords(atLeast: 3, in: range))
        guard mayBeStamp || isShort else { return false }
        // An ASCII scalar is numeric only as a digit: the Unicode property is asked of the others alone.
        let hasDigit = range.contains { i in
            let s = text.scalars[i]
            return s.isASCII ? s.value &- 0x30 < 10 : s.properties.numericType != nil
        }
        return hasDigit ? mayBeStamp : isShort
    }

    /// A line that may be a headline: no dateline, no full stop at its end, not too long.
    private static func isHeadline(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.count <= 200, !DatelineFinder.startsWithDateline(text, range) else { return false }
        let last = text.scalars[range.upperBound - 1]
        return last != "." && last != "。"
    }

    /// Under a related-links heading ("Baca juga:", "相关新闻", "관련 기사"), the lines that do not
    /// end a sentence are the listed headlines, not the story; the first line that ends a
    /// sentence is body again (sites also put such a heading inside the story).
    private mutating func markRelatedLinks(_ text: ScalarText) {
        var underHeading = false
        // A line is trimmed only when its kind asks for its text: most are body lines outside such a block.
        for index in zones.indices {
            switch zones[index].kind {
            case .furniture:
                let range = text.trimmed(zones[index].range)
                underHeading = range.count <= 40 && PageFurniture.relatedHeadingLines.contains(text, Self.withoutColon(range, in: text))
            case .body where underHeading:
                let range = text.trimmed(zones[index].range)
                guard !Self.sentenceEnds.contains(text.scalars[range.upperBound - 1]) else { underHeading = false; continue }
                zones[index].kind = .furniture
            case .blank, .caption, .credit: continue
            default: underHeading = false
            }
        }
    }

    /// The line at `range` (trimmed) without a final colon (":", "：", folded alike) and the
    /// spaces and tabs then left around it; ignored marks (folded to 0) are passed over.
    private static func withoutColon(_ range: Range<Int>, in text: ScalarText) -> Range<Int> {
        text.folded.withUnsafeBufferPointer { folded in
            var upper = range.upperBound
            while upper > range.lowerBound, folded[upper - 1] == 0 { upper -= 1 }
            guard upper > range.lowerBound, folded[upper - 1] == 0x3A else { return range }
            upper -= 1
            var lower = range.lowerBound
            let isBlank = { (c: UInt32) in c == 0 || c == 0x20 || c == 0x09 }
            while lower < upper, isBlank(folded[lower]) { lower += 1 }
            while upper > lower, isBlank(folded[upper - 1]) { upper -= 1 }
            return lower..<upper
        }
    }

    /// Marks that end a sentence (or a quoted one) at the end of a line.
    private static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "。", "！", "？", "؟", "\"", "”", "»", "」", "』", "…"]

    /// "… ties. (end) mk.tg": the rest of the line after an end marker is a byline code.
    /// `lines` are the facts of the lines the zones were made from, one per zone, and `marks`
    /// the marks they were made from; the zones are copied only when a body line holds a marker.
    private mutating func markEndMarkers(_ text: ScalarText, _ lines: [LineFacts], marks: [Int]) {
        var split: [(index: Int, offset: Int)] = []
        for (index, line) in lines.enumerated() where zones[index].kind == .body && !line.openings.isEmpty {
            if let offset = Self.endMarkerOffset(in: text, openings: marks[line.openings], end: line.range.upperBound) {
                split.append((index, offset))
            }
        }
        guard !split.isEmpty else { return }
        var result: [Zone] = []
        result.reserveCapacity(zones.count + split.count)
        var next = 0
        for (index, zone) in zones.enumerated() {
            guard next < split.count, split[next].index == index else { result.append(zone); continue }
            let offset = split[next].offset
            result.append(Zone(range: zone.range.lowerBound..<offset, kind: .body))
            result.append(Zone(range: offset..<zone.range.upperBound, kind: .byline))
            next += 1
        }
        zones = result
    }

    private static let foldedEndMarkers = PageFurniture.endMarkers.map { ScalarTable.fold($0) }

    /// Where the first of ``PageFurniture/endMarkers`` (in the order of that list) that the
    /// text before `end` holds first stands; `openings` are the offsets of the marks that can
    /// open one there, in order.
    private static func endMarkerOffset(in text: ScalarText, openings: ArraySlice<Int>, end: Int) -> Int? {
        text.folded.withUnsafeBufferPointer { folded in
            var best: (marker: Int, offset: Int)? = nil
            for i in openings {
                for (k, key) in foldedEndMarkers.enumerated() where k < best?.marker ?? Int.max && i + key.count <= end {
                    if UnsafeBufferPointer(rebasing: folded[i..<(i + key.count)]).elementsEqual(key) { best = (k, i) }
                }
            }
            return best?.offset
        }
    }
}
