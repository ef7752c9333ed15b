/// Operators and punctuation, and the characters people type by habit from other languages
/// (`==`, `<>`, `&&`, `'text'`, “curly quotes”, full-width `＝`): each of those becomes an
/// invalid token whose fix-it is the Dateline spelling.
extension Lexer {
    /// SYMBOL = "(" | ")" | "," | "|" | "." | ";" | "=" | "!=" | "<" | "<=" | ">" | ">=" ;
    ///
    /// Nil when the text here does not start with punctuation. Two-character spellings
    /// win over their first character (`<=` is not `<` then `=`).
    mutating func scanSymbol() -> Token? {
        let start = position
        guard let byte = peek(), byte < 0x80 else { return scanLookalike() }
        for length in [2, 1] where start + length <= bytes.count {
            guard length == 1 || Self.pairStarts.contains(byte) else { continue }
            let spelling = text(start..<start + length)
            if let replacement = Self.foreignOperators[spelling] {
                position += length
                return misspeltOperator(spelling, replacement, from: start)
            }
            guard let kind = Self.punctuation[spelling] else { continue }
            position += length
            return Token(kind: kind, range: SourceRange(start, position))
        }
        if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") { return scanMisquotedString(closers: [Character(UnicodeScalar(byte))]) }
        return nil
    }

    private static let punctuation: [String: Token.Kind] = Dictionary(
        uniqueKeysWithValues: Symbol.allCases.map { ($0.rawValue, Token.Kind.symbol($0)) }
            + ComparisonOperator.allCases.map { ($0.rawValue, Token.Kind.comparison($0)) })

    /// First characters of the two-character spellings, the only ones worth a second look.
    private static let pairStarts = Set((Array(punctuation.keys) + Array(foreignOperators.keys)).filter { $0.utf8.count == 2 }.map { $0.utf8.first! })

    /// Operators of SQL, C and shell that Dateline spells otherwise.
    private static let foreignOperators: [String: String] = [
        "==": "=", "<>": "!=", "=<": "<=", "=>": ">=", "&&": "and", "||": "or", "&": "and", "!": "not",
    ]

    private func misspeltOperator(_ spelling: String, _ replacement: String, from start: Int) -> Token {
        let range = SourceRange(start, position)
        return invalid(
            .foreignOperator, "'\(spelling)' is not an operator here; Dateline writes '\(replacement)'", range,
            fixIts: [.init(range: range, replacement: replacement)])
    }

    /// Curly and guillemet quotes around a string, and full-width punctuation from CJK input.
    private mutating func scanLookalike() -> Token? {
        let start = position
        let (scalar, length) = scalar(at: position)
        if let closers = Self.curlyQuotes[scalar] { return scanMisquotedString(closers: closers) }
        guard (0xFF01...0xFF5E).contains(scalar.value),
            let ascii = Unicode.Scalar(scalar.value - 0xFEE0), Symbol(rawValue: String(ascii)) != nil || ComparisonOperator(rawValue: String(ascii)) != nil
        else { return nil }
        position += length
        let range = SourceRange(start, position)
        return invalid(
            .unexpectedCharacter, "full-width '\(Character(scalar))' is not an operator; Dateline writes '\(ascii)'", range,
            fixIts: [.init(range: range, replacement: String(ascii))])
    }

    private static let curlyQuotes: [Unicode.Scalar: Set<Character>] = [
        "\u{201C}": ["\u{201D}", "\u{201C}"], "\u{201E}": ["\u{201C}", "\u{201D}"], "\u{00AB}": ["\u{00BB}"],
        "\u{2018}": ["\u{2019}"], "\u{300C}": ["\u{300D}"], "\u{FF02}": ["\u{FF02}"],
    ]

    /// `'China'` or “China”: reported once, with the straight-quoted string as the fix. The
    /// closing quote must be on the same line; otherwise only the opening mark is wrong.
    private mutating func scanMisquotedString(closers: Set<Character>) -> Token {
        let start = position
        let opening = scalar(at: position)
        position += opening.length
        var end = position
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") {
            let (scalar, length) = scalar(at: end)
            if closers.contains(Character(scalar)) {
                let inner = text(position..<end)
                position = end + length
                let range = SourceRange(start, position)
                return invalid(
                    .misquotedString, "strings are written in straight double quotes", range,
                    fixIts: [.init(range: range, replacement: Printer.quoted(inner))])
            }
            end += length
        }
        let range = SourceRange(start, position)
        let insideWord = start > 0 && bytes[start - 1] < 0x80 && Self.continuesWord(Unicode.Scalar(bytes[start - 1]))
        guard !insideWord else {
            return invalid(
                .misquotedString,
                "unexpected apostrophe; a value that has one is written in double quotes, as in \"O'Brien\"",
                range)
        }
        return invalid(
            .misquotedString, "unexpected '\(Character(opening.scalar))'; strings are written in straight double quotes",
            range, fixIts: [.init(range: range, replacement: "\"")])
    }

    /// Any other character that cannot start a token, with the marks and joiners that
    /// belong to it, so the caret covers what the user sees as one character.
    mutating func scanUnexpectedCharacter() -> Token {
        let start = position
        let (first, length) = scalar(at: position)
        position += length
        var joined = false
        while position < bytes.count {
            let (next, nextLength) = scalar(at: position)
            let attaches = next.properties.isGraphemeExtend || next.properties.isEmojiModifier
                || next == "\u{200D}" || next == "\u{FE0F}" || joined
            guard attaches else { break }
            joined = next == "\u{200D}"
            position += nextLength
        }
        let shown = first.properties.generalCategory == .control || first.properties.isWhitespace || first.properties.isDefaultIgnorableCodePoint
            ? "U+" + String(first.value, radix: 16, uppercase: true)
            : "'" + text(start..<position) + "'"
        return invalid(.unexpectedCharacter, "unexpected character \(shown)", SourceRange(start, position))
    }
}
