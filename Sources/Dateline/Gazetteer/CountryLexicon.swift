/// One way of writing a country reference, as listed in the data.
struct LexiconForm: Sendable {
    var text: String
    /// Alpha-2 code; empty for a blocking form (one that only stops shorter matches inside it).
    var code: String
    var kind: CountryReferenceKind
    /// The language whose lexicon lists the form (for `via` and for preferring readings).
    var language: String
    /// Matches only when written in capitals ("US" but not "us").
    var requiresCapitals = false
    /// Matches only in articles of `language` ("AS" is the United States only in Indonesian).
    var onlyInLanguage = false
}

/// The country data compiled into the library: generated names (CLDR and iso-codes, see
/// `scripts/generate-country-names.py`) and the curated tables, one per language.
///
/// A curated table has one line per country and kind:
///
///     CODE kind form|form|form #flag…
///
/// where CODE may join several codes for a compound of one-character abbreviations, one
/// per character ("CN+US name 中美"), and kind is a ``CountryReferenceKind`` raw value, or `display` (the name to show, first
/// form only), `block` (CODE `--`: forms that stop shorter matches inside them, "Latin
/// America") or `drop` (generated names that are ordinary words in that language).
/// Flags: `#caps` (only in capitals), `#local` (only in articles of that language).
/// Lines starting with `//` are comments.
enum CountryLexicon {
    /// Curated tables by language, defined in `Data/Curated*.swift`.
    static let curatedTables: [(language: String, table: String)] = [
        ("en", curatedEnglish), ("fr", curatedFrench), ("ar", curatedArabic), ("id", curatedIndonesian),
        ("es", curatedSpanish), ("de", curatedGerman), ("ru", curatedRussian), ("zh", curatedChinese),
        ("ja", curatedJapanese), ("ko", curatedKorean), ("pt", curatedPortuguese),
    ]

    struct Contents: Sendable {
        var forms: [LexiconForm]
        /// Display names by code, then language.
        var displayNames: [String: [String: String]]
        /// Alpha-2 codes in the data.
        var codes: Set<String>
        /// Alpha-3 code → alpha-2 code.
        var alpha3: [String: String]
    }

    static let contents: Contents = load()

    private static func load() -> Contents {
        var contents = Contents(forms: [], displayNames: [:], codes: [], alpha3: [:])
        var dropped: Set<String> = []
        for (language, table) in curatedTables {
            for line in dataLines(table) {
                guard let row = CuratedRow(line: line, language: language) else { continue }
                switch row.kind {
                case "drop": row.forms.forEach { dropped.insert(language + "\t" + TextNormalizer.fold($0)) }
                case "display": contents.displayNames[row.code, default: [:]][language] = row.forms.first
                default: contents.forms += row.lexiconForms.flatMap { inflections(of: $0) + DerivedDemonyms.forms(of: $0) }
                }
            }
        }
        for line in dataLines(generatedNames) {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 3 else { continue }
            let (code, language) = (fields[0], fields[1])
            let names = fields[2].split(separator: "|").map(String.init)
            contents.codes.insert(code)
            if contents.displayNames[code]?[language] == nil, let first = names.first {
                contents.displayNames[code, default: [:]][language] = first
            }
            for name in names where !dropped.contains(language + "\t" + TextNormalizer.fold(name)) {
                // A name in another language's spelling can be a common word here ("Island" is
                // Iceland in German): generated names in cased scripts keep to their language.
                let keepsToLanguage = language != "en" && name.first?.isCased == true
                let form = LexiconForm(text: name, code: code, kind: .name, language: language, onlyInLanguage: keepsToLanguage)
                contents.forms += inflections(of: form) + DerivedDemonyms.forms(of: form)
            }
        }
        for line in dataLines(alpha3Codes) {
            let fields = line.split(separator: " ")
            if fields.count == 2 { contents.alpha3[String(fields[1])] = String(fields[0]) }
        }
        return contents
    }

    private static func dataLines(_ table: String) -> [Substring] {
        table.split(separator: "\n").map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty && !$0.hasPrefix("//") }
    }

    /// Forms the text may take that the data does not list one by one: German genitive
    /// names ("Chinas", "Nordkoreas") and inflected adjectives ("chinesischen").
    /// Russian cases are handled by stemming instead (``RussianCaseEndings``).
    static func inflections(of form: LexiconForm) -> [LexiconForm] {
        guard form.language == "de", form.code != "", !form.requiresCapitals else { return [form] }
        var forms = [form]
        var form = form
        form.onlyInLanguage = true  // "Koreas" is German for Korea's, but English for both Koreas
        let text = form.text
        if form.kind == .demonym, text.hasSuffix("isch") {
            for ending in ["e", "en", "er", "es", "em"] { forms.append(form.with(text: text + ending)) }
        } else if [.name, .capital, .place].contains(form.kind), let last = text.last, !"sßxzSXZ".contains(last) {
            forms.append(form.with(text: text + "s"))
        }
        return forms
    }
}

extension LexiconForm {
    func with(text: String) -> LexiconForm {
        var copy = self
        copy.text = text
        return copy
    }
}

/// One parsed line of a curated table (see ``CountryLexicon``).
private struct CuratedRow {
    var code: String
    var kind: String
    var forms: [String]
    var flags: Set<String>
    var language: String

    init?(line: Substring, language: String) {
        let words = line.split(separator: " ", maxSplits: 2).map(String.init)
        guard words.count == 3 else { return nil }
        var rest = words[2]
        var flags: Set<String> = []
        while let hash = rest.range(of: " #", options: .backwards) {
            flags.insert(String(rest[hash.upperBound...]))
            rest = String(rest[..<hash.lowerBound])
        }
        self.code = words[0]
        self.kind = words[1]
        self.forms = rest.split(separator: "|").map { String($0.trimmingCharacters(in: " ")) }.filter { !$0.isEmpty }
        self.flags = flags
        self.language = language
    }

    var lexiconForms: [LexiconForm] {
        let kind = CountryReferenceKind(rawValue: kind) ?? .name
        let code = self.kind == "block" ? "" : code
        return forms.map {
            LexiconForm(text: $0, code: code, kind: kind, language: language,
                        requiresCapitals: flags.contains("caps"), onlyInLanguage: flags.contains("local"))
        }
    }
}

private extension Substring {
    func trimmingCharacters(in set: Character) -> Substring {
        var result = self
        while result.first == set || result.first == "\t" { result = result.dropFirst() }
        while result.last == set || result.last == "\t" { result = result.dropLast() }
        return result
    }
}

private extension String {
    func trimmingCharacters(in set: Character) -> String {
        String(Substring(self).trimmingCharacters(in: set))
    }
}
