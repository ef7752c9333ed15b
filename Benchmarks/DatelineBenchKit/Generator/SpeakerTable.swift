/// The offices a named speaker of the generated corpus holds.
public enum Office: String, Sendable, Hashable, CaseIterable {
    case foreign, defence, trade, energy, environment
}

/// A fictional office holder: invented names, so no generated sentence is put in a real
/// person's mouth.
public struct BenchPerson: Sendable, Hashable {
    public var country: String
    public var office: Office
    public var isFemale: Bool
    /// The name in Latin script, used by every language but Arabic.
    public var name: String
    public var arabicName: String

    public func name(in language: String) -> String {
        language == "ar" ? arabicName : name
    }
}

public enum SpeakerTable {
    /// Office holders by country code.
    public static let byCountry: [String: [BenchPerson]] = {
        var result: [String: [BenchPerson]] = [:]
        for line in table.split(separator: "\n") {
            let f = line.split(separator: "\t").map(String.init)
            guard f.count == 5, let office = Office(rawValue: f[1]) else { preconditionFailure("bad speaker line: \(line)") }
            result[f[0], default: []].append(
                BenchPerson(country: f[0], office: office, isFemale: f[2] == "f", name: f[3], arabicName: f[4]))
        }
        return result
    }()

    /// country, office, gender, name, name in Arabic script.
    private static let table = """
    US\tforeign\tf\tMargaret Holloway\tمارغريت هولواي
    US\tdefence\tm\tDaniel Whitford\tدانيال ويتفورد
    CN\tforeign\tm\tZhao Mingyuan\tتشاو مينغ يوان
    CN\ttrade\tm\tLiu Qiang\tليو تشيانغ
    RU\tforeign\tm\tSergei Volodin\tسيرغي فولودين
    RU\tenergy\tf\tAnna Belova\tآنا بيلوفا
    FR\tforeign\tf\tClaire Dumont\tكلير دومون
    FR\tdefence\tm\tJulien Marchand\tجوليان مارشان
    GB\tforeign\tm\tOliver Bramwell\tأوليفر برامويل
    GB\ttrade\tf\tHelen Ashcroft\tهيلين آشكروفت
    DE\tforeign\tf\tKatrin Vogt\tكاترين فوغت
    DE\ttrade\tm\tMarkus Brenner\tماركوس برينر
    JP\tforeign\tm\tKenji Morita\tكينجي موريتا
    JP\tdefence\tf\tYuko Hayashi\tيوكو هاياشي
    IR\tforeign\tm\tReza Karimi\tرضا كريمي
    IR\tenergy\tm\tHossein Tavakoli\tحسين توكلي
    KP\tforeign\tm\tRi Chol Su\tري تشول سو
    KP\tdefence\tm\tPak Myong Ho\tباك ميونغ هو
    KR\tforeign\tm\tPark Ji-hoon\tبارك جي هون
    KR\ttrade\tf\tLee Soo-min\tلي سو مين
    IN\tforeign\tm\tArjun Mehta\tأرجون ميهتا
    IN\tenergy\tf\tPriya Raman\tبريا رامان
    ID\tforeign\tm\tBudi Santoso\tبودي سانتوسو
    ID\ttrade\tf\tSri Wulandari\tسري وولانداري
    TR\tforeign\tm\tEmre Yildiz\tأمره يلدز
    TR\tdefence\tf\tSelin Aksoy\tسيلين أكسوي
    UA\tforeign\tm\tOleksandr Kovalenko\tأولكسندر كوفالينكو
    UA\tdefence\tf\tIryna Moroz\tإيرينا موروز
    IL\tforeign\tm\tAvi Ben-David\tآفي بن دافيد
    IL\tdefence\tf\tNoa Shapira\tنوعا شابيرا
    SA\tforeign\tm\tFaisal Al-Harbi\tفيصل الحربي
    SA\tenergy\tm\tKhalid Al-Otaibi\tخالد العتيبي
    EG\tforeign\tm\tAhmed Mansour\tأحمد منصور
    EG\ttrade\tf\tMona Fathy\tمنى فتحي
    BR\tforeign\tm\tRafael Azevedo\tرافائيل أزيفيدو
    BR\tenvironment\tf\tCamila Rocha\tكاميلا روشا
    PK\tforeign\tm\tTariq Hameed\tطارق حميد
    PK\tdefence\tf\tSana Malik\tسناء مالك
    ZA\tforeign\tm\tThabo Nkosi\tتابو نكوسي
    ZA\ttrade\tf\tLindiwe Dlamini\tليندوي دلاميني
    """
}
