/// A set of folded words, tested either as strings or, without building one, on a word of
/// the text: the folded scalars of the word are hashed where they stand and compared with
/// the entries in an open-addressing table, so a test allocates nothing.
///
/// With many languages interleaved, each line of a table read is likely a cache miss, so a
/// test reads few: most words tested are in no set, and one bit per entry's hash in a small
/// filter turns most of them away; a slot tells where its entry's scalars are, their count,
/// a tag of its hash and its value, so the rest are turned away by their slot, and a member
/// costs the filter, its slot and its scalars.
struct WordSet: Sendable {
    /// A bit for each entry's hash (see ``filterBit(_:shift:)``): about one in sixteen set, so
    /// that most words outside the set are turned away after reading one word of it. Hashing
    /// the whole word, not its first scalars, keeps words that start like an entry from passing.
    private let filter: [UInt64]
    /// How far a remixed hash is shifted to give a bit of `filter`.
    private let filterShift: Int
    /// The folded scalars of every entry, one after another.
    private let scalars: [UInt32]
    /// Each hash slot, 0 when empty, else its entry: the top 8 bits of its hash, its scalar
    /// count + 1 (8 bits), where its scalars start in `scalars` (24 bits) and its value (24
    /// bits). The count is a power of two.
    private let slots: [UInt64]

    /// The set of `words`, folded here.
    init(_ words: [String]) {
        self.init(folded: words.map(Self.folded))
    }

    /// `word` folded as the entries are.
    static func folded(_ word: String) -> String {
        String(String.UnicodeScalarView(ScalarTable.fold(word).compactMap(Unicode.Scalar.init)))
    }

    /// The set of words folded already (as ``ScalarText/foldedString(_:)`` gives them;
    /// folding is not idempotent: "İ" folds to "I"), each with its value (below 2^24), which
    /// ``value(_:_:)`` returns: by default its index.
    init(folded words: [String], values: [UInt32]? = nil) {
        precondition(values == nil || values?.count == words.count, "one value per word")
        var scalars: [UInt32] = []
        var filterBits = 10  // at least 1024 bits
        while 1 << filterBits < words.count * 16 { filterBits += 1 }
        filterShift = 64 - filterBits
        var filter = [UInt64](repeating: 0, count: (1 << filterBits) / 64)
        var size = 16
        while size < words.count * 2 + 2 { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        for (index, word) in words.enumerated() {
            let entry = word.unicodeScalars.map(\.value).filter { $0 != 0 }
            let value = values?[index] ?? UInt32(index)
            precondition(entry.count < Self.countLimit && scalars.count < 1 << 24 && value < 1 << 24, "a WordSet entry out of bounds")
            let hash = Self.mixed(entry.withUnsafeBufferPointer { Self.pairHash($0).hash })
            let bit = Self.filterBit(hash, shift: filterShift)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Self.key(hash, count: entry.count) | UInt64(scalars.count) << 24 | UInt64(value)
            scalars += entry
        }
        self.scalars = scalars
        self.slots = slots
        self.filter = filter
    }

    /// The words of `list`, separated by spaces, line breaks or `|`.
    init(list: String) {
        self.init(Self.words(of: list))
    }

    /// The words of a list separated by spaces, line breaks or `|`.
    static func words(of list: String) -> [String] {
        list.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "|" }).map(String.init)
    }

    /// Whether `folded` (a folded word, as ``ScalarText/foldedString(_:)`` gives it) is in the set.
    func contains(_ folded: String) -> Bool {
        value(folded) != nil
    }

    /// Whether the folded word of `text` at `range` is in the set: `contains(text.foldedString(range))`.
    func contains(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        value(text, range) != nil
    }

    /// The value of the entry equal to `folded` (its index in the order the set was made
    /// from, unless made with values).
    func value(_ folded: String) -> UInt32? {
        folded.unicodeScalars.map(\.value).withUnsafeBufferPointer { value($0) }
    }

    /// The value of the entry equal to the folded word of `text` at `range`.
    func value(_ text: ScalarText, _ range: Range<Int>) -> UInt32? {
        text.folded.withUnsafeBufferPointer { value(UnsafeBufferPointer(rebasing: $0[range.clamped(to: 0..<$0.count)])) }
    }

    /// The index of the entry equal to `folded`, for a set made without values.
    func entry(_ folded: String) -> Int? {
        value(folded).map(Int.init)
    }

    /// The index of the entry equal to the folded word of `text` at `range`, for a set made without values.
    func entry(_ text: ScalarText, _ range: Range<Int>) -> Int? {
        value(text, range).map(Int.init)
    }

    /// The value of the entry equal to the folded scalars `word` (0s skipped).
    private func value(_ word: UnsafeBufferPointer<UInt32>) -> UInt32? {
        let whole = Self.pairHash(word)
        // The 0s folding leaves for ignored marks are rare: a word with one is hashed again without them.
        let (h, count) = whole.hasZero ? Self.hashSkippingZeros(word) : (whole.hash, word.count)
        let hash = Self.mixed(h)
        let bit = Self.filterBit(hash, shift: filterShift)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, count < Self.countLimit else { return nil }
        let key = Self.key(hash, count: count)
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[slot] != 0 {
                let found = slots[slot]
                if found & Self.keyMask == key {
                    let start = Int(truncatingIfNeeded: found >> 24) & 0xFF_FFFF
                    if Self.equal(word, scalars[start..<(start + count)]) { return UInt32(truncatingIfNeeded: found) & 0xFF_FFFF }
                }
                slot = (slot + 1) & (slots.count - 1)
            }
            return nil
        }
    }

    /// Entries have fewer scalars than this (the count + 1 fills 8 bits of a slot).
    private static let countLimit = 255

    /// The bits of a slot that a word's hash and scalar count must match: the tag and the count.
    private static let keyMask: UInt64 = 0xFFFF_0000_0000_0000

    /// The tag and count bits of a slot for a word of `count` scalars with `hash`; never 0.
    @inline(__always) private static func key(_ hash: UInt64, count: Int) -> UInt64 {
        hash & 0xFF00_0000_0000_0000 | UInt64(truncatingIfNeeded: count + 1) << 48
    }

    /// The filter bit of a word's hash: the top `64 - shift` bits of it remixed, which choose
    /// neither its slot nor its tag.
    @inline(__always) private static func filterBit(_ hash: UInt64, shift: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) &>> UInt64(shift))
    }

    /// A multiplicative hash of `word` read two scalars at a time, as one 64-bit word (half
    /// the loads and multiplications of a hash per scalar: most probes are turned away by
    /// the filter, so hashing is most of their cost), and whether a scalar of it is 0: a pair
    /// with a 0 half sets a high bit of `(pair - 0x1_0000_0001) & ~pair`, which no pair of
    /// scalars (all below 2^31) without one sets.
    @inline(__always)
    private static func pairHash(_ word: UnsafeBufferPointer<UInt32>) -> (hash: UInt64, hasZero: Bool) {
        var h = ScalarFolding.hashSeed, zeroBits: UInt64 = 0
        guard let base = word.baseAddress else { return (h, false) }
        let bytes = UnsafeRawPointer(base)
        var i = 0
        while i + 1 < word.count {
            let pair = bytes.loadUnaligned(fromByteOffset: i &* 4, as: UInt64.self)
            h = (h ^ pair) &* multiplier
            zeroBits |= (pair &- 0x1_0000_0001) & ~pair
            i &+= 2
        }
        if i < word.count {
            let last = UInt64(base[i])
            h = (h ^ last) &* multiplier
            zeroBits |= (last &- 1) & ~last
        }
        return (h, zeroBits & 0x8000_0000_8000_0000 != 0)
    }

    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// ``pairHash(_:)`` of `word` without its 0s, and how many scalars that leaves.
    private static func hashSkippingZeros(_ word: UnsafeBufferPointer<UInt32>) -> (hash: UInt64, count: Int) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: word.count) { kept in
            var count = 0
            for c in word where c != 0 {
                kept[count] = c
                count += 1
            }
            return (pairHash(UnsafeBufferPointer(rebasing: kept[..<count])).hash, count)
        }
    }

    /// A hash with its high bits folded onto the low ones that choose a slot (a multiplication
    /// carries bits upwards only).
    @inline(__always) private static func mixed(_ h: UInt64) -> UInt64 {
        h ^ (h >> 29)
    }

    /// Whether `word` (which may hold 0s) equals `entry` (which holds none).
    private static func equal(_ word: UnsafeBufferPointer<UInt32>, _ entry: ArraySlice<UInt32>) -> Bool {
        var e = entry.startIndex
        for c in word where c != 0 {
            guard e < entry.endIndex, entry[e] == c else { return false }
            e += 1
        }
        return e == entry.endIndex
    }
}

/// The bits of lists of words that one ``KindedWordTable`` answers together (``ClauseWordKinds``,
/// ``NameWordRoles``).
protocol WordKinds: OptionSet, Sendable where RawValue == UInt32, Element == Self {
    /// The lists the folded word of `text` at `range` is in.
    static func of(_ text: ScalarText, _ range: Range<Int>) -> Self
    /// The lists the folded word `folded` is in.
    static func of(_ folded: String) -> Self
}

/// One list of words, looked up in the table of all the lists of its kind: a word is hashed
/// once, whichever lists are asked about it.
struct KindedWordSet<Kind: WordKinds>: Sendable {
    let kind: Kind
    /// The words, separated by spaces or line breaks.
    let list: String

    init(_ kind: Kind, _ list: String) {
        self.kind = kind
        self.list = list
    }

    /// Whether the folded word of `text` at `range` is in the list.
    func contains(_ text: ScalarText, _ range: Range<Int>) -> Bool { Kind.of(text, range).contains(kind) }

    /// Whether `folded` (a folded word) is in the list.
    func contains(_ folded: String) -> Bool { Kind.of(folded).contains(kind) }
}

/// Words of several lists, each with the bits of the lists that hold it: one lookup tells
/// every list a word is in.
struct KindedWordTable: Sendable {
    /// The words, each with the list bits as its value.
    private let words: WordSet

    /// The words of each list (separated by spaces, line breaks or `|`), folded here, with its bits.
    init(_ lists: [(list: String, kind: UInt32)]) {
        var entries: [String] = [], kinds: [UInt32] = []
        // By scalars, not `String` equality: the table matches scalar for scalar.
        var index: [[UInt32]: Int] = [:]
        for (list, kind) in lists {
            for word in WordSet.words(of: list) {
                let folded = WordSet.folded(word)
                let key = folded.unicodeScalars.map(\.value)
                if let known = index[key] {
                    kinds[known] |= kind
                } else {
                    index[key] = entries.count
                    entries.append(folded)
                    kinds.append(kind)
                }
            }
        }
        words = WordSet(folded: entries, values: kinds)
    }

    /// The bits of the lists holding the folded word of `text` at `range` (0 for none).
    func kinds(_ text: ScalarText, _ range: Range<Int>) -> UInt32 {
        words.value(text, range) ?? 0
    }

    /// The bits of the lists holding the folded word `folded`.
    func kinds(_ folded: String) -> UInt32 {
        words.value(folded) ?? 0
    }
}
