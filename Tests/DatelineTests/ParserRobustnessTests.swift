import Foundation
import Testing
@testable import Dateline

/// No input crashes or hangs the lexer or parser: deep nesting, huge inputs, every prefix
/// of the grammar examples, random bytes.
@Suite struct ParserRobustnessTests {
    @Test func hundredThousandNestedParenthesesGiveOneDiagnostic() {
        let text = "statements where " + String(repeating: "(", count: 100_000) + "topic = cyber"
            + String(repeating: ")", count: 100_000) + "\narticles"
        var parser = Parser(text)
        let statements = parser.parseScript()
        #expect(parser.diagnostics.map(\.code) == [SyntaxCode.tooDeeplyNested.rawValue])
        #expect(statements.count == 1)
    }

    @Test func hundredThousandNotsGiveOneDiagnostic() {
        var parser = Parser("statements where " + String(repeating: "not ", count: 100_000) + "topic = cyber")
        _ = parser.parseScript()
        #expect(parser.diagnostics.map(\.code) == [SyntaxCode.tooDeeplyNested.rawValue])
    }

    @Test func nestingJustUnderTheLimitParses() {
        let depth = Parser.maximumNesting - 1
        var parser = Parser("statements where " + String(repeating: "(", count: depth) + "a = 1" + String(repeating: ")", count: depth))
        #expect(parser.parseScript().count == 1)
        #expect(parser.diagnostics.isEmpty)
    }

    /// 10 MB in one condition: parsed in bounded time into a shallow tree that prints,
    /// compares and is freed without deep recursion.
    @Test func tenMegabyteConditionParses() throws {
        let clause = "topic = cyber or "
        let count = 10_000_000 / clause.utf8.count
        let text = "statements where " + String(repeating: clause, count: count) + "topic = trade"
        let started = Date()
        var parser = Parser(text)
        let statements = parser.parseScript()
        #expect(parser.diagnostics.isEmpty)
        let statement = try #require(statements.first)
        guard case .query(let query) = statement, let filter = query.filter else { Issue.record("no filter"); return }
        #expect(Self.depth(filter) <= 30)
        #expect(statement.description.utf8.count == text.utf8.count)
        #expect(Date().timeIntervalSince(started) < 120)
    }

    @Test func tenMegabytesOfNonsenseGiveBoundedDiagnostics() {
        let text = String(repeating: "@ = ( \" x\n", count: 1_000_000)
        var parser = Parser(text)
        _ = parser.parseScript()
        #expect(!parser.diagnostics.isEmpty)
        #expect(parser.diagnostics.count <= Parser.maximumDiagnostics + 1)
    }

    @Test func tenMegabyteLineRendersAShortExcerpt() {
        let text = "statements where text contains \"" + String(repeating: "x", count: 10_000_000) + "\" and"
        var parser = Parser(text)
        _ = parser.parseScript()
        let rendered = parser.diagnostics.map { $0.rendered(in: SourceText(name: "big.q", text: text)) }.joined()
        #expect(!rendered.isEmpty)
        #expect(rendered.count < 1_000)
    }

    @Test(arguments: try Repository.grammarExamples())
    func everyPrefixOfEveryExampleIsHandled(_ path: String) throws {
        let text = try Repository.read(path)
        let bytes = Array(text.utf8)
        for end in stride(from: 0, through: bytes.count, by: 3) {
            let prefix = String(decoding: bytes[..<end], as: UTF8.self)
            var parser = Parser(prefix)
            let statements = parser.parseScript()
            for diagnostic in parser.diagnostics {
                _ = diagnostic.rendered(in: SourceText(name: "prefix.q", text: prefix))
            }
            _ = statements.map(\.description)
            _ = isCompleteInput(prefix)
        }
    }

    @Test func randomInputsNeverCrash() {
        var generator = SplitMix64(seed: 2014)
        let alphabet = Array("statements where topic = cyber and or not ( ) , | . ; \" / \\ $ # -- 2014-12 12 الصين 中国 é\u{301} \n\t@'“")
        for _ in 0..<2_000 {
            let length = Int(generator.next() % 80)
            let text = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            var parser = Parser(text)
            let statements = parser.parseScript()
            for statement in statements {
                var reparser = Parser(statement.description)
                #expect(reparser.parseScript().map(SyntaxTreeDump.dump) == [SyntaxTreeDump.dump(statement)], "\(text)")
            }
            for diagnostic in parser.diagnostics {
                _ = diagnostic.rendered(in: SourceText(name: "random.q", text: text))
            }
        }
    }

    static func depth(_ expression: Dateline.Expression) -> Int {
        switch expression {
        case .or(let l, let r), .and(let l, let r): return 1 + max(depth(l), depth(r))
        case .not(let e, _): return 1 + depth(e)
        case .predicate: return 1
        }
    }
}

/// A small seeded generator, so that random tests repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
