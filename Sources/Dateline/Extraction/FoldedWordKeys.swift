import Foundation

/// A folded word compared by a hash instead of a `String`: equal keys stand for folded words
/// that Swift's `String` comparison finds equal (canonical equivalence), and `characters`
/// is the `Character` count of that `String`.
struct FoldedWordKey: Sendable {
    var hash: UInt64
    var characters: Int

    /// The key of a folded word given as a `String` (the general case, for the words
    /// ``ScalarText/foldedWordKey(_:)`` does not hash in place): its normal form is hashed.
    init(_ folded: String) {
        var hash = ScalarFolding.hashSeed
        for s in folded.precomposedStringWithCanonicalMapping.unicodeScalars { hash = ScalarFolding.hash(hash, adding: s.value) }
        self.hash = hash
        characters = folded.count
    }

    init(hash: UInt64, characters: Int) {
        self.hash = hash
        self.characters = characters
    }

    /// Whether a folded scalar is its own normal form and never joins a neighbour into one
    /// `Character` or a composed scalar: the letters of the scripts news comes in, without
    /// combining marks. A word of such scalars is equal as a `String` only to itself, and
    /// has one `Character` per scalar. The scalars below U+0300 (nearly all of the
    /// Latin-script words asked about) are told by one comparison first.
    @inline(__always) static func standsAlone(_ v: UInt32) -> Bool {
        if v < 0x300 { return true }
        switch v {
        case 0x0400...0x0482, 0x048A...0x04FF, 0x0620...0x064A, 0x0660...0x066F, 0x0671...0x06D3,
             0x3041...0x3096, 0x30A1...0x30FA, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3:
            return true
        default:
            return false
        }
    }
}

extension ScalarText {
    /// The key of the folded word at `range`: hashed in place when its scalars stand alone,
    /// else from `foldedString(range)`.
    func foldedWordKey(_ range: Range<Int>) -> FoldedWordKey {
        var hash = ScalarFolding.hashSeed, characters = 0
        for i in range {
            let v = folded[i]
            guard v != 0 else { continue }
            guard FoldedWordKey.standsAlone(v) else { return FoldedWordKey(foldedString(range)) }
            hash = ScalarFolding.hash(hash, adding: v)
            characters += 1
        }
        return FoldedWordKey(hash: hash, characters: characters)
    }

    /// The hash of the folded scalars of `range` as they stand (ignored marks skipped): equal
    /// for words of equal scalars, whether or not they stand alone.
    func foldedHash(_ range: Range<Int>) -> UInt64 {
        var hash = ScalarFolding.hashSeed
        for i in range where folded[i] != 0 { hash = ScalarFolding.hash(hash, adding: folded[i]) }
        return hash
    }

    /// The key of the folded word at `range` (``foldedWordKey(_:)``) and the hash of its
    /// scalars as they stand (``foldedHash(_:)``), in one pass: when every scalar stands
    /// alone, the two are one hash.
    func foldedWordKeyAndHash(_ range: Range<Int>) -> (key: FoldedWordKey, hash: UInt64) {
        var hash = ScalarFolding.hashSeed, characters = 0, standAlone = true
        for i in range where folded[i] != 0 {
            hash = ScalarFolding.hash(hash, adding: folded[i])
            characters += 1
            standAlone = standAlone && FoldedWordKey.standsAlone(folded[i])
        }
        let key = standAlone ? FoldedWordKey(hash: hash, characters: characters) : FoldedWordKey(foldedString(range))
        return (key, hash)
    }

    /// The `Character` count of `foldedString(range)`, counted in place (in the pass that
    /// tests them) when its scalars stand alone.
    func characterCount(_ range: Range<Int>) -> Int {
        let count = folded.withUnsafeBufferPointer { folded in
            var count = 0
            for i in range {
                let v = folded[i]
                guard FoldedWordKey.standsAlone(v) else { return -1 }
                if v != 0 { count += 1 }
            }
            return count
        }
        return count >= 0 ? count : foldedString(range).count
    }

    /// Whether every folded scalar of `range` stands alone (see ``FoldedWordKey/standsAlone(_:)``).
    func standsAlone(_ range: Range<Int>) -> Bool {
        folded.withUnsafeBufferPointer { folded in range.allSatisfy { FoldedWordKey.standsAlone(folded[$0]) } }
    }
}
