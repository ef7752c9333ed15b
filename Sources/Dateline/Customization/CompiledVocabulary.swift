/// A ``Vocabulary`` compiled into the matchers extraction and queries use: the compiled-in
/// tables with the additions merged in. Built once per database or extractor, immutable, and
/// shared by the threads that extract or query.
///
/// Extraction reads the vocabulary in force through ``current`` (a task-local value, which
/// also binds on the Dispatch workers that call ``ArticleExtractor/extract(_:)``), so that the
/// stages deep inside extraction need no parameter for it; queries read it from their
/// ``Database``.
final class CompiledVocabulary: Sendable {
    let gazetteer: CountryGazetteer
    /// Speech verbs and topic phrases, looked for together in an article's body (``BodyPhraseMatches``).
    let bodyPhrases: BodyPhraseLexicon
    let knownPeople: PhraseMatcher<String>
    /// Folded country alias → alpha-2 code, for query values: an alias restricted to the
    /// articles of one language still names its country in any query.
    private let aliasCodes: [String: String]

    /// The compiled-in data and nothing more.
    static let standard = CompiledVocabulary(
        gazetteer: .standard, bodyPhrases: .standard, knownPeople: KnownPeople.matcher)

    /// The vocabulary extraction uses on this task or thread.
    @TaskLocal static var current: CompiledVocabulary = .standard

    private init(
        gazetteer: CountryGazetteer, bodyPhrases: BodyPhraseLexicon,
        knownPeople: PhraseMatcher<String>, aliases: [Vocabulary.CountryAlias] = []
    ) {
        self.gazetteer = gazetteer
        self.bodyPhrases = bodyPhrases
        self.knownPeople = knownPeople
        aliasCodes = Dictionary(aliases.map { (Self.key($0.alias), $0.country) }, uniquingKeysWith: { _, last in last })
    }

    /// The alpha-2 code a query value names: an added alias, or anything the gazetteer knows.
    func countryCode(for value: String) -> String? {
        aliasCodes[Self.key(value)] ?? gazetteer.code(for: value)
    }

    private static func key(_ text: String) -> String {
        TextNormalizer.fold(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The standard tables plus `vocabulary`'s additions; ``standard`` itself when it adds
    /// nothing. Only a table with additions is rebuilt (the gazetteer's trie takes the longest).
    static func compile(_ vocabulary: Vocabulary) -> CompiledVocabulary {
        guard !vocabulary.isEmpty else { return .standard }
        return CompiledVocabulary(
            gazetteer: vocabulary.countryAliases.isEmpty ? .standard : CountryGazetteer(extraForms: vocabulary.countryAliases.map(\.lexiconForm)),
            bodyPhrases: BodyPhraseLexicon.standard.adding(vocabulary),
            knownPeople: adding(vocabulary.people, to: KnownPeople.matcher) { ($0.name, $0.country, false) },
            aliases: vocabulary.countryAliases)
    }

    /// A copy of `matcher` with one phrase per addition: (phrase, payload, matches as a prefix).
    private static func adding<Addition, Payload>(
        _ additions: [Addition], to matcher: PhraseMatcher<Payload>, _ entry: (Addition) -> (String, Payload, Bool)
    ) -> PhraseMatcher<Payload> {
        var copy = matcher
        for addition in additions {
            let (phrase, payload, prefix) = entry(addition)
            copy.add(phrase, payload, prefix: prefix)
        }
        return additions.isEmpty ? matcher : copy.compacted()
    }
}

extension Vocabulary.CountryAlias {
    /// The alias as a gazetteer form: a name, for all languages unless one was given.
    var lexiconForm: LexiconForm {
        LexiconForm(text: alias, code: country, kind: .name, language: language ?? "und", onlyInLanguage: language != nil)
    }
}
