/// How one country is written in one language of the generated corpus.
///
/// `name` is the form used as a subject or object (French and German keep their article:
/// "la Chine", "die Türkei"); `demonym` is the adjective used in titles ("Chinese", "chinois",
/// "الصيني", "chinesische"; Indonesian uses the name itself); `capital` is the seat of
/// government used in datelines and as a speaker ("Beijing warned…").
public struct CountryForms: Sendable, Hashable {
    public var name: String
    public var demonym: String
    public var capital: String
}

/// A country of the generated corpus: its alpha-2 code, how often stories involve it, and
/// its forms in each generated language.
public struct BenchCountry: Sendable, Hashable {
    public var code: String
    public var weight: Int
    public var forms: [String: CountryForms]

    public func forms(in language: String) -> CountryForms {
        forms[language] ?? forms["en"]!
    }
}

/// The countries of the generated corpus, curated by hand for this benchmark.
public enum CountryTable {
    /// Stories are about a few countries often and most countries rarely, as in real news.
    static let weights: [String: Int] = [
        "US": 10, "CN": 9, "RU": 8, "FR": 5, "GB": 5, "DE": 5, "JP": 4, "IR": 4, "KP": 3, "KR": 3,
        "IN": 3, "ID": 3, "TR": 3, "UA": 3, "IL": 3, "SA": 2, "EG": 2, "BR": 2, "PK": 2, "ZA": 1,
    ]

    public static let all: [BenchCountry] = {
        var formsByCode: [String: [String: CountryForms]] = [:]
        var order: [String] = []
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5 else { preconditionFailure("bad country line: \(line)") }
            if formsByCode[fields[0]] == nil { order.append(fields[0]) }
            formsByCode[fields[0], default: [:]][fields[1]] = CountryForms(name: fields[2], demonym: fields[3], capital: fields[4])
        }
        return order.map { BenchCountry(code: $0, weight: weights[$0] ?? 1, forms: formsByCode[$0]!) }
    }()

    /// code, language, name, demonym, capital.
    private static let table = """
    US\ten\tthe United States\tUS\tWashington
    US\tfr\tles États-Unis\taméricain\tWashington
    US\tar\tالولايات المتحدة\tالأمريكي\tواشنطن
    US\tid\tAmerika Serikat\tAmerika Serikat\tWashington
    US\tes\tEstados Unidos\testadounidense\tWashington
    US\tde\tdie USA\tamerikanische\tWashington
    CN\ten\tChina\tChinese\tBeijing
    CN\tfr\tla Chine\tchinois\tPékin
    CN\tar\tالصين\tالصيني\tبكين
    CN\tid\tTiongkok\tTiongkok\tBeijing
    CN\tes\tChina\tchino\tPekín
    CN\tde\tChina\tchinesische\tPeking
    RU\ten\tRussia\tRussian\tMoscow
    RU\tfr\tla Russie\trusse\tMoscou
    RU\tar\tروسيا\tالروسي\tموسكو
    RU\tid\tRusia\tRusia\tMoskow
    RU\tes\tRusia\truso\tMoscú
    RU\tde\tRussland\trussische\tMoskau
    FR\ten\tFrance\tFrench\tParis
    FR\tfr\tla France\tfrançais\tParis
    FR\tar\tفرنسا\tالفرنسي\tباريس
    FR\tid\tPrancis\tPrancis\tParis
    FR\tes\tFrancia\tfrancés\tParís
    FR\tde\tFrankreich\tfranzösische\tParis
    GB\ten\tBritain\tBritish\tLondon
    GB\tfr\tle Royaume-Uni\tbritannique\tLondres
    GB\tar\tبريطانيا\tالبريطاني\tلندن
    GB\tid\tInggris\tInggris\tLondon
    GB\tes\tReino Unido\tbritánico\tLondres
    GB\tde\tGroßbritannien\tbritische\tLondon
    DE\ten\tGermany\tGerman\tBerlin
    DE\tfr\tl'Allemagne\tallemand\tBerlin
    DE\tar\tألمانيا\tالألماني\tبرلين
    DE\tid\tJerman\tJerman\tBerlin
    DE\tes\tAlemania\talemán\tBerlín
    DE\tde\tDeutschland\tdeutsche\tBerlin
    JP\ten\tJapan\tJapanese\tTokyo
    JP\tfr\tle Japon\tjaponais\tTokyo
    JP\tar\tاليابان\tالياباني\tطوكيو
    JP\tid\tJepang\tJepang\tTokyo
    JP\tes\tJapón\tjaponés\tTokio
    JP\tde\tJapan\tjapanische\tTokio
    IR\ten\tIran\tIranian\tTehran
    IR\tfr\tl'Iran\tiranien\tTéhéran
    IR\tar\tإيران\tالإيراني\tطهران
    IR\tid\tIran\tIran\tTeheran
    IR\tes\tIrán\tiraní\tTeherán
    IR\tde\tIran\tiranische\tTeheran
    KP\ten\tNorth Korea\tNorth Korean\tPyongyang
    KP\tfr\tla Corée du Nord\tnord-coréen\tPyongyang
    KP\tar\tكوريا الشمالية\tالكوري الشمالي\tبيونغ يانغ
    KP\tid\tKorea Utara\tKorea Utara\tPyongyang
    KP\tes\tCorea del Norte\tnorcoreano\tPyongyang
    KP\tde\tNordkorea\tnordkoreanische\tPjöngjang
    KR\ten\tSouth Korea\tSouth Korean\tSeoul
    KR\tfr\tla Corée du Sud\tsud-coréen\tSéoul
    KR\tar\tكوريا الجنوبية\tالكوري الجنوبي\tسول
    KR\tid\tKorea Selatan\tKorea Selatan\tSeoul
    KR\tes\tCorea del Sur\tsurcoreano\tSeúl
    KR\tde\tSüdkorea\tsüdkoreanische\tSeoul
    IN\ten\tIndia\tIndian\tNew Delhi
    IN\tfr\tl'Inde\tindien\tNew Delhi
    IN\tar\tالهند\tالهندي\tنيودلهي
    IN\tid\tIndia\tIndia\tNew Delhi
    IN\tes\tIndia\tindio\tNueva Delhi
    IN\tde\tIndien\tindische\tNeu-Delhi
    ID\ten\tIndonesia\tIndonesian\tJakarta
    ID\tfr\tl'Indonésie\tindonésien\tJakarta
    ID\tar\tإندونيسيا\tالإندونيسي\tجاكرتا
    ID\tid\tIndonesia\tIndonesia\tJakarta
    ID\tes\tIndonesia\tindonesio\tYakarta
    ID\tde\tIndonesien\tindonesische\tJakarta
    TR\ten\tTurkey\tTurkish\tAnkara
    TR\tfr\tla Turquie\tturc\tAnkara
    TR\tar\tتركيا\tالتركي\tأنقرة
    TR\tid\tTurki\tTurki\tAnkara
    TR\tes\tTurquía\tturco\tAnkara
    TR\tde\tdie Türkei\ttürkische\tAnkara
    UA\ten\tUkraine\tUkrainian\tKyiv
    UA\tfr\tl'Ukraine\tukrainien\tKiev
    UA\tar\tأوكرانيا\tالأوكراني\tكييف
    UA\tid\tUkraina\tUkraina\tKyiv
    UA\tes\tUcrania\tucraniano\tKiev
    UA\tde\tdie Ukraine\tukrainische\tKiew
    IL\ten\tIsrael\tIsraeli\tJerusalem
    IL\tfr\tIsraël\tisraélien\tJérusalem
    IL\tar\tإسرائيل\tالإسرائيلي\tالقدس
    IL\tid\tIsrael\tIsrael\tYerusalem
    IL\tes\tIsrael\tisraelí\tJerusalén
    IL\tde\tIsrael\tisraelische\tJerusalem
    SA\ten\tSaudi Arabia\tSaudi\tRiyadh
    SA\tfr\tl'Arabie saoudite\tsaoudien\tRiyad
    SA\tar\tالسعودية\tالسعودي\tالرياض
    SA\tid\tArab Saudi\tArab Saudi\tRiyadh
    SA\tes\tArabia Saudí\tsaudí\tRiad
    SA\tde\tSaudi-Arabien\tsaudische\tRiad
    EG\ten\tEgypt\tEgyptian\tCairo
    EG\tfr\tl'Égypte\tégyptien\tLe Caire
    EG\tar\tمصر\tالمصري\tالقاهرة
    EG\tid\tMesir\tMesir\tKairo
    EG\tes\tEgipto\tegipcio\tEl Cairo
    EG\tde\tÄgypten\tägyptische\tKairo
    BR\ten\tBrazil\tBrazilian\tBrasília
    BR\tfr\tle Brésil\tbrésilien\tBrasilia
    BR\tar\tالبرازيل\tالبرازيلي\tبرازيليا
    BR\tid\tBrasil\tBrasil\tBrasilia
    BR\tes\tBrasil\tbrasileño\tBrasilia
    BR\tde\tBrasilien\tbrasilianische\tBrasília
    PK\ten\tPakistan\tPakistani\tIslamabad
    PK\tfr\tle Pakistan\tpakistanais\tIslamabad
    PK\tar\tباكستان\tالباكستاني\tإسلام آباد
    PK\tid\tPakistan\tPakistan\tIslamabad
    PK\tes\tPakistán\tpakistaní\tIslamabad
    PK\tde\tPakistan\tpakistanische\tIslamabad
    ZA\ten\tSouth Africa\tSouth African\tPretoria
    ZA\tfr\tl'Afrique du Sud\tsud-africain\tPretoria
    ZA\tar\tجنوب أفريقيا\tالجنوب أفريقي\tبريتوريا
    ZA\tid\tAfrika Selatan\tAfrika Selatan\tPretoria
    ZA\tes\tSudáfrica\tsudafricano\tPretoria
    ZA\tde\tSüdafrika\tsüdafrikanische\tPretoria
    """
}
