/// Publication dates as the supported languages write them: "22 December 2014",
/// "22 décembre 2014", "Dec 22, 2014", "2014-12-22", "22/12/2014", "٢٢ ديسمبر ٢٠١٤",
/// "2014年12月22日", "2014년 12월 22일", "22 декабря 2014 года".
///
/// Only a full date with a year counts: "Dec 22" or "Sabtu (20/12)" give none, and no year
/// is invented. Dates are looked for where a publication date stands — the header lines and
/// the dateline — not in narrative ("like 11 September 2001") nor in captions.
enum DateFinder {
    /// Folded month names and abbreviations → month number.
    static let months: [String: Int] = {
        let table = """
        1 january jan janvier janv januari enero ene janeiro jänner januar jan. января январь يناير جانفي
        2 february feb février fevrier févr februari febrero feb fevereiro fev februar feb. февраля февраль فبراير شباط فيفري
        3 march mar mars maret marzo março marco märz марта март مارس آذار
        4 april apr avril abril abr апреля апрель أبريل ابريل نيسان أفريل
        5 may mai mei mayo maio мая май مايو أيار ماي
        6 june jun juin juni junio junho июня июнь يونيو يونيه حزيران جوان
        7 july jul juillet juli julio julho июля июль يوليو يوليه تموز جويلية
        8 august aug août aout agustus agosto ago august augusts августа август أغسطس آب أوت
        9 september sep sept septembre setembro septiembre set сентября сентябрь سبتمبر أيلول
        10 october oct octobre oktober octubre outubro out okt октября октябрь أكتوبر اكتوبر
        11 november nov novembre noviembre novembro нояб ноября ноябрь نوفمبر نونبر
        12 december dec décembre decembre desember diciembre dic dezembro dez dezember декабря декабрь ديسمبر دجنبر
        """
        var result: [String: Int] = [:]
        for line in table.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard let number = Int(words[0]) else { continue }
            for word in words.dropFirst() {
                let key = String(String.UnicodeScalarView(ScalarTable.fold(String(word)).compactMap(Unicode.Scalar.init)))
                if result[key] == nil { result[key] = number }
            }
        }
        return result
    }()

    /// ``months`` as a word set whose values are the month numbers, to find words in place.
    private static let monthNames = WordSet(folded: Array(months.keys), values: months.values.map(UInt32.init))

    /// The first full date in `ranges` of `text`, as `YYYY-MM-DD`.
    static func firstDate(in text: ScalarText, ranges: [Range<Int>]) -> String? {
        for range in ranges {
            let range = max(0, min(range.lowerBound, text.count))..<max(0, min(range.upperBound, text.count))
            guard hasYear(text, range) else { continue }
            let tokens = tokenize(range, of: text)
            for i in tokens.indices {
                if let date = date(at: i, in: tokens, of: text) { return date }
            }
        }
        return nil
    }

    /// Whether `range` has a run of exactly four digits: every date form has its year, so a
    /// range without one (most header lines, most dateline heads) needs no tokens.
    private static func hasYear(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        var digits = 0
        for i in range {
            if digit(text.scalars[i]) != nil {
                digits += 1
            } else {
                if digits == 4 { return true }
                digits = 0
            }
        }
        return digits == 4
    }

    /// The date of a dateline opening `paragraph` ("TOKYO, Dec 22, 2014 (KUNA) --",
    /// "АСТАНА, 12 апреля 2024 года."): a date that starts within its first 25 scalars.
    /// A date later in the first sentence ("compared the attack to 11 September 2001") is
    /// narrative, not the article's date.
    static func datelineDate(in text: ScalarText, paragraph: Range<Int>) -> String? {
        let head = paragraph.lowerBound..<min(paragraph.upperBound, paragraph.lowerBound + 60)
        guard let date = firstDate(in: text, ranges: [head]) else { return nil }
        let later = min(head.upperBound, head.lowerBound + 25)..<head.upperBound
        return firstDate(in: text, ranges: [later]) == date ? nil : date
    }

    /// The first full date in `string`.
    static func firstDate(in string: String) -> String? {
        let text = ScalarText(string)
        return firstDate(in: text, ranges: [0..<text.count])
    }

    private enum Token: Equatable {
        /// A run of digits: its value (0 when too long for an `Int`) and its length.
        case number(Int, digits: Int)
        /// A run of letters (not Han, kana or Hangul), read folded from the text when needed.
        case word(Range<Int>)
        /// Any other scalar but white space (a CJK compatibility ideograph as the ideograph it
        /// stands for, as a Character compares them).
        case mark(Unicode.Scalar)
    }

    /// The tokens of `range` (within the text), each scalar read once.
    private static func tokenize(_ range: Range<Int>, of text: ScalarText) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 3 + 1)
        var i = range.lowerBound
        while i < range.upperBound {
            let scalar = text.scalars[i]
            if digit(scalar) != nil {
                var value = 0, digits = 0, overflow = false
                while i < range.upperBound, let d = digit(text.scalars[i]) {
                    let (times10, o1) = value.multipliedReportingOverflow(by: 10)
                    let (sum, o2) = times10.addingReportingOverflow(d)
                    value = sum
                    overflow = overflow || o1 || o2
                    digits += 1
                    i += 1
                }
                tokens.append(.number(overflow ? 0 : value, digits: digits))
            } else if isLetter(text, i) {
                let start = i
                while i < range.upperBound, digit(text.scalars[i]) == nil, isLetter(text, i) { i += 1 }
                tokens.append(.word(start..<i))
            } else {
                if !text.isSpace(i) { tokens.append(.mark(canonicalMark(scalar))) }
                i += 1
            }
        }
        return tokens
    }

    /// The marks that dates are read by.
    private static let dateMarks: [Unicode.Scalar] = ["-", "/", ".", ",", "年", "月", "년", "월"]

    /// `scalar`, or the date mark it equals as a Character: a CJK compatibility ideograph
    /// decomposes to the ideograph ("年" U+F98E is "年" U+5E74).
    private static func canonicalMark(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard (0xF900...0xFAFF).contains(scalar.value) || (0x2F800...0x2FA1F).contains(scalar.value) else { return scalar }
        return dateMarks.first { Character($0) == Character(scalar) } ?? scalar
    }

    /// A scalar of a word token: a letter, digit or mark outside the unspaced scripts.
    private static func isLetter(_ text: ScalarText, _ i: Int) -> Bool {
        text.isWord(i) && !text.isUnspaced(i)
    }

    /// The value of an ASCII, Arabic-Indic, Eastern Arabic-Indic or full-width digit.
    private static func digit(_ s: Unicode.Scalar) -> Int? {
        let v = s.value
        // Most scalars asked are ASCII or below the Arabic-Indic digits: two tests tell them.
        if v &- 0x30 < 10 { return Int(v &- 0x30) }
        guard v >= 0x660 else { return nil }
        let zero: UInt32? = (0x660...0x669).contains(v) ? 0x660
            : (0x6F0...0x6F9).contains(v) ? 0x6F0 : (0xFF10...0xFF19).contains(v) ? 0xFF10 : nil
        guard let zero else { return nil }
        return Int(v - zero)
    }

    private static func date(at i: Int, in t: [Token], of text: ScalarText) -> String? {
        func number(_ k: Int) -> (Int, Int)? {
            guard k < t.count, case .number(let n, let d) = t[k] else { return nil }
            return (n, d)
        }
        func month(_ k: Int) -> Int? {
            guard k < t.count, case .word(let w) = t[k] else { return nil }
            // A word equal to a month name scalar for scalar is found without a string; an
            // ASCII word can equal one no other way, others canonically ("май" decomposed).
            if let number = monthNames.value(text, w) { return Int(number) }
            guard text.folded[w].contains(where: { $0 >= 0x80 }) else { return nil }
            return months[text.foldedString(w)]
        }
        func mark(_ k: Int, _ c: Unicode.Scalar) -> Bool { k < t.count && t[k] == .mark(c) }
        // The folded word equals `w` (ASCII letters) as a string only scalar for scalar.
        func word(_ k: Int, _ w: String) -> Bool {
            guard k < t.count, case .word(let range) = t[k] else { return false }
            return text.folded[range].lazy.filter { $0 != 0 }.elementsEqual(w.unicodeScalars.lazy.map(\.value))
        }
        guard let (first, firstDigits) = number(i) else {
            // Month D, YYYY — "Dec 22, 2014", "Dec. 22, 2014" (the numbers are looked for
            // first: most words are not followed by them, and need no month lookup).
            var k = i + 1
            if mark(k, ".") { k += 1 }
            guard let (d, _) = number(k) else { return nil }
            k += 1
            if mark(k, ",") { k += 1 }
            guard let (y, yd) = number(k), yd == 4, let m = month(i) else { return nil }
            return format(y, m, d)
        }
        // YYYY-MM-DD, YYYY年M月D日, YYYY년 M월 D일, YYYY/MM/DD
        if firstDigits == 4, let (m, _) = number(i + 2), let (d, _) = number(i + 4),
           mark(i + 1, "-") && mark(i + 3, "-") || mark(i + 1, "/") && mark(i + 3, "/")
            || mark(i + 1, "年") && mark(i + 3, "月") || mark(i + 1, "년") && mark(i + 3, "월") || mark(i + 1, ".") && mark(i + 3, ".") {
            return format(first, m, d)
        }
        // DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY
        if firstDigits <= 2, let (m, _) = number(i + 2), let (y, yd) = number(i + 4), yd == 4,
           (mark(i + 1, "/") && mark(i + 3, "/")) || (mark(i + 1, ".") && mark(i + 3, ".")) || (mark(i + 1, "-") && mark(i + 3, "-")) {
            return m > 12 && first <= 12 ? format(y, first, m) : format(y, m, first)
        }
        // D Month YYYY, D. Month YYYY, D de Month de YYYY, D Month, YYYY
        guard firstDigits <= 2 else { return nil }
        var k = i + 1
        if mark(k, ".") { k += 1 }
        if word(k, "de") { k += 1 }
        let monthAt = k
        k += 1
        if mark(k, ".") || mark(k, ",") { k += 1 }
        if word(k, "de") || word(k, "del") { k += 1 }
        // The year first, as above: a number and a word are rarely followed by one.
        guard let (y, yd) = number(k), yd == 4, let m = month(monthAt) else { return nil }
        return format(y, m, first)
    }

    private static func format(_ y: Int, _ m: Int, _ d: Int) -> String? {
        let daysInMonth = [31, y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(m), (1900...2100).contains(y), (1...daysInMonth[m - 1]).contains(d) else { return nil }
        // Written digit by digit into the string's storage: string interpolation costs more
        // than the whole search.
        let digits = (y / 1000, y / 100 % 10, y / 10 % 10, y % 10, m / 10, m % 10, d / 10, d % 10)
        return String(unsafeUninitializedCapacity: 10) { bytes in
            let zero = UInt8(ascii: "0"), dash = UInt8(ascii: "-")
            (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4]) = (zero + UInt8(digits.0), zero + UInt8(digits.1), zero + UInt8(digits.2), zero + UInt8(digits.3), dash)
            (bytes[5], bytes[6], bytes[7], bytes[8], bytes[9]) = (zero + UInt8(digits.4), zero + UInt8(digits.5), dash, zero + UInt8(digits.6), zero + UInt8(digits.7))
            return 10
        }
    }
}
