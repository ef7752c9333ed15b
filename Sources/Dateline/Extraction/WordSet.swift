/// A set of folded words, tested either as strings or, without building one, on a word of
/// the text: the folded scalars of the word are hashed where they stand and compared with
/// the entries in an open-addressing table, so a test allocates nothing. Most words tested
/// are in no set: one bit per entry's hash in a small filter turns most of them away, and a
/// tag of the hash beside each slot most of the rest, without reading an entry (with many
/// languages interleaved, each line read is likely a cache miss).
struct WordSet: Sendable {
    /// A bit for each entry's hash (see ``filterBit(_:)``): about one in sixteen set, so that
    /// most words outside the set are turned away after reading one word of it. Hashing the
    /// whole word, not its first scalars, keeps words that start like an entry from passing.
    private let filter: [UInt64]
    /// How far a remixed hash is shifted to give a bit of `filter`.
    private let filterShift: Int
    /// The folded scalars of every entry, one after another.
    private let scalars: [UInt32]
    /// Where each entry starts in `scalars`; one more element than entries.
    private let starts: [Int]
    /// Each hash slot: the entry's tag (high bits of its hash, see ``tagMask``) over its
    /// index + 1 (the bits of ``entryMask``); 0 for an empty slot. The count is a power of two.
    private let slots: [UInt32]
    /// The bits of a slot holding the entry index + 1: as few as the entries need, so that
    /// the rest hold as much of the hash as they can.
    private let entryMask: UInt32

    /// The set of `words`, folded here.
    init(_ words: [String]) {
        self.init(folded: words.map(Self.folded))
    }

    /// `word` folded as the entries are.
    static func folded(_ word: String) -> String {
        String(String.UnicodeScalarView(ScalarTable.fold(word).compactMap(Unicode.Scalar.init)))
    }

    /// The set of words folded already (as ``ScalarText/foldedString(_:)`` gives them;
    /// folding is not idempotent: "İ" folds to "I").
    init(folded words: [String]) {
        var scalars: [UInt32] = [], starts: [Int] = [0]
        var filterBits = 10  // at least 1024 bits
        while 1 << filterBits < words.count * 16 { filterBits += 1 }
        filterShift = 64 - filterBits
        for word in words {
            scalars += word.unicodeScalars.map(\.value).filter { $0 != 0 }
            starts.append(scalars.count)
        }
        var filter = [UInt64](repeating: 0, count: (1 << filterBits) / 64)
        var size = 16
        while size < starts.count * 2 { size *= 2 }
        var entryBits = 1
        while 1 << entryBits < starts.count { entryBits += 1 }
        precondition(entryBits <= 24, "a WordSet holds fewer than 2^24 words")
        let entryMask = UInt32(1 << entryBits - 1)
        var slots = [UInt32](repeating: 0, count: size)
        for entry in 0..<(starts.count - 1) {
            let hash = scalars.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[starts[entry]..<starts[entry + 1]])) }
            let bit = Self.filterBit(hash, shift: filterShift)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Self.tag(hash) & ~entryMask | UInt32(entry + 1)
        }
        self.entryMask = entryMask
        self.scalars = scalars
        self.starts = starts
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
        entry(folded) != nil
    }

    /// Whether the folded word of `text` at `range` is in the set: `contains(text.foldedString(range))`.
    func contains(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        entry(text, range) != nil
    }

    /// The index of the entry (in the order the set was made from) equal to `folded`.
    func entry(_ folded: String) -> Int? {
        folded.unicodeScalars.map(\.value).withUnsafeBufferPointer { entry($0) }
    }

    /// The index of the entry equal to the folded word of `text` at `range`.
    func entry(_ text: ScalarText, _ range: Range<Int>) -> Int? {
        text.folded.withUnsafeBufferPointer { entry(UnsafeBufferPointer(rebasing: $0[range.clamped(to: 0..<$0.count)])) }
    }

    /// The entry equal to the folded scalars `word` (0s skipped).
    private func entry(_ word: UnsafeBufferPointer<UInt32>) -> Int? {
        let hash = Self.hash(word)
        let bit = Self.filterBit(hash, shift: filterShift)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        let tag = Self.tag(hash) & ~entryMask
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[slot] != 0 {
                if slots[slot] & ~entryMask == tag {
                    let entry = Int(slots[slot] & entryMask) - 1
                    if Self.equal(word, scalars[starts[entry]..<starts[entry + 1]]) { return entry }
                }
                slot = (slot + 1) & (slots.count - 1)
            }
            return nil
        }
    }

    /// The bits of `hash` kept beside a slot: its high half, which chooses no slot.
    @inline(__always) private static func tag(_ hash: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: hash >> 32)
    }

    /// The filter bit of a word's hash: the top `64 - shift` bits of it remixed, which choose
    /// neither its slot nor its tag.
    @inline(__always) private static func filterBit(_ hash: UInt64, shift: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }

    /// A bit for the first two scalars (0 for none) `first` and `second` of a word, for
    /// filters of openings (``PhraseOpenings``): the top `64 - shift` bits of their hash.
    @inline(__always) static func pairBit(_ first: UInt32, _ second: UInt32, shift: Int) -> Int {
        let h = (UInt64(first) &* 0x9E37_79B9_7F4A_7C15) ^ (UInt64(second) &* 0xBF58_476D_1CE4_E5B9)
        return Int(truncatingIfNeeded: h >> UInt64(shift))
    }

    /// FNV-1a over the scalars, skipping the 0s folding leaves for ignored marks.
    private static func hash(_ folded: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var h = ScalarFolding.hashSeed
        for c in folded where c != 0 { h = ScalarFolding.hash(h, adding: c) }
        return h ^ (h >> 29)
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

/// Words of several lists, each with the bits of the lists that hold it: one lookup tells
/// every list a word is in.
struct KindedWordTable: Sendable {
    private let words: WordSet
    /// The list bits of each entry of `words`.
    private let kinds: [UInt32]

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
        words = WordSet(folded: entries)
        self.kinds = kinds
    }

    /// The bits of the lists holding the folded word of `text` at `range` (0 for none).
    func kinds(_ text: ScalarText, _ range: Range<Int>) -> UInt32 {
        words.entry(text, range).map { kinds[$0] } ?? 0
    }

    /// The bits of the lists holding the folded word `folded`.
    func kinds(_ folded: String) -> UInt32 {
        words.entry(folded).map { kinds[$0] } ?? 0
    }
}
