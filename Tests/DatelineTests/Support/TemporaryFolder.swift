import Foundation

/// Fresh folders for tests that write files.
enum TemporaryFolder {
    /// A new, empty folder in the system's temporary directory, named `prefix` and a UUID.
    static func make(_ prefix: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID())").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
