import Foundation

/// The bytes of an index — a mapped file or a buffer built in memory — and its table of
/// sections. Sections are checked against their checksums on first use.
final class IndexImage: @unchecked Sendable {
    struct Entry {
        var offset: Int
        var length: Int
        var checksum: UInt64
    }

    /// Where the bytes came from, named in errors.
    let origin: String
    let bytes: UnsafeRawBufferPointer
    private let owner: AnyObject?
    private let entries: [String: Entry]
    private var verified: Set<String> = []
    private let lock = NSLock()
    private var firstDamage: IndexFileError?

    /// Reads the header and section table of `bytes`; `owner` keeps the memory alive.
    init(bytes: UnsafeRawBufferPointer, owner: AnyObject?, origin: String) throws {
        self.bytes = bytes
        self.owner = owner
        self.origin = origin
        self.entries = try Self.readTable(bytes, origin: origin)
    }

    /// The bytes of section `name`, verified; throws when it is missing or damaged.
    func section(_ name: String) throws -> UnsafeRawBufferPointer {
        guard let entry = entries[name] else {
            throw IndexFileError.damaged(path: origin, detail: "section '\(name)' is missing")
        }
        let slice = UnsafeRawBufferPointer(rebasing: bytes[entry.offset..<(entry.offset + entry.length)])
        lock.lock()
        defer { lock.unlock() }
        if !verified.contains(name) {
            guard Checksum.of(slice) == entry.checksum else {
                throw IndexFileError.damaged(path: origin, detail: "section '\(name)' fails its checksum")
            }
            verified.insert(name)
        }
        return slice
    }

    func hasSection(_ name: String) -> Bool { entries[name] != nil }

    /// The bytes of a section without checking them: for a ``PagedSection``, which checks
    /// them page by page.
    func unverifiedSection(_ name: String) throws -> UnsafeRawBufferPointer {
        guard let entry = entries[name] else {
            throw IndexFileError.damaged(path: origin, detail: "section '\(name)' is missing")
        }
        return UnsafeRawBufferPointer(rebasing: bytes[entry.offset..<(entry.offset + entry.length)])
    }

    /// The first damage found while reading paged sections, if any.
    var damage: IndexFileError? {
        lock.lock()
        defer { lock.unlock() }
        return firstDamage
    }

    func recordDamage(_ error: IndexFileError) {
        lock.lock()
        defer { lock.unlock() }
        if firstDamage == nil { firstDamage = error }
    }

    /// Section `name` as an array of `T` (Int32, Int64).
    func array<T>(_ name: String, of: T.Type) throws -> UnsafeBufferPointer<T> {
        let raw = try section(name)
        guard raw.count % MemoryLayout<T>.stride == 0 else {
            throw IndexFileError.damaged(path: origin, detail: "section '\(name)' has a partial element")
        }
        if raw.isEmpty { return UnsafeBufferPointer(start: nil, count: 0) }
        return raw.bindMemory(to: T.self)
    }

    /// Section `name` as bit-packed integers (see ``PackedIntegers``).
    func packed(_ name: String) throws -> PackedIntegers {
        try PackedIntegers(try section(name)) { IndexFileError.damaged(path: origin, detail: "section '\(name)' \($0)") }
    }

    /// Every section checked now (used by `dateline index --verify` and tests).
    func verifyAll() throws {
        for name in entries.keys.sorted() { _ = try section(name) }
    }

    private static func readTable(_ bytes: UnsafeRawBufferPointer, origin: String) throws -> [String: Entry] {
        guard bytes.count >= IndexFormat.headerSize, Array(bytes[0..<8]) == IndexFormat.magic else {
            throw IndexFileError.notAnIndex(path: origin)
        }
        let version = bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        guard version <= IndexFormat.version else {
            throw IndexFileError.newerVersion(path: origin, found: Int(version), supported: Int(IndexFormat.version))
        }
        guard version == IndexFormat.version else {
            throw IndexFileError.olderVersion(path: origin, found: Int(version), supported: Int(IndexFormat.version))
        }
        let count = Int(bytes.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
        let length = Int(bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
        guard length == bytes.count else { throw IndexFileError.truncated(path: origin, expected: length, found: bytes.count) }
        let tableEnd = IndexFormat.headerSize + count * IndexFormat.tableEntrySize
        guard count < 100_000, tableEnd <= bytes.count else { throw IndexFileError.damaged(path: origin, detail: "bad section table") }
        let table = UnsafeRawBufferPointer(rebasing: bytes[IndexFormat.headerSize..<tableEnd])
        guard Checksum.of(table) == bytes.loadUnaligned(fromByteOffset: 24, as: UInt64.self) else {
            throw IndexFileError.damaged(path: origin, detail: "the section table fails its checksum")
        }
        var entries: [String: Entry] = [:]
        for i in 0..<count {
            let base = i * IndexFormat.tableEntrySize
            let nameBytes = table[base..<(base + IndexFormat.nameSize)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            let entry = Entry(
                offset: Int(table.loadUnaligned(fromByteOffset: base + 24, as: UInt64.self)),
                length: Int(table.loadUnaligned(fromByteOffset: base + 32, as: UInt64.self)),
                checksum: table.loadUnaligned(fromByteOffset: base + 40, as: UInt64.self))
            guard entry.offset >= tableEnd, entry.length >= 0, entry.offset + entry.length <= bytes.count,
                  entry.offset % IndexFormat.alignment == 0 else {
                throw IndexFileError.damaged(path: origin, detail: "section '\(name)' lies outside the file")
            }
            entries[name] = entry
        }
        return entries
    }
}

/// Named sections being assembled into the bytes of an index.
struct IndexSections {
    private(set) var sections: [(name: String, bytes: [UInt8])] = []

    mutating func add(_ name: String, bytes: [UInt8]) {
        precondition(name.utf8.count < IndexFormat.nameSize, "section name too long: \(name)")
        sections.append((name, bytes))
    }

    /// A large section with page checksums beside it (see ``PagedSection``).
    mutating func addPaged(_ name: String, bytes: [UInt8]) {
        add(name, bytes: bytes)
        add(name + ".sum", array: PagedSection.checksums(of: bytes))
    }

    /// Integers in as few bits as their range needs (see ``PackedIntegers``).
    mutating func add<C: Collection>(_ name: String, packed values: C) where C.Element: BinaryInteger {
        add(name, bytes: PackedIntegers.encode(values))
    }

    mutating func add<T: FixedWidthInteger>(_ name: String, array: [T]) {
        add(name, bytes: array.withUnsafeBytes { Array($0) })
    }

    /// The whole file: header, table, aligned sections.
    func serialized() -> [UInt8] {
        let tableEnd = IndexFormat.headerSize + sections.count * IndexFormat.tableEntrySize
        var offsets: [Int] = []
        var position = Self.aligned(tableEnd)
        for section in sections {
            offsets.append(position)
            position = Self.aligned(position + section.bytes.count)
        }
        var out = [UInt8](repeating: 0, count: position)
        var table = [UInt8](repeating: 0, count: sections.count * IndexFormat.tableEntrySize)
        for (i, section) in sections.enumerated() {
            let base = i * IndexFormat.tableEntrySize
            table.replaceSubrange(base..<(base + section.name.utf8.count), with: section.name.utf8)
            let checksum = section.bytes.withUnsafeBytes { Checksum.of($0) }
            Self.store(UInt64(offsets[i]), in: &table, at: base + 24)
            Self.store(UInt64(section.bytes.count), in: &table, at: base + 32)
            Self.store(checksum, in: &table, at: base + 40)
            out.replaceSubrange(offsets[i]..<(offsets[i] + section.bytes.count), with: section.bytes)
        }
        out.replaceSubrange(0..<8, with: IndexFormat.magic)
        Self.store(IndexFormat.version, in: &out, at: 8)
        Self.store(UInt32(sections.count), in: &out, at: 12)
        Self.store(UInt64(position), in: &out, at: 16)
        Self.store(table.withUnsafeBytes { Checksum.of($0) }, in: &out, at: 24)
        out.replaceSubrange(IndexFormat.headerSize..<tableEnd, with: table)
        return out
    }

    private static func aligned(_ n: Int) -> Int { (n + IndexFormat.alignment - 1) / IndexFormat.alignment * IndexFormat.alignment }

    private static func store<T: FixedWidthInteger>(_ value: T, in bytes: inout [UInt8], at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { bytes.replaceSubrange(offset..<(offset + $0.count), with: $0) }
    }
}
