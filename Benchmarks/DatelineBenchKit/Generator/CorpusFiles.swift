import Foundation

/// A generated corpus on disk, cached between runs: `articles.jsonl` always (one JSON article
/// per line: id, title, date, source, url, text), and a tree of `.txt` files on demand for
/// loaders that do not read JSON Lines.
public struct CorpusFiles: Sendable {
    public let folder: String
    public let count: Int
    public let generator: ArticleGenerator

    public init(folder: String, count: Int, generator: ArticleGenerator) {
        self.folder = folder
        self.count = count
        self.generator = generator
    }

    public var jsonlPath: String { folder + "/articles.jsonl" }
    public var textFolder: String { folder + "/txt" }
    private var stampPath: String { folder + "/stamp" }
    private var textStampPath: String { folder + "/txt.stamp" }
    private var stamp: String { "generator \(ArticleGenerator.version) seed \(generator.seed) count \(count)\n" }

    /// Whether `articles.jsonl` holds this corpus already.
    public var isCurrent: Bool {
        (try? String(contentsOfFile: stampPath, encoding: .utf8)) == stamp
    }

    /// Writes `articles.jsonl` unless it is current; returns the UTF-8 size of all article text.
    @discardableResult
    public func writeJSONLines() throws -> Int {
        if isCurrent, let bytes = try? String(contentsOfFile: folder + "/text-bytes", encoding: .utf8), let n = Int(bytes) {
            return n
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: jsonlPath, contents: nil),
              let handle = FileHandle(forWritingAtPath: jsonlPath) else {
            throw BenchError("cannot write \(jsonlPath)")
        }
        defer { try? handle.close() }
        var textBytes = 0
        try ParallelChunks.forEach(count: count) { range in
            var lines = "", bytes = 0
            let encoder = JSONArticle.encoder()
            for i in range {
                let article = generator.article(i)
                lines += JSONArticle(article).line(encoder)
                bytes += article.text.utf8.count
            }
            return (lines, bytes)
        } consume: { (lines: String, bytes: Int) in
            try handle.write(contentsOf: Data(lines.utf8))
            textBytes += bytes
        }
        try "\(textBytes)".write(toFile: folder + "/text-bytes", atomically: true, encoding: .utf8)
        try stamp.write(toFile: stampPath, atomically: true, encoding: .utf8)
        return textBytes
    }

    /// Writes one `.txt` file per article under `txt/NNNN/` (1,000 to a folder) unless
    /// current, from every core: a million small files is the slow part of a 1M run.
    public func writeTextTree() throws {
        if (try? String(contentsOfFile: textStampPath, encoding: .utf8)) == stamp { return }
        try? FileManager.default.removeItem(atPath: textFolder)
        let generator = generator, textFolder = textFolder
        try ParallelChunks.forEach(count: count, chunkSize: 1000) { range -> String? in
            let dir = textFolder + "/" + String(format: "%04d", range.lowerBound / 1000)
            do {
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                for i in range {
                    let article = generator.article(i)
                    try Data(article.text.utf8).write(to: URL(fileURLWithPath: "\(dir)/\(article.id).txt"))
                }
                return nil
            } catch {
                return "cannot write \(dir): \(error)"
            }
        } consume: { problem in
            if let problem { throw BenchError(problem) }
        }
        try stamp.write(toFile: textStampPath, atomically: true, encoding: .utf8)
    }
}

/// One line of `articles.jsonl`: the fields a JSON article gives (see issue 3).
struct JSONArticle: Encodable {
    var id: String
    var title: String?
    var date: String?
    var source: String?
    var url: String?
    var text: String

    init(_ a: GeneratedArticle) {
        self.init(id: a.id, title: a.title, date: a.date, source: a.source, url: "https://news.example/\(a.id)", text: a.text)
    }

    init(id: String, title: String? = nil, date: String? = nil, source: String? = nil, url: String? = nil, text: String) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.text = text
    }

    /// The article as one line of JSON, newline included.
    func line(_ encoder: JSONEncoder) -> String {
        let data = (try? encoder.encode(self)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
