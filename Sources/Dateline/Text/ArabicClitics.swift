/// Arabic proclitics written joined to the next word: the conjunctions و and ف, the
/// prepositions ب ك ل and the article ال, in the orders Arabic allows ("والصين",
/// "بالولايات", "للولايات" = ل + ال with the alef dropped, "وبالصين").
///
/// All forms are folded (see ``ScalarFolding``), so they apply to folded tokens.
enum ArabicClitics {
    struct Prefix {
        /// The scalars, 16 bits each from the lowest (Arabic letters fit in 16 bits): plain
        /// data, so that trying every prefix on a word follows no pointer and counts no reference.
        private let packed: UInt64
        /// How many scalars the prefix has (at most four).
        let count: Int
        /// The prefix ends with the definite article.
        let hasArticle: Bool

        init(scalars: [UInt32], hasArticle: Bool) {
            precondition(scalars.count <= 4 && scalars.allSatisfy { $0 < 0x10000 })
            packed = scalars.reversed().reduce(0) { $0 << 16 | UInt64($1) }
            count = scalars.count
            self.hasArticle = hasArticle
        }

        @inline(__always)
        private func scalar(_ k: Int) -> UInt32 { UInt32(truncatingIfNeeded: packed >> UInt64(16 * k)) & 0xFFFF }

        /// The first scalar.
        var initial: UInt32 { scalar(0) }

        /// Whether `folded` starts with this prefix's scalars, without the generic sequence
        /// walk (the country matcher asks it of most Arabic words).
        @inline(__always)
        func isPrefix(of folded: ArraySlice<UInt32>) -> Bool {
            guard folded.count >= count else { return false }
            for k in 0..<count where folded[folded.startIndex + k] != scalar(k) { return false }
            return true
        }
    }

    private static let waw: UInt32 = 0x0648, fa: UInt32 = 0x0641
    private static let ba: UInt32 = 0x0628, kaf: UInt32 = 0x0643, lam: UInt32 = 0x0644
    private static let alef: UInt32 = 0x0627

    /// Every prefix combination, longest first, so the first one that fits strips the most.
    static let prefixes: [Prefix] = {
        var all: [Prefix] = []
        for conjunction in [[], [waw], [fa]] as [[UInt32]] {
            for preposition in [[], [ba], [kaf], [lam]] as [[UInt32]] {
                for article in [false, true] {
                    var scalars = conjunction + preposition
                    if article { scalars += preposition == [lam] ? [lam] : [alef, lam] }
                    if !scalars.isEmpty { all.append(Prefix(scalars: scalars, hasArticle: article)) }
                }
            }
        }
        return all.sorted { $0.count > $1.count }
    }()

    /// ``prefixes`` shortest first (the order of `prefixes.reversed()`), by the index of their
    /// first scalar (``initialIndex(_:)``): a word is tried only with the prefixes of its own
    /// first scalar, and one table (one initialisation check) holds them all.
    private static let shortestFirstByInitial: [[Prefix]] = prefixes.reversed().reduce(into: []) { table, prefix in
        let index = initialIndex(prefix.initial)!
        while table.count <= index { table.append([]) }
        table[index].append(prefix)
    }

    /// The index of `scalar` among the scalars prefixes start with, if it is one.
    @inline(__always)
    private static func initialIndex(_ scalar: UInt32) -> Int? {
        switch scalar {
        case waw: 0
        case fa: 1
        case ba: 2
        case kaf: 3
        case lam: 4
        case alef: 5
        default: nil
        }
    }

    /// The prefixes `folded` may start with, shortest first (the order of `prefixes.reversed()`):
    /// those with its first scalar.
    static func prefixesShortestFirst(mayStart folded: ArraySlice<UInt32>) -> [Prefix] {
        guard let first = folded.first, let initial = initialIndex(first) else { return [] }
        return shortestFirstByInitial[initial]
    }

    /// The definite article ال, folded.
    static let article: [UInt32] = [alef, lam]

    /// A stem must keep at least this many letters after a prefix is taken away.
    static let minimumStemLength = 2

    /// Could `folded` start with a proclitic at all? (A cheap test before trying them.)
    @inline(__always)
    static func mayHavePrefix(_ folded: some Collection<UInt32>) -> Bool {
        guard let first = folded.first, folded.count > minimumStemLength else { return false }
        return initialIndex(first) != nil
    }

    /// The prefixes `folded` starts with that leave a long enough stem, longest first.
    static func prefixes(of folded: [UInt32]) -> [Prefix] {
        guard mayHavePrefix(folded) else { return [] }
        return prefixes.filter { prefix in
            folded.count - prefix.count >= minimumStemLength && prefix.isPrefix(of: folded[...])
        }
    }

    /// `folded` without a leading article, or with the article and the proclitics before it
    /// ("والصين" → "صين"); unchanged when there is no article. Single-letter proclitics
    /// without an article are kept: "بيت" is a word, not ب + "يت".
    static func strippingArticle(_ folded: [UInt32]) -> [UInt32] {
        guard let prefix = prefixes(of: folded).first(where: \.hasArticle) else { return folded }
        return Array(folded.dropFirst(prefix.count))
    }
}
