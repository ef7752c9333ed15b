import Foundation

/// Where the REPL keeps its history: `DATELINE_HISTORY` if set (empty: no history file),
/// else `${XDG_STATE_HOME:-~/.local/state}/dateline/history`.
enum HistoryFile {
    /// Entries kept; older ones fall off.
    static let capacity: Int32 = 2000

    static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let path = environment["DATELINE_HISTORY"] { return path.isEmpty ? nil : path }
        return XDGDirectory.state.path(environment: environment) + "/dateline/history"
    }

    /// Creates the folder of `path` (mode 0700) if it is missing.
    static func prepareFolder(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }
}

/// The XDG base directories `dateline` uses.
enum XDGDirectory {
    case state, config

    func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let (variable, fallback) = self == .state ? ("XDG_STATE_HOME", ".local/state") : ("XDG_CONFIG_HOME", ".config")
        if let value = environment[variable], value.hasPrefix("/") { return value }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/" + fallback
    }
}
