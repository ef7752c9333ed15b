/// One news article and what extraction found in it as a whole.
///
/// Country fields hold ISO 3166-1 alpha-2 codes; `language` is ISO 639-1 or `und`.
public struct Article: Sendable, Hashable, Codable {
    /// The file name without its extension (or the `id` given in a JSON article).
    public var id: String
    /// Where the article was read from.
    public var path: String
    /// ISO 639-1 code of the body text, or `und` when it cannot be told.
    public var language: String
    /// The headline as it appears in the text.
    public var title: String?
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, only as precise as the text states it.
    public var date: String?
    /// The agency or outlet the text names (AFP, KUNA, ANTARA, Xinhua, …).
    public var source: String?
    /// The place of the dateline ("TOKYO, Dec 22 (KUNA) --" gives "TOKYO").
    public var dateline: String?
    /// Alpha-2 codes of every country the body refers to, in order of first mention.
    public var countries: [String]
    /// Named persons of the story, spelled as in the text.
    public var people: [String]
    /// Topics of the fixed taxonomy (see ``Topic``).
    public var topics: [String]
    /// The whole text as read (after repair of recognisable mis-decoding).
    public var text: String

    /// An article model; list fields default to empty.
    public init(
        id: String, path: String, language: String, title: String? = nil, date: String? = nil,
        source: String? = nil, dateline: String? = nil, countries: [String] = [],
        people: [String] = [], topics: [String] = [], text: String
    ) {
        self.id = id
        self.path = path
        self.language = language
        self.title = title
        self.date = date
        self.source = source
        self.dateline = dateline
        self.countries = countries
        self.people = people
        self.topics = topics
        self.text = text
    }
}
