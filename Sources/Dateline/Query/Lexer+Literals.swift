/// Numbers, dates, strings and regular expressions: the tokens with an inner structure and
/// therefore with their own ways of being wrong.
extension Lexer {
    /// NUMBER = [ "-" ] DIGITS [ "." DIGITS ] [ ( "e" | "E" ) [ "+" | "-" ] DIGITS ] ;
    /// DATE = DIGITS "-" DIGITS [ "-" DIGITS ] ;
    ///
    /// A run such as `5G` that starts with digits but goes on with letters is a word; a
    /// run of digits and hyphens must be a real date (month and day may drop their leading
    /// zero; the token holds the padded form).
    mutating func scanNumberOrDate() -> Token {
        let start = position
        let negative = peek() == UInt8(ascii: "-")
        if negative { position += 1 }
        skipDigits()
        if !negative, peek() == UInt8(ascii: "-"), peek(1).map(Self.isDigit) == true {
            scanWordParts()
            return dateToken(start..<position)
        }
        var isWhole = true
        if peek() == UInt8(ascii: "."), peek(1).map(Self.isDigit) == true {
            position += 1
            skipDigits()
            isWhole = false
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            let sign = peek(1) == UInt8(ascii: "+") || peek(1) == UInt8(ascii: "-") ? 1 : 0
            if peek(1 + sign).map(Self.isDigit) == true {
                position += 1 + sign
                skipDigits()
                isWhole = false
            }
        }
        if isWhole, !negative, position < bytes.count, Self.continuesWord(scalar(at: position).scalar) {
            scanWordParts()
            return Token(kind: .word(text(start..<position)), range: SourceRange(start, position))
        }
        let spelling = text(start..<position)
        guard let value = Double(spelling), value.isFinite else {
            let shown = spelling.count > 24 ? spelling.prefix(20) + "…" : spelling
            return invalid(.invalidNumber, "'\(shown)' is too large for a number", SourceRange(start, position))
        }
        return Token(kind: .number(value), range: SourceRange(start, position))
    }

    private mutating func skipDigits() {
        while let byte = peek(), Self.isDigit(byte) { position += 1 }
    }

    /// A `.date` for `YYYY-MM` or `YYYY-MM-DD` naming a real month and day, else an
    /// `.invalid` token that says what is wrong with it.
    private func dateToken(_ span: Range<Int>) -> Token {
        let spelling = text(span)
        let range = SourceRange(span.lowerBound, span.upperBound)
        let parts = spelling.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            return Token(kind: .word(spelling), range: range)
        }
        guard (2...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count <= 2 }) else {
            return invalid(.invalidDate, "'\(spelling)' is not a date; write dates as YYYY-MM-DD or YYYY-MM", range)
        }
        let year = Int(parts[0])!, month = Int(parts[1])!
        guard (1...12).contains(month) else {
            return invalid(.invalidDate, "'\(spelling)' is not a date: there is no month \(month)", range)
        }
        var padded = String(parts[0]) + "-" + Self.twoDigits(month)
        if parts.count == 3 {
            let day = Int(parts[2])!, days = Self.days(inMonth: month, of: year)
            guard (1...days).contains(day) else {
                return invalid(
                    .invalidDate,
                    "'\(spelling)' is not a date: \(Self.monthNames[month - 1]) \(year) has \(days) days", range)
            }
            padded += "-" + Self.twoDigits(day)
        }
        return Token(kind: .date(padded), range: range)
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// STRING = '"' { STRING-CHARACTER | ESCAPE } '"' ;
    /// ESCAPE = "\" ( '"' | "\" | "/" | "n" | "t" | "r" | "u{" HEX { HEX } "}" ) ;
    ///
    /// A string may run over several lines. A bad escape is reported at the escape; the
    /// whole string becomes the invalid token so that parsing resumes after it.
    mutating func scanString() -> Token {
        let start = position
        position += 1
        var value: [UInt8] = []
        var problem: Diagnostic?
        while let byte = peek() {
            if byte == UInt8(ascii: "\"") {
                position += 1
                let range = SourceRange(start, position)
                if let problem { return Token(kind: .invalid(problem), range: range) }
                return Token(kind: .string(String(decoding: value, as: UTF8.self)), range: range)
            }
            if byte == UInt8(ascii: "\\") {
                let escape = scanEscape()
                if let diagnostic = escape.problem, problem == nil { problem = diagnostic }
                value.append(contentsOf: escape.bytes)
            } else {
                value.append(byte)
                position += 1
            }
        }
        return unterminated(.unterminatedString, "string", closer: "\"", start: start)
    }

    /// One escape inside a string; the position is at the backslash.
    private mutating func scanEscape() -> (bytes: [UInt8], problem: Diagnostic?) {
        let start = position
        position += 1
        guard let byte = peek() else { return ([], nil) }
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return ([byte], nil)
        case UInt8(ascii: "n"): return ([0x0A], nil)
        case UInt8(ascii: "t"): return ([0x09], nil)
        case UInt8(ascii: "r"): return ([0x0D], nil)
        case UInt8(ascii: "u"): return scanUnicodeEscape(from: start)
        default:
            position = start + 1 + scalar(at: start + 1).length
            let diagnostic = Diagnostic(
                code: SyntaxCode.invalidEscape.rawValue,
                message: "unknown escape '\(text(start..<position))' in a string",
                range: SourceRange(start, position),
                notes: [.init(#"the escapes are \" \\ \/ \n \t \r and \u{…}"#)])
            return ([], diagnostic)
        }
    }

    /// `\u{` 1 to 6 hex digits `}` naming a Unicode scalar; the position is after the `u`.
    private mutating func scanUnicodeEscape(from start: Int) -> (bytes: [UInt8], problem: Diagnostic?) {
        var digits = ""
        if peek() == UInt8(ascii: "{") {
            position += 1
            while let byte = peek(), digits.count < 8, UnicodeScalar(byte).properties.isASCIIHexDigit {
                digits.append(Character(UnicodeScalar(byte)))
                position += 1
            }
            if peek() == UInt8(ascii: "}"), (1...6).contains(digits.count),
                let scalar = UInt32(digits, radix: 16).flatMap(Unicode.Scalar.init)
            {
                position += 1
                return (Array(String(Character(scalar)).utf8), nil)
            }
            if peek() == UInt8(ascii: "}") { position += 1 }
        }
        let diagnostic = Diagnostic(
            code: SyntaxCode.invalidEscape.rawValue,
            message: "invalid Unicode escape '\(text(start..<position))'",
            range: SourceRange(start, position),
            notes: [.init("write a Unicode escape as \\u{…} with 1 to 6 hex digits naming a character, as in \\u{627}")])
        return ([], diagnostic)
    }

    /// REGEX = "/" REGEX-CHARACTER { REGEX-CHARACTER } "/" { REGEX-FLAG } ;
    ///
    /// `\/` stands for `/`; every other backslash is kept for the regex engine. The flags
    /// `i m s x` are folded into the pattern as `(?flags)` so the tree needs no extra field.
    mutating func scanRegex() -> Token {
        let start = position
        position += 1
        var pattern: [UInt8] = []
        while let byte = peek() {
            if byte == UInt8(ascii: "/") {
                position += 1
                return finishRegex(pattern, start: start)
            }
            if byte == UInt8(ascii: "\\"), let escaped = peek(1) {
                if escaped != UInt8(ascii: "/") { pattern.append(byte) }
                position += 1
            }
            let length = scalar(at: position).length
            pattern.append(contentsOf: bytes[position..<position + length])
            position += length
        }
        return unterminated(.unterminatedRegex, "regular expression", closer: "/", start: start)
    }

    private mutating func finishRegex(_ pattern: [UInt8], start: Int) -> Token {
        let flagsStart = position
        while let byte = peek(), (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) {
            position += 1
        }
        let range = SourceRange(start, position)
        let flags = text(flagsStart..<position)
        if let bad = flags.firstIndex(where: { !"imsx".contains($0) }) {
            let offset = flagsStart + flags.utf8.distance(from: flags.startIndex, to: bad)
            return invalid(
                .invalidRegexFlag, "unknown regular expression flag '\(flags[bad])'", SourceRange(offset, offset + 1),
                notes: [.init("the flags are i (ignore case), m (multi-line), s (dot matches newline), x (extended)")])
        }
        guard !pattern.isEmpty else {
            return invalid(.emptyRegex, "empty regular expression; it would match every row", range)
        }
        let body = String(decoding: pattern, as: UTF8.self)
        return Token(kind: .regex(flags.isEmpty ? body : "(?\(flags))" + body), range: range)
    }

    /// The token for a string or regex that never closes: reported at its opening, since
    /// the end of the text is rarely where the mistake is.
    private func unterminated(_ code: SyntaxCode, _ what: String, closer: String, start: Int) -> Token {
        let opening = SourceRange(start, start + 1)
        let diagnostic = Diagnostic(
            code: code.rawValue, message: "unterminated \(what)", range: opening,
            notes: [.init("the \(what) opened here runs to the end of the input; close it with '\(closer)'")])
        return Token(kind: .invalid(diagnostic), range: SourceRange(start, position))
    }
}
