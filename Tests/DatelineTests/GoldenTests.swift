import Foundation
import Testing
@testable import Dateline

/// Golden files: each `Golden/DIR/NAME.q` is checked by the checks of DIR and its rendered
/// diagnostics must equal `NAME.expected` exactly. See Golden/README.md.
@Suite struct GoldenTests {
    /// The checks behind each golden directory: query text → its diagnostics, in order.
    static let checkers: [String: @Sendable (String) throws -> [Diagnostic]] = [
        "syntax": { text in
            var parser = Parser(text)
            _ = parser.parseScript()
            return parser.diagnostics
        },
        "semantic": SemanticGolden.diagnostics,
    ]

    static let root = "Tests/DatelineTests/Golden"

    static func cases() throws -> [String] {
        let directories = try FileManager.default.contentsOfDirectory(atPath: Repository.url(root).path).sorted()
        return try directories.filter { !$0.contains(".") }.flatMap { directory in
            try Repository.files(in: "\(root)/\(directory)", endingWith: ".q")
        }
    }

    @Test(arguments: try cases())
    func rendersExactly(_ path: String) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent
        let checker = try #require(Self.checkers[directory], "no checker for Golden/\(directory)")
        let text = try Repository.read(path)
        let source = SourceText(name: URL(fileURLWithPath: path).lastPathComponent, text: text)
        let rendered = try checker(text).map { $0.rendered(in: source) }.joined()
        let expectedPath = String(path.dropLast(2)) + ".expected"
        if ProcessInfo.processInfo.environment["DATELINE_UPDATE_GOLDEN"] == "1" {
            try rendered.write(to: Repository.url(expectedPath), atomically: true, encoding: .utf8)
        }
        let expected = try Repository.read(expectedPath)
        #expect(rendered == expected, "\(path)")
        #expect(!rendered.isEmpty, "a golden case should produce at least one diagnostic")
    }

    @Test func everySyntaxCodeHasAGoldenCase() throws {
        var seen = Set<String>()
        for path in try Repository.files(in: "\(Self.root)/syntax", endingWith: ".q") {
            seen.formUnion(try Self.checkers["syntax"]!(try Repository.read(path)).map(\.code))
        }
        let missing = SyntaxCode.allCases.map(\.rawValue).filter { !seen.contains($0) }
        #expect(missing == [])
    }
}
