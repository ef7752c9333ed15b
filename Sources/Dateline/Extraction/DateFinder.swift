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

    /// The first full date in `ranges` of `text`, as `YYYY-MM-DD`.
    static func firstDate(in text: ScalarText, ranges: [Range<Int>]) -> String? {
        for range in ranges where range.contains(where: { asciiDigit(text.scalars[$0]) != nil }) {
            if let date = firstDate(in: text.string(range)) { return date }
        }
        return nil
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
        let tokens = tokenize(string)
        for i in tokens.indices {
            if let date = date(at: i, in: tokens) { return date }
        }
        return nil
    }

    private enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case mark(Character)
    }

    private static func tokenize(_ string: String) -> [Token] {
        var tokens: [Token] = []
        var digits = "", letters = ""
        func flush() {
            if !digits.isEmpty { tokens.append(.number(Int(digits) ?? 0, digits: digits.count)); digits = "" }
            if !letters.isEmpty {
                var word = String.UnicodeScalarView()  // folded in one pass, without temporary arrays
                for scalar in letters.unicodeScalars {
                    if case let value = ScalarTable.fold(scalar), value != 0, let folded = Unicode.Scalar(value) { word.append(folded) }
                }
                tokens.append(.word(String(word)))
                letters = ""
            }
        }
        for scalar in string.unicodeScalars {
            if let digit = asciiDigit(scalar) {
                if !letters.isEmpty { flush() }
                digits.append(digit)
            } else if ScalarTable.isWord(scalar) && !ScalarTable.isUnspaced(scalar) {
                if !digits.isEmpty { flush() }
                letters.unicodeScalars.append(scalar)
            } else {
                flush()
                if !ScalarTable.isSpace(scalar) { tokens.append(.mark(Character(scalar))) }
            }
        }
        flush()
        return tokens
    }

    /// ASCII, Arabic-Indic, Eastern Arabic-Indic and full-width digits.
    private static func asciiDigit(_ s: Unicode.Scalar) -> Character? {
        let v = s.value
        let zero: UInt32? = (0x30...0x39).contains(v) ? 0x30 : (0x660...0x669).contains(v) ? 0x660
            : (0x6F0...0x6F9).contains(v) ? 0x6F0 : (0xFF10...0xFF19).contains(v) ? 0xFF10 : nil
        guard let zero else { return nil }
        return Character(Unicode.Scalar(0x30 + v - zero)!)
    }

    private static func date(at i: Int, in t: [Token]) -> String? {
        func number(_ k: Int) -> (Int, Int)? {
            guard k < t.count, case .number(let n, let d) = t[k] else { return nil }
            return (n, d)
        }
        func month(_ k: Int) -> Int? {
            guard k < t.count, case .word(let w) = t[k] else { return nil }
            return months[w]
        }
        func mark(_ k: Int, _ c: Character) -> Bool { k < t.count && t[k] == .mark(c) }
        func word(_ k: Int, _ w: String) -> Bool { k < t.count && t[k] == .word(w) }
        guard let (first, firstDigits) = number(i) else {
            // Month D, YYYY — "Dec 22, 2014", "Dec. 22, 2014"
            guard let m = month(i) else { return nil }
            var k = i + 1
            if mark(k, ".") { k += 1 }
            guard let (d, _) = number(k) else { return nil }
            k += 1
            if mark(k, ",") { k += 1 }
            guard let (y, yd) = number(k), yd == 4 else { return nil }
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
        guard let m = month(k) else { return nil }
        k += 1
        if mark(k, ".") || mark(k, ",") { k += 1 }
        if word(k, "de") || word(k, "del") { k += 1 }
        guard let (y, yd) = number(k), yd == 4 else { return nil }
        return format(y, m, first)
    }

    private static func format(_ y: Int, _ m: Int, _ d: Int) -> String? {
        let daysInMonth = [31, y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(m), (1900...2100).contains(y), (1...daysInMonth[m - 1]).contains(d) else { return nil }
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }
}
