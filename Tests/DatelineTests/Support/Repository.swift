import Foundation

/// Files of this repository that tests read: the grammar, its examples, sources, goldens.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    static func read(_ path: String) throws -> String {
        try String(contentsOf: url(path), encoding: .utf8)
    }

    /// The files under `directory` whose names end in `suffix`, sorted, as paths from the root.
    static func files(in directory: String, endingWith suffix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url(directory).path)
            .filter { $0.hasSuffix(suffix) }.sorted().map { directory + "/" + $0 }
    }

    /// Every grammar example, `grammar/examples/*.q`.
    static func grammarExamples() throws -> [String] {
        try files(in: "grammar/examples", endingWith: ".q")
    }
}
