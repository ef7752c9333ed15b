import Testing
@testable import Dateline

/// Mends of session 10's name rules after review: name particles, Russian base forms, the
/// titles and abbreviations "dña" and "pres", and the bare agency acronym "SDA". Each failed
/// before its mend.
@Suite struct ExtractionNameMendTests {
    private func model(_ language: String, _ text: String) -> ArticleModel {
        ArticleExtractor().extract(ArticleInput(id: "case", path: "case", text: text, language: language))
    }

    /// An article or a contraction after a name joins no noun to it, and a particle opening the
    /// name of a party or a chamber leaves the person before it.
    @Test(arguments: [
        ("de", "Haushalt\n\nBERLIN (dpa) - Im Bundestag kritisierte Friedrich Merz den Beschluss der Länder scharf. Die Finanzen seien solide, sagte Jens Spahn der Rheinischen Post.",
         ["Friedrich Merz", "Jens Spahn"], ["Friedrich Merz den Beschluss der Länder", "Jens Spahn der Rheinischen Post"]),
        ("es", "Debate\n\nMADRID (EFE).- Mañana acudirá Pedro Sánchez al Congreso para explicar el plan. El líder Alberto Núñez Feijóo del Partido Popular criticó el acuerdo. En Buenos Aires, el presidente Javier Milei de La Libertad Avanza dijo que el país crecerá.",
         ["Pedro Sánchez", "Alberto Núñez Feijóo", "Javier Milei"], ["Pedro Sánchez al Congreso"]),
        ("pt", "Votação\n\nBRASÍLIA (Agência Brasil) - O presidente Hugo Motta da Câmara dos Deputados disse que a votação será amanhã. O ex-presidente Jair Bolsonaro do Partido Liberal criticou a decisão.",
         ["Hugo Motta", "Jair Bolsonaro"], ["Hugo Motta da Câmara dos Deputados", "Jair Bolsonaro do Partido Liberal"]),
        ("pt", "Visita\n\nLISBOA (Lusa) - O Presidente brasileiro, Luiz Inácio Lula da Silva, foi recebido por Marcelo Rebelo de Sousa.",
         ["Luiz Inácio Lula da Silva", "Marcelo Rebelo de Sousa"], ["Luiz Inácio Lula"]),
    ] as [(String, String, [String], [String])]) func nameParticles(_ language: String, _ text: String, _ present: [String], _ absent: [String]) {
        let people = model(language, text).article.people
        for name in present { #expect(people.contains(name), "\(people)") }
        for name in absent { #expect(!people.contains(name), "\(people)") }
    }

    /// Instrumental, then genitive, then nominative: each inflected form is named by the
    /// shortest form (the nominative), not the first shorter one (the genitive).
    @Test func russianNameTakesTheShortestBase() {
        let text = "Переговоры\n\nМОСКВА, 12 мая. /ТАСС/. Министр иностранных дел России Сергей Лавров провел телефонный разговор с главой МИД Турции Хаканом Фиданом. По словам Хакана Фидана, Анкара готова к диалогу.\n\nХакан Фидан заявил, что переговоры продолжатся."
        #expect(model("ru", text).article.people == ["Сергей Лавров", "Хакан Фидан"])
    }

    /// "DNA." ends a sentence ("dña" folds to "dna"); French "près" is no title ("pres").
    @Test func foldedAbbreviationsAreNoTitles() {
        let text = "Crime\n\nLONDON (Reuters) - The suspect was identified by DNA. The ministry said the case was closed."
        #expect(model("en", text).statements.map(\.speaker) == ["The ministry"])
        let pres = ScalarText("Près")
        #expect(!PeopleFinder.roles(pres, 0..<pres.scalars.count).contains(.title))
    }

    /// A bare "SDA" (a party's acronym too) names no source; "Keystone-SDA" still does.
    @Test func bareSDAIsNoSource() {
        #expect(model("de", "Wahlen\n\nSARAJEVO - Die bosniakische Partei SDA teilte am Montag mit, sie werde die Wahl anfechten.").article.source != "Keystone-SDA")
        #expect(model("de", "Zölle\n\nBERN (Keystone-SDA) - Die Bundesregierung berät über Zölle.").article.source == "Keystone-SDA")
    }
}
