/// A read-only map from 64-bit keys to ids, with open addressing: the matcher looks up
/// every token of the text, and this is several times faster than `Dictionary` for it.
/// A key and its value share a slot, so that a probe touches one cache line; and most words
/// of a text are in no table, so a filter answers "absent" for most of them before the slots
/// (hundreds of KB) are touched: each key sets two bits in one 64-bit word chosen by its hash,
/// so that one read tests both. The filter has at least eight bits per key (at least 8 KB), so
/// that about one absent key in twenty passes it (one in nine with one bit per key), and stays
/// small enough for the caches.
struct KeyTable: Sendable {
    private struct Slot {
        var key: UInt64 = 0
        /// -1 for an empty slot.
        var value: Int32 = -1
    }

    private var slots: [Slot]
    private let shift: UInt64
    /// Word p holds the two bits (see ``filterMask(_:)``) of each key whose hash prefix (see
    /// ``filterWord(_:)``) is p.
    private var filter: [UInt64]
    /// 64 minus the number of hash prefix bits that choose a filter word.
    private let filterShift: UInt64

    init(_ dictionary: [UInt64: Int32]) {
        var bits: UInt64 = 4
        while (1 << bits) < dictionary.count * 2 { bits += 1 }
        let capacity = 1 << Int(bits)
        slots = Array(repeating: Slot(), count: capacity)
        shift = 64 - bits
        var filterBits: UInt64 = 16
        while (1 << filterBits) < dictionary.count * 8 { filterBits += 1 }
        filterShift = 64 - (filterBits - 6)
        filter = Array(repeating: 0, count: (1 << Int(filterBits)) / 64)
        for (key, value) in dictionary {
            var slot = slot(of: key)
            while slots[slot].value >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Slot(key: key, value: value)
            filter[filterWord(key)] |= Self.filterMask(key)
        }
    }

    @inline(__always)
    private func filterWord(_ key: UInt64) -> Int {
        // Masking shifts: the shift counts are below 64 by construction, and a plain `>>`
        // would test for 64 and more on every probe.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> filterShift)
    }

    /// A key's two bits in its filter word, from middle bits of its mixed hash (not the top
    /// bits, which chose the word).
    @inline(__always)
    private static func filterMask(_ key: UInt64) -> UInt64 {
        let mixed = key &* 0x9E37_79B9_7F4A_7C15
        return 1 << ((mixed >> 20) & 63) | 1 << ((mixed >> 26) & 63)
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift)
    }

    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        let bits = Self.filterMask(key)
        guard filter[filterWord(key)] & bits == bits else { return nil }
        var slot = slot(of: key)
        let mask = slots.count - 1
        while true {
            let entry = slots[slot]
            if entry.value < 0 { return nil }
            if entry.key == key { return entry.value }
            slot = (slot + 1) & mask
        }
    }
}
