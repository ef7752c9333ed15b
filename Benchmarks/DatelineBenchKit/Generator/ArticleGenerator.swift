import Foundation
import Dateline

/// One generated article: what a loader would read, and the models a perfect extractor would
/// make of it (the generator knows every speaker, country and span it wrote).
public struct GeneratedArticle: Sendable, Hashable {
    public var id: String
    public var title: String
    public var date: String
    public var source: String
    public var language: String
    /// The whole text: headline, date line, dateline and paragraphs.
    public var text: String
    public var gold: ArticleModel

    /// The article as the loader of a `.txt` file sees it: text only, everything else extracted.
    public var textOnlyInput: ArticleInput {
        ArticleInput(id: id, path: "\(id).txt", text: text)
    }

    /// The article as a JSON article gives it: the given fields win over extraction (the
    /// language is left to extraction, as in most news dumps).
    public var jsonInput: ArticleInput {
        ArticleInput(id: id, path: "\(id).json", text: text, title: title, date: date, source: source)
    }
}

/// Writes a deterministic corpus of multilingual wire stories: article `i` depends only on the
/// seed and `i`, so any article can be made alone and the corpus is the same on every run.
public struct ArticleGenerator: Sendable {
    /// Bump when the output changes, so cached corpora are made again.
    public static let version = 2
    public let seed: UInt64

    public init(seed: UInt64 = 20_141_222) {
        self.seed = seed
    }

    /// "a0000042": fixed width, so ids sort in generation order.
    static func articleID(_ index: Int) -> String {
        let digits = String(index)
        return "a" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits
    }

    public func article(_ index: Int) -> GeneratedArticle {
        var random = SeededRandom(seed: seed, stream: UInt64(index))
        let languages = LanguageTemplates.all
        let templates = random.pick(languages.map(\.templates), weights: languages.map(\.weight))
        var writer = StoryWriter(templates: templates, id: Self.articleID(index), random: random)
        return writer.write()
    }
}
