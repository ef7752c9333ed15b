/// Posting lists stored as gaps in LEB128 varints: the word index holds one entry per word
/// per row, and gaps between neighbouring rows mostly fit a byte, which keeps the index
/// within its size budget. Field postings use the same gaps for their rarer values (see
/// ``FieldPostings``).
struct VarintPostings: @unchecked Sendable {
    let offsets: PackedIntegers
    let paged: PagedSection

    /// The rows of `code`, in order.
    func rows(for code: Int) -> [Int32] {
        var out: [Int32] = []
        decode(code) { out.append($0) }
        return out
    }

    /// Calls `body` with each row of `code`, in order.
    @inline(__always)
    func decode(_ code: Int, _ body: (Int32) -> Void) {
        Self.decodeGaps(paged.slice(offsets[code]..<offsets[code + 1]), body)
    }

    /// Calls `body` with each row of a list that ``encode(_:into:)`` wrote, in order.
    @inline(__always)
    static func decodeGaps(_ bytes: UnsafeRawBufferPointer, _ body: (Int32) -> Void) {
        var position = 0
        let end = bytes.count
        var row: Int32 = -1
        while position < end {
            var gap: UInt32 = 0
            var shift: UInt32 = 0
            while position < end {
                let byte = bytes[position]
                position += 1
                gap |= UInt32(byte & 0x7F) << shift
                if byte < 0x80 { break }
                shift += 7
            }
            row &+= Int32(bitPattern: gap)
            body(row)
        }
    }

    /// The union of the rows of `codes` over rows `0..<count`.
    func union(of codes: [Int], count: Int) -> [Int32] {
        if codes.count == 1 { return rows(for: codes[0]).filter { $0 >= 0 && Int($0) < count } }
        var bits = [UInt64](repeating: 0, count: (count + 63) / 64)
        for code in codes {
            decode(code) { row in
                if row >= 0, Int(row) < count { bits[Int(row) >> 6] |= 1 << (UInt64(row) & 63) }
            }
        }
        return PostingAlgebra.rows(of: bits)
    }

    /// Encodes sorted rows as gaps (the first gap counts from -1).
    static func encode(_ rows: [Int32], into bytes: inout [UInt8]) {
        var previous: Int32 = -1
        for row in rows {
            var gap = UInt32(bitPattern: row &- previous)
            previous = row
            while gap >= 0x80 {
                bytes.append(UInt8(gap & 0x7F) | 0x80)
                gap >>= 7
            }
            bytes.append(UInt8(gap))
        }
    }
}
