/// The sorted distinct values of a dictionary field, front coded: in each block of 16, the
/// first value is whole and every other one is the length of the prefix it shares with the
/// value before it plus the rest. Paths and ids, which share long prefixes, shrink to a
/// fraction; a value is found by a binary search over the blocks' first values and a walk
/// of at most one block.
///
/// ```
/// NAME.str  per block: varint length + bytes of the first value, then per value
///           varint shared-prefix length, varint suffix length, suffix bytes
/// NAME.off  PackedIntegers: byte offset of each block, and the end of the last
/// NAME.n    PackedIntegers: one value, the number of strings
/// ```
/// The whole table is checked (lengths within bounds, values strictly ascending) when it
/// is loaded, so that reading it can trust it.
struct FrontCodedStrings: @unchecked Sendable {
    static let blockSize = 16

    let count: Int
    let blocks: PackedIntegers
    let bytes: UnsafeRawBufferPointer

    func string(_ i: Int) -> String { String(decoding: key(i), as: UTF8.self) }

    /// The bytes of value `i`.
    func key(_ i: Int) -> [UInt8] {
        var out: [UInt8] = []
        walk(block: i / Self.blockSize) { index, key in
            if index == i { out = key }
            return index < i
        }
        return out
    }

    /// The index of `value`, or nil when no row holds it.
    func find(_ value: String) -> Int? {
        let wanted = Array(value.utf8)
        let blockCount = blocks.count - 1
        guard blockCount > 0, compareHead(0, wanted) <= 0 else { return nil }
        // The last block whose first value is at most `wanted`.
        var low = 0, high = blockCount
        while high - low > 1 {
            let mid = (low + high) / 2
            if compareHead(mid, wanted) <= 0 { low = mid } else { high = mid }
        }
        var found: Int?
        walk(block: low) { index, key in
            let order = StringTable.compare(key, wanted)
            if order == 0 { found = index }
            return order < 0
        }
        return found
    }

    /// The order of block `block`'s first value against `wanted`: negative, zero, positive.
    private func compareHead(_ block: Int, _ wanted: [UInt8]) -> Int {
        var cursor = blocks[block]
        guard let length = Self.varint(bytes, &cursor), cursor + length <= blocks[block + 1] else { return 1 }
        return StringTable.compare(UnsafeRawBufferPointer(rebasing: bytes[cursor..<(cursor + length)]), wanted)
    }

    /// Calls `body` with the index and bytes of each value of `block`, in order, while it
    /// returns true.
    private func walk(block: Int, _ body: (Int, [UInt8]) -> Bool) {
        guard block >= 0, block < blocks.count - 1 else { return }
        var cursor = blocks[block]
        let end = blocks[block + 1]
        var key: [UInt8] = []
        var index = block * Self.blockSize
        while cursor < end, index < count {
            let shared = index % Self.blockSize == 0 ? 0 : Self.varint(bytes, &cursor)
            guard let shared, shared <= key.count, let length = Self.varint(bytes, &cursor), cursor + length <= end else { return }
            key.removeSubrange(shared...)
            key.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[cursor..<(cursor + length)]))
            cursor += length
            guard body(index, key) else { return }
            index += 1
        }
    }

    /// Whether every block decodes within its bytes into `count` values in strictly
    /// ascending byte order.
    func isWellFormed() -> Bool {
        guard blocks.count == (count + Self.blockSize - 1) / Self.blockSize + 1 else { return false }
        var seen = 0
        var previous: [UInt8]?
        for block in 0..<(blocks.count - 1) {
            var inBlock = 0
            var ordered = true
            walk(block: block) { _, key in
                if let previous, StringTable.compare(key, previous) <= 0 { ordered = false }
                previous = key
                inBlock += 1
                return true
            }
            guard ordered, inBlock == min(Self.blockSize, count - seen) else { return false }
            seen += inBlock
        }
        return seen == count
    }

    private static func varint(_ bytes: UnsafeRawBufferPointer, _ cursor: inout Int) -> Int? {
        var value = 0, shift = 0
        while cursor < bytes.count, shift <= 28 {
            let byte = bytes[cursor]
            cursor += 1
            value |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    private static func appendVarint(_ value: Int, to out: inout [UInt8]) {
        var v = UInt(value)
        while v >= 0x80 {
            out.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    /// The sections of the sorted, distinct `strings`.
    static func add(_ name: String, _ strings: [String], to sections: inout IndexSections) {
        var bytes: [UInt8] = []
        var blocks: [Int] = []
        var previous: [UInt8] = []
        for (i, string) in strings.enumerated() {
            let key = Array(string.utf8)
            if i % blockSize == 0 {
                blocks.append(bytes.count)
                appendVarint(key.count, to: &bytes)
                bytes += key
            } else {
                let shared = zip(previous, key).prefix { $0 == $1 }.count
                appendVarint(shared, to: &bytes)
                appendVarint(key.count - shared, to: &bytes)
                bytes += key[shared...]
            }
            previous = key
        }
        blocks.append(bytes.count)
        sections.add(name + ".off", packed: blocks)
        sections.add(name + ".n", packed: [strings.count])
        sections.add(name + ".str", bytes: bytes)
    }
}

extension StringTable {
    static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        a.withUnsafeBytes { compare($0, b) }
    }
}
