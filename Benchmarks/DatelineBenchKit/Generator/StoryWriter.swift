import Foundation
import Dateline

/// Writes one story in one language, keeping the Unicode-scalar offset of everything it
/// appends so that each statement's span is known exactly.
struct StoryWriter {
    let templates: LanguageTemplates
    let id: String
    var random: SeededRandom
    private var text = ""
    private var scalarCount = 0
    private var statements: [Statement] = []

    private static let countries = CountryTable.all
    private static let countryWeights = CountryTable.all.map(\.weight)
    private static let topicsWithClauses = ["cyber", "nuclear", "military", "sanctions", "diplomacy", "trade", "energy", "climate"]

    init(templates: LanguageTemplates, id: String, random: SeededRandom) {
        self.templates = templates
        self.id = id
        self.random = random
    }

    mutating func write() -> GeneratedArticle {
        let first = random.pick(Self.countries, weights: Self.countryWeights)
        var second = random.pick(Self.countries, weights: Self.countryWeights)
        while second.code == first.code { second = random.pick(Self.countries, weights: Self.countryWeights) }
        let mainTopic = random.pick(Self.topicsWithClauses)
        let date = CivilDate(daysSince2015: random.below(3650))
        let agency = random.pick(templates.agencies)

        let title = capitalized(fill(random.pick(templates.titles), first, second))
        appendParagraph(title)
        if random.chance(0.2) { appendParagraph(random.pick(templates.boilerplate)) }
        appendParagraph(fillDate(templates.publishedLine, date))
        let lead = SlotFilling.fill(fillDate(templates.dateline, date),
                                    ["CAP": first.forms(in: templates.code).capital.uppercased(), "AG": agency])
        appendParagraph(lead + fill(templates.narration[0], first, second))

        let statementCount = random.pick([1, 2, 3, 4], weights: [25, 35, 25, 15])
        for n in 0..<statementCount {
            let speakerCountry = random.chance(0.7) ? first : second
            let about = speakerCountry.code == first.code ? second : first
            let topic = random.chance(0.7) ? mainTopic : random.pick(Self.topicsWithClauses)
            appendStatement(by: speakerCountry, about: about, topic: topic)
            if n == 0 { appendParagraph(fill(random.pick(Array(templates.narration.dropFirst())), first, second)) }
        }
        if random.chance(0.3) { appendParagraph(random.pick(templates.boilerplate)) }

        let article = Article(
            id: id, path: "\(id).txt", language: templates.code, title: title, date: date.iso, source: agency,
            countries: [first.code, second.code], topics: Array(Set(statements.flatMap(\.topics))).sorted(), text: text)
        return GeneratedArticle(
            id: id, title: title, date: date.iso, source: agency, language: templates.code, text: text,
            gold: ArticleModel(article: article, statements: statements))
    }

    // MARK: Statements

    private mutating func appendStatement(by country: BenchCountry, about: BenchCountry, topic: String) {
        let speaker = chooseSpeaker(of: country)
        let clause = random.pick(templates.clauses[topic]!)
        let content = SlotFilling.fill(clause.text, ["A": about.forms(in: templates.code).name])
        let direct = random.chance(0.45)
        let verbs = direct ? templates.verbs : templates.verbs.filter { $0.link != nil }
        let verb = random.pick(verbs)
        var pattern = random.pick(direct ? templates.directPatterns : templates.reportedPatterns)
        let act = pattern.contains("{V}") ? verb.act : "say"
        let quote = random.pick(templates.quoteStyles)
        let spoken = direct ? capitalized(content) : content
        if templates.code == "fr", verb.link == "que", startsWithVowel(content) {
            pattern = pattern.replacingOccurrences(of: "{L} {C}", with: "qu'{C}")
        }
        let marker = direct ? "Q" : "C"
        let slots = [
            "V": speaker.isFeminine ? verb.feminineForm : verb.form, "L": verb.link ?? "",
            "D": random.pick(templates.days), "O": quote.open, "X": quote.close, "S": speaker.phrase, marker: spoken,
        ]
        let (sentence, offset) = SlotFilling.fill(pattern, slots, marking: marker)
        guard let offset else { preconditionFailure("pattern without content: \(pattern)") }
        // Only the first letter changes case, and no content slot comes first: offsets hold.
        let start = appendParagraph(capitalized(sentence)) + offset
        statements.append(Statement(
            article: id, speaker: speaker.named, speakerName: speaker.named, country: country.code,
            kind: direct ? .direct : .reported, act: act, text: spoken,
            start: start, end: start + spoken.unicodeScalars.count, about: [about.code], topics: clause.topics))
    }

    private struct Speaker {
        /// How the sentence names the speaker ("Chinese Foreign Minister Zhao Mingyuan").
        var phrase: String
        /// The speaker as the guidelines name it: the person, the office, or the country.
        var named: String
        var isFeminine: Bool
    }

    private mutating func chooseSpeaker(of country: BenchCountry) -> Speaker {
        let forms = country.forms(in: templates.code)
        let roll = random.below(100)
        if roll < 60, let person = SpeakerTable.byCountry[country.code].map({ random.pick($0) }) {
            let name = person.name(in: templates.code)
            let phrase = SlotFilling.fill(titled(templates.officeTitles[person.office]!, forms), ["N": name])
            return Speaker(phrase: phrase, named: name, isFeminine: person.isFemale)
        }
        if roll < 75 {
            let phrase = titled(templates.spokesperson, forms)
            return Speaker(phrase: phrase, named: phrase, isFeminine: false)
        }
        // Countries are feminine in Arabic; a capital stands for its state.
        if roll < 90 { return Speaker(phrase: forms.name, named: forms.name, isFeminine: true) }
        return Speaker(phrase: forms.capital, named: forms.capital, isFeminine: true)
    }

    private func titled(_ pattern: String, _ forms: CountryForms) -> String {
        SlotFilling.fill(pattern, ["DEMF": feminineDemonym(forms.demonym), "DEM": forms.demonym, "C": forms.name])
    }

    /// The agreeing form a title needs after a feminine (Arabic) or genitive (German) noun.
    private func feminineDemonym(_ demonym: String) -> String {
        switch templates.code {
        case "ar": return demonym.split(separator: " ").map { $0.hasSuffix("ي") ? $0 + "ة" : String($0) }.joined(separator: " ")
        case "de": return demonym + "n"
        default: return demonym
        }
    }

    // MARK: Text

    /// Appends a paragraph after a blank line; returns the scalar offset where it starts.
    @discardableResult
    private mutating func appendParagraph(_ paragraph: String) -> Int {
        if !text.isEmpty {
            text += "\n\n"
            scalarCount += 2
        }
        let start = scalarCount
        text += paragraph
        scalarCount += paragraph.unicodeScalars.count
        return start
    }

    private func fill(_ pattern: String, _ first: BenchCountry, _ second: BenchCountry) -> String {
        let a = first.forms(in: templates.code), b = second.forms(in: templates.code)
        return SlotFilling.fill(pattern, ["A": a.name, "B": b.name, "CAP": a.capital])
    }

    private func fillDate(_ pattern: String, _ date: CivilDate) -> String {
        SlotFilling.fill(pattern, ["d": String(date.day), "m": templates.months[date.month - 1], "y": String(date.year)])
    }

    private func capitalized(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }

    private func startsWithVowel(_ s: String) -> Bool {
        guard let first = s.lowercased().first else { return false }
        return "aeiouyhéèêàâîô".contains(first)
    }
}

/// A calendar date computed without Foundation's calendars, so it is the same everywhere.
struct CivilDate {
    var year: Int
    var month: Int
    var day: Int

    init(daysSince2015 days: Int) {
        // Howard Hinnant's days-to-civil algorithm, from 1970-01-01 (2015-01-01 is day 16436).
        let z = days + 16436 + 719_468
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    var iso: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }
}
