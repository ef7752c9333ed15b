// Curated German forms: see CountryLexicon for the format. Genitive names ("Chinas") and
// the endings of adjectives in -isch ("chinesischen") are added by CountryLexicon.
extension CountryLexicon {
    static let curatedGerman = #"""
    US name Vereinigte Staaten|Vereinigten Staaten|Vereinigten Staaten von Amerika|Amerika
    US code USA|US #caps
    GB name Großbritannien|Vereinigtes Königreich|Vereinigten Königreich|England
    KP name Nordkorea
    KR name Südkorea|Korea|Republik Korea
    KP+KR name beiden Koreas|beide Koreas|beiden koreanischen Staaten|Nord- und Südkorea
    KR+KP name Süd- und Nordkorea
    CN name China|Volksrepublik China
    JP name Japan
    RU name Russland|Rußland
    DE name Deutschland|Bundesrepublik
    CH name Schweiz
    TR name Türkei
    NL name Niederlande|Niederlanden|Holland
    // Demonyms: nouns, and adjectives in -isch (inflected automatically)
    US demonym amerikanisch|US-amerikanisch|Amerikaner|Amerikanerin|Amerikanern
    CN demonym chinesisch|Chinese|Chinesen|Chinesin
    JP demonym japanisch|Japaner|Japanerin|Japanern
    KP demonym nordkoreanisch|Nordkoreaner|Nordkoreanerin|Nordkoreanern
    KR demonym südkoreanisch|koreanisch|Südkoreaner|Südkoreanerin|Koreaner|Koreanerin
    RU demonym russisch|Russe|Russen|Russin
    FR demonym französisch|Franzose|Franzosen|Französin
    DE demonym deutsch|deutsche|deutschen|deutscher|deutsches|deutschem
    GB demonym britisch|Brite|Briten|Britin|englisch
    IT demonym italienisch|Italiener|Italienern
    ES demonym spanisch|Spanier|Spaniern
    UA demonym ukrainisch|Ukrainer|Ukrainern
    PL demonym polnisch|Pole|Polen
    TR demonym türkisch|Türke|Türken
    IR demonym iranisch|Iraner|Iranern
    IL demonym israelisch|Israeli|Israelis
    AT demonym österreichisch|Österreicher
    CH demonym schweizerisch|Schweizer
    IN demonym indisch|Inder
    IQ demonym irakisch
    SY demonym syrisch
    EG demonym ägyptisch
    SA demonym saudisch
    AF demonym afghanisch
    PK demonym pakistanisch
    ID demonym indonesisch
    AU demonym australisch
    CA demonym kanadisch
    VN demonym vietnamesisch
    PS demonym palästinensisch
    LB demonym libanesisch
    GR demonym griechisch
    SE demonym schwedisch
    NL demonym niederländisch
    BE demonym belgisch
    BR demonym brasilianisch
    MX demonym mexikanisch
    AR demonym argentinisch
    CU demonym kubanisch
    VE demonym venezolanisch
    NG demonym nigerianisch
    MA demonym marokkanisch
    DZ demonym algerisch
    TN demonym tunesisch
    LY demonym libysch
    QA demonym katarisch
    KW demonym kuwaitisch
    AE demonym emiratisch
    YE demonym jemenitisch
    JO demonym jordanisch
    KE demonym kenianisch
    ET demonym äthiopisch
    SD demonym sudanesisch
    ZA demonym südafrikanisch
    HU demonym ungarisch
    CZ demonym tschechisch
    SK demonym slowakisch|Slowake|Slowaken
    SI demonym slowenisch
    BA demonym bosnisch
    AL demonym albanisch
    MD demonym moldauisch
    LT demonym litauisch
    LV demonym lettisch
    EE demonym estnisch
    IS demonym isländisch
    LU demonym luxemburgisch
    AZ demonym aserbaidschanisch
    KG demonym kirgisisch
    TJ demonym tadschikisch
    BD demonym bangladeschisch
    LK demonym sri-lankisch
    MM demonym myanmarisch
    KH demonym kambodschanisch
    NZ demonym neuseeländisch
    CL demonym chilenisch
    CO demonym kolumbianisch
    PE demonym peruanisch
    OM demonym omanisch
    BH demonym bahrainisch
    SN demonym senegalesisch
    ML demonym malisch
    GH demonym ghanaisch
    CD demonym kongolesisch
    RW demonym ruandisch
    UG demonym ugandisch
    TZ demonym tansanisch
    SO demonym somalisch
    CY demonym zyprisch
    MT demonym maltesisch
    RO demonym rumänisch
    BG demonym bulgarisch
    RS demonym serbisch
    HR demonym kroatisch
    GE demonym georgisch
    AM demonym armenisch
    KZ demonym kasachisch
    UZ demonym usbekisch
    BY demonym belarussisch
    DK demonym dänisch
    NO demonym norwegisch
    FI demonym finnisch
    PT demonym portugiesisch
    IE demonym irisch
    TH demonym thailändisch
    PH demonym philippinisch
    MY demonym malaysisch
    SG demonym singapurisch
    TW demonym taiwanisch
    MN demonym mongolisch
    SA demonym saudi-arabisch
    // Capitals and seats
    US capital Washington|Weißes Haus|Weißen Haus|Weißen Hauses|Pentagon|Camp David
    CN capital Peking|Beijing
    KP capital Pjöngjang|Pyongyang
    KR capital Seoul
    JP capital Tokio
    RU capital Moskau|Kreml
    GB capital London|Downing Street
    FR capital Paris|Élysée|Elysée
    DE capital Berlin|Kanzleramt
    AT capital Wien
    CH capital Bern
    IT capital Rom
    ES capital Madrid
    PT capital Lissabon
    NL capital Den Haag
    SE capital Stockholm
    NO capital Oslo
    DK capital Kopenhagen
    FI capital Helsinki
    PL capital Warschau
    CZ capital Prag
    HU capital Budapest
    RO capital Bukarest
    GR capital Athen
    RS capital Belgrad
    UA capital Kiew|Kyjiw
    BY capital Minsk
    TR capital Ankara
    IR capital Teheran
    IQ capital Bagdad
    SY capital Damaskus
    LB capital Beirut
    IL capital Jerusalem
    EG capital Kairo
    SA capital Riad
    QA capital Doha
    AF capital Kabul
    PK capital Islamabad
    IN capital Neu-Delhi
    ID capital Jakarta
    VN capital Hanoi
    TW capital Taipeh
    AU capital Canberra
    CA capital Ottawa
    MX capital Mexiko-Stadt
    BR capital Brasília|Brasilia
    CU capital Havanna
    VE capital Caracas
    // Places
    US place New York|Kalifornien|Hollywood
    // Institutions and state news agencies
    US institution FBI|CIA|NSA|US-Außenministerium
    CN institution Xinhua|Nachrichtenagentur Xinhua
    KP institution KCNA
    KR institution Yonhap
    RU institution TASS|Tass|RIA Nowosti|Interfax
    KW institution KUNA
    DE institution CDU|CSU|SPD|FDP|AfD|Auswärtiges Amt|Auswärtige Amt|Auswärtigen Amt|Auswärtigen Amtes|Bundestag|Bundesrat|Bundeswehr|Bundesregierung|BND|Bundeskanzler|Bundeskanzlerin|Bundesaußenminister|Bundesaußenministerin|Bundesverteidigungsminister|Bundesverteidigungsministerin|Bundesinnenminister|Bundesinnenministerin|Bundesfinanzminister|Bundesfinanzministerin
    AT institution ÖVP|SPÖ|FPÖ|Bundesheer
    DE institution Grünen-Chef|Grünen-Chefin|Grünen-Politiker|Grünen-Politikerin|Grünen-Vorsitzende|Grünen-Vorsitzender|Grünen-Fraktionschef|Grünen-Fraktionschefin|Linken-Chef|Linken-Chefin|Linken-Politiker|Linken-Politikerin|Linken-Vorsitzende|Unionsfraktion|Unionsfraktionschef|Bundeskanzleramt|Kanzleramt
    -- block Lateinamerika|Südamerika|Nordamerika|Mittelamerika|Koreanische Halbinsel|koreanischen Halbinsel|Koreakrieg|Südchinesischen Meer|Südchinesisches Meer
    """#
}
