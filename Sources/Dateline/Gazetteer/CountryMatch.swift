/// What kind of expression referred to a country.
public enum CountryReferenceKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// "China", "Chine", "الصين", "中国", and the forms the data lists beside them.
    case name
    /// An abbreviation written in capitals: "US", "U.S.", "DPRK", "AS" (Indonesian).
    case code
    /// A demonym or adjective: "Chinese", "nord-coréenne", "الصيني", "китайского".
    case demonym
    /// A capital or seat standing for the state: "Pékin", "the Kremlin", "the White House".
    case capital
    /// A national institution or state news agency: "FBI", "KCNA", "Xinhua", "KUNA".
    case institution
    /// Another place in the country (a city, a state): "Hollywood", "California".
    case place
}

/// A country reference found in text. Offsets count Unicode scalars.
public struct CountryMatch: Sendable, Hashable {
    /// Offset of the match's first scalar in the text.
    public var start: Int
    /// Offset just past the match's last scalar.
    public var end: Int
    /// The text as written.
    public var surface: String
    /// Alpha-2 code.
    public var code: String
    /// What kind of reference it is: name, demonym, capital, …
    public var kind: CountryReferenceKind
    /// Why it resolved, for ``Mention/via``: "capital, fr", "demonym after the article prefix, ar".
    public var via: String

    /// Whether `code` joins several codes with "+" (a code is two letters otherwise): one
    /// expression naming several states.
    static func isJoint(_ code: String) -> Bool {
        code.utf8.count > 2 && code.utf8.contains(UInt8(ascii: "+"))
    }

    /// A reference to `code` at `start..<end`.
    public init(start: Int, end: Int, surface: String, code: String, kind: CountryReferenceKind, via: String) {
        self.start = start
        self.end = end
        self.surface = surface
        self.code = code
        self.kind = kind
        self.via = via
    }
}

extension [CountryMatch] {
    /// The indices of the matches that start in `range`, found by halving: the matches are
    /// in text order, as the gazetteer gives them, so a statement or a speaker phrase finds
    /// its own without reading every match of the article.
    func indices(startingIn range: Range<Int>) -> Range<Int> {
        firstIndex(startingAtOrAfter: range.lowerBound)..<firstIndex(startingAtOrAfter: range.upperBound)
    }

    /// The index of the first match that starts at or after `offset` (`count` when none).
    private func firstIndex(startingAtOrAfter offset: Int) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
