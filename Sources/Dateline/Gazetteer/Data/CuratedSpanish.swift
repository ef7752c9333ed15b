// Curated Spanish forms: see CountryLexicon for the format.
extension CountryLexicon {
    static let curatedSpanish = #"""
    CN display China
    US name Estados Unidos|Estados Unidos de América|Norteamérica|EEUU
    US code EE.UU.|EE. UU.|EE.UU|EUA #caps
    CD code RDC #caps
    -- block Grandes Lagos
    GB name Reino Unido|Gran Bretaña|Inglaterra
    KP name Corea del Norte|República Popular Democrática de Corea
    KR name Corea del Sur|Corea|República de Corea
    KP+KR name dos Coreas|ambas Coreas|Coreas|Corea del Norte y del Sur
    KR+KP name Corea del Sur y del Norte
    CN name China|República Popular China
    JP name Japón
    RU name Rusia
    -- drop Mauricio|Granada
    // Demonyms: masculine, feminine, plurals
    US demonym estadounidense|estadounidenses|norteamericano|norteamericana|norteamericanos|norteamericanas|americano|americana|americanos|americanas
    CN demonym chino|china|chinos|chinas
    JP demonym japonés|japonesa|japoneses|japonesas
    KP demonym norcoreano|norcoreana|norcoreanos|norcoreanas|nortecoreano|nortecoreana|nortecoreanos|nortecoreanas
    KR demonym surcoreano|surcoreana|surcoreanos|surcoreanas|coreano|coreana|coreanos|coreanas
    RU demonym ruso|rusa|rusos|rusas
    FR demonym francés|francesa|franceses|francesas
    DE demonym alemán|alemana|alemanes|alemanas
    GB demonym británico|británica|británicos|británicas|inglés|inglesa|ingleses|inglesas
    IT demonym italiano|italiana|italianos|italianas
    ES demonym español|española|españoles|españolas
    PT demonym portugués|portuguesa|portugueses|portuguesas
    MX demonym mexicano|mexicana|mexicanos|mexicanas
    AR demonym argentino|argentina|argentinos|argentinas
    BR demonym brasileño|brasileña|brasileños|brasileñas
    CO demonym colombiano|colombiana|colombianos|colombianas
    VE demonym venezolano|venezolana|venezolanos|venezolanas
    CU demonym cubano|cubana|cubanos|cubanas
    CL demonym chileno|chilena|chilenos|chilenas
    PE demonym peruano|peruana|peruanos|peruanas
    UA demonym ucraniano|ucraniana|ucranianos|ucranianas
    IR demonym iraní|iraníes
    IL demonym israelí|israelíes
    TR demonym turco|turca|turcos|turcas
    IQ demonym iraquí|iraquíes
    SY demonym sirio|siria|sirios|sirias
    EG demonym egipcio|egipcia|egipcios|egipcias
    SA demonym saudí|saudíes
    AF demonym afgano|afgana|afganos|afganas
    PK demonym paquistaní|paquistaníes
    ID demonym indonesio|indonesia|indonesios|indonesias
    AU demonym australiano|australiana|australianos|australianas
    CA demonym canadiense|canadienses
    VN demonym vietnamita|vietnamitas
    PH demonym filipino|filipina|filipinos|filipinas
    TH demonym tailandés|tailandesa|tailandeses|tailandesas
    ZA demonym sudafricano|sudafricana|sudafricanos|sudafricanas
    NG demonym nigeriano|nigeriana|nigerianos|nigerianas
    MA demonym marroquí|marroquíes
    DZ demonym argelino|argelina|argelinos|argelinas
    PS demonym palestino|palestina|palestinos|palestinas
    LB demonym libanés|libanesa|libaneses|libanesas
    QA demonym catarí|cataríes
    KW demonym kuwaití|kuwaitíes
    AE demonym emiratí|emiratíes
    BE demonym belga|belgas
    CH demonym suizo|suiza|suizos|suizas
    SE demonym sueco|sueca|suecos|suecas
    NO demonym noruego|noruega|noruegos|noruegas
    DK demonym danés|danesa|daneses|danesas
    PL demonym polaco|polaca|polacos|polacas
    GR demonym griego|griega|griegos|griegas
    NL demonym neerlandés|neerlandesa|neerlandeses|neerlandesas
    AT demonym austriaco|austriaca|austriacos|austriacas
    HU demonym húngaro|húngara|húngaros|húngaras
    RO demonym rumano|rumana|rumanos|rumanas
    CZ demonym checo|checa|checos|checas
    BO demonym boliviano|boliviana|bolivianos|bolivianas
    UY demonym uruguayo|uruguaya|uruguayos|uruguayas
    PY demonym paraguayo|paraguaya|paraguayos|paraguayas
    EC demonym ecuatoriano|ecuatoriana|ecuatorianos|ecuatorianas
    NI demonym nicaragüense|nicaragüenses
    HN demonym hondureño|hondureña|hondureños|hondureñas
    SV demonym salvadoreño|salvadoreña|salvadoreños|salvadoreñas
    GT demonym guatemalteco|guatemalteca|guatemaltecos|guatemaltecas
    PA demonym panameño|panameña|panameños|panameñas
    DO demonym dominicano|dominicana|dominicanos|dominicanas
    PR demonym puertorriqueño|puertorriqueña|puertorriqueños|puertorriqueñas
    CR demonym costarricense|costarricenses
    IE demonym irlandés|irlandesa|irlandeses|irlandesas
    FI demonym finlandés|finlandesa|finlandeses|finlandesas
    KZ demonym kazajo|kazaja|kazajos|kazajas
    BY demonym bielorruso|bielorrusa|bielorrusos|bielorrusas
    GY demonym guyanés|guyanesa|guyaneses|guyanesas
    RW demonym ruandés|ruandesa|ruandeses|ruandesas
    KE demonym keniano|keniana|kenianos|kenianas
    ET demonym etíope|etíopes
    SD demonym sudanés|sudanesa|sudaneses|sudanesas
    SO demonym somalí|somalíes
    YE demonym yemení|yemeníes
    JO demonym jordano|jordana|jordanos|jordanas
    OM demonym omaní|omaníes
    BH demonym bareiní|bareiníes|bahreiní|bahreiníes
    LY demonym libio|libia|libios|libias
    TN demonym tunecino|tunecina|tunecinos|tunecinas
    ML demonym maliense|malienses
    NE demonym nigerino|nigerina|nigerinos|nigerinas
    BF demonym burkinés|burkinesa|burkineses|burkinesas
    TD demonym chadiano|chadiana|chadianos|chadianas
    SN demonym senegalés|senegalesa|senegaleses|senegalesas
    CI demonym marfileño|marfileña|marfileños|marfileñas
    GH demonym ghanés|ghanesa|ghaneses|ghanesas
    CM demonym camerunés|camerunesa|cameruneses|camerunesas
    AO demonym angoleño|angoleña|angoleños|angoleñas
    MZ demonym mozambiqueño|mozambiqueña|mozambiqueños|mozambiqueñas
    ZW demonym zimbabuense|zimbabuenses
    HT demonym haitiano|haitiana|haitianos|haitianas
    UZ demonym uzbeko|uzbeka|uzbekos|uzbekas
    AZ demonym azerbaiyano|azerbaiyana|azerbaiyanos|azerbaiyanas
    AM demonym armenio|armenia|armenios|armenias
    GE demonym georgiano|georgiana|georgianos|georgianas
    MD demonym moldavo|moldava|moldavos|moldavas
    RS demonym serbio|serbia|serbios|serbias
    HR demonym croata|croatas
    BA demonym bosnio|bosnia|bosnios|bosnias
    MM demonym birmano|birmana|birmanos|birmanas
    KH demonym camboyano|camboyana|camboyanos|camboyanas
    BD demonym bangladesí|bangladesíes
    NP demonym nepalí|nepalíes
    MY demonym malasio|malasia|malasios|malasias
    SG demonym singapurense|singapurenses
    NZ demonym neozelandés|neozelandesa|neozelandeses|neozelandesas
    TW demonym taiwanés|taiwanesa|taiwaneses|taiwanesas
    MN demonym mongol|mongola|mongoles|mongolas
    // Capitals and seats
    US capital Washington|Casa Blanca|Pentágono|Camp David
    CN capital Pekín|Beijing
    KP capital Pyongyang|Pionyang
    KR capital Seúl
    JP capital Tokio
    RU capital Moscú|Kremlin
    GB capital Londres|Downing Street
    FR capital París|Elíseo
    DE capital Berlín
    IT capital Roma
    ES capital Madrid|La Moncloa|Moncloa
    MX capital Ciudad de México
    AR capital Buenos Aires|Casa Rosada
    VE capital Caracas|Miraflores
    CU capital La Habana
    CO capital Bogotá
    PE capital Lima #local
    IR capital Teherán
    PT capital Lisboa
    NL capital La Haya
    PL capital Varsovia
    UA capital Kiev|Kyiv
    TR capital Ankara
    IQ capital Bagdad
    SY capital Damasco
    LB capital Beirut
    IL capital Jerusalén
    EG capital El Cairo
    SA capital Riad
    QA capital Doha
    IN capital Nueva Delhi
    ID capital Yakarta
    TW capital Taipéi|Taipei
    AU capital Canberra
    CA capital Ottawa
    BR capital Brasilia|Brasília|Planalto
    CL capital Santiago de Chile|La Moneda
    EC capital Quito
    UY capital Montevideo
    NI capital Managua
    GT capital Ciudad de Guatemala
    MA capital Rabat
    DZ capital Argel
    // Places
    US place Nueva York|California|Hollywood|Florida|Texas
    // Institutions and state news agencies
    US institution FBI|CIA|NSA|Departamento de Estado
    CN institution Xinhua|agencia Xinhua
    KP institution KCNA|agencia oficial norcoreana
    KR institution Yonhap
    RU institution TASS|RIA Novosti
    KW institution KUNA
    -- block América Latina|Latinoamérica|América del Sur|Sudamérica|América del Norte|Centroamérica|península de Corea|península coreana|guerra de Corea|mar de China Meridional
    """#
}
