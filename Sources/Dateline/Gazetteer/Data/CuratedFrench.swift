// Curated French forms: see CountryLexicon for the format.
extension CountryLexicon {
    static let curatedFrench = #"""
    CN display Chine
    US name Amérique|Etats-Unis|États-Unis|Etats-Unis d'Amérique|USA
    US code É.-U.|E.-U. #caps
    CD code RDC #caps
    GB name Grande-Bretagne|Royaume-Uni|Angleterre|Ecosse|Écosse
    KP name Corée du Nord|République populaire démocratique de Corée|RPDC
    KR name Corée du Sud|Corée|République de Corée
    KP+KR name deux Corées|Corées|Corée du Nord et du Sud|Corées du Nord et du Sud|nord et sud-coréens|nord- et sud-coréens
    KR+KP name Corée du Sud et du Nord|sud et nord-coréens|sud- et nord-coréens
    CN name Chine|République populaire de Chine|RPC
    TW name Taïwan|Taiwan
    NL name Pays-Bas|Hollande
    -- drop Maurice
    MU name île Maurice|Ile Maurice
    // Demonyms: masculine, feminine, plurals
    US demonym américain|américaine|américains|américaines|étasunien|étasunienne|étasuniens|étasuniennes
    CN demonym chinois|chinoise|chinoises
    JP demonym japonais|japonaise|japonaises
    KP demonym nord-coréen|nord-coréenne|nord-coréens|nord-coréennes|nordcoréen
    KR demonym sud-coréen|sud-coréenne|sud-coréens|sud-coréennes|coréen|coréenne|coréens|coréennes
    RU demonym russe|russes
    FR demonym français|française|françaises
    DE demonym allemand|allemande|allemands|allemandes
    GB demonym britannique|britanniques|anglais|anglaise|anglaises
    IT demonym italien|italienne|italiens|italiennes
    ES demonym espagnol|espagnole|espagnols|espagnoles
    PT demonym portugais|portugaise|portugaises
    BE demonym belge|belges
    CH demonym suisse|suisses
    NL demonym néerlandais|néerlandaise|néerlandaises
    UA demonym ukrainien|ukrainienne|ukrainiens|ukrainiennes
    PL demonym polonais|polonaise|polonaises
    TR demonym turc|turque|turcs|turques
    IR demonym iranien|iranienne|iraniens|iraniennes
    IQ demonym irakien|irakienne|irakiens|irakiennes
    SY demonym syrien|syrienne|syriens|syriennes
    IL demonym israélien|israélienne|israéliens|israéliennes
    PS demonym palestinien|palestinienne|palestiniens|palestiniennes
    LB demonym libanais|libanaise|libanaises
    EG demonym égyptien|égyptienne|égyptiens|égyptiennes
    SA demonym saoudien|saoudienne|saoudiens|saoudiennes
    QA demonym qatari|qatarie|qataris|qataries
    KW demonym koweïtien|koweïtienne|koweïtiens|koweïtiennes
    AE demonym émirati|émiratie|émiratis|émiraties
    AF demonym afghan|afghane|afghans|afghanes
    PK demonym pakistanais|pakistanaise|pakistanaises
    IN demonym indien|indienne|indiens|indiennes
    ID demonym indonésien|indonésienne|indonésiens|indonésiennes
    MY demonym malaisien|malaisienne|malaisiens|malaisiennes
    VN demonym vietnamien|vietnamienne|vietnamiens|vietnamiennes
    TH demonym thaïlandais|thaïlandaise|thaïlandaises
    PH demonym philippin|philippine|philippins|philippines
    AU demonym australien|australienne|australiens|australiennes
    CA demonym canadien|canadienne|canadiens|canadiennes
    MX demonym mexicain|mexicaine|mexicains|mexicaines
    BR demonym brésilien|brésilienne|brésiliens|brésiliennes
    AR demonym argentin|argentine|argentins|argentines
    CU demonym cubain|cubaine|cubains|cubaines
    VE demonym vénézuélien|vénézuélienne|vénézuéliens|vénézuéliennes
    DZ demonym algérien|algérienne|algériens|algériennes
    MA demonym marocain|marocaine|marocains|marocaines
    TN demonym tunisien|tunisienne|tunisiens|tunisiennes
    LY demonym libyen|libyenne|libyens|libyennes
    ML demonym malien|malienne|maliens|maliennes
    SN demonym sénégalais|sénégalaise|sénégalaises
    NE demonym nigérien|nigérienne|nigériens|nigériennes
    BJ demonym béninois|béninoise|béninoises
    TD demonym tchadien|tchadienne|tchadiens|tchadiennes
    BF demonym burkinabè|burkinabé|burkinabés
    GN demonym guinéen|guinéenne|guinéens|guinéennes
    TG demonym togolais|togolaise|togolaises
    CM demonym camerounais|camerounaise|camerounaises
    GA demonym gabonais|gabonaise|gabonaises
    CD demonym congolais|congolaise|congolaises
    CF demonym centrafricain|centrafricaine|centrafricains|centrafricaines
    MR demonym mauritanien|mauritanienne|mauritaniens|mauritaniennes
    RW demonym rwandais|rwandaise|rwandaises
    BI demonym burundais|burundaise|burundaises
    UG demonym ougandais|ougandaise|ougandaises
    KE demonym kényan|kényane|kényans|kenyan|kenyane
    ET demonym éthiopien|éthiopienne|éthiopiens|éthiopiennes
    SD demonym soudanais|soudanaise|soudanaises
    SO demonym somalien|somalienne|somaliens
    DJ demonym djiboutien|djiboutienne|djiboutiens
    MG demonym malgache|malgaches
    GH demonym ghanéen|ghanéenne|ghanéens
    AO demonym angolais|angolaise|angolaises
    MZ demonym mozambicain|mozambicaine|mozambicains
    CI demonym ivoirien|ivoirienne|ivoiriens|ivoiriennes
    NG demonym nigérian|nigériane|nigérians|nigérianes
    ZA demonym sud-africain|sud-africaine|sud-africains|sud-africaines
    GR demonym grec|grecque|grecs|grecques
    SE demonym suédois|suédoise|suédoises
    AT demonym autrichien|autrichienne|autrichiens|autrichiennes
    TW demonym taïwanais|taïwanaise|taïwanaises
    // Capitals and seats
    US capital Washington|Maison Blanche|Maison-Blanche|Pentagone|Camp David|Capitole
    CN capital Pékin|Pekin|Beijing|Zhongnanhai
    KP capital Pyongyang
    KR capital Séoul|Seoul
    JP capital Tokyo
    RU capital Moscou|Kremlin
    GB capital Londres|Downing Street
    FR capital Paris|Elysée|Élysée|Matignon|Quai d'Orsay
    DE capital Berlin
    IT capital Rome
    ES capital Madrid
    PT capital Lisbonne
    NL capital La Haye|Amsterdam
    CH capital Berne
    AT capital Vienne
    PL capital Varsovie
    UA capital Kiev|Kyiv
    TR capital Ankara
    IR capital Téhéran
    IQ capital Bagdad
    SY capital Damas
    LB capital Beyrouth
    IL capital Jérusalem
    EG capital Le Caire
    SA capital Riyad
    QA capital Doha
    KW capital Koweït City
    AF capital Kaboul
    PK capital Islamabad
    IN capital New Delhi
    ID capital Jakarta|Djakarta
    TH capital Bangkok
    VN capital Hanoï
    TW capital Taipei|Taïpei
    CA capital Ottawa
    MX capital Mexico
    BR capital Brasilia
    CU capital La Havane
    VE capital Caracas
    DZ capital Alger
    MA capital Rabat
    TN capital Tunis
    LY capital Tripoli
    SN capital Dakar
    ML capital Bamako
    // Places
    US place New York|Californie|Hollywood|Los Angeles|San Francisco|Floride|Texas|Hawaï
    CN place Shanghai|Hong Kong|Canton|Xinjiang|Tibet
    JP place Osaka|Okinawa|Hiroshima
    CH place Genève|Zurich|Davos|Lausanne
    BE place Anvers|Liège
    // Institutions and state news agencies
    US institution FBI|CIA|NSA|département d'Etat|Département d'État|département d'État|Conseil de sécurité nationale
    CN institution Chine nouvelle|Xinhua|agence Chine nouvelle|Quotidien du peuple
    KP institution KCNA|agence officielle nord-coréenne
    KR institution Yonhap
    JP institution Kyodo
    RU institution Tass|TASS|RIA Novosti|Douma
    KW institution KUNA
    ID institution ANTARA #caps
    ID institution Antara #local
    FR institution Quai d'Orsay
    -- block Amérique latine|Amérique du Sud|Amérique du Nord|Amérique centrale|péninsule coréenne|guerre de Corée|océan Indien|mer de Chine
    """#
}
