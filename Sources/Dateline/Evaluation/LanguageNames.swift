import Foundation

/// Reads a language written as an ISO 639 code or as its name in one of many languages
/// (`fr`, `fra`, `French`, `français`, `الفرنسية`), using the CLDR names Foundation carries.
enum LanguageNames {
    /// The languages whose names for other languages are accepted, besides each language's
    /// own name for itself.
    private static let namingLanguages = ["en", "fr", "es", "de", "ar", "ru", "zh", "ja", "id", "pt", "it", "tr", "fa", "hi", "ko", "nl"]

    /// Folded name or code → ISO 639-1 code. Built once, on first use.
    private static let codesByName: [String: String] = {
        var table: [String: String] = [:]
        let codes = Locale.LanguageCode.isoLanguageCodes.map(\.identifier).filter { $0.count == 2 }
        let namers = namingLanguages.map { Locale(identifier: $0) }
        for code in codes {
            table[code] = code
            if let alpha3 = Locale.LanguageCode(code).identifier(.alpha3) { table[alpha3] = code }
            for namer in namers + [Locale(identifier: code)] {
                if let name = namer.localizedString(forLanguageCode: code) {
                    table[QueryFolding.fold(name)] = table[QueryFolding.fold(name)] ?? code
                }
            }
        }
        table["und"] = "und"
        return table
    }()

    /// The ISO 639-1 code `text` names, or nil.
    static func code(for text: String) -> String? {
        codesByName[QueryFolding.fold(text.trimmingCharacters(in: .whitespaces))]
    }

    /// The English name of a code, for suggestions and the `languages` source.
    static func englishName(_ code: String) -> String? {
        Locale(identifier: "en").localizedString(forLanguageCode: code)
    }

    static var englishNames: [String] {
        Locale.LanguageCode.isoLanguageCodes.map(\.identifier).filter { $0.count == 2 }.compactMap(englishName)
    }
}

/// English names of countries, for suggestions and the `countries` source.
enum CountryNames {
    static func englishName(_ code: String) -> String? {
        Locale(identifier: "en").localizedString(forRegionCode: code)
    }

    static let allEnglishNames: [String] = Locale.Region.isoRegions
        .filter { $0.identifier.count == 2 }.compactMap { englishName($0.identifier) }
}
