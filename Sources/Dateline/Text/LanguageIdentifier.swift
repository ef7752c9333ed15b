/// Tells the language of a text: ISO 639-1, or `und` when it cannot tell.
public struct LanguageIdentifier: Sendable {
    public static let standard = LanguageIdentifier()

    public init() {}

    public func identify(_ text: String) -> String {
        "und"
    }
}
