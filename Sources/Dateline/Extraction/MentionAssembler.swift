/// The mentions of an article: every country reference, and every person named or repeated.
struct MentionAssembler {
    let articleID: String
    let text: ScalarText

    /// The mentions in order of their starts. `capitalisedWords` are the words starting with a
    /// capital letter of the ranges the people were found in, in order (as
    /// ``PeopleFinder/people(in:capitalisedWords:)`` gives them): a repeated part of a name is one.
    func mentions(countries: [CountryMatch], people: [PersonName], capitalisedWords: [Range<Int>]) -> [Mention] {
        let repeated = repeatedNames(people, among: capitalisedWords)
        // In order of their starts; at one start, countries before persons before repeated
        // names, each group in its own order (the order of a stable sort of them all). Sorted as
        // packed keys (start, group, index), so that no Mention is moved.
        var keys: [Int] = []
        keys.reserveCapacity(countries.count + people.count + repeated.count)
        for (index, match) in countries.enumerated() { keys.append(Self.key(start: match.start, group: 0, index: index)) }
        for (index, person) in people.enumerated() { keys.append(Self.key(start: person.range.lowerBound, group: 1, index: index)) }
        for (index, name) in repeated.enumerated() { keys.append(Self.key(start: name.word.lowerBound, group: 2, index: index)) }
        keys.sort()
        var result: [Mention] = []
        result.reserveCapacity(keys.count)
        // The reason of a repeated name, made once per person and shared by its repetitions.
        var partOfName = [String?](repeating: nil, count: repeated.isEmpty ? 0 : people.count)
        for key in keys {
            let index = key & Self.indexMask, group = (key >> Self.indexBits) & 3
            switch group {
            case 0:
                let match = countries[index]
                result.append(Mention(article: articleID, type: .country, surface: match.surface, value: match.code,
                                      start: match.start, end: match.end, via: match.via))
            case 1:
                let person = people[index]
                result.append(Mention(article: articleID, type: .person, surface: person.name, value: person.name,
                                      start: person.range.lowerBound, end: person.range.upperBound,
                                      via: person.country.map(Self.titleVia) ?? "capitalised name"))
            default:
                let name = repeated[index], person = people[name.person]
                let via = partOfName[name.person] ?? "part of the name \(person.name)"
                partOfName[name.person] = via
                result.append(Mention(article: articleID, type: .person, surface: text.string(name.word), value: person.name,
                                      start: name.word.lowerBound, end: name.word.upperBound, via: via))
            }
        }
        return result
    }

    private static let indexBits = 24, indexMask = (1 << 24) - 1

    /// The reason of a person named after a title of `code`.
    private static func titleVia(_ code: String) -> String {
        letterPairIndex(code).map { titleVias[$0] } ?? "name after a title of \(code)"
    }

    /// ``titleVia(_:)`` of every code of two capital letters, made once rather than per
    /// person, at its ``letterPairIndex(_:)`` (an index read from two bytes, where a
    /// dictionary would hash the code).
    private static let titleVias: [String] = (0..<26 * 26).map { index in
        "name after a title of " + String(decoding: [UInt8(ascii: "A") + UInt8(index / 26), UInt8(ascii: "A") + UInt8(index % 26)], as: UTF8.self)
    }

    /// The index of a code of two ASCII capital letters among all such pairs, or nil.
    private static func letterPairIndex(_ code: String) -> Int? {
        var bytes = code.utf8.makeIterator()
        guard let first = bytes.next(), let second = bytes.next(), bytes.next() == nil,
              case let (a, b) = (first &- UInt8(ascii: "A"), second &- UInt8(ascii: "A")), a < 26, b < 26 else { return nil }
        return Int(a) * 26 + Int(b)
    }

    /// The sort key of a mention: its start, then its group, then its index in the group.
    private static func key(start: Int, group: Int, index: Int) -> Int {
        (start << (indexBits + 2)) | (group << indexBits) | index
    }

    /// A word that repeats part of a person's name, and the index of that person.
    private struct RepeatedName {
        var word: Range<Int>
        var person: Int
    }

    /// "Wang" after "Wang Yi", "Pemberton" after "Laura Pemberton": one word of a person's
    /// name, capitalised, outside the full name. `words` are the capitalised words.
    private func repeatedNames(_ people: [PersonName], among words: [Range<Int>]) -> [RepeatedName] {
        let nameWords = Self.nameWords(of: people, in: text)
        guard !nameWords.isEmpty else { return [] }
        // The first folded scalars of the name words, one bit each of 64: most capitalised
        // words start otherwise and are not hashed.
        let firsts = nameWords.reduce(UInt64(0)) { $0 | 1 << ($1.first & 63) }
        var result: [RepeatedName] = []
        // Name words have 3+ Characters, hence 3+ scalars.
        for word in words where word.count >= 3 && firsts & 1 << (Self.firstFolded(word, in: text) & 63) != 0 {
            let hash = text.foldedHash(word)
            guard let person = nameWords.first(where: { $0.hash == hash })?.person,
                  !people.contains(where: { $0.range.contains(word.lowerBound) }) else { continue }
            result.append(RepeatedName(word: word, person: person))
        }
        return result
    }

    /// The first folded scalar of `word` that matching reads (not 0), or 0.
    private static func firstFolded(_ word: Range<Int>, in text: ScalarText) -> UInt32 {
        for i in word where text.folded[i] != 0 { return text.folded[i] }
        return 0
    }

    /// The words of 3+ Characters of the persons' names, each with the first person whose
    /// name holds it (or an equal word): a word is found again by the hash of its scalars.
    /// (`key` is the hash of the word as a `String` compares it, which tells equal words.)
    private static func nameWords(of people: [PersonName], in text: ScalarText) -> [(key: UInt64, hash: UInt64, first: UInt32, person: Int)] {
        var result: [(key: UInt64, hash: UInt64, first: UInt32, person: Int)] = []
        result.reserveCapacity(people.count * 2)
        for (index, person) in people.enumerated() {
            // A name found again adds no word (its words' keys are those of the first).
            guard !people[..<index].contains(where: { $0.name == person.name }) else { continue }
            text.forEachWordRange(in: person.range) { word in
                let (key, hash) = text.foldedWordKeyAndHash(word)
                guard key.characters >= 3, !result.contains(where: { $0.key == key.hash }) else { return true }
                result.append((key.hash, hash, Self.firstFolded(word, in: text), index))
                return true
            }
        }
        return result
    }
}
