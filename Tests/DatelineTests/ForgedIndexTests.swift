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
        ("m.value.of", "mentions select value"),
        ("m.combination.codes", "mentions | count by value"),
        ("m.surface.groups", "mentions where surface = China"),
        ("m.article.hint", "mentions where article.language = en"),
        ("s.text.pair.second", "statements where text contains \"peace talks\""),
        ("s.text.tok.rev", "statements where text contains \"peace talks\""),
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
        ("s.text.pair.first", "statements where text contains \"peace talks\""),
        ("s.text.pair.post.off", "statements where text contains \"peace talks\""),
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
    static let arrays: [[Int]] = [
        [], [7], [-1, 0, 5, -1], [0, 1, 2, 3, 4, 5, 6, 7, 8],
        Array(0..<1000).map { $0 * 7919 % 1013 }, [Int.min, 0, Int.max], [-3, Int.max - 1, 12],
        Array(0..<300).map { Int(Int64(1) << ($0 % 63)) },
        Array(0..<5000).map { $0 * 577 + ($0 * 7919) % 300 }, Array(0..<100).map { 1_000_000 - $0 * 3 }, [5, 5, 9],
    ]

    @Test(arguments: arrays)
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
        #expect(PackedIntegers.encode((0..<1024).map { $0 % 2 * 1023 }).count == PackedIntegers.headerSize + 1280 + 8)
        // Steadily growing values take only their distance from a line: here none.
        #expect(PackedIntegers.encode(Array(0..<1024)).count == PackedIntegers.headerSize + 8)
        #expect(PackedIntegers.encode((0..<1024).map { $0 * 577 + $0 % 3 }).count <= PackedIntegers.headerSize + 256 + 8)
    }
}

/// Field posting lists read back what was written, as bitmaps and as varint gaps.
@Suite struct FieldPostingsTests {
    static let rowCount = 1000
    static let lists: [[Int32]] = [
        [], [0], [999], Array(0..<1000), Array(stride(from: 1, to: 1000, by: 3)), [5, 64, 65, 127, 128, 998],
    ]

    static func postings(_ body: (FieldPostings) throws -> Void) throws {
        var sections = IndexSections()
        FieldPostings.add("p", lists: lists, rowCount: rowCount, to: &sections)
        let owned = OwnedBytes(sections.serialized())
        let store = try IndexImage(bytes: owned.bytes, owner: owned, origin: "test")
        let postings = FieldPostings(
            offsets: try store.packed("p.off"), counts: try store.packed("p.n"), bytes: try store.section("p"), rowCount: rowCount)
        try withExtendedLifetime(owned) { try body(postings) }
    }

    @Test func listsRoundTripInBothEncodings() throws {
        try Self.postings { postings in
            #expect(postings.isWellFormed())
            for (code, list) in Self.lists.enumerated() {
                #expect(postings.rows(for: code) == list)
                #expect(postings.count(for: code) == list.count)
            }
            let candidates = RowSet.owned([0, 1, 5, 64, 100, 998, 999])
            for (code, list) in Self.lists.enumerated() {
                #expect(postings.rows(for: code, within: candidates).array == candidates.array.filter(list.contains))
            }
            #expect(postings.union(of: [1, 2, 5]) == [0, 5, 64, 65, 127, 128, 998, 999])
            #expect(postings.union(of: [3, 4]) == Array(0..<1000))
        }
    }

    @Test func frequentValuesAreBitmapsAndRareOnesVarints() {
        var sections = IndexSections()
        FieldPostings.add("p", lists: Self.lists, rowCount: Self.rowCount, to: &sections)
        let bytes = sections.sections.first { $0.name == "p" }!.bytes
        let bitmap = FieldPostings.bitmapBytes(rowCount: Self.rowCount)
        #expect(bytes.count == 1 + 2 + bitmap + bitmap + 7)
    }
}

/// Front-coded dictionary values read back and are found.
@Suite struct FrontCodedStringsTests {
    @Test(arguments: [0, 1, 15, 16, 17, 40])
    func valuesRoundTripAndAreFound(count: Int) throws {
        let values = (0..<count).map { "/corpus/txt/\($0 / 7)/article-\(String(format: "%03d", $0)).txt" }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var sections = IndexSections()
        FrontCodedStrings.add("k", values, to: &sections)
        let owned = OwnedBytes(sections.serialized())
        let image = try IndexImage(bytes: owned.bytes, owner: owned, origin: "test")
        let strings = FrontCodedStrings(count: try image.packed("k.n")[0], blocks: try image.packed("k.off"), bytes: try image.section("k.str"))
        withExtendedLifetime(owned) {
            #expect(strings.isWellFormed())
            #expect((0..<strings.count).map(strings.string) == values)
            for (i, value) in values.enumerated() { #expect(strings.find(value) == i) }
            for missing in ["", "/", "/corpus/txt/0/article-000.tx", "/corpus/txt/9", "zzz", "/corpus/txt/0/article-0000.txt"] {
                #expect(strings.find(missing) == nil)
            }
        }
    }
}

/// A mention's article, derived from the row offsets and sparse hints.
@Suite struct ArticleOfRowTests {
    @Test func everyRowFindsItsArticleAcrossEmptyArticles() throws {
        let perArticle = [0, 3, 0, 0, 70, 1, 0, 130, 64, 0, 2, 0]
        var offsets: [Int32] = [0]
        for n in perArticle { offsets.append(offsets.last! + Int32(n)) }
        var sections = IndexSections()
        sections.add("off", packed: offsets)
        sections.add("hint", packed: ArticleOfRow.hints(offsets: offsets))
        let owned = OwnedBytes(sections.serialized())
        let image = try IndexImage(bytes: owned.bytes, owner: owned, origin: "test")
        let (packedOffsets, hints) = (try image.packed("off"), try image.packed("hint"))
        #expect(ArticleOfRow.hintsAreValid(hints, offsets: packedOffsets))
        let articleOf = ArticleOfRow(hints: hints, offsets: packedOffsets)
        let expected = perArticle.enumerated().flatMap { Array(repeating: $0.offset, count: $0.element) }
        withExtendedLifetime(owned) {
            #expect((0..<expected.count).map { articleOf[$0] } == expected)
        }
    }
}

extension ForgedIndexTests {
    @Test func aForgedSlopeWrapsInsteadOfTrappingAndIsCaught() throws {
        let path = try IndexFileTests.writeFixtureIndex()
        try Self.forge(path, section: "s.country.codes") { Self.store(UInt64(Int64.max), in: &$0, at: 24) }
        try Self.expectDamage(path, "statements | count by country")
    }
}

/// Mentions' type, surface, value and via, stored as shared combinations, answer like the
/// models they came from.
@Suite struct CombinedFieldTests {
    @Test func mentionFieldsAnswerLikeTheModels() throws {
        let mentions = EngineFixtures.models.flatMap(\.mentions)
        #expect(!mentions.isEmpty)
        var session = try EngineFixtures.session()
        #expect(try session.rows("mentions select surface, value, via").rows.map { $0.values.map(\.text) }
            == mentions.map { [$0.surface, $0.value, $0.via] })
        for value in Set(mentions.map(\.value)) {
            let expected = mentions.filter { $0.value == value }.count
            #expect(try session.rows("mentions where value = $v | count", ["v": value]).column("count") == ["\(expected)"], "\(value)")
        }
        let bySurface = Dictionary(grouping: mentions, by: \.surface).mapValues(\.count)
        let counted = try session.rows("mentions | count by surface")
        for (surface, count) in zip(counted.column("surface"), counted.column("count")) {
            #expect(bySurface[surface].map(String.init) == count, "\(surface)")
        }
        let pairs = Set(mentions.map { "\($0.type.rawValue) \($0.surface)" })
        let first = try #require(mentions.first)
        let both = mentions.filter { $0.type == first.type && $0.surface == first.surface }.count
        #expect(pairs.count >= 1)
        #expect(try session.rows("mentions where type = $t and surface = $s | count", ["t": first.type.rawValue, "s": first.surface]).column("count") == ["\(both)"])
    }
}
