/// ``TextNormalizer/fold(_:)`` with a shortcut for ASCII, where folding is only lower
/// casing: query literals are nearly always ASCII, and this keeps the first query of a
/// process from paying for the folding tables.
enum QueryFolding {
    static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return TextNormalizer.fold(text)
    }

    /// ``TextNormalizer/foldToken(_:)``, which only differs from folding for Arabic.
    static func foldToken(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return TextNormalizer.foldToken(text)
    }
}
