/// The raw material of one article before extraction: its text, and whatever a JSON
/// article gives explicitly (given values win over extraction).
public struct ArticleInput: Sendable, Hashable {
    public var id: String
    public var path: String
    public var text: String
    public var title: String?
    public var date: String?
    public var language: String?
    public var source: String?
    public var url: String?

    public init(
        id: String, path: String, text: String, title: String? = nil, date: String? = nil,
        language: String? = nil, source: String? = nil, url: String? = nil
    ) {
        self.id = id
        self.path = path
        self.text = text
        self.title = title
        self.date = date
        self.language = language
        self.source = source
        self.url = url
    }
}

/// Turns article text into an ``ArticleModel``.
public struct ArticleExtractor: Sendable {
    public init() {}

    public func extract(_ input: ArticleInput) -> ArticleModel {
        let title = input.title ?? input.text.split(separator: "\n").first.map(String.init)
        let article = Article(
            id: input.id, path: input.path, language: input.language ?? "und", title: title,
            date: input.date, source: input.source, text: input.text)
        return ArticleModel(article: article)
    }
}
