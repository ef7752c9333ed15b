/// Everything extraction makes of one article.
public struct ArticleModel: Sendable, Hashable, Codable {
    public var article: Article
    public var statements: [Statement]
    public var mentions: [Mention]

    public init(article: Article, statements: [Statement] = [], mentions: [Mention] = []) {
        self.article = article
        self.statements = statements
        self.mentions = mentions
    }
}
