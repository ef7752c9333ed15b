/// A set of 64-bit keys that may answer "maybe" for a key it lacks, never "no" for one it
/// holds: a bit per key in a table of at least sixteen bits per key. Small enough to stay in
/// the caches, it turns most absent keys away before a large table is probed.
struct KeyFilter: Sendable {
    private let bits: [UInt64]
    private let shift: UInt64

    init(_ keys: some Collection<UInt64>) {
        var bitCount: UInt64 = 10
        while 1 << bitCount < keys.count * 16 { bitCount += 1 }
        shift = 64 - bitCount
        var bits = [UInt64](repeating: 0, count: 1 << Int(bitCount - 6))
        for key in keys {
            let bit = Self.bit(of: key, shift: shift)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.bits = bits
    }

    /// Whether `key` may be in the set (false: it is not).
    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        let bit = Self.bit(of: key, shift: shift)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The key's bit: the top bits of the key remixed (keys are hashes already, but their
    /// low bits choose a slot of the tables they are filtered for).
    @inline(__always)
    private static func bit(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0xD6E8_FEB8_6659_FD93) >> shift)
    }
}
