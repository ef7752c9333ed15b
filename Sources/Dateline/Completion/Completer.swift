import Foundation

/// Completion at the cursor, knowing the grammar and the data: sources and keywords where
/// they may stand, the fields of the statement's source, operators after a field, the
/// values of that field in the corpus with their counts, meta-commands after a leading `.`,
/// and file names after `.read` and `.open`.
///
///     completer.complete(#"statements where country = "Ch"#)
///     // replacing #""Ch"#, candidates [#""China""# (count 3)]
public struct Completer: Sendable {
    /// Where field values and their counts come from.
    public var catalog: ValueCatalog
    /// The meta-commands offered after a leading `.`.
    public var metaCommands: [MetaCommandSpec]
    /// Where relative paths after `.read` and `.open` start.
    public var currentDirectory: String
    /// Names bound with `let` so far: sources too.
    public var boundNames: [String] = []

    /// At most this many candidates are returned (the most frequent values first).
    public static let maximumCandidates = 200

    /// A completer over `catalog`'s values, offering `metaCommands`.
    public init(catalog: ValueCatalog, metaCommands: [MetaCommandSpec] = [], currentDirectory: String = FileManager.default.currentDirectoryPath) {
        self.catalog = catalog
        self.metaCommands = metaCommands
        self.currentDirectory = currentDirectory
    }

    /// The candidates for the word that ends at the end of `textBeforeCursor` (the whole
    /// entry up to the cursor, earlier lines of a multi-line query included).
    public func complete(_ textBeforeCursor: String) -> Completion {
        let trimmed = textBeforeCursor.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        if trimmed.hasPrefix(".") { return completeMetaCommand(String(trimmed)) }
        guard let partial = Self.partialWord(before: textBeforeCursor) else { return Completion(replacing: "", candidates: []) }
        let context = String(textBeforeCursor.dropLast(partial.count))
        var lexer = Lexer(context)
        let position = GrammarPosition(tokens: lexer.tokenize())
        let candidates = candidates(at: position, source: position.source ?? .statements, partial: partial)
        return Completion(replacing: partial, candidates: Array(candidates.prefix(Self.maximumCandidates)))
    }

    private func candidates(at position: GrammarPosition, source: SourceKind, partial: String) -> [CompletionCandidate] {
        switch position.place {
        case .statementStart:
            let words = SourceKind.allCases.map(\.rawValue) + boundNames + [Keyword.let.rawValue, Keyword.explain.rawValue]
            return Self.words(words, matching: partial)
        case .clause:
            var words = position.inFilter ? ["and", "or"] : ["where"]
            words += ["order by", "limit", "select", "count", "count by", "|"]
            return Self.words(words, matching: partial)
        case .filterField:
            return Self.words(fieldNames(of: source) + ["not"], matching: partial)
        case .stageField:
            return Self.words(fieldNames(of: source), matching: partial)
        case .comparison(let field):
            return Self.words(Self.operators(for: Schema.field(field, in: source)), matching: partial)
        case .value(let field):
            return valueCandidates(of: field, in: source, partial: partial)
        case .unknown:
            return []
        }
    }

    /// Field names and aliases of `source`, then `article.…` fields for statements and mentions.
    private func fieldNames(of source: SourceKind) -> [String] {
        var names = Schema.fields(of: source).flatMap { [$0.name] + $0.aliases }
        if source == .statements || source == .mentions {
            names += Schema.fields(of: .articles).map { "article." + $0.name }
        }
        return names
    }

    static func operators(for field: Field?) -> [String] {
        switch field?.type {
        case .number?, .date?: return ["=", "!=", "<", "<=", ">", ">=", "between", "in", "is"]
        case .text?: return ["=", "!=", "contains", "matches", "in", "is"]
        default: return ["=", "!=", "in", "contains", "is"]
        }
    }

    private func valueCandidates(of field: String, in source: SourceKind, partial: String) -> [CompletionCandidate] {
        guard let values = catalog.values(of: field, in: source) else { return [] }
        let quoted = partial.hasPrefix("\"")
        let typed = quoted ? String(partial.dropFirst()) : partial
        let isCountry = Schema.field(ValueCatalog.fieldName(field), in: source).map { $0.type == .country || $0.type == .countryList } ?? false
        return values.compactMap { value in
            guard let spelling = Self.spelling(of: value, matching: typed, isCountry: isCountry) else { return nil }
            let text = quoted || !Self.isBareWord(spelling) ? Self.quote(spelling) : spelling
            let label = spelling == value.label ? value.label : "\(spelling) (\(value.label))"
            return CompletionCandidate(text: text, label: label, count: value.count)
        }
    }

    /// Languages whose country names complete too: `country = "الص` offers الصين.
    static let countryNameLanguages = ["ar", "fr", "es", "de", "pt", "it", "id", "ru", "zh", "ja", "ko", "tr", "fa"]

    /// How the value is written when it starts with `typed`: its label, its stored value (a
    /// code), or for a country its name in another language; nil when none starts so.
    static func spelling(of value: ValueCount, matching typed: String, isCountry: Bool) -> String? {
        if starts(value.label, with: typed) { return value.label }
        if starts(value.value, with: typed) { return value.value }
        guard isCountry, !typed.isEmpty else { return nil }
        return countryNameLanguages.lazy
            .compactMap { CountryGazetteer.standard.name(for: value.value, language: $0) }
            .first { starts($0, with: typed) }
    }

    private func completeMetaCommand(_ text: String) -> Completion {
        guard let space = text.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
            let names = metaCommands.map(\.name)
            return Completion(replacing: text, candidates: Self.words(names, matching: text))
        }
        let name = String(text[..<space])
        let argument = String(text[space...].drop { $0 == " " || $0 == "\t" })
        guard let spec = metaCommands.first(where: { $0.name == name }) else { return Completion(replacing: argument, candidates: []) }
        switch spec.argument {
        case .choice(let words):
            return Completion(replacing: argument, candidates: Self.words(words, matching: argument))
        case .path(let extensions):
            let candidates = FileNameCompleter(directory: currentDirectory, extensions: extensions).candidates(for: argument)
            return Completion(replacing: argument, candidates: candidates)
        case .none, .text:
            return Completion(replacing: argument, candidates: [])
        }
    }

    /// The word being typed: an unfinished string from its opening quote, or the run of
    /// word characters (and dots inside it, for `article.language`) before the end; nil
    /// inside a comment, where nothing is completed.
    static func partialWord(before text: String) -> String? {
        var inString = false
        var inComment = false
        var escaped = false
        var stringStart = text.endIndex
        var previous: Character?
        for index in text.indices {
            let character = text[index]
            defer { previous = character }
            if inComment {
                inComment = character != "\n"
            } else if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
            } else if character == "\"" {
                inString = true
                stringStart = index
            } else if character == "#" || (character == "-" && previous == "-") {
                inComment = true
            }
        }
        if inComment { return nil }
        if inString { return String(text[stringStart...]) }
        var start = text.endIndex
        while start > text.startIndex {
            let previous = text.index(before: start)
            let character = text[previous]
            let isDotInWord = character == "." && previous > text.startIndex && isWordCharacter(text[text.index(before: previous)])
            guard isWordCharacter(character) || isDotInWord else { break }
            start = previous
        }
        return String(text[start...])
    }

    /// Letters, digits, `_`, `-` and anything beyond ASCII, as the lexer reads words.
    static func isWordCharacter(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { scalar in
            scalar.value >= 0x80 || scalar == "_" || scalar == "-"
                || ("0"..."9").contains(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        }
    }

    static func isBareWord(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy(isWordCharacter) && Keyword(rawValue: text.lowercased()) == nil
            && !(text.first?.isNumber ?? false)
    }

    static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Whether `text` starts with `prefix`, ignoring case, accents and width.
    static func starts(_ text: String, with prefix: String) -> Bool {
        guard !prefix.isEmpty else { return true }
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive, .widthInsensitive, .anchored]
        return text.range(of: prefix, options: options) != nil
    }

    static func words(_ words: [String], matching partial: String) -> [CompletionCandidate] {
        words.filter { starts($0, with: partial) }.map { CompletionCandidate(text: $0) }
    }
}
