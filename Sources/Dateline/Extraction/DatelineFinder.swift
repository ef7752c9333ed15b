/// The dateline that opens a wire story ("TOKYO, Dec 22 (KUNA) --", "JAKARTA -",
/// "(서울=연합뉴스)", "【ワシントン共同】") and the news agency the text names as its source.
enum DatelineFinder {
    /// News agencies and outlets as the text may name them → the name reported as `source`.
    static let agencies: [(surface: String, name: String)] = """
    KUNA=KUNA|Kuwait News Agency=KUNA|كونا=KUNA|ANTARA=ANTARA|Antara News=ANTARA|Xinhua=Xinhua
    Xinhua News Agency=Xinhua|新华社=Xinhua|新華社=Xinhua|신화통신=Xinhua|شينخوا=Xinhua|Синьхуа=Xinhua
    AFP=AFP|Agence France-Presse=AFP|أ ف ب=AFP|فرانس برس=AFP|Франс Пресс=AFP|法新社=AFP|AFP通信=AFP
    Reuters=Reuters|رويترز=Reuters|Рейтер=Reuters|路透社=Reuters|ロイター=Reuters|로이터=Reuters
    AP=AP|Associated Press=AP|美联社=AP|KCNA=KCNA|Korean Central News Agency=KCNA|朝中社=KCNA
    Yonhap=Yonhap|연합뉴스=Yonhap|聯合ニュース=Yonhap|韩联社=Yonhap|Kyodo=Kyodo|共同=Kyodo|共同通信=Kyodo
    TASS=TASS|ТАСС=TASS|RIA Novosti=RIA Novosti|РИА Новости=RIA Novosti|Interfax=Interfax|Интерфакс=Interfax
    dpa=dpa|DPA=dpa|EFE=EFE|Agencia EFE=EFE|Lusa=Lusa|Agência Lusa=Lusa|Agência Brasil=Agência Brasil
    ANSA=ANSA|Bernama=Bernama|WAM=WAM|وام=WAM|SPA=SPA|واس=SPA|QNA=QNA|قنا=QNA|IRNA=IRNA|إرنا=IRNA
    MENA=MENA|أ ش أ=MENA|Anadolu=Anadolu|BBC=BBC|CNN=CNN|NHK=NHK|VOA=VOA|Europa Press=Europa Press
    Petra=Petra|بترا=Petra|SANA=SANA|سانا=SANA|Jiji=Jiji|時事通信=Jiji|中新社=China News Service|中新网=China News Service
    Prensa Latina=Prensa Latina|Notimex=Notimex|Press Trust of India=PTI
    APA=APA|Austria Presse Agentur=APA|Keystone-SDA=Keystone-SDA
    """.split(whereSeparator: { $0 == "|" || $0 == "\n" }).compactMap { entry in
        let parts = entry.trimmingSpaces.split(separator: "=", maxSplits: 1)
        return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
    }

    /// Words naming a news agency or outlet in general ("the official news agency",
    /// "وكالة الأنباء", "通讯社"), folded.
    static let agencyWords: [String] = [
        "agency", "agence", "agencia", "agencia", "agentur", "агентств", "وكاله", "وكالة", "kantor berita",
        "通讯社", "通信社", "通信", "통신", "news service", "newspaper", "journal", "zeitung", "газет", "صحيفة", "报",
    ].map { String(String.UnicodeScalarView(ScalarTable.fold($0).compactMap(Unicode.Scalar.init))) }

    static let agencyMatcher: PhraseMatcher<String> = {
        var matcher = PhraseMatcher<String>()
        for agency in agencies { matcher.add(agency.surface, agency.name) }
        return matcher.compacted()
    }()

    /// Whether the line at `range` opens with a dateline.
    static func startsWithDateline(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        datelineEnd(text, range) != nil
    }

    /// The place named by the dateline that opens `range` and ends at `end` (its
    /// ``datelineEnd(_:_:)``): the head up to its first punctuation, or else what an opening
    /// bracket holds ("(서울=연합뉴스)" → "서울").
    static func place(_ text: ScalarText, _ range: Range<Int>, end: Int?) -> String? {
        guard let end else { return nil }
        let head = range.lowerBound..<end
        // ("Москва. 5 сентября. INTERFAX.RU -": a full stop before a space ends the place too.)
        let cut = head.first { endsPlace(text.scalars[$0]) || (text.scalars[$0] == "." && text.isSpace($0 + 1)) } ?? end
        var place = trimmingSpaces(head.lowerBound..<cut, in: text)
        if place.isEmpty, let open = head.first(where: { text.scalars[$0] == "(" || text.scalars[$0] == "【" }) {
            let inside = (open + 1)..<end
            let close = inside.first { text.scalars[$0] == "=" || text.scalars[$0] == ")" || text.scalars[$0] == "】" } ?? end
            place = trimmingSpaces((open + 1)..<close, in: text)
        }
        return place.isEmpty ? nil : text.string(place)
    }

    /// Whether `s` ends a dateline's place ("TOKYO, …", "JAKARTA (ANTARA) -"); a switch, not a
    /// set, as it is asked of each scalar of the head.
    private static func endsPlace(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ",", "(", "-", "–", "—", "=", "【", "】": true
        default: false
        }
    }

    /// `range` without the spaces and tabs around it.
    private static func trimmingSpaces(_ range: Range<Int>, in text: ScalarText) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, text.scalars[lower] == " " || text.scalars[lower] == "\t" { lower += 1 }
        while upper > lower, text.scalars[upper - 1] == " " || text.scalars[upper - 1] == "\t" { upper -= 1 }
        return lower..<upper
    }

    /// The end offset of a dateline at the start of `range`: a short head in capitals or
    /// with an agency in parentheses, then a dash; or a bracketed wire head.
    static func datelineEnd(_ text: ScalarText, _ range: Range<Int>) -> Int? {
        let head = range.lowerBound..<min(range.upperBound, range.lowerBound + 80)
        guard let first = head.first else { return nil }
        if text.scalars[first] == "【", let close = head.first(where: { text.scalars[$0] == "】" }) {
            return isLabel(text, (first + 1)..<close) ? nil : close + 1
        }
        if text.scalars[first] == "(", let close = head.first(where: { text.scalars[$0] == ")" }),
           (first..<close).contains(where: { text.scalars[$0] == "=" }) {
            return close + 1
        }
        // "（中央社台北9日電）": a Chinese wire head in brackets, ending in "dispatched".
        if text.scalars[first] == "（", let close = head.first(where: { text.scalars[$0] == "）" }),
           close > first + 1, text.scalars[close - 1] == "电" || text.scalars[close - 1] == "電"
            || (close > first + 2 && (text.scalars[close - 2] == "報" || text.scalars[close - 2] == "报") && (text.scalars[close - 1] == "導" || text.scalars[close - 1] == "道")) {
            return close + 1
        }
        let marks = HeadMarks(text, head)
        if let end = headLineEnd(text, range) ?? agencyHeadEnd(text, head, firstOpening: marks.opening)
            ?? marks.dash.flatMap({ agencyBeforeDashEnd(text, head, dash: $0) }) {
            return end
        }
        guard let dash = marks.dash else { return nil }
        let prefix = first..<dash
        guard let firstWord = text.firstWordRange(from: prefix.lowerBound, in: prefix),
              !text.hasWords(atLeast: 11, in: prefix) else { return nil }
        let agencyInParentheses = prefix.contains { text.scalars[$0] == "(" } && prefix.contains { text.scalars[$0] == ")" }
        // ("LIVE: Ceasefire talks — latest": a label and a colon open a headline.)
        guard isInCapitals(firstWord, in: text) || agencyInParentheses,
              !prefix.contains(where: { text.scalars[$0] == ":" && text.isSpace($0 + 1) }) else { return nil }
        return pastDashes(text, from: dash, limit: range.upperBound)
    }

    /// Labels a Japanese site puts in brackets before a headline ("【速報】"), not a dateline's place.
    private static let labels: [[Unicode.Scalar]] = ["速報", "独自", "詳報", "続報", "解説", "動画", "写真", "図解", "更新", "社説", "号外", "特集", "インタビュー", "コラム"]
        .map { Array($0.unicodeScalars) }

    private static func isLabel(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        labels.contains { $0.count == range.count && text.scalars[range].elementsEqual($0) }
    }

    /// "أبوظبي (وام)", "JAKARTA (ANTARA)": a place and a news agency in parentheses on a line
    /// of their own (`range`, trimmed), the story below it; the line's end.
    private static func headLineEnd(_ text: ScalarText, _ range: Range<Int>) -> Int? {
        guard range.count <= 48, let last = range.last, text.scalars[last] == ")",
              let open = range.lastIndex(where: { text.scalars[$0] == "(" }), open > range.lowerBound,
              !text.hasWords(atLeast: 5, in: range.lowerBound..<open),
              namesAgency(text, (open + 1)..<last) else { return nil }
        return range.upperBound
    }

    /// "Caracas, 6 dic (EFE).- …", "الكويت - 15 - 3 (كونا) -- …", "МОСКВА, 20 мая. /ТАСС/. …": a
    /// head of at most ten words, a news agency in parentheses or slashes, then a dash or a full
    /// stop; the end of the dash or stop.
    /// `firstOpening` is the head's first "(" or "/" (see ``HeadMarks``).
    private static func agencyHeadEnd(_ text: ScalarText, _ head: Range<Int>, firstOpening: Int?) -> Int? {
        var from = head.lowerBound
        for attempt in 0..<3 {
            guard let open = attempt == 0 ? firstOpening : (from..<head.upperBound).first(where: { isOpening(text.scalars[$0]) }) else { return nil }
            from = open + 1
            let closing: Unicode.Scalar = text.scalars[open] == "(" ? ")" : "/"
            guard open > head.lowerBound, !text.hasWords(atLeast: 11, in: head.lowerBound..<open),
                  let close = ((open + 1)..<min(head.upperBound, open + 32)).first(where: { text.scalars[$0] == closing }),
                  namesAgency(text, (open + 1)..<close) else { continue }
            var end = close + 1
            let stop = end < head.upperBound && text.scalars[end] == "."
            if stop { end += 1 }
            var dash = end
            while dash < head.upperBound, text.isSpace(dash) { dash += 1 }
            let past = pastDashes(text, from: dash, limit: head.upperBound)
            if past > dash { return past }
            // ("أبوظبي في 12 مارس / وام / …": slashes close the head by themselves.)
            return stop || closing == "/" ? end : nil
        }
        return nil
    }

    /// "Москва. 5 сентября. INTERFAX.RU - …": a short head whose last word before its first
    /// dash (at `dash`) names a news agency.
    private static func agencyBeforeDashEnd(_ text: ScalarText, _ head: Range<Int>, dash: Int) -> Int? {
        guard !text.hasWords(atLeast: 9, in: head.lowerBound..<dash) else { return nil }
        var end = dash
        while end > head.lowerBound, text.isSpace(end - 1) { end -= 1 }
        var start = end
        while start > head.lowerBound, !text.isSpace(start - 1) { start -= 1 }
        guard start < end, start > head.lowerBound, namesAgency(text, start..<end) else { return nil }
        return pastDashes(text, from: dash, limit: head.upperBound)
    }

    /// Whether `range` holds a news agency's name.
    private static func namesAgency(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        agencyMatcher.containsMatch(in: text, range: range)
    }

    /// Whether the word at `range` has three letters or more, all capitals ("TOKYO", "МОСКВА").
    private static func isInCapitals(_ word: Range<Int>, in text: ScalarText) -> Bool {
        var letters = 0
        for i in word where PeopleFinder.isAlphabetic(text.scalars[i]) {
            guard text.isUpper(i) else { return false }
            letters += 1
        }
        return letters >= 3
    }

    /// " - ", " -- ", " – ", " — ": a dash after a space.
    private static func isDash(_ text: ScalarText, _ i: Int) -> Bool {
        isDashScalar(text.scalars[i]) && text.isSpace(i - 1)
    }

    private static func isDashScalar(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "–" || s == "—" }

    /// An opening parenthesis or slash, before the news agency of "JAKARTA (ANTARA) -" or "/ТАСС/".
    private static func isOpening(_ s: Unicode.Scalar) -> Bool { s == "(" || s == "/" }

    /// Where the marks that most dateline forms are found by first stand in a line's head:
    /// read in one pass, as ``datelineEnd(_:_:)`` runs on the first lines of every article and
    /// most of them have neither.
    private struct HeadMarks {
        /// The first "(" or "/".
        var opening: Int?
        /// The first dash after a space (see ``isDash(_:_:)``).
        var dash: Int?

        /// "(", "/" and "-", as ``ScalarTable/lowBit(_:in:)`` tests them; "–" and "—" are told apart.
        private static let markBits: UInt64 = 1 << 0x28 | 1 << 0x2F | 1 << 0x2D

        init(_ text: ScalarText, _ head: Range<Int>) {
            var opening: Int?, dash: Int?
            text.scalars.withValues { values in
                guard Self.mayHoldMark(values, head) else { return }
                for i in head {
                    let v = values[i]
                    guard ScalarTable.lowBit(v, in: Self.markBits) != 0 || v == 0x2013 || v == 0x2014 else { continue }
                    if opening == nil, isOpening(text.scalars[i]) { opening = i }
                    if dash == nil, isDash(text, i) { dash = i }
                    if opening != nil, dash != nil { break }
                }
            }
            self.opening = opening
            self.dash = dash
        }

        /// Whether `head` holds a "(", "/" or dash at all, told without a branch per scalar (the
        /// compiler vectorizes the loop): the heads of most body lines hold none.
        private static func mayHoldMark(_ values: UnsafeBufferPointer<UInt32>, _ head: Range<Int>) -> Bool {
            var found: UInt32 = 0
            for i in head {
                let v = values[i]
                found |= (v == 0x28 ? 1 : 0) | (v == 0x2F ? 1 : 0) | (v == 0x2D ? 1 : 0) | (v == 0x2013 ? 1 : 0) | (v == 0x2014 ? 1 : 0)
            }
            return found != 0
        }
    }

    /// The end of the run of dashes ("-", "--", "–", "—") starting at `start`, before `limit`.
    private static func pastDashes(_ text: ScalarText, from start: Int, limit: Int) -> Int {
        var end = start
        while end < limit, isDashScalar(text.scalars[end]) { end += 1 }
        return end
    }

    /// "Brasília - …", "Jakarta, 3 Juni 2025 - …", "نيويورك - …": a place the gazetteer knows
    /// (one of `countries`, ordered by start) opening `range` in Title Case or in a script
    /// without case, at most a date after it, then a dash; the end of the dash. Only a known
    /// place makes such a head a dateline: "Lula - …" is no place.
    static func placeHeadEnd(_ text: ScalarText, _ range: Range<Int>, countries: [CountryMatch]) -> Int? {
        guard let first = range.first, text.isUpper(first) || text.isArabic(first),
              // (A city or capital: "Ukraine - Russia talks: what we know" is a headline.)
              let place = countries.first(where: { $0.start >= first }), place.start == first, place.kind == .capital || place.kind == .place,
              let dash = (place.end..<min(range.upperBound, place.end + 24)).first(where: { isDash(text, $0) }) else { return nil }
        let date = place.end..<dash
        guard !text.hasWords(atLeast: 5, in: date), !text.hasWords(atLeast: 1, in: date) || date.contains(where: { text.scalars[$0].properties.numericType != nil }),
              // ("14. März": a full stop only after a digit.)
              !date.contains(where: { text.scalars[$0] == ":" || (text.scalars[$0] == "." && text.scalars[$0 - 1].properties.numericType == nil) })
        else { return nil }
        return pastDashes(text, from: dash, limit: range.upperBound)
    }

    /// The agency the article names: in the dateline first, then in a citation or byline.
    /// `datelineEnd` is the ``datelineEnd(_:_:)`` of the first body line (trimmed); `agencies`
    /// are the ``agencyMatcher`` matches in the body lines, ordered by start (the body walk of
    /// ``BodyPhraseMatches`` finds them), so only bylines are walked here.
    static func source(
        _ text: ScalarText, zones: ArticleZones, datelineEnd: Int?, agencies: [PhraseMatcher<String>.Match]
    ) -> String? {
        // A match of the whole line that ends by the dateline's end is one of the dateline alone.
        let agencies = agencies.filter { isWrittenAsAgency(text, $0.start..<$0.end) }
        if let first = zones.zones.first(where: { $0.kind == .body }), let end = datelineEnd,
           let match = agencies.first(where: { $0.start >= first.range.lowerBound && $0.start < end && $0.end <= end }) {
            return match.payload
        }
        var next = 0
        for zone in zones.zones {
            switch zone.kind {
            case .body:
                while next < agencies.count, agencies[next].start < zone.range.lowerBound { next += 1 }
                if next < agencies.count, zone.range.contains(agencies[next].start) { return agencies[next].payload }
            case .byline:
                if let match = agencyMatcher.matches(in: text, range: zone.range).first { return match.payload }
            default: continue
            }
        }
        return nil
    }

    /// Whether the text at `range`, which names an agency once case is folded, is written as
    /// one of the agencies' surfaces or all in capitals ("REUTERS"): in running text the words
    /// "di sana" and "Sana'a", or the "spa" of a hotel, name no agency. (A byline may write
    /// its agency in lower case: "afp/pym".)
    /// An ASCII spelling is compared scalar by scalar with the ASCII surfaces, as String
    /// equality would compare it, without a String of it; the Unicode properties are asked of
    /// non-ASCII scalars only.
    private static func isWrittenAsAgency(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        let written = text.scalars[range]
        guard written.contains(where: { $0.isASCII ? $0.value &- 0x61 < 26 : $0.properties.isLowercase }) else { return true }
        if written.allSatisfy(\.isASCII) { return asciiSurfaces.contains { $0.elementsEqual(written) } }
        return surfaces.contains(text.string(range))
    }

    private static let surfaces = Set(agencies.map(\.surface))

    /// The surfaces of ``agencies`` that are all ASCII, as scalars.
    private static let asciiSurfaces = agencies.map { Array($0.surface.unicodeScalars) }.filter { $0.allSatisfy(\.isASCII) }
}

/// The first lines of the body, trimmed, with the dateline among them: each line's
/// ``DatelineFinder/datelineEnd(_:_:)`` is worked out once, for the place, the source, the
/// date and the country of the dateline alike.
struct DatelineHeads {
    /// The first body line, and the end of the dateline that opens it, if any.
    private(set) var first: (line: Range<Int>, datelineEnd: Int?)?
    /// The first of the lines that opens with a dateline, or else the first line (a stamp such
    /// as "2026年7月9日 14:20 中央社" may stand before the dateline), with its dateline's end.
    private(set) var dateline: (line: Range<Int>, datelineEnd: Int?)?

    /// How many of the lines given were looked at: up to the one with the dateline.
    private var linesRead = 0

    /// The heads of `lines` (the first three body lines suffice); `countries` (ordered by
    /// start) tell the places of heads in Title Case (``DatelineFinder/placeHeadEnd(_:_:countries:)``).
    init(_ text: ScalarText, lines: some Sequence<Range<Int>>, countries: [CountryMatch]) {
        for line in lines {
            let head = (line: line, datelineEnd: DatelineFinder.datelineEnd(text, line) ?? DatelineFinder.placeHeadEnd(text, line, countries: countries))
            linesRead += 1
            if first == nil { first = head }
            if head.datelineEnd != nil { dateline = head; return }
        }
        dateline = first
    }

    /// The ``DatelineFinder/datelineEnd(_:_:)`` of the `index`th line given, when it was looked
    /// at (`.some(nil)` for a line without a dateline); nil when it was not.
    func datelineEnd(ofLine index: Int) -> Int?? {
        guard index >= 0, index < linesRead else { return nil }
        // Only the last line looked at may have a dateline.
        return index == linesRead - 1 ? .some(dateline?.datelineEnd ?? nil) : .some(nil)
    }

    /// Where the text after the dateline starts in its line (the line's start without one).
    var afterDateline: Int? { dateline.map { $0.datelineEnd ?? $0.line.lowerBound } }

    /// The date a dateline gives (``DateFinder/datelineDate(in:paragraph:)``): in the first
    /// line, or else in the line with the dateline.
    func date(in text: ScalarText) -> String? {
        guard let first else { return nil }
        if let date = DateFinder.datelineDate(in: text, paragraph: first.line) { return date }
        guard let dateline, dateline.line != first.line else { return nil }
        return DateFinder.datelineDate(in: text, paragraph: dateline.line)
    }
}
