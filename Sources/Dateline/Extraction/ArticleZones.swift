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
    /// Lines whose sentences may hold statements and whose names count.
    var bodyZones: [Zone] { zones.filter { $0.kind == .body } }
    /// Lines before the first body line (headline, furniture): where a publication date may stand.
    var headerZones: [Zone] {
        let firstBody = zones.firstIndex { $0.kind == .body } ?? zones.count
        return Array(zones[..<firstBody])
    }

    init(_ text: ScalarText) {
        zones = Self.lines(of: text).map { Zone(range: $0, kind: Self.classify($0, in: text)) }
        markRepeatedCaptions(text)
        markTitle(text)
        markEndMarkers(text)
    }

    /// Marks trailing paragraphs whose language differs from the body's as foreign.
    mutating func markForeign(_ text: ScalarText, bodyLanguage: String, identify: (String) -> String) {
        guard bodyLanguage != "und" else { return }
        let bodyIndices = zones.indices.filter { zones[$0].kind == .body }
        for index in bodyIndices.suffix(2) where zones[index].range.count >= 60 {
            let language = identify(text.string(zones[index].range))
            if language != "und", language != bodyLanguage { zones[index].kind = .foreign }
        }
    }

    private static func lines(of text: ScalarText) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for i in 0..<text.count where text.scalars[i] == "\n" || text.scalars[i] == "\r" || text.scalars[i] == "\u{2029}" {
            result.append(start..<i)
            start = i + 1
        }
        if start < text.count { result.append(start..<text.count) }
        return result
    }

    private static func classify(_ range: Range<Int>, in text: ScalarText) -> ZoneKind {
        let trimmed = text.trimmed(range)
        guard !trimmed.isEmpty else { return .blank }
        let folded = text.foldedString(trimmed)
        if PageFurniture.lines.contains(folded) || PageFurniture.prefixes.contains(where: { folded.hasPrefix($0) }) {
            return .furniture
        }
        if PageFurniture.creditLabels.contains(where: { folded.hasPrefix($0) }) { return .credit }
        if PageFurniture.captionLabels.contains(where: { folded.hasPrefix($0) }) { return .caption }
        if PageFurniture.bylineLabels.contains(where: { folded.hasPrefix($0) }), trimmed.count < 80 { return .byline }
        if isBylineCode(folded) { return .byline }
        if isSizeOrControlRow(folded) { return .furniture }
        if endsWithPhotoCredit(folded) { return .caption }
        return .body
    }

    /// "afp/pym", "ap/jb": agency and editor initials.
    private static func isBylineCode(_ folded: String) -> Bool {
        let parts = folded.split(separator: "/")
        guard parts.count >= 2, parts.count <= 3, folded.count <= 20 else { return false }
        return parts.allSatisfy { part in !part.isEmpty && part.count <= 8 && part.allSatisfy { $0.isLetter && $0.isASCII } }
    }

    /// Rows such as "XS", "A+ A-", "1 2 3": a few tokens of at most two letters each.
    private static func isSizeOrControlRow(_ folded: String) -> Bool {
        let tokens = folded.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard tokens.count <= 6 else { return false }
        return tokens.allSatisfy { token in token.filter(\.isLetter).count <= 2 && !token.contains(where: { $0.unicodeScalars.first.map(ScalarTable.isUnspaced) ?? false }) }
    }

    /// "… (AP/Damian Dovarganes)", "… [EPA/JUSTIN LANE]", "… (Foto: ANTARA/…)".
    private static func endsWithPhotoCredit(_ folded: String) -> Bool {
        guard let last = folded.last, last == ")" || last == "]" else { return false }
        let open: Character = last == ")" ? "(" : "["
        guard let openIndex = folded.lastIndex(of: open) else { return false }
        let inner = folded[folded.index(after: openIndex)..<folded.index(before: folded.endIndex)]
        return inner.contains("/") && inner.count <= 60 && !inner.contains(where: \.isNumber)
            || inner.hasPrefix("foto") || inner.hasPrefix("photo")
    }

    /// Captions are often printed twice in a row (image alt text and caption); both copies go.
    private mutating func markRepeatedCaptions(_ text: ScalarText) {
        let contentIndices = zones.indices.filter { zones[$0].kind != .blank }
        for (a, b) in zip(contentIndices, contentIndices.dropFirst()) {
            let first = Self.captionKey(text, zones[a].range), second = Self.captionKey(text, zones[b].range)
            guard first.count >= 12, second.count >= 12 else { continue }
            if first == second || first.hasPrefix(second) || second.hasPrefix(first) {
                if zones[a].kind == .body { zones[a].kind = .caption }
                if zones[b].kind == .body { zones[b].kind = .caption }
            }
        }
    }

    /// A line folded without credits and trailing dashes, to compare copies of a caption.
    private static func captionKey(_ text: ScalarText, _ range: Range<Int>) -> String {
        var key = text.foldedString(text.trimmed(range))
        if let last = key.last, last == ")" || last == "]", let open = key.lastIndex(of: last == ")" ? "(" : "[") {
            key = String(key[..<open])
        }
        return key.trimmingCharacters(in: " -–—\t")
    }

    /// The headline: the first line of content, unless the text opens with a dateline
    /// ("JAKARTA - …"), in which case it has none.
    private mutating func markTitle(_ text: ScalarText) {
        guard let first = zones.firstIndex(where: { $0.kind == .body }) else { return }
        let range = text.trimmed(zones[first].range)
        guard !DatelineFinder.startsWithDateline(text, range), range.count <= 300 else { return }
        let hasMoreBody = zones[(first + 1)...].contains { $0.kind == .body }
        if hasMoreBody { zones[first].kind = .title }
    }

    /// "… ties. (end) mk.tg": the rest of the line after an end marker is a byline code.
    private mutating func markEndMarkers(_ text: ScalarText) {
        var result: [Zone] = []
        for zone in zones {
            let folded = text.foldedString(zone.range)
            if zone.kind == .body, let marker = PageFurniture.endMarkers.first(where: { folded.contains($0) }),
               let offset = Self.scalarOffset(of: marker, in: text, range: zone.range) {
                result.append(Zone(range: zone.range.lowerBound..<offset, kind: .body))
                result.append(Zone(range: offset..<zone.range.upperBound, kind: .byline))
            } else {
                result.append(zone)
            }
        }
        zones = result
    }

    private static func scalarOffset(of needle: String, in text: ScalarText, range: Range<Int>) -> Int? {
        let key = ScalarTable.fold(needle)
        guard !key.isEmpty, range.count >= key.count else { return nil }
        for i in range.lowerBound...(range.upperBound - key.count) where text.folded[i] == key[0] {
            if (0..<key.count).allSatisfy({ text.folded[i + $0] == key[$0] }) { return i }
        }
        return nil
    }
}

import Foundation

private extension String {
    func trimmingCharacters(in characters: String) -> String {
        let set = Set(characters)
        return String(drop(while: { set.contains($0) }).reversed().drop(while: { set.contains($0) }).reversed())
    }
}
