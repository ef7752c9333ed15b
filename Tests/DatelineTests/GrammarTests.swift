import Foundation
import Testing
@testable import Dateline

/// `grammar/dateline.ebnf` and the code say the same thing: its examples parse, its keywords
/// are the lexer's, and each of its productions is the doc comment of one parse function.
@Suite struct GrammarTests {
    @Test(arguments: try Repository.grammarExamples())
    func exampleParsesWithoutDiagnostics(_ path: String) throws {
        let text = try Repository.read(path)
        var parser = Parser(text)
        let statements = parser.parseScript()
        let source = SourceText(name: path, text: text)
        #expect(parser.diagnostics.isEmpty, "\(parser.diagnostics.map { $0.rendered(in: source) }.joined())")
        #expect(!statements.isEmpty)
    }

    @Test func grammarKeywordsAreTheLexersKeywords() throws {
        let productions = try GrammarFile.productions()
        let syntactic = productions.filter { $0.name.first!.isLowercase }
        let quoted = Set(syntactic.flatMap { GrammarFile.quotedTerminals(in: $0.body) }.filter { $0.allSatisfy(\.isLetter) })
        #expect(quoted == Set(Keyword.allCases.map(\.rawValue)))
    }

    @Test func everyProductionIsOneParseFunctionsDocComment() throws {
        let grammar = Dictionary(try GrammarFile.productions().map { ($0.name, $0.body) }, uniquingKeysWith: { a, _ in a })
        let documented = try GrammarFile.documentedProductions()
        for production in documented {
            #expect(grammar[production.name] == production.body, "\(production.name) differs from the grammar")
        }
        let counts = Dictionary(documented.map { ($0.name, 1) }, uniquingKeysWith: +)
        for name in grammar.keys where name.first!.isLowercase {
            #expect(counts[name] == 1, "production \(name) should document exactly one parse function")
        }
    }

    @Test func everySymbolOfTheGrammarIsLexed() throws {
        let grammar = try Repository.read("grammar/dateline.ebnf")
        for symbol in Symbol.allCases { #expect(grammar.contains("\"\(symbol.rawValue)\"")) }
        for comparison in ComparisonOperator.allCases { #expect(grammar.contains("\"\(comparison.rawValue)\"")) }
    }
}

/// Reads the grammar file and the productions written in the parser's doc comments.
enum GrammarFile {
    struct Production: Equatable {
        var name: String
        /// The right-hand side with runs of white space made single spaces.
        var body: String
    }

    /// The productions of `grammar/dateline.ebnf`, comments dropped.
    static func productions() throws -> [Production] {
        var text = try Repository.read("grammar/dateline.ebnf")
        while let open = text.range(of: "(*"), let close = text.range(of: "*)", range: open.upperBound..<text.endIndex) {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        return splitProductions(text)
    }

    /// The productions in `/// name = … ;` doc comments of the lexer and parser sources.
    static func documentedProductions() throws -> [Production] {
        let directory = "Sources/Dateline/Query"
        let files = try Repository.files(in: directory, endingWith: ".swift")
            .filter { $0.contains("/Lexer") || $0.contains("/Parser") }
        var found: [Production] = []
        for file in files {
            var pending: String?
            for line in try Repository.read(file).split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed.hasPrefix("///") else { pending = nil; continue }
                let comment = String(trimmed.dropFirst(3))
                if pending == nil, comment.range(of: #"^ [A-Za-z-]+ = "#, options: .regularExpression) != nil {
                    pending = ""
                }
                guard pending != nil else { continue }
                pending! += comment + "\n"
                let parts = splitProductions(pending!)
                if let production = parts.first {
                    found.append(production)
                    pending = nil
                }
            }
        }
        return found
    }

    /// `name = body ;` productions, `;` counted only outside quotes and `? … ?`.
    static func splitProductions(_ text: String) -> [Production] {
        var productions: [Production] = []
        var current = "", quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" || character == "?" {
                quote = character
            } else if character == ";" {
                let parts = current.split(separator: "=", maxSplits: 1)
                if parts.count == 2 {
                    productions.append(Production(
                        name: parts[0].trimmingCharacters(in: .whitespacesAndNewlines),
                        body: parts[1].split(whereSeparator: \.isWhitespace).joined(separator: " ")))
                }
                current = ""
                continue
            }
            current.append(character)
        }
        return productions
    }

    /// The terminals in double or single quotes.
    static func quotedTerminals(in body: String) -> [String] {
        var terminals: [String] = [], current = "", quote: Character?
        for character in body {
            if let open = quote {
                if character == open { terminals.append(current); current = ""; quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            }
        }
        return terminals
    }
}
