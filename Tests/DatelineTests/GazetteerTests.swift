import Testing
@testable import Dateline

/// Country references found in sentences written for these tests, one table per language.
/// Each case lists what the matcher must find, in order: "surface → CODE (via)".
struct GazetteerCase: CustomTestStringConvertible, Sendable {
    var language: String
    var text: String
    var expected: [String]

    var testDescription: String { "\(language): \(text.prefix(40))" }
}

/// Renders a match the way cases spell their expectations.
func rendered(_ match: CountryMatch) -> String {
    "\(match.surface) → \(match.code) (\(match.via))"
}

func checkMatches(_ testCase: GazetteerCase) {
    let found = CountryGazetteer.standard.matches(in: testCase.text, language: testCase.language)
    #expect(found.map(rendered) == testCase.expected, "\(testCase.text)")
    let scalars = Array(testCase.text.unicodeScalars)
    for match in found {
        var surface = String.UnicodeScalarView()
        surface.append(contentsOf: scalars[match.start..<match.end])
        #expect(String(surface) == match.surface, "offsets of \(match.surface)")
    }
}

@Suite struct GazetteerEnglishTests {
    static let cases: [GazetteerCase] = [
        GazetteerCase(language: "en", text: "The US and China's leaders met in Beijing, the White House said.", expected: [
            "US → US (code, en)", "China → CN (name, en)", "Beijing → CN (capital, en)", "White House → US (capital, en)",
        ]),
        GazetteerCase(language: "en", text: "A North Korean envoy told South Korea that Pyongyang would not yield to the U.S.", expected: [
            "North Korean → KP (demonym, en)", "South Korea → KR (name, en)", "Pyongyang → KP (capital, en)", "U.S. → US (code, en)",
        ]),
        GazetteerCase(language: "en", text: "Let us talk about turkey and china plates with Chad.", expected: [
            "Chad → TD (name, en)",
        ]),
        GazetteerCase(language: "en", text: "The Korean Central News Agency quoted the DPRK; the FBI and KCNA disagreed, AFP and BBC reported.", expected: [
            "Korean Central News Agency → KP (institution, en)", "DPRK → KP (code, en)", "FBI → US (institution, en)", "KCNA → KP (institution, en)",
        ]),
        GazetteerCase(language: "en", text: "Talks in Latin America and on the Korean Peninsula went on in the UK and the UAE.", expected: [
            "UK → GB (code, en)", "UAE → AE (code, en)",
        ]),
        GazetteerCase(language: "en", text: "AS of Monday, the Kremlin and Moscow said Russia's ties with the United States of America hold.", expected: [
            "Kremlin → RU (capital, en)", "Moscow → RU (capital, en)", "Russia → RU (name, en)", "United States of America → US (name, en)",
        ]),
    ]

    @Test(arguments: cases) func finds(_ testCase: GazetteerCase) { checkMatches(testCase) }
}

@Suite struct GazetteerFrenchArabicIndonesianTests {
    static let cases: [GazetteerCase] = [
        GazetteerCase(language: "fr", text: "Pékin et Washington ont répondu aux accusations nord-coréennes, selon la Maison Blanche.", expected: [
            "Pékin → CN (capital, fr)", "Washington → US (capital, fr)", "nord-coréennes → KP (demonym, fr)", "Maison Blanche → US (capital, fr)",
        ]),
        GazetteerCase(language: "fr", text: "Les Etats-Unis et la Corée du Sud ; l'Inde, d'Iran et les chinoises à Moscou.", expected: [
            "Etats-Unis → US (name, fr)", "Corée du Sud → KR (name, fr)", "Inde → IN (name, fr)", "Iran → IR (name, fr)",
            "chinoises → CN (demonym, fr)", "Moscou → RU (capital, fr)",
        ]),
        GazetteerCase(language: "ar", text: "قال الرئيس الأمريكي إن واشنطن والصين تعارضان هجمات كوريا الشمالية على الولايات المتحدة.", expected: [
            "الأمريكي → US (demonym after the article prefix, ar)", "واشنطن → US (capital, ar)", "والصين → CN (name after the article prefix, ar)",
            "كوريا الشمالية → KP (name, ar)", "الولايات المتحدة → US (name, ar)",
        ]),
        GazetteerCase(language: "ar", text: "وأرسلت بكين رسالة للولايات المتحدة وبالكرملين، ونفى المسؤول الكوري الشمالي ذلك، وقالت الصينية.", expected: [
            "بكين → CN (capital, ar)", "للولايات المتحدة → US (name after the article prefix, ar)", "وبالكرملين → RU (capital after the article prefix, ar)",
            "الكوري الشمالي → KP (demonym after the article prefix, ar)", "الصينية → CN (demonym after the article prefix, ar)",
        ]),
        GazetteerCase(language: "id", text: "Korea Selatan dan AS menuduh Korea Utara, kata juru bicara Gedung Putih di Jakarta.", expected: [
            "Korea Selatan → KR (name, id)", "AS → US (code, id)", "Korea Utara → KP (name, id)", "Gedung Putih → US (capital, id)", "Jakarta → ID (capital, id)",
        ]),
        GazetteerCase(language: "en", text: "AS the talks began, Tiongkok was not named.", expected: [
            "Tiongkok → CN (name, id)",
        ]),
    ]

    @Test(arguments: cases) func finds(_ testCase: GazetteerCase) { checkMatches(testCase) }
}
