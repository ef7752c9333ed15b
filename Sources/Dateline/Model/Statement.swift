/// Whether a statement is quoted or paraphrased.
public enum StatementKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Inside quotation marks.
    case direct
    /// Reported speech: "said that …", "a déclaré que …", "kata …", "قال إن …".
    case reported
}

/// Speech or writing attributed to a speaker in an article.
///
/// Offsets count Unicode scalars (code points) from the start of ``Article/text``, so
/// `text` is the article text's scalars `start..<end` — the same indices Python uses.
public struct Statement: Sendable, Hashable, Codable {
    /// The ``Article/id`` of the article that holds the statement.
    public var article: String
    /// The speaker as named at this point of the text ("Wang", "the spokesman").
    public var speaker: String
    /// The speaker resolved to the fullest name the article gives ("Wang" → "Wang Yi").
    public var speakerName: String
    /// Alpha-2 code of the country the speaker speaks for, or nil.
    public var country: String?
    /// Whether the content is quoted or reported.
    public var kind: StatementKind
    /// What the speaker does: say, accuse, deny, condemn, warn, threaten, ask, propose, …
    public var act: String
    /// The content: an exact span of the article text.
    public var text: String
    /// Offset of the content's first scalar in the article text.
    public var start: Int
    /// Offset just past the content's last scalar.
    public var end: Int
    /// Alpha-2 codes of countries referred to inside the content.
    public var about: [String]
    /// Topics of the content, from the fixed taxonomy.
    public var topics: [String]

    /// A statement; `about` and `topics` default to empty.
    public init(
        article: String, speaker: String, speakerName: String, country: String?,
        kind: StatementKind, act: String, text: String, start: Int, end: Int,
        about: [String] = [], topics: [String] = []
    ) {
        self.article = article
        self.speaker = speaker
        self.speakerName = speakerName
        self.country = country
        self.kind = kind
        self.act = act
        self.text = text
        self.start = start
        self.end = end
        self.about = about
        self.topics = topics
    }
}
