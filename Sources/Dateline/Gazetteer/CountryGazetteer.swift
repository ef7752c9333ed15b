/// Country names, demonyms, capitals, places and institutions in many languages and
/// scripts, resolved to ISO 3166-1 alpha-2 codes.
///
/// The data (see `CountryLexicon`) is compiled once into a `CountryMatcher`; finding the
/// references in a text is one pass over it.
public struct CountryGazetteer: Sendable {
    private let matcher: CountryMatcher
    private let displayNames: [String: [String: String]]
    private let alpha3: [String: String]

    /// Every alpha-2 code the gazetteer knows (ISO 3166-1).
    public let allCodes: Set<String>

    /// The gazetteer built from the data compiled into the library.
    public static let standard = CountryGazetteer()

    /// The gazetteer of the compiled-in data (prefer ``standard``, built once).
    public init() {
        self.init(extraForms: [])
    }

    /// The compiled-in data plus `extraForms` (the country aliases of a ``Vocabulary``).
    init(extraForms: [LexiconForm]) {
        let contents = CountryLexicon.contents
        matcher = CountryMatcher(forms: contents.forms + extraForms)
        displayNames = contents.displayNames
        alpha3 = contents.alpha3
        allCodes = contents.codes
    }

    /// The alpha-2 code a query value names, or nil: a name, demonym, capital or
    /// institution in any language or script ("China", "Chine", "الصين", "中国", "Pékin"),
    /// or an alpha-2 or alpha-3 code in any case ("CN", "chn").
    public func code(for value: String) -> String? {
        let trimmed = value.trimmingSpaces()
        let upper = trimmed.uppercased()
        if upper.count == 2, allCodes.contains(upper) { return upper }
        if upper.count == 3, let code = alpha3[upper] { return code }
        let readings = matcher.matches(in: trimmed, language: "", strictCase: false)
        guard readings.count == 1, let reading = readings.first,
              reading.start == 0, reading.end == trimmed.unicodeScalars.count, allCodes.contains(reading.code) else {
            return nil
        }
        return reading.code
    }

    /// The name to show for a code in a language ("CN", "fr" → "Chine"); English when the
    /// language has none; nil for an unknown code.
    public func name(for code: String, language: String = "en") -> String? {
        guard let names = displayNames[code.uppercased()] else { return nil }
        return names[language] ?? names["en"]
    }

    /// Every country reference in `text`, in order, not overlapping (longest match wins).
    /// `language` is the article's ISO 639-1 code: forms restricted to a language ("AS" in
    /// Indonesian) apply only there, and that language's reading is preferred.
    public func matches(in text: String, language: String) -> [CountryMatch] {
        matcher.matches(in: text, language: language)
    }

    /// The references in an article's tokens, as the `String` version finds them; `words`
    /// are the tokens' ``words(of:)``, looked up once for this and language identification.
    func matches(in tokens: TokenizedText, words: [WordEntry], language: String) -> [CountryMatch] {
        matcher.matches(in: tokens, words: words, language: language)
    }

    /// Each token's entry in the word table (country token id and function-word languages).
    func words(of tokens: TokenizedText) -> [WordEntry] {
        matcher.words(of: tokens)
    }
}

private extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
