/// Turns query text into tokens. Positions are UTF-8 offsets into the text.
///
/// The lexer never throws and never stops early: a character that cannot start a token, an
/// unterminated string or a bad escape becomes an `.invalid` token carrying its diagnostic,
/// and scanning carries on after it. Comments (`#` or `--` to the end of the line) and blanks
/// are dropped; line ends become `.newline` tokens because they separate statements. The
/// token rules are the lexical section of `grammar/dateline.ebnf`.
public struct Lexer {
    let bytes: [UInt8]
    var position = 0

    /// A lexer at the start of `text`.
    public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// All tokens, ending with exactly one `.end`.
    public mutating func tokenize() -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4)
        while true {
            let token = next()
            tokens.append(token)
            if token.kind.isEnd { return tokens }
        }
    }

    /// The next token, `.end` at (and after) the end of the text.
    public mutating func next() -> Token {
        skipBlanksAndComments()
        let start = position
        guard let byte = peek() else { return Token(kind: .end, range: SourceRange(start, start)) }
        switch byte {
        case UInt8(ascii: "\n"):
            position += 1
            return Token(kind: .newline, range: SourceRange(start, position))
        case UInt8(ascii: "\""):
            return scanString()
        case UInt8(ascii: "/"):
            return scanRegex()
        case UInt8(ascii: "$"):
            return scanParameter()
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return scanNumberOrDate()
        case UInt8(ascii: "-") where peek(1).map(Self.isDigit) == true:
            return scanNumberOrDate()
        default:
            if let token = scanSymbol() { return token }
            if Self.startsWord(scalar(at: position).scalar) { return scanWord() }
            return scanUnexpectedCharacter()
        }
    }

    // MARK: Reading the text

    func peek(_ ahead: Int = 0) -> UInt8? {
        position + ahead < bytes.count ? bytes[position + ahead] : nil
    }

    /// The scalar starting at `offset` and its length in bytes (the text is valid UTF-8).
    func scalar(at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[offset]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard offset + length <= bytes.count else { return (Unicode.Scalar(0xFFFD)!, 1) }
        var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> (length + 1))
        for i in 1..<length { value = value << 6 | UInt32(bytes[offset + i] & 0x3F) }
        return (Unicode.Scalar(value) ?? Unicode.Scalar(0xFFFD)!, length)
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// `WORD-START`: a letter of any script or `_`.
    static func startsWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIILetter(UInt8(scalar.value)) || scalar == "_" }
        return scalar.properties.isAlphabetic
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// `WORD-PART`: letters, combining marks (Arabic diacritics, Indic vowel signs), digits
    /// of any script, `_`, and the joiners Persian and Indic words need.
    static func continuesWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            return isASCIILetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_")
        }
        if startsWord(scalar) || scalar == "\u{200C}" || scalar == "\u{200D}" { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return false
        }
    }

    // MARK: Blanks, comments, words

    /// COMMENT = ( "#" | "--" ) { ? any character but a line end ? } ;
    ///
    /// Skips comments and blanks: spaces, tabs, carriage returns and other white space but
    /// the line feed (the ideographic space of CJK input methods, no-break spaces).
    mutating func skipBlanksAndComments() {
        while let byte = peek() {
            if byte == UInt8(ascii: "#") || (byte == UInt8(ascii: "-") && peek(1) == UInt8(ascii: "-")) {
                while let b = peek(), b != UInt8(ascii: "\n") { position += 1 }
            } else if byte == UInt8(ascii: "\n") {
                return
            } else if byte < 0x80 {
                guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") else { return }
                position += 1
            } else {
                let (scalar, length) = scalar(at: position)
                guard scalar.properties.isWhitespace else { return }
                position += length
            }
        }
    }

    /// NAME = WORD-START { WORD-PART | "-" WORD-PART } ;
    ///
    /// A word that spells a keyword in any case is that keyword.
    mutating func scanWord() -> Token {
        let start = position
        scanWordParts()
        let word = text(start..<position)
        let range = SourceRange(start, position)
        if word.utf8.count <= Self.longestKeyword, let keyword = Self.keywords[word.lowercased()] {
            return Token(kind: .keyword(keyword), range: range)
        }
        return Token(kind: .word(word), range: range)
    }

    private static let keywords = Dictionary(uniqueKeysWithValues: Keyword.allCases.map { ($0.rawValue, $0) })
    private static let longestKeyword = Keyword.allCases.map(\.rawValue.utf8.count).max()!

    /// Advances over word parts and inner hyphens (`al-Sisi`, `2014-12`); `--` is a comment.
    mutating func scanWordParts() {
        while position < bytes.count {
            let byte = bytes[position]
            if byte < 0x80, byte != UInt8(ascii: "-") {
                guard Self.isASCIILetter(byte) || Self.isDigit(byte) || byte == UInt8(ascii: "_") else { return }
                position += 1
                continue
            }
            if byte == UInt8(ascii: "-") {
                guard position + 1 < bytes.count, bytes[position + 1] != UInt8(ascii: "-"),
                    Self.continuesWord(scalar(at: position + 1).scalar)
                else { return }
                position += 1
                continue
            }
            let (scalar, length) = scalar(at: position)
            guard Self.continuesWord(scalar) else { return }
            position += length
        }
    }

    /// PARAMETER = "$" WORD-PART { WORD-PART } ;
    mutating func scanParameter() -> Token {
        let start = position
        position += 1
        let nameStart = position
        while position < bytes.count {
            let (scalar, length) = scalar(at: position)
            guard Self.continuesWord(scalar) else { break }
            position += length
        }
        guard position > nameStart else {
            return invalid(
                .missingParameterName, "expected a parameter name after '$', as in '$country'",
                SourceRange(start, position))
        }
        return Token(kind: .parameter(text(nameStart..<position)), range: SourceRange(start, position))
    }

    /// An `.invalid` token over `range` carrying one error.
    func invalid(
        _ code: SyntaxCode, _ message: String, _ range: SourceRange,
        notes: [Diagnostic.Note] = [], fixIts: [Diagnostic.FixIt] = []
    ) -> Token {
        let diagnostic = Diagnostic(code: code.rawValue, message: message, range: range, notes: notes, fixIts: fixIts)
        return Token(kind: .invalid(diagnostic), range: range)
    }
}
