/// Views over the sections of an index. They hold pointers into the index's bytes and
/// stay valid as long as the ``IndexStore`` that made them.

/// Strings stored back to back, with an offset table; sorted by UTF-8 bytes when they are
/// the keys of a dictionary.
struct StringTable: @unchecked Sendable {
    /// Where each string starts, and where the last ends; checked nondecreasing and within
    /// `utf8` when the table is loaded.
    let offsets: PackedIntegers
    let utf8: UnsafeRawBufferPointer

    var count: Int { max(0, offsets.count - 1) }

    func bytes(_ i: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: utf8[offsets[i]..<offsets[i + 1]])
    }

    func string(_ i: Int) -> String { String(decoding: bytes(i), as: UTF8.self) }

    /// The position of `key` in a sorted table, or where it would go.
    func lowerBound(_ key: [UInt8]) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if Self.compare(bytes(mid), key) < 0 { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The index of `key` in a sorted table.
    func find(_ key: String) -> Int? {
        let wanted = Array(key.utf8)
        let i = lowerBound(wanted)
        return i < count && Self.compare(bytes(i), wanted) == 0 ? i : nil
    }

    static func compare(_ a: UnsafeRawBufferPointer, _ b: [UInt8]) -> Int {
        let n = min(a.count, b.count)
        for i in 0..<n where a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }
}

/// A dictionary-encoded field: its distinct values, each row's code(s), and the posting
/// list of each value. Codes follow the byte order of the values, so ordering by code is
/// ordering by value. Every code is checked below `keys.count` when the column is loaded.
struct DictionaryColumn: @unchecked Sendable {
    /// How each row's value is stored.
    enum Storage {
        /// One code per row (-1 for null).
        case scalar(PackedIntegers)
        /// One combination per row, shared with other fields (mentions' type, surface, value
        /// and via: a few hundred combinations for a million rows); `codeOf` gives this
        /// field's code (-1 for null) of each combination.
        case combined(combination: PackedIntegers, codeOf: PackedIntegers)
        /// A list per row: row `r`'s codes are `codes[offsets[r] ..< offsets[r+1]]`.
        case list(offsets: PackedIntegers, codes: PackedIntegers)
    }

    let keys: FrontCodedStrings
    let postings: FieldPostings
    let storage: Storage

    var isList: Bool {
        if case .list = storage { return true }
        return false
    }

    /// One code per row (-1 for null), when the field stores exactly that.
    var codes: PackedIntegers? {
        if case .scalar(let codes) = storage { return codes }
        return nil
    }

    /// The codes of row `row` (for a list, in the list's order).
    @inline(__always)
    func codes(of row: Int) -> RowCodes {
        switch storage {
        case .scalar(let codes):
            return RowCodes(packed: codes, range: codes[row] < 0 ? 0..<0 : row..<(row + 1))
        case .combined(let combination, let codeOf):
            let c = combination[row]
            return RowCodes(packed: codeOf, range: codeOf[c] < 0 ? 0..<0 : c..<(c + 1))
        case .list(let offsets, let codes):
            return RowCodes(packed: codes, range: offsets[row]..<offsets[row + 1])
        }
    }

    func value(of row: Int) -> Value {
        if isList { return .list(codes(of: row).map { keys.string($0) }) }
        return codes(of: row).first.map { .string(keys.string($0)) } ?? .null
    }
}

/// The dictionary codes of one row: a run of a packed code array.
struct RowCodes: RandomAccessCollection {
    let packed: PackedIntegers
    let range: Range<Int>

    var startIndex: Int { range.lowerBound }
    var endIndex: Int { range.upperBound }

    @inline(__always)
    subscript(position: Int) -> Int { packed[position] }
}

/// A word index: sorted folded words and the rows whose text holds each.
struct TokenColumn: @unchecked Sendable {
    let keys: StringTable
    let postings: VarintPostings
}

/// An integer field of stored rows: its packed values, plus another field's when it is
/// stored as a distance from that one (a mention's `end` as a length after `start`).
struct IntegerColumn: @unchecked Sendable {
    let values: PackedIntegers
    let after: PackedIntegers?

    @inline(__always)
    subscript(row: Int) -> Int { values[row] &+ (after?[row] ?? 0) }
}
