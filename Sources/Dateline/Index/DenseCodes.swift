/// Dense codes for keys met one by one while an index is built: 0, 1, 2, … in order of
/// first appearance, so that a key's code also indexes arrays kept beside it.
struct DenseCodes<Key: Hashable> {
    private var codeOf: [Key: Int32] = [:]
    /// The keys, by code.
    private(set) var keys: [Key] = []

    /// The code of `key`, and whether this is its first appearance (a new code).
    mutating func code(of key: Key) -> (code: Int32, isNew: Bool) {
        if let known = codeOf[key] { return (known, false) }
        let code = Int32(keys.count)
        codeOf[key] = code
        keys.append(key)
        return (code, true)
    }
}
