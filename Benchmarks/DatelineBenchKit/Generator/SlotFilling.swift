/// Fills `{NAME}` slots of a pattern in one pass. Foundation's `replacingOccurrences`, called
/// once per slot, made generating a million articles take minutes.
enum SlotFilling {
    /// The pattern with each `{NAME}` replaced by `slots[NAME]` (unknown slots are kept), and
    /// the Unicode-scalar offset at which the slot `marked` was filled, if it was.
    static func fill(_ pattern: String, _ slots: [String: String], marking marked: String? = nil) -> (text: String, offset: Int?) {
        var out = ""
        out.reserveCapacity(pattern.utf8.count + 64)
        var offset: Int?
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = slots[name] {
                if name == marked { offset = out.unicodeScalars.count }
                out += value
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return (out, offset)
    }

    static func fill(_ pattern: String, _ slots: [String: String]) -> String {
        fill(pattern, slots, marking: nil).text
    }
}
