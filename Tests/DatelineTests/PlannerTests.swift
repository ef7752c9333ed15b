import Testing
@testable import Dateline

/// Posting-list algebra against sets, and the planner's order of lookups.
@Suite struct PlannerTests {
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int32 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int32((state >> 33) % UInt64(bound))
        }
        mutating func list(_ count: Int, below bound: Int) -> [Int32] {
            Array(Set((0..<count).map { _ in next(bound) })).sorted()
        }
    }

    @Test(arguments: [(5, 5000), (300, 400), (2000, 2500), (0, 10), (1, 1)])
    func setOperationsAgreeWithSets(_ sizes: (Int, Int)) {
        var g = Generator(state: UInt64(sizes.0 * 31 + sizes.1))
        let a = g.list(sizes.0, below: 3000), b = g.list(sizes.1, below: 3000)
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                #expect(PostingAlgebra.intersect(x, y) == Set(a).intersection(b).sorted())
                #expect(PostingAlgebra.union(x, y) == Set(a).union(b).sorted())
                #expect(PostingAlgebra.subtract(x, y) == Set(a).subtracting(b).sorted())
                #expect(PostingAlgebra.complement(y, count: 3000) == Set(0..<3000).subtracting(b).sorted())
                #expect(PostingAlgebra.unionAll([x, y, x], count: 3000) == Set(a).union(b).sorted())
            }
        }
    }

    @Test func varintPostingsRoundTripThroughPageCheckedSections() throws {
        let lists: [[Int32]] = [[0, 1, 2, 300, 70000, 2_000_000], [], [5], Array(0..<3000).map { $0 * 3 }]
        var bytes: [UInt8] = []
        var offsets: [Int64] = [0]
        for list in lists {
            VarintPostings.encode(list, into: &bytes)
            offsets.append(Int64(bytes.count))
        }
        var sections = IndexSections()
        sections.add("p.off", packed: offsets)
        sections.addPaged("p", bytes: bytes)
        let owned = OwnedBytes(sections.serialized())
        let image = try IndexImage(bytes: owned.bytes, owner: owned, origin: "test")
        let postings = VarintPostings(offsets: try image.packed("p.off"), paged: try PagedSection(image: image, name: "p"))
        for (code, list) in lists.enumerated() { #expect(postings.rows(for: code) == list) }
        #expect(postings.union(of: [0, 2], count: 3_000_000) == [0, 1, 2, 5, 300, 70000, 2_000_000])
        #expect(image.damage == nil)
    }

    @Test func conjunctionsRunTheMostSelectiveLookupFirst() throws {
        var session = try EngineFixtures.session()
        let plan = try session.rows("explain statements where topic = cyber and speaker matches /a/ and country = FR")
        let details = plan.column("detail")
        let country = try #require(details.firstIndex(of: "country = FR"))
        let topic = try #require(details.firstIndex(of: "topic = cyber"))
        let scan = try #require(details.firstIndex(of: "speaker matches /a/"))
        #expect(country < topic && topic < scan)
        #expect(plan.column("rows")[country] == "2")
    }

    @Test func wordLookupFindsWordsInsideLongerWords() throws {
        var session = try EngineFixtures.session()
        #expect(try session.rows("statements where text contains \"attaques\"").column("article") == ["fr1"])
        #expect(try session.rows("statements where text contains \"defend our\"").column("article") == ["en1"])
        #expect(try session.rows("statements where text contains \"fend our net\"").column("article") == ["en1"])
        #expect(try session.rows("statements where text contains \"our defend\"").rows.isEmpty)
    }
}
