/// The reserved words of the language.
public enum Keyword: String, Sendable, Hashable, CaseIterable {
    case `where`, and, or, not, `in`, between, contains, matches, `is`, null
    case order, by, asc, desc, limit, select, count, top, per, `let`, explain
}

/// One lexical token. An invalid character becomes an `.invalid` token carrying its
/// diagnostic: the lexer never throws.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case word(String)
        case keyword(Keyword)
        case string(String)
        case number(Double)
        case date(String)
        case parameter(String)
        case regex(String)
        case symbol(String)
        case newline
        case end
        case invalid(Diagnostic)
    }
    public var kind: Kind
    public var range: SourceRange
}
