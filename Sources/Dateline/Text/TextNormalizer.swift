import Foundation

/// Folds text for matching and search: case, accents, width. Shared by the gazetteer,
/// `contains` and the token index, so that all of them agree on what "the same" means.
public enum TextNormalizer {
    /// The folded form of `text`.
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
