/// Everything extraction makes of one article.
public struct ArticleModel: Sendable, Hashable, Codable {
    /// The article as a whole.
    public var article: Article
    /// Its statements, in text order.
    public var statements: [Statement]
    /// Its country and person mentions, in text order.
    public var mentions: [Mention]

    /// The model of `article` with its statements and mentions.
    public init(article: Article, statements: [Statement] = [], mentions: [Mention] = []) {
        self.article = article
        self.statements = statements
        self.mentions = mentions
    }
}
