/// A speech verb of one language and the act it expresses.
public struct SpeechVerb: Sendable, Hashable {
    /// The act label a reader would give it: say, warn, deny, accuse, ask, propose, threaten.
    public var act: String
    public var form: String
    /// The form after a feminine subject where the language marks it (Arabic), else `form`.
    public var feminineForm: String
    /// The word that introduces reported content ("that", "que", "إن", "bahwa"), or nil when
    /// the verb is only used with a direct quotation.
    public var link: String?

    public init(_ act: String, _ form: String, feminine: String? = nil, link: String?) {
        self.act = act
        self.form = form
        self.feminineForm = feminine ?? form
        self.link = link
    }
}

/// A quotation style: the marks as typed around a quotation, padding included ("« ", " »").
public struct QuoteStyle: Sendable, Hashable {
    public var open: String
    public var close: String
    public init(_ open: String, _ close: String) {
        self.open = open
        self.close = close
    }
}

/// What a speaker says: a clause with `{A}` where the country it is about goes.
public struct ContentClause: Sendable, Hashable {
    public var topics: [String]
    public var text: String
}

/// Everything the generator needs to write news in one language, written for this benchmark.
///
/// Sentence patterns use slots: `{S}` speaker, `{V}` verb, `{L}` the verb's link word, `{D}` day
/// of the week, `{C}` reported content, `{Q}` quoted content, `{O}`/`{X}` opening and closing
/// quotation marks, `{A}`/`{B}` country names, `{CAP}` a capital, `{AG}` the agency.
public struct LanguageTemplates: Sendable {
    public var code: String
    public var quoteStyles: [QuoteStyle]
    public var verbs: [SpeechVerb]
    public var reportedPatterns: [String]
    public var directPatterns: [String]
    /// Title patterns per office; `{DEM}` demonym, `{DEMF}` its feminine form, `{C}` country
    /// name, `{N}` the person's name.
    public var officeTitles: [Office: String]
    public var spokesperson: String
    public var days: [String]
    public var months: [String]
    /// The line under the headline that gives the date: `{d}`, `{m}` month name, `{y}`.
    public var publishedLine: String
    /// The dateline that opens the body: `{CAP}`, `{d}`, `{m}`, `{AG}`.
    public var dateline: String
    public var agencies: [String]
    public var titles: [String]
    public var narration: [String]
    public var boilerplate: [String]
    public var clauses: [String: [ContentClause]]

    /// Parses clause lines `topic[,topic]|clause` into clauses by their first topic.
    static func clauses(_ lines: String) -> [String: [ContentClause]] {
        var result: [String: [ContentClause]] = [:]
        for line in lines.split(separator: "\n") {
            let parts = line.split(separator: "|", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { preconditionFailure("bad clause line: \(line)") }
            let topics = parts[0].split(separator: ",").map(String.init)
            result[topics[0], default: []].append(ContentClause(topics: topics, text: parts[1]))
        }
        return result
    }
}

extension LanguageTemplates {
    /// The generated languages and how often each occurs in the corpus.
    public static let all: [(templates: LanguageTemplates, weight: Int)] = [
        (english, 30), (french, 18), (arabic, 17), (indonesian, 13), (spanish, 12), (german, 10),
    ]
}
