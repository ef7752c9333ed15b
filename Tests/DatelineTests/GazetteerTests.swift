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

        // Other languages' names that are English words, and a family reunion, are no countries.
        GazetteerCase(language: "en", text: "A Family Reunion on Rhode Island: the Island Times said Tokyo and SANA agreed.", expected: [
            "Tokyo → JP (capital, en)", "SANA → SY (institution, en)",
        ]),
        GazetteerCase(language: "de", text: "Island und die Schweiz", expected: ["Island → IS (name, de)", "Schweiz → CH (name, de)"]),
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

@Suite struct GazetteerOtherLanguageTests {
    static let cases: [GazetteerCase] = [
        GazetteerCase(language: "es", text: "EE.UU. y Corea del Norte: el portavoz estadounidense habló en Pekín con diplomáticos norcoreanos.", expected: [
            "EE.UU. → US (code, es)", "Corea del Norte → KP (name, es)", "estadounidense → US (demonym, es)",
            "Pekín → CN (capital, es)", "norcoreanos → KP (demonym, es)",
        ]),
        GazetteerCase(language: "es", text: "Las autoridades iraquíes y una delegación egipcia se reunieron con el enviado canadiense.", expected: [
            "iraquíes → IQ (demonym, es)", "egipcia → EG (demonym, es)", "canadiense → CA (demonym, es)",
        ]),
        GazetteerCase(language: "de", text: "Die ägyptische Regierung und der syrischen Armee; saudi-arabischen Diplomaten.", expected: [
            "ägyptische → EG (demonym, de)", "syrischen → SY (demonym, de)", "saudi-arabischen → SA (demonym, de)",
        ]),
        GazetteerCase(language: "pt", text: "O chanceler paquistanês e as tropas afegãs.", expected: [
            "paquistanês → PK (demonym, pt)", "afegãs → AF (demonym, pt)",
        ]),
        GazetteerCase(language: "pt", text: "A Coreia do Norte acusou os Estados Unidos; o governo norte-americano e Pequim responderam.", expected: [
            "Coreia do Norte → KP (name, pt)", "Estados Unidos → US (name, pt)", "norte-americano → US (demonym, pt)", "Pequim → CN (capital, pt)",
        ]),
        GazetteerCase(language: "de", text: "Chinas Außenminister kritisierte Nordkoreas Angriffe; die chinesischen Behörden und Peking schwiegen.", expected: [
            "Chinas → CN (name, de)", "Nordkoreas → KP (name, de)", "chinesischen → CN (demonym, de)", "Peking → CN (capital, de)",
        ]),
        GazetteerCase(language: "ru", text: "Власти Китая и США обсудили атаки Северной Кореи; в Москве и в Кремле промолчали, китайский МИД тоже.", expected: [
            "Китая → CN (name, ru)", "США → US (code, ru)", "Северной Кореи → KP (name, ru)", "Москве → RU (capital, ru)",
            "Кремле → RU (capital, ru)", "китайский → CN (demonym, ru)",
        ]),
        GazetteerCase(language: "ru", text: "Китаю, Китаем и Китае; представитель Белого дома.", expected: [
            "Китаю → CN (name, ru)", "Китаем → CN (name, ru)", "Китае → CN (name, ru)", "Белого дома → US (capital, ru)",
        ]),
        GazetteerCase(language: "ru", text: "Нигерии и Нигеру, России и Россией; российских и американского.", expected: [
            "Нигерии → NG (name, ru)", "Нигеру → NE (name, ru)", "России → RU (name, ru)", "Россией → RU (name, ru)",
            "российских → RU (demonym, ru)", "американского → US (demonym, ru)",
        ]),
        GazetteerCase(language: "zh", text: "中国外交部表示，美国和朝鲜应在北京会谈，韩国与日本也关注朝鲜半岛局势。", expected: [
            "中国 → CN (name, zh)", "美国 → US (name, zh)", "朝鲜 → KP (name, zh)", "北京 → CN (capital, zh)", "韩国 → KR (name, zh)", "日本 → JP (name, zh)",
        ]),
        GazetteerCase(language: "ja", text: "北朝鮮は米国と韓国を非難し、ワシントンの国務省は反論した。", expected: [
            "北朝鮮 → KP (name, ja)", "米国 → US (name, ja)", "韓国 → KR (name, ja)", "ワシントン → US (capital, ja)", "国務省 → US (institution, ja)",
        ]),
        GazetteerCase(language: "zh", text: "中美关系与中日韩合作。", expected: [
            "中 → CN (name, zh)", "美 → US (name, zh)", "中 → CN (name, zh)", "日 → JP (name, zh)", "韩 → KR (name, zh)",
        ]),
        GazetteerCase(language: "ja", text: "日米首脳会談を朝日新聞が報じた。", expected: ["日 → JP (name, ja)", "米 → US (name, ja)"]),
        // 日 after a number is the day of a date, not Japan.
        GazetteerCase(language: "ja", text: "北朝鮮は3日朝、日朝会談を拒んだ。", expected: [
            "北朝鮮 → KP (name, ja)", "日 → JP (name, ja)", "朝 → KP (name, ja)",
        ]),
        GazetteerCase(language: "zh", text: "外交部6日韩方回应，十日日方表示。", expected: [
            "韩方 → KR (name, zh)", "日方 → JP (name, zh)",
        ]),
        GazetteerCase(language: "ko", text: "한미 정상회담과 북미 시장.", expected: ["한 → KR (name, ko)", "미 → US (name, ko)"]),
        GazetteerCase(language: "en", text: "The Koreas and China's neighbours; Chinas Nachbarn.", expected: ["China → CN (name, en)"]),
        GazetteerCase(language: "ja", text: "米政府と米軍は、米の価格とは関係なく、露政府を批判した。", expected: [
            "米政府 → US (name, ja)", "米軍 → US (name, ja)", "露政府 → RU (name, ja)",
        ]),
        GazetteerCase(language: "ko", text: "캠프 데이비드에서 미 국무부와 트리니다드 토바고 대표가 만났다.", expected: [
            "캠프 데이비드 → US (capital, ko)", "미 국무부 → US (name, ko)", "트리니다드 토바고 → TT (name, ko)",
        ]),
        GazetteerCase(language: "ko", text: "북한은 미국과 중국, 일본을 비난했고 한국 정부는 평양에 항의했다. 남북한 관계.", expected: [
            "북한 → KP (name, ko)", "미국 → US (name, ko)", "중국 → CN (name, ko)", "일본 → JP (name, ko)", "한국 → KR (name, ko)", "평양 → KP (capital, ko)",
        ]),
    ]

    @Test(arguments: cases) func finds(_ testCase: GazetteerCase) { checkMatches(testCase) }
}

@Suite struct GazetteerLookupTests {
    @Test(arguments: [
        ("China", "CN"), ("CN", "CN"), ("CHN", "CN"), ("chn", "CN"), ("Chine", "CN"), ("الصين", "CN"), ("中国", "CN"),
        ("china", "CN"), ("Pékin", "CN"), ("Tiongkok", "CN"), ("  Etats Unis ", "US"), ("Amerika Serikat", "US"),
        ("Северная Корея", "KP"), ("북한", "KP"), ("北朝鮮", "KP"), ("Kremlin", "RU"), ("us", "US"), ("nord-coréen", "KP"),
    ])
    func codeForQueryValue(_ value: String, _ code: String) {
        #expect(CountryGazetteer.standard.code(for: value) == code, "\(value)")
    }

    @Test(arguments: ["", "the", "China and Japan", "Latin America", "XX", "Narnia"])
    func noCodeForOtherValues(_ value: String) {
        #expect(CountryGazetteer.standard.code(for: value) == nil, "\(value)")
    }

    @Test func displayNames() {
        let gazetteer = CountryGazetteer.standard
        #expect(gazetteer.name(for: "CN") == "China")
        #expect(gazetteer.name(for: "CN", language: "fr") == "Chine")
        #expect(gazetteer.name(for: "KP", language: "ar") == "كوريا الشمالية")
        #expect(gazetteer.name(for: "US", language: "xx") == "United States")
        #expect(gazetteer.name(for: "ZZ") == nil)
        #expect(gazetteer.allCodes.count >= 249)
        #expect(gazetteer.allCodes.allSatisfy { gazetteer.name(for: $0) != nil })
    }

    @Test func badInputNeverCrashes() {
        let gazetteer = CountryGazetteer.standard
        for text in ["", " ", "\u{0}", "ـــ", "\u{301}China", String(repeating: "الـ", count: 1000), "U.S", "🇨🇳 中"] {
            _ = gazetteer.matches(in: text, language: "und")
        }
    }
}

/// Demonyms of countries the curated tables leave out, derived from their names.
@Suite struct GazetteerDerivedDemonymTests {
    static let cases: [GazetteerCase] = [
        GazetteerCase(language: "ar", text: "وقالت الحكومة الإثيوبية إن الوفد الكيني وصل.", expected: [
            "الإثيوبية → ET (demonym after the article prefix, ar)", "الكيني → KE (demonym after the article prefix, ar)",
        ]),
        GazetteerCase(language: "ru", text: "Узбекская сторона и казахских дипломатов поддержали эфиопские власти.", expected: [
            "Узбекская → UZ (demonym, ru)", "казахских → KZ (demonym, ru)", "эфиопские → ET (demonym, ru)",
        ]),
        GazetteerCase(language: "fr", text: "Le ministre éthiopien et une délégation tanzanienne.", expected: [
            "éthiopien → ET (demonym, fr)", "tanzanienne → TZ (demonym, fr)",
        ]),
        GazetteerCase(language: "en", text: "Ethiopian and Tanzanian officials met Nigerians.", expected: [
            "Ethiopian → ET (demonym, en)", "Tanzanian → TZ (demonym, en)", "Nigerians → NG (demonym, en)",
        ]),
    ]

    @Test(arguments: cases) func finds(_ testCase: GazetteerCase) { checkMatches(testCase) }
}

@Suite struct GazetteerDisplayNameTests {
    @Test(arguments: [
        ("en", "China"), ("fr", "Chine"), ("ar", "الصين"), ("id", "Tiongkok"), ("es", "China"), ("de", "China"),
        ("ru", "Китай"), ("zh", "中国"), ("ja", "中国"), ("ko", "중국"), ("pt", "China"),
    ])
    func chinaInEveryLanguage(_ language: String, _ name: String) {
        #expect(CountryGazetteer.standard.name(for: "CN", language: language) == name)
    }

    /// Every display name leads back to its code, so suggested values can be typed back.
    @Test(arguments: ["en", "fr", "ar", "id", "es", "de", "ru", "zh", "ja", "ko", "pt"])
    func displayNamesResolve(_ language: String) {
        let gazetteer = CountryGazetteer.standard
        let unresolved = gazetteer.allCodes.sorted().filter { code in
            gazetteer.name(for: code, language: language).flatMap { gazetteer.code(for: $0) } != code
        }
        #expect(unresolved.count <= 3, "\(unresolved.map { "\($0): \(gazetteer.name(for: $0, language: language) ?? "-")" })")
    }
}

@Suite struct GazetteerLongTextTests {
    /// Text without punctuation is matched in bounded pieces, and nothing at a cut is lost.
    @Test func endlessPhrasesKeepEveryMatch() {
        let words = Array(repeating: "words and more words", count: 1500).joined(separator: " ")
        let text = (0..<6).map { _ in words + " North Korea and Pékin" }.joined(separator: " ")
        let found = CountryGazetteer.standard.matches(in: text, language: "en")
        #expect(found.map(\.code) == Array(repeating: ["KP", "CN"], count: 6).flatMap { $0 })
        let cjk = String(repeating: "中国和美国", count: 5000)
        #expect(CountryGazetteer.standard.matches(in: cjk, language: "zh").count == 10000)
    }
}
