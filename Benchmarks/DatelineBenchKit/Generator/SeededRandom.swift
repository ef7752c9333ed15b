/// SplitMix64: a small, fast generator whose whole output is fixed by its seed, so the same
/// seed gives the same corpus on every machine and Swift version (the standard library's
/// generator is seeded from the system and its algorithms may change).
public struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// The generator of one article: independent of every other article's, so articles can
    /// be made in any order, in parallel, or one at a time in a test.
    public init(seed: UInt64, stream: UInt64) {
        state = seed &+ (stream &+ 1) &* 0x9E37_79B9_7F4A_7C15
        _ = next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (bound > 0). `Int.random(in:using:)` is avoided
    /// because its algorithm is not promised to stay the same across Swift versions.
    public mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// A uniformly chosen element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// True with the given probability.
    public mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < probability
    }

    /// An element chosen with probability proportional to its weight.
    public mutating func pick<T>(_ items: [T], weights: [Int]) -> T {
        var roll = below(weights.reduce(0, +))
        for (item, weight) in zip(items, weights) {
            if roll < weight { return item }
            roll -= weight
        }
        return items[items.count - 1]
    }
}
