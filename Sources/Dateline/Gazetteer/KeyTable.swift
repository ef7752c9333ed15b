/// A read-only map from 64-bit keys to ids, with open addressing: the matcher looks up
/// every token of the text, and this is several times faster than `Dictionary` for it.
struct KeyTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private let shift: UInt64

    init(_ dictionary: [UInt64: Int32]) {
        var bits: UInt64 = 4
        while (1 << bits) < dictionary.count * 2 { bits += 1 }
        let capacity = 1 << Int(bits)
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: -1, count: capacity)
        shift = 64 - bits
        for (key, value) in dictionary {
            var slot = slot(of: key)
            while values[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            values[slot] = value
        }
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        var slot = slot(of: key)
        let mask = keys.count - 1
        while true {
            let value = values[slot]
            if value < 0 { return nil }
            if keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
    }
}
