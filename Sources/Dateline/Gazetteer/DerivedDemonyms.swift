/// Demonyms derived by rule from one-word country names, for the many countries the
/// curated tables do not list by hand ("إثيوبيا" → "إثيوبي", "إثيوبية"; "Узбекистан" →
/// "узбекский"; "Éthiopie" → "éthiopien"; "Ethiopia" → "Ethiopian"). A derived form that is
/// not a real word does no harm: it simply never occurs.
enum DerivedDemonyms {
    static func forms(of name: LexiconForm) -> [LexiconForm] {
        guard name.kind == .name, !name.code.isEmpty, !name.requiresCapitals, !name.text.contains(" ") else { return [] }
        let words: [String]
        switch name.language {
        case "ar": words = arabic(name.text)
        case "ru": words = russian(name.text.lowercased())
        case "fr": words = french(name.text)
        case "en": words = english(name.text)
        default: words = []
        }
        return words.map { LexiconForm(text: $0, code: name.code, kind: .demonym, language: name.language, onlyInLanguage: name.onlyInLanguage) }
    }

    /// The nisba: the name without its article and final alef (or ya-alef), plus ي; then
    /// the feminine and plurals.
    private static func arabic(_ name: String) -> [String] {
        var stem = name.hasPrefix("ال") ? String(name.dropFirst(2)) : name
        if stem.hasSuffix("يا") {
            stem.removeLast(2)
        } else if stem.hasSuffix("ا") {
            stem.removeLast()
        } else if stem.hasSuffix("ي") || stem.hasSuffix("و") {
            return []
        }
        guard stem.count >= 2 else { return [] }
        return ["ي", "ية", "يون", "يين"].map { stem + $0 }
    }

    /// The adjective in -ский (its cases come from stemming).
    private static func russian(_ name: String) -> [String] {
        for (ending, replacements) in russianEndings where name.hasSuffix(ending) {
            let stem = String(name.dropLast(ending.count))
            guard stem.count >= 2 else { return [] }
            return replacements.map { stem + $0 }
        }
        guard let last = name.last, !"оиуеыэю".contains(last) else { return [] }
        return [name + "ский"]
    }

    private static let russianEndings: [(String, [String])] = [
        ("истан", ["ский", "истанский"]), ("стан", ["ский", "станский"]),
        ("ия", ["ийский", "ский"]), ("ея", ["ейский"]), ("а", ["ский"]),
    ]

    /// Names in -ie give adjectives in -ien, -ienne, -iens, -iennes.
    private static func french(_ name: String) -> [String] {
        guard name.hasSuffix("ie"), let first = name.first else { return [] }
        let word = first.lowercased() + name.dropFirst()
        return ["n", "nne", "ns", "nnes"].map { word + $0 }
    }

    /// Names in -ia give demonyms in -ian(s).
    private static func english(_ name: String) -> [String] {
        guard name.hasSuffix("ia") else { return [] }
        return [name + "n", name + "ns"]
    }
}
