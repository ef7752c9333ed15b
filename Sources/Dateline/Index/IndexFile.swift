import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why an index file cannot be used. Every message names the file and says what to do.
public enum IndexFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file cannot be opened or read.
    case unreadable(path: String, detail: String)
    /// The file is not a Dateline index.
    case notAnIndex(path: String)
    /// The file is shorter than its header says.
    case truncated(path: String, expected: Int, found: Int)
    /// A section fails its checksum or does not hold what it should.
    case damaged(path: String, detail: String)
    /// The file was written in a newer format than this version reads.
    case newerVersion(path: String, found: Int, supported: Int)
    /// The file was written in an older format this version no longer reads.
    case olderVersion(path: String, found: Int, supported: Int)
    /// The index cannot be written there.
    case unwritable(path: String, detail: String)

    /// The problem, in words.
    public var description: String {
        switch self {
        case .unreadable(let path, let detail):
            return "\(path): cannot read the index (\(detail))"
        case .notAnIndex(let path):
            return "\(path): is not a Dateline index; build one with `dateline index DIR -o \(path)`"
        case .truncated(let path, let expected, let found):
            return "\(path): the index is truncated (\(found) of \(expected) bytes); rebuild it with `dateline index DIR -o \(path)`"
        case .damaged(let path, let detail):
            return "\(path): the index is damaged (\(detail)); rebuild it with `dateline index DIR -o \(path)`"
        case .newerVersion(let path, let found, let supported):
            return "\(path): the index has format version \(found), newer than this dateline reads (\(supported)); upgrade dateline or rebuild it with `dateline index DIR -o \(path)`"
        case .olderVersion(let path, let found, let supported):
            return "\(path): the index has the old format version \(found) (this dateline reads \(supported)); rebuild it with `dateline index DIR -o \(path)`"
        case .unwritable(let path, let detail):
            return "\(path): cannot write the index (\(detail))"
        }
    }
}

/// A read-only memory mapping of a whole file, unmapped when released.
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer

    init(path: String) throws {
        let fd = Glibc.open(path, O_RDONLY)
        guard fd >= 0 else { throw IndexFileError.unreadable(path: path, detail: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw IndexFileError.unreadable(path: path, detail: String(cString: strerror(errno))) }
        let size = Int(info.st_size)
        guard size > 0 else {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            throw IndexFileError.unreadable(path: path, detail: String(cString: strerror(errno)))
        }
        bytes = UnsafeRawBufferPointer(start: base, count: size)
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}

/// Bytes built in memory, 8-byte aligned, for an index that is never written to disk.
final class OwnedBytes: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer

    init(_ source: [UInt8]) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(source.count, 1), alignment: 16)
        source.withUnsafeBytes { buffer.copyMemory(from: $0) }
        bytes = UnsafeRawBufferPointer(rebasing: buffer[0..<source.count])
    }

    deinit { bytes.baseAddress.map { UnsafeMutableRawPointer(mutating: $0).deallocate() } }
}

/// Reading and writing whole index files.
enum IndexFile {
    /// Writes `bytes` to a temporary file beside `path`, flushes it, then renames it over
    /// `path`: a crash or kill during writing leaves the previous index intact.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw IndexFileError.unwritable(path: path, detail: String(cString: strerror(errno))) }
        var failure: String?
        bytes.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count {
                let n = write(fd, raw.baseAddress! + written, raw.count - written)
                if n <= 0 {
                    failure = String(cString: strerror(errno))
                    return
                }
                written += n
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        close(fd)
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw IndexFileError.unwritable(path: path, detail: failure)
        }
    }

    /// Maps `path` and reads its header; sections are checked when first used.
    static func open(path: String) throws -> IndexImage {
        let file = try MappedFile(path: path)
        return try IndexImage(bytes: file.bytes, owner: file, origin: path)
    }

    /// Whether the file at `path` starts like an index (so `--corpus` can tell it from a folder
    /// or an article).
    static func looksLikeIndex(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 8)) ?? Data()
        return Array(head) == IndexFormat.magic || path.hasSuffix(".dlidx")
    }
}
