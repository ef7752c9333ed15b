/// The posting lists of a dictionary field, each in the smaller of two encodings: a bitmap
/// over all rows for a value many rows hold (a kind, a language, a frequent country), gaps
/// between rows as LEB128 varints for the others. A bitmap answers "does row r hold it?"
/// in O(1), so narrowing few candidate rows by a frequent value never decodes its list.
///
/// ```
/// NAME      the lists back to back; a list whose length is exactly `bitmapBytes` is a
///           bitmap (UInt64 words, bit r for row r), any other a run of varint gaps (the
///           first counts from -1)
/// NAME.off  PackedIntegers: byte offset of each list, and the end of the last
/// NAME.n    PackedIntegers: rows before each list, and the total (so counts are O(1))
/// ```
/// Every list is checked when the field is loaded (rows in range, strictly increasing, as
/// many as `NAME.n` says), so that decoding can trust them.
struct FieldPostings: @unchecked Sendable {
    let offsets: PackedIntegers
    let counts: PackedIntegers
    let bytes: UnsafeRawBufferPointer
    let rowCount: Int
    /// When set, the lists are not one per value but shared (one per combination of several
    /// fields' values, as for mentions): value `c` is held by the rows of lists
    /// `groups.members[groups.offsets[c] ..< groups.offsets[c+1]]`.
    var groups: ListGroups?

    /// The lists of each value of a field whose postings are shared with other fields.
    struct ListGroups: @unchecked Sendable {
        let offsets: PackedIntegers
        let members: PackedIntegers

        func lists(of code: Int) -> [Int] { (offsets[code]..<offsets[code + 1]).map { members[$0] } }
    }

    /// The bytes of a bitmap over `rowCount` rows.
    static func bitmapBytes(rowCount: Int) -> Int { (rowCount + 63) / 64 * 8 }

    func count(for code: Int) -> Int {
        guard let groups else { return listCount(code) }
        return groups.lists(of: code).reduce(0) { $0 + listCount($1) }
    }

    private func listCount(_ list: Int) -> Int { counts[list + 1] - counts[list] }

    private func lists(of code: Int) -> [Int] { groups?.lists(of: code) ?? [code] }

    private func list(_ index: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: bytes[offsets[index]..<offsets[index + 1]])
    }

    private func isBitmap(_ list: UnsafeRawBufferPointer) -> Bool {
        list.count == Self.bitmapBytes(rowCount: rowCount) && list.count > 0
    }

    /// The rows of `code`, in order.
    func rows(for code: Int) -> [Int32] {
        let lists = lists(of: code)
        guard lists.count == 1 else { return unionOfLists(lists) }
        // Written in place: `NAME.n` says how many rows the list holds (checked on load), and
        // a list that would write more stops at the capacity rather than past it.
        let capacity = listCount(lists[0])
        return [Int32](unsafeUninitializedCapacity: capacity) { buffer, written in
            var n = 0
            forEachRow(ofList: lists[0]) { row in
                if n < capacity { buffer[n] = row; n += 1 }
            }
            written = n
        }
    }

    /// The rows of `code` that are among `candidates`: probes of the bitmap when the value
    /// is frequent, else a galloping intersection with its decoded list.
    func rows(for code: Int, within candidates: RowSet) -> RowSet {
        if candidates.isAll { return .owned(rows(for: code)) }
        let lists = lists(of: code)
        if lists.count == 1 {
            let list = list(lists[0])
            if isBitmap(list) {
                return .owned(candidates.withRows { rows in
                    rows.filter { row in Self.bit(Int(row), in: list) }
                })
            }
        }
        if lists.count == 1, listCount(lists[0]) * 64 >= rowCount, candidates.count * 8 >= listCount(lists[0]) {
            return .owned(candidates.withRows { rows in rowsOfList(lists[0], within: rows) })
        }
        return candidates.intersection(.owned(rows(for: code)))
    }

    /// The rows of a long varint list that are among `candidates`: the list is set into a
    /// bitmap (one pass, no comparisons), then each candidate is probed without branching.
    /// Rows were checked to be below `rowCount` on load, so they stay within the bitmap.
    private func rowsOfList(_ index: Int, within candidates: UnsafeBufferPointer<Int32>) -> [Int32] {
        var bits = [UInt64](repeating: 0, count: (rowCount + 63) / 64)
        bits.withUnsafeMutableBufferPointer { bits in
            forEachRow(ofList: index) { row in bits[Int(row) >> 6] |= 1 << (UInt64(row) & 63) }
        }
        return bits.withUnsafeBufferPointer { bits in
            [Int32](unsafeUninitializedCapacity: candidates.count) { buffer, written in
                var n = 0
                for row in candidates {
                    buffer[n] = row
                    n &+= Int(truncatingIfNeeded: (bits[Int(row) >> 6] >> (UInt64(row) & 63)) & 1)
                }
                written = n
            }
        }
    }

    /// The rows holding any of `codes`, within rows `0..<rowCount`.
    func union(of codes: [Int]) -> [Int32] {
        codes.count == 1 ? rows(for: codes[0]) : unionOfLists(codes.flatMap(lists(of:)))
    }

    private func unionOfLists(_ lists: [Int]) -> [Int32] {
        var bits = [UInt64](repeating: 0, count: (rowCount + 63) / 64)
        for index in lists {
            let list = list(index)
            if isBitmap(list) {
                for w in bits.indices { bits[w] |= list.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self) }
            } else {
                forEachRow(ofList: index) { row in bits[Int(row) >> 6] |= 1 << (UInt64(row) & 63) }
            }
        }
        return PostingAlgebra.rows(of: bits)
    }

    @inline(__always)
    private static func bit(_ row: Int, in bitmap: UnsafeRawBufferPointer) -> Bool {
        bitmap.loadUnaligned(fromByteOffset: (row >> 6) * 8, as: UInt64.self) & (1 << UInt64(row & 63)) != 0
    }

    /// Calls `body` with each row of list `index`, in order.
    @inline(__always)
    private func forEachRow(ofList index: Int, _ body: (Int32) -> Void) {
        let list = list(index)
        if isBitmap(list) {
            for w in 0..<(list.count / 8) {
                var word = list.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self)
                while word != 0 {
                    body(Int32(w * 64 + word.trailingZeroBitCount))
                    word &= word - 1
                }
            }
            return
        }
        VarintPostings.decodeGaps(list, body)
    }

    /// Whether every list holds `NAME.n`'s number of distinct rows below `rowCount`, in order
    /// (bitmaps: no bit at or past `rowCount`), and groups name only lists that exist.
    func isWellFormed() -> Bool {
        let keys = offsets.count - 1
        guard keys >= 0, counts.count == keys + 1, counts[0] == 0 else { return false }
        if let groups, let bounds = groups.members.bounds(), bounds.min < 0 || bounds.max >= keys { return false }
        for code in 0..<keys {
            let list = list(code)
            let expected = counts[code + 1] - counts[code]
            if isBitmap(list) {
                var total = 0
                for w in 0..<(list.count / 8) { total += list.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self).nonzeroBitCount }
                let tail = rowCount & 63
                if tail != 0, list.loadUnaligned(fromByteOffset: list.count - 8, as: UInt64.self) >> UInt64(tail) != 0 { return false }
                if total != expected { return false }
            } else if !Self.varintListIsWellFormed(list, count: expected, rowCount: rowCount) {
                return false
            }
        }
        return true
    }

    private static func varintListIsWellFormed(_ list: UnsafeRawBufferPointer, count: Int, rowCount: Int) -> Bool {
        var row = -1, seen = 0, position = 0
        while position < list.count {
            var gap = 0, shift = 0
            while true {
                guard position < list.count, shift <= 28 else { return false }
                let byte = list[position]
                position += 1
                gap |= Int(byte & 0x7F) << shift
                if byte < 0x80 { break }
                shift += 7
            }
            row += gap
            guard gap >= 1, row < rowCount, row <= Int32.max else { return false }
            seen += 1
        }
        return seen == count
    }

    /// The sections of the posting lists `lists` over `rowCount` rows.
    static func add(_ name: String, lists: [[Int32]], rowCount: Int, to sections: inout IndexSections) {
        let bitmapBytes = bitmapBytes(rowCount: rowCount)
        var bytes: [UInt8] = []
        var offsets: [Int] = [0]
        var counts: [Int] = [0]
        var varint: [UInt8] = []
        for list in lists {
            varint.removeAll(keepingCapacity: true)
            VarintPostings.encode(list, into: &varint)
            if bitmapBytes > 0, bitmapBytes <= varint.count {
                var words = [UInt64](repeating: 0, count: bitmapBytes / 8)
                for row in list { words[Int(row) >> 6] |= 1 << (UInt64(row) & 63) }
                for word in words { withUnsafeBytes(of: word.littleEndian) { bytes.append(contentsOf: $0) } }
            } else {
                bytes.append(contentsOf: varint)
            }
            offsets.append(bytes.count)
            counts.append(counts.last! + list.count)
        }
        sections.add(name + ".off", packed: offsets)
        sections.add(name + ".n", packed: counts)
        sections.add(name, bytes: bytes)
    }
}
