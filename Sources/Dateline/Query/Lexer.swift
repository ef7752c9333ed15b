/// Turns query text into tokens. Positions are UTF-8 offsets.
public struct Lexer {
    private let bytes: [UInt8]
    private var position = 0

    public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// All tokens, ending with `.end`.
    public mutating func tokenize() -> [Token] {
        var tokens: [Token] = []
        while true {
            let token = next()
            tokens.append(token)
            if case .end = token.kind { return tokens }
        }
    }

    private func peek(_ ahead: Int = 0) -> UInt8? {
        position + ahead < bytes.count ? bytes[position + ahead] : nil
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b >= 0x80
    }

    private mutating func next() -> Token {
        skipSpaceAndComments()
        let start = position
        guard let b = peek() else { return Token(kind: .end, range: SourceRange(start, start)) }
        position += 1
        switch b {
        case UInt8(ascii: "\n"), UInt8(ascii: ";"):
            return Token(kind: .newline, range: SourceRange(start, position))
        case UInt8(ascii: "\""):
            return string(from: start)
        case UInt8(ascii: "/"):
            while let c = peek(), c != UInt8(ascii: "/"), c != UInt8(ascii: "\n") { position += 1 }
            let body = String(decoding: bytes[(start + 1)..<position], as: UTF8.self)
            if peek() == UInt8(ascii: "/") { position += 1 }
            return Token(kind: .regex(body), range: SourceRange(start, position))
        case UInt8(ascii: "$"):
            while let c = peek(), Self.isWordByte(c) { position += 1 }
            let name = String(decoding: bytes[(start + 1)..<position], as: UTF8.self)
            return Token(kind: .parameter(name), range: SourceRange(start, position))
        case UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"):
            if peek() == UInt8(ascii: "=") { position += 1 }
            let symbol = String(decoding: bytes[start..<position], as: UTF8.self)
            if symbol == "!" { return invalid(start, "expected '=' after '!'") }
            return Token(kind: .symbol(symbol), range: SourceRange(start, position))
        case UInt8(ascii: "="), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","), UInt8(ascii: "|"),
            UInt8(ascii: "."):
            return Token(kind: .symbol(String(UnicodeScalar(b))), range: SourceRange(start, position))
        default:
            guard Self.isWordByte(b) else { return invalid(start, "unexpected character") }
            while let c = peek(), Self.isWordByte(c) { position += 1 }
            let word = String(decoding: bytes[start..<position], as: UTF8.self)
            let range = SourceRange(start, position)
            if let keyword = Keyword(rawValue: word.lowercased()) { return Token(kind: .keyword(keyword), range: range) }
            if word.first!.isNumber {
                if let n = Double(word) { return Token(kind: .number(n), range: range) }
                return Token(kind: .date(word), range: range)
            }
            return Token(kind: .word(word), range: range)
        }
    }

    private mutating func string(from start: Int) -> Token {
        var out: [UInt8] = []
        while let c = peek() {
            position += 1
            if c == UInt8(ascii: "\"") {
                return Token(kind: .string(String(decoding: out, as: UTF8.self)), range: SourceRange(start, position))
            }
            if c == UInt8(ascii: "\\"), let e = peek() {
                position += 1
                out.append(e == UInt8(ascii: "n") ? 0x0A : e == UInt8(ascii: "t") ? 0x09 : e)
            } else {
                out.append(c)
            }
        }
        return invalid(start, "unterminated string", end: position)
    }

    private func invalid(_ start: Int, _ message: String, end: Int? = nil) -> Token {
        var stop = end ?? position
        while stop < bytes.count, bytes[stop] & 0xC0 == 0x80 { stop += 1 }
        let range = SourceRange(start, stop)
        return Token(kind: .invalid(Diagnostic(code: "invalid-token", message: message, range: range)), range: range)
    }

    private mutating func skipSpaceAndComments() {
        while let c = peek() {
            if c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\r") {
                position += 1
            } else if c == UInt8(ascii: "#") || (c == UInt8(ascii: "-") && peek(1) == UInt8(ascii: "-")) {
                while let d = peek(), d != UInt8(ascii: "\n") { position += 1 }
            } else {
                return
            }
        }
    }
}
