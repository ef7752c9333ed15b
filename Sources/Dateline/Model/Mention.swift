/// What a mention refers to.
public enum MentionType: String, Sendable, Hashable, Codable, CaseIterable {
    /// A country: the value is an alpha-2 code.
    case country
    /// A person: the value is the fullest name.
    case person
}

/// One reference to a country or a person in an article, with the reason it resolved.
///
/// Offsets count Unicode scalars from the start of ``Article/text``, as in ``Statement``.
public struct Mention: Sendable, Hashable, Codable {
    /// The ``Article/id`` of the article that holds the mention.
    public var article: String
    /// Whether a country or a person is referred to.
    public var type: MentionType
    /// The text as written ("Pékin", "الصيني").
    public var surface: String
    /// The canonical value: an alpha-2 code for a country, the fullest name for a person.
    public var value: String
    /// Offset of the mention's first scalar in the article text.
    public var start: Int
    /// Offset just past the mention's last scalar.
    public var end: Int
    /// Why it resolved: "capital, fr", "demonym after the article prefix, ar", "name, en".
    public var via: String

    /// A mention of `value` written as `surface` at `start..<end`.
    public init(
        article: String, type: MentionType, surface: String, value: String,
        start: Int, end: Int, via: String
    ) {
        self.article = article
        self.type = type
        self.surface = surface
        self.value = value
        self.start = start
        self.end = end
        self.via = via
    }
}
