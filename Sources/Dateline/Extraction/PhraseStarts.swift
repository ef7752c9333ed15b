/// Where the walks of a ``PhraseMatcher`` start, for one group of phrases: the trie node of
/// each phrase's first three folded scalars, so that a word found here is one probe away
/// from its node (the first steps from the root, through its widest nodes, are the cache
/// misses of a walk) and a word not found here needs no walk at all; and a bit for each
/// phrase of one or two scalars, which such a jump would pass over.
struct PhraseStarts: Sendable {
    /// Keys of three scalars (see ``key(_:_:_:)``), 0 for an empty slot; a power of two of them.
    private var keys = [UInt64](repeating: 0, count: 16)
    /// The trie node of the key in the same slot.
    private var nodes = [UInt32](repeating: 0, count: 16)
    private var count = 0
    /// Bits for the phrases shorter than three scalars, hashed (see ``shortBit(_:_:)``).
    private var shortPhrases = [UInt64](repeating: 0, count: 64)

    /// Three folded scalars (21 bits each) as one key; never 0, as a phrase's first scalar is not.
    @inline(__always) static func key(_ c0: UInt32, _ c1: UInt32, _ c2: UInt32) -> UInt64 {
        UInt64(c0) | UInt64(c1) << 21 | UInt64(c2) << 42
    }

    /// The trie node of `key`'s first three scalars, if a phrase begins with them.
    @inline(__always) func node(_ key: UInt64) -> Int? {
        let mask = keys.count - 1
        var slot = Self.home(key, mask)
        while true {
            if keys[slot] == key { return Int(nodes[slot]) }
            if keys[slot] == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Whether a phrase of one scalar `c0`, or of two `c0 c1`, may be held.
    @inline(__always) func mayHoldShortPhrase(_ c0: UInt32, _ c1: UInt32) -> Bool {
        isSet(Self.shortBit(c0, nil)) || isSet(Self.shortBit(c0, c1))
    }

    /// Records a phrase, given as the trie holds its key, whose first three scalars (if it has
    /// so many) lead to `node`.
    mutating func add(_ key: [UInt32], node: Int?) {
        guard key.count >= 3, let node else {
            let bit = Self.shortBit(key[0], key.count > 1 ? key[1] : nil)
            shortPhrases[bit >> 6] |= 1 << UInt64(bit & 63)
            return
        }
        set(Self.key(key[0], key[1], key[2]), node: node)
    }

    /// Points the three scalars that begin `key` to `node` (after its record moved in the
    /// trie), if they are held.
    mutating func update(_ key: [UInt32], node: Int) {
        guard key.count >= 3, self.node(Self.key(key[0], key[1], key[2])) != nil else { return }
        set(Self.key(key[0], key[1], key[2]), node: node)
    }

    private mutating func set(_ key: UInt64, node: Int) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var slot = Self.home(key, mask)
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == 0 { count += 1 }
        keys[slot] = key
        nodes[slot] = UInt32(node)
    }

    private mutating func grow() {
        let (oldKeys, oldNodes) = (keys, nodes)
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        nodes = [UInt32](repeating: 0, count: oldKeys.count * 2)
        count = 0
        for (key, node) in zip(oldKeys, oldNodes) where key != 0 { set(key, node: Int(node)) }
    }

    @inline(__always) private static func home(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    @inline(__always) private func isSet(_ bit: Int) -> Bool { shortPhrases[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }

    @inline(__always) private static func shortBit(_ c0: UInt32, _ c1: UInt32?) -> Int {
        let h = (UInt64(c0) | UInt64(c1.map { $0 | 1 << 21 } ?? 0) << 21) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h >> 52)
    }
}
