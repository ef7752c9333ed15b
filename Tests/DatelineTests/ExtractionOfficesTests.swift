import Testing
@testable import Dateline

/// Review mends of session 10's red-team rules: federal offices by state, descriptions that
/// stand for a person, the separated particle of a referred statement, and Arabic office
/// adjectives. Each case failed before its rule was narrowed.
@Suite struct ExtractionOfficesTests {
    private static func extract(_ text: String, _ language: String) -> ArticleModel {
        ArticleExtractor().extract(ArticleInput(id: "case", path: "case", text: text, language: language))
    }

    /// A federal office moves to the dateline's state only when that state has it and no
    /// reference to Germany stands just before it.
    @Test(arguments: [
        ("Besuch\n\nWIEN (dpa) - Der deutsche Bundeskanzler Friedrich Merz kündigte am Dienstag neue Hilfen an.", ["AT", "DE"], "DE"),
        ("Zölle\n\nBERN (Keystone-SDA) - Die Bundesregierung berät über Zölle.", ["CH", "DE"], "DE"),
        ("Sanktionen\n\nBERN (Keystone-SDA) - Der Bundesrat hat am Freitag neue Sanktionen beschlossen.", ["CH"], nil),
        ("Besuch\n\nWIEN (APA) - Bundesaußenminister Johann Wadephul traf am Dienstag seine Amtskollegin.", ["AT", "DE"], "DE"),
    ] as [(String, [String], String?)]) func federalOfficeByState(_ text: String, _ countries: [String], _ officeCountry: String?) {
        let model = Self.extract(text, "de")
        #expect(Set(model.article.countries) == Set(countries), "\(model.article.countries)")
        if let officeCountry {
            #expect(model.mentions.contains { $0.type == .country && $0.surface.hasPrefix("Bundes") && $0.value == officeCountry }, "\(model.mentions)")
        }
    }

    /// A description stands for a person only when an earlier mention gave that person the
    /// same head word; otherwise it stays as written.
    @Test(arguments: [
        ("Treffen\n\nBERLIN (dpa) - Friedrich Merz hat am Montag den Unternehmer Elon Musk getroffen. Der CDU-Chef sagte, Europa müsse zusammenstehen.",
         "Der CDU-Chef"),
        ("Haushalt\n\nBERLIN (dpa) - CDU-Politiker Jens Spahn sagte, der Haushalt stehe. Der CDU-Politiker fügte hinzu, die Schuldenbremse bleibe.",
         "Jens Spahn"),
    ]) func descriptionNeedsItsHeadWord(_ text: String, _ second: String) {
        let speakers = Self.extract(text, "de").statements.map(\.speakerName)
        #expect(speakers.last == second, "\(speakers)")
    }

    /// "Das teilte … mit": the content is the sentence referred to, whole, even when it starts
    /// with the verb's particle spelled alike ("Mit dem Abkommen …").
    @Test func referredContentKeepsItsFirstWord() {
        let text = "Abkommen\n\nBERLIN (dpa) - Mit dem Abkommen sei ein Durchbruch gelungen. Das teilte das Ministerium am Mittwoch mit."
        let contents = Self.extract(text, "de").statements.map(\.text)
        #expect(contents.count == 1 && contents.first?.contains("Mit dem Abkommen sei") == true, "\(contents)")
    }

    /// An office adjective after the state's demonym ("الانتقالي", "الأعلى") keeps the name
    /// after it in the speaker.
    @Test(arguments: [
        ("دمشق - قال الرئيس السوري الانتقالي أحمد حسين إن بلاده تريد علاقات جيدة مع جيرانها.", "أحمد حسين"),
        ("بيروت - قال رئيس الوزراء اللبناني المكلف نواف سلام إن الحكومة ستشكل قريبا.", "نواف سلام"),
    ]) func arabicOfficeAdjectives(_ text: String, _ name: String) {
        let statements = Self.extract("عنوان\n\n" + text, "ar").statements
        #expect(statements.count == 1 && statements.first.map { $0.speaker.contains(name) || $0.speakerName.contains(name) } == true,
                "\(statements.map(\.speaker))")
    }
}
