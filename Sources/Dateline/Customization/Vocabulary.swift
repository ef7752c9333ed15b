/// Words a tool adds to what Dateline knows, at load time and without forking the package:
/// country aliases, people with the country they speak for, topic keywords and speech verbs.
///
/// Build one, then give it to ``Database/open(path:vocabulary:)``,
/// ``Database/init(articles:vocabulary:)`` or ``ArticleExtractor/init(vocabulary:)``.
/// The additions apply to that database or extractor only; the compiled-in data is left as
/// it is for everyone else in the process.
///
/// ```swift
/// var vocabulary = Vocabulary()
/// try vocabulary.addCountryAlias("Hermit Kingdom", country: "KP")
/// try vocabulary.addPerson("Ana Kova", country: "Serbia")
/// vocabulary.addTopicKeywords(["spyware", "zero-day"], to: .cyber)
/// vocabulary.addSpeechVerbs(["quipped", "mused"], language: "en")
/// let database = try Database.open(path: "articles/", vocabulary: vocabulary)
/// ```
public struct Vocabulary: Sendable, Hashable {
    /// A name, demonym or nickname of a country, matched as whole words.
    public struct CountryAlias: Sendable, Hashable {
        /// The text as it is written in articles and queries ("Hermit Kingdom").
        public var alias: String
        /// The ISO 3166-1 alpha-2 code it stands for.
        public var country: String
        /// The ISO 639-1 code of the language whose articles use it, or nil for all languages.
        public var language: String?
    }

    /// A person whose statements speak for a country when the text names no country beside them.
    public struct Person: Sendable, Hashable {
        /// The name as written in articles ("Ana Kova"); matched as whole words in a speaker.
        public var name: String
        /// The ISO 3166-1 alpha-2 code of the country they speak for.
        public var country: String
    }

    /// A word or phrase that tags text with a topic of the taxonomy.
    public struct TopicKeyword: Sendable, Hashable {
        /// The keyword; a final `*` makes it a stem ("spy*" matches "spyware").
        public var keyword: String
        /// The topic it tags.
        public var topic: Topic
    }

    /// A verb form that introduces speech ("quipped", "a ironisé").
    public struct SpeechVerb: Sendable, Hashable {
        /// The form as written, possibly several words ("told reporters").
        public var form: String
        /// The ISO 639-1 code of the articles it applies to.
        public var language: String
        /// What the speaker does: say, accuse, deny, warn, … (the `act` field of statements).
        public var act: String
    }

    /// Country aliases added so far, in order.
    public private(set) var countryAliases: [CountryAlias] = []
    /// People added so far, in order.
    public private(set) var people: [Person] = []
    /// Topic keywords added so far, in order.
    public private(set) var topicKeywords: [TopicKeyword] = []
    /// Speech verbs added so far, in order.
    public private(set) var speechVerbs: [SpeechVerb] = []

    /// A vocabulary that adds nothing: the compiled-in data only.
    public init() {}

    /// Whether nothing was added.
    public var isEmpty: Bool {
        countryAliases.isEmpty && people.isEmpty && topicKeywords.isEmpty && speechVerbs.isEmpty
    }

    /// Adds `alias` as a name of `country`, in text and in queries (`country = "Hermit Kingdom"`).
    ///
    /// - Parameters:
    ///   - alias: the text to recognise, matched as whole words with the usual folding of
    ///     accents. As with the built-in names, an alias written with a capital matches only
    ///     when capitalised in the text, and one written in lower case (an adjective) only in
    ///     articles of its `language`.
    ///   - country: an alpha-2 or alpha-3 code, or any name Dateline already knows ("France").
    ///   - language: restrict the alias to articles of this ISO 639-1 language. Queries
    ///     understand the alias whatever the language.
    /// - Throws: ``VocabularyError`` when `alias` is blank or `country` names no country.
    public mutating func addCountryAlias(_ alias: String, country: String, language: String? = nil) throws {
        let text = try Self.nonBlank(alias, what: "country alias")
        countryAliases.append(CountryAlias(alias: text, country: try Self.countryCode(country), language: language))
    }

    /// Adds a person who speaks for `country`: their statements get that country when the
    /// article does not say it beside their name.
    ///
    /// - Throws: ``VocabularyError`` when `name` is blank or `country` names no country.
    public mutating func addPerson(_ name: String, country: String) throws {
        let text = try Self.nonBlank(name, what: "person's name")
        people.append(Person(name: text, country: try Self.countryCode(country)))
    }

    /// Adds keywords that tag articles and statements with `topic`. A keyword ending in `*`
    /// is a stem; blank keywords are ignored.
    public mutating func addTopicKeywords(_ keywords: [String], to topic: Topic) {
        for keyword in keywords where !keyword.allSatisfy(\.isWhitespace) {
            topicKeywords.append(TopicKeyword(keyword: keyword, topic: topic))
        }
    }

    /// Adds verb forms that introduce statements in articles of `language`, performing
    /// `act` (`say` by default). The forms are matched as written, whole words, ignoring case
    /// and accents; give every inflected form you need. Blank forms are ignored.
    public mutating func addSpeechVerbs(_ forms: [String], language: String, act: String = "say") {
        for form in forms where !form.allSatisfy(\.isWhitespace) {
            speechVerbs.append(SpeechVerb(form: form, language: language, act: act))
        }
    }

    private static func nonBlank(_ text: String, what: String) throws -> String {
        let trimmed = text.trimmingWhitespace
        guard !trimmed.isEmpty else { throw VocabularyError(message: "the \(what) is blank") }
        return trimmed
    }

    /// The alpha-2 code `value` names, by code or by any name the compiled-in gazetteer knows.
    private static func countryCode(_ value: String) throws -> String {
        guard let code = CountryGazetteer.standard.code(for: value) else {
            throw VocabularyError(message: "\"\(value)\" is not a country Dateline knows; give an ISO 3166-1 code")
        }
        return code
    }
}

/// Why an addition to a ``Vocabulary`` was refused.
public struct VocabularyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was wrong, in words.
    public var message: String
    /// The message.
    public var description: String { message }
}

private extension String {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
