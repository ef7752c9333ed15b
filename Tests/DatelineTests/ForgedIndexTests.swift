import Foundation
import Testing
@testable import Dateline

/// Index files whose checksums are right but whose values are not: a crafted file, or
/// damage written back by a buggy tool. Each must give an error naming the file, or read
/// harmlessly, never crash.
@Suite struct ForgedIndexTests {
    /// Rewrites section `name` of the index at `path` with `change`, then fixes its checksum
    /// and the table's, as a forger would.
    static func forge(_ path: String, section name: String, _ change: (inout [UInt8]) -> Void) throws {
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let count = Int(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 12, as: UInt32.self) })
        var found = false
        for i in 0..<count {
            let entry = IndexFormat.headerSize + i * IndexFormat.tableEntrySize
            let entryName = String(decoding: bytes[entry..<(entry + IndexFormat.nameSize)].prefix { $0 != 0 }, as: UTF8.self)
            guard entryName == name else { continue }
            let (offset, length) = bytes.withUnsafeBytes {
                (Int($0.loadUnaligned(fromByteOffset: entry + 24, as: UInt64.self)), Int($0.loadUnaligned(fromByteOffset: entry + 32, as: UInt64.self)))
            }
            var section = Array(bytes[offset..<(offset + length)])
            change(&section)
            bytes.replaceSubrange(offset..<(offset + length), with: section)
            store(section.withUnsafeBytes { Checksum.of($0) }, in: &bytes, at: entry + 40)
            found = true
        }
        #expect(found, "no section \(name)")
        let tableEnd = IndexFormat.headerSize + count * IndexFormat.tableEntrySize
        store(bytes[IndexFormat.headerSize..<tableEnd].withUnsafeBytes { Checksum.of($0) }, in: &bytes, at: 24)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    static func store(_ value: UInt64, in bytes: inout [UInt8], at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { bytes.replaceSubrange(offset..<(offset + 8), with: $0) }
    }

    /// Sets the base of a packed-integer section: every value moves by the same amount.
    static func shiftPacked(_ section: inout [UInt8], to base: Int64) {
        store(UInt64(bitPattern: base), in: &section, at: 8)
    }

    /// The error a query gives on the forged index, which must name the file.
    static func expectDamage(_ path: String, _ query: String) throws {
        var session = Session(database: try Database.open(path: path))
        let error = #expect(throws: IndexFileError.self, "\(query)") { try session.rows(query) }
        #expect(error?.description.contains(path) == true)
        #expect(error?.description.contains("dateline index") == true)
    }

    @Test(arguments: [
        ("s.country.codes", "statements | count by country"),
        ("s.country.codes", "statements where country = FR order by country"),
        ("s.topics.list.codes", "statements select topics"),
        ("s.article", "statements where article.language = en"),
        ("a.date.codes", "articles order by date"),
        ("m.value.codes", "mentions select value"),
    ])
    func aCodeOrRowOutsideItsDictionaryIsAnError(section: String, query: String) throws {
        let path = try IndexFileTests.writeFixtureIndex()
        try Self.forge(path, section: section) { Self.shiftPacked(&$0, to: 1_000_000) }
        try Self.expectDamage(path, query)
    }

    @Test(arguments: [
        ("a.stmt.off", "statements where article.language = en"),
        ("a.text.off", "articles select text"),
        ("s.topics.list.off", "statements select topics"),
        ("s.text.tok.post.off", "statements where text contains \"cyber\""),
        ("s.speaker.keys.off", "statements select speaker"),
    ])
    func offsetsThatDoNotMatchWhatTheyIndexAreAnError(section: String, query: String) throws {
        let path = try IndexFileTests.writeFixtureIndex()
        try Self.forge(path, section: section) { Self.shiftPacked(&$0, to: 3) }
        try Self.expectDamage(path, query)
    }

    @Test func aPostingListWithARowOutOfRangeIsAnError() throws {
        let path = try IndexFileTests.writeFixtureIndex()
        try Self.forge(path, section: "s.country.post") { section in
            section.replaceSubrange(0..<4, with: [0xFF, 0xFF, 0xFF, 0x7F])
        }
        try Self.expectDamage(path, "statements where country = FR")
    }

    @Test func aPackedHeaderThatDoesNotMatchItsLengthIsAnError() throws {
        let path = try IndexFileTests.writeFixtureIndex()
        try Self.forge(path, section: "s.kind.codes") { Self.store(1 << 35, in: &$0, at: 0) }
        try Self.expectDamage(path, "statements | count by kind")
    }

    @Test func forgedStatementSpansReadWithinTheText() throws {
        let path = try IndexFileTests.writeFixtureIndex()
        try Self.forge(path, section: "s.text.to") { Self.shiftPacked(&$0, to: 1 << 40) }
        try Self.forge(path, section: "s.text.from") { Self.shiftPacked(&$0, to: -5) }
        var session = Session(database: try Database.open(path: path))
        _ = try? session.rows("statements select text")
        _ = try? session.rows("statements where text contains \"cyber attacks\"")
    }
}

/// Bit-packed integers read back what was written, at every width.
@Suite struct PackedIntegersTests {
    @Test(arguments: [
        [], [7], [-1, 0, 5, -1], [0, 1, 2, 3, 4, 5, 6, 7, 8],
        Array(0..<1000).map { $0 * 7919 % 1013 }, [Int.min, 0, Int.max], [-3, Int.max - 1, 12],
        Array(0..<300).map { Int(Int64(1) << ($0 % 63)) },
    ])
    func roundTrip(_ values: [Int]) throws {
        let bytes = PackedIntegers.encode(values)
        try bytes.withUnsafeBytes { raw in
            let packed = try PackedIntegers(raw) { IndexFileError.damaged(path: "test", detail: $0) }
            #expect(packed.count == values.count)
            #expect((0..<packed.count).map { packed[$0] } == values)
        }
    }

    @Test func valuesTakeTheBitsOfTheirRange() {
        #expect(PackedIntegers.encode(Array(repeating: 5, count: 100)).count == PackedIntegers.headerSize + 8)
        #expect(PackedIntegers.encode(Array(0..<1024)).count == PackedIntegers.headerSize + 1280 + 8)
    }
}
