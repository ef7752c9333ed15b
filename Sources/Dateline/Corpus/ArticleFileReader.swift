import Foundation

/// Reads one article file into ``ArticleInput`` values: `.txt` (the text, headline first),
/// `.json` (one article object, or an array of them) and `.jsonl` (one object per line).
///
/// Bad input is never fatal and never silent: an empty file, a binary file, a file over the
/// size limit, or a JSON line that is not an article yields a ``LoadWarning`` naming the file
/// (and line). Text that is not valid UTF-8 is decoded as Windows-1252 with a warning.
struct ArticleFileReader {
    /// A `.txt` or `.json` article larger than this is not an article; it is skipped.
    static let maximumArticleBytes = 16 << 20
    /// A `.jsonl` file larger than this is skipped.
    static let maximumLinesFileBytes = 1 << 30

    static let articleExtensions: Set<String> = ["txt", "json", "jsonl"]

    struct Result {
        var inputs: [ArticleInput] = []
        var warnings: [LoadWarning] = []
    }

    func read(_ path: String) -> Result {
        var result = Result()
        let fileExtension = (path as NSString).pathExtension.lowercased()
        let limit = fileExtension == "jsonl" ? Self.maximumLinesFileBytes : Self.maximumArticleBytes
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limit {
            result.warnings.append(LoadWarning(path: path, message: "is \(Self.megabytes(size)) MB, over the \(Self.megabytes(limit)) MB limit for one \(fileExtension) file; skipped"))
            return result
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            result.warnings.append(LoadWarning(path: path, message: "cannot be read; skipped"))
            return result
        }
        guard !data.isEmpty else {
            result.warnings.append(LoadWarning(path: path, message: "is empty; skipped"))
            return result
        }
        guard !Self.looksBinary(data) else {
            result.warnings.append(LoadWarning(path: path, message: "is not text (binary content); skipped"))
            return result
        }
        let text = decode(data, path: path, warnings: &result.warnings)
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        switch fileExtension {
        case "json": readJSON(text, id: id, path: path, into: &result)
        case "jsonl": readJSONLines(text, id: id, path: path, into: &result)
        default: addText(text, id: id, path: path, into: &result)
        }
        return result
    }

    private func addText(_ text: String, id: String, path: String, into result: inout Result) {
        if text.unicodeScalars.allSatisfy({ ScalarTable.isSpace($0) }) {
            result.warnings.append(LoadWarning(path: path, message: "holds only white space; skipped"))
        } else {
            result.inputs.append(ArticleInput(id: id, path: path, text: text))
        }
    }

    /// UTF-8 (without a byte-order mark); otherwise Windows-1252, which decodes any bytes.
    private func decode(_ data: Data, path: String, warnings: inout [LoadWarning]) -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(data: bytes, encoding: .utf8) { return text }
        if let text = String(data: bytes, encoding: .windowsCP1252) {
            warnings.append(LoadWarning(path: path, message: "is not valid UTF-8; read as Windows-1252"))
            return text
        }
        warnings.append(LoadWarning(path: path, message: "is not valid UTF-8; invalid bytes replaced"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// NUL bytes, or many control characters, in the first 8 KB.
    static func looksBinary(_ data: Data) -> Bool {
        data.prefix(8192).withUnsafeBytes { head in
            var controls = 0
            for byte in head {
                if byte == 0 { return true }
                if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C { controls += 1 }
            }
            return controls * 10 > head.count
        }
    }

    private static func megabytes(_ bytes: Int) -> Int { (bytes + (1 << 20) - 1) >> 20 }

    // MARK: - JSON

    private func readJSON(_ text: String, id: String, path: String, into result: inout Result) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else {
            result.warnings.append(LoadWarning(path: path, message: "is not valid JSON; skipped"))
            return
        }
        if let list = object as? [Any] {
            for (index, element) in list.enumerated() {
                add(element, fallbackID: "\(id)-\(index + 1)", path: path, place: "item \(index + 1)", into: &result)
            }
        } else {
            add(object, fallbackID: id, path: path, place: nil, into: &result)
        }
    }

    /// One article per line. Lines are cut on bytes (not characters, which would cost a
    /// grapheme scan of the whole file) and parsed in parallel chunks, keeping their order.
    private func readJSONLines(_ text: String, id: String, path: String, into result: inout Result) {
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
        let chunks = stride(from: 0, to: lines.count, by: 512).map { $0..<min($0 + 512, lines.count) }
        let parsed = ParallelMap.map(chunks) { chunk -> Result in
            var part = Result()
            for index in chunk {
                let line = lines[index]
                guard line.contains(where: { !Self.isJSONSpace($0) }) else { continue }
                let lineNumber = index + 1
                guard let object = try? JSONSerialization.jsonObject(with: Data(line)) else {
                    part.warnings.append(LoadWarning(path: "\(path):\(lineNumber)", message: "is not valid JSON; line skipped"))
                    continue
                }
                add(object, fallbackID: "\(id)-\(lineNumber)", path: path, place: "line \(lineNumber)", into: &part)
            }
            return part
        }
        for part in parsed {
            result.inputs += part.inputs
            result.warnings += part.warnings
        }
    }

    private static func isJSONSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }

    /// One JSON article: `text` (or `body`/`content`) is required; `id`, `title`, `date`,
    /// `url`, `language`, `source` are taken as given.
    private func add(_ object: Any, fallbackID: String, path: String, place: String?, into result: inout Result) {
        let location = place.map { "\(path) (\($0))" } ?? path
        guard let fields = object as? [String: Any] else {
            result.warnings.append(LoadWarning(path: location, message: "is not a JSON object; skipped"))
            return
        }
        func string(_ key: String) -> String? {
            if let s = fields[key] as? String, !s.isEmpty { return s }
            if let n = fields[key] as? NSNumber { return n.stringValue }
            return nil
        }
        guard let text = string("text") ?? string("body") ?? string("content"), text.unicodeScalars.count <= Self.maximumArticleBytes else {
            result.warnings.append(LoadWarning(path: location, message: "has no text (or a text over the size limit); skipped"))
            return
        }
        result.inputs.append(ArticleInput(
            id: string("id") ?? fallbackID, path: path, text: text, title: string("title"), date: string("date"),
            language: string("language") ?? string("lang"), source: string("source"), url: string("url")))
    }
}
