import Foundation

/// Country names, demonyms, capitals and institutions in many languages, resolved to
/// ISO 3166-1 alpha-2 codes.
public struct CountryGazetteer: Sendable {
    /// Folded name → alpha-2 code.
    private var codesByName: [String: String] = [:]

    /// The gazetteer built from the data compiled into the library.
    public static let standard = CountryGazetteer()

    public init() {
        let english = Locale(identifier: "en")
        for region in Locale.Region.isoRegions where region.identifier.count == 2 {
            let code = region.identifier
            if let name = english.localizedString(forRegionCode: code) {
                codesByName[Self.fold(name)] = code
            }
            codesByName[Self.fold(code)] = code
        }
    }

    /// The alpha-2 code a query value names ("China", "CN", "Chine"), or nil.
    public func code(for name: String) -> String? {
        codesByName[Self.fold(name)]
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}

/// What kind of expression referred to a country.
public enum CountryReferenceKind: String, Sendable, Hashable, Codable {
    case name, code, demonym, capital, institution
}

/// A country reference found in text. Offsets count Unicode scalars.
public struct CountryMatch: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var surface: String
    /// Alpha-2 code.
    public var code: String
    public var kind: CountryReferenceKind
    /// Why it resolved, for ``Mention/via``: "capital, fr".
    public var via: String

    public init(start: Int, end: Int, surface: String, code: String, kind: CountryReferenceKind, via: String) {
        self.start = start
        self.end = end
        self.surface = surface
        self.code = code
        self.kind = kind
        self.via = via
    }
}

extension CountryGazetteer {
    /// Every country reference in `text`, in order, not overlapping (longest match wins).
    /// `language` is the article's ISO 639-1 code, used to prefer that language's readings.
    public func matches(in text: String, language: String) -> [CountryMatch] {
        // First form: English names only, matched word by word. To be replaced by the
        // one-pass multilingual matcher.
        var found: [CountryMatch] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard CharacterSet.letters.contains(scalars[i]), i == 0 || !CharacterSet.letters.contains(scalars[i - 1]) else {
                i += 1
                continue
            }
            var best: (end: Int, code: String)?
            var j = i, words = 0
            while j < scalars.count, words < 4 {
                while j < scalars.count, CharacterSet.letters.contains(scalars[j]) { j += 1 }
                words += 1
                var s = String.UnicodeScalarView()
                s.append(contentsOf: scalars[i..<j])
                if let code = code(for: String(s)), String(s).count > 2 { best = (j, code) }
                guard j < scalars.count, scalars[j] == " " else { break }
                j += 1
            }
            if let best {
                var s = String.UnicodeScalarView()
                s.append(contentsOf: scalars[i..<best.end])
                found.append(CountryMatch(start: i, end: best.end, surface: String(s), code: best.code, kind: .name, via: "name, en"))
                i = best.end
            } else {
                i += 1
            }
        }
        return found
    }
}
