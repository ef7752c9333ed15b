import Foundation

/// File names for `.read` and `.open`: the entries of the folder the partial path names,
/// folders with a trailing `/` (so that TAB can go on into them), files filtered by extension.
/// Hidden entries are offered only when the partial name starts with a dot.
struct FileNameCompleter {
    var directory: String
    var extensions: [String]

    func candidates(for partial: String) -> [CompletionCandidate] {
        let expanded = (partial as NSString).expandingTildeInPath
        let slash = partial.lastIndex(of: "/")
        let typedFolder = slash.map { String(partial[...$0]) } ?? ""
        let namePrefix = slash.map { String(partial[partial.index(after: $0)...]) } ?? partial
        let expandedFolder = partial.hasPrefix("~") && slash != nil
            ? (expanded as NSString).deletingLastPathComponent + "/" : typedFolder
        let folder = expandedFolder.hasPrefix("/") ? expandedFolder : (directory as NSString).appendingPathComponent(expandedFolder)
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return [] }
        return entries.sorted().compactMap { name in
            guard name.hasPrefix(namePrefix), !name.hasPrefix(".") || namePrefix.hasPrefix(".") else { return nil }
            var isFolder: ObjCBool = false
            _ = manager.fileExists(atPath: (folder as NSString).appendingPathComponent(name), isDirectory: &isFolder)
            if isFolder.boolValue {
                return CompletionCandidate(text: typedFolder + name + "/", label: name + "/", isWordComplete: false)
            }
            guard extensions.isEmpty || extensions.contains(where: { name.hasSuffix($0) }) else { return nil }
            return CompletionCandidate(text: typedFolder + name, label: name)
        }
    }
}
