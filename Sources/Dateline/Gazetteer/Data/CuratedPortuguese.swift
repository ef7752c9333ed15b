// Curated Portuguese forms: see CountryLexicon for the format.
extension CountryLexicon {
    static let curatedPortuguese = #"""
    CN display China
    -- drop Granada
    US name Estados Unidos|Estados Unidos da América|América
    US code EUA|E.U.A. #caps
    CD code RDC #caps
    -- block Grandes Lagos
    GB name Reino Unido|Grã-Bretanha|Inglaterra
    KP name Coreia do Norte|Coréia do Norte|República Popular Democrática da Coreia
    KR name Coreia do Sul|Coréia do Sul|Coreia|Coréia
    KP+KR name duas Coreias|Coreias|Coreia do Norte e do Sul
    KR+KP name Coreia do Sul e do Norte
    CN name China|República Popular da China
    JP name Japão
    RU name Rússia
    DE name Alemanha
    FR name França
    // Demonyms: masculine, feminine, plurals
    US demonym norte-americano|norte-americana|norte-americanos|norte-americanas|americano|americana|americanos|americanas|estadunidense|estadunidenses
    CN demonym chinês|chinesa|chineses|chinesas
    JP demonym japonês|japonesa|japoneses|japonesas
    KP demonym norte-coreano|norte-coreana|norte-coreanos|norte-coreanas
    KR demonym sul-coreano|sul-coreana|sul-coreanos|sul-coreanas|coreano|coreana|coreanos|coreanas
    RU demonym russo|russa|russos|russas
    FR demonym francês|francesa|franceses|francesas
    DE demonym alemão|alemã|alemães|alemãs
    GB demonym britânico|britânica|britânicos|britânicas|inglês|inglesa|ingleses|inglesas
    IT demonym italiano|italiana|italianos|italianas
    ES demonym espanhol|espanhola|espanhóis|espanholas
    PT demonym português|portuguesa|portugueses|portuguesas
    BR demonym brasileiro|brasileira|brasileiros|brasileiras
    AR demonym argentino|argentina|argentinos|argentinas
    MX demonym mexicano|mexicana|mexicanos|mexicanas
    AO demonym angolano|angolana|angolanos|angolanas
    MZ demonym moçambicano|moçambicana|moçambicanos|moçambicanas
    UA demonym ucraniano|ucraniana|ucranianos|ucranianas
    IR demonym iraniano|iraniana|iranianos|iranianas
    IL demonym israelense|israelenses|israelita|israelitas
    IQ demonym iraquiano|iraquiana|iraquianos|iraquianas
    GY demonym guianense|guianenses
    RW demonym ruandês|ruandesa|ruandeses|ruandesas
    KE demonym queniano|queniana|quenianos|quenianas
    ET demonym etíope|etíopes
    SD demonym sudanês|sudanesa|sudaneses|sudanesas
    YE demonym iemenita|iemenitas
    JO demonym jordano|jordana|jordanos|jordanas
    OM demonym omanense|omanenses
    LY demonym líbio|líbia|líbios|líbias
    TN demonym tunisino|tunisina|tunisinos|tunisinas
    ML demonym maliano|maliana|malianos|malianas
    NE demonym nigerino|nigerina|nigerinos|nigerinas
    TD demonym chadiano|chadiana|chadianos|chadianas
    SN demonym senegalês|senegalesa|senegaleses|senegalesas
    CI demonym marfinense|marfinenses
    GH demonym ganês|ganesa|ganeses|ganesas
    CM demonym camaronês|camaronesa|camaroneses|camaronesas
    ZW demonym zimbabueano|zimbabueana|zimbabueanos|zimbabueanas
    HT demonym haitiano|haitiana|haitianos|haitianas
    GT demonym guatemalteco|guatemalteca|guatemaltecos|guatemaltecas
    HN demonym hondurenho|hondurenha|hondurenhos|hondurenhas
    SV demonym salvadorenho|salvadorenha|salvadorenhos|salvadorenhas
    NI demonym nicaraguense|nicaraguenses
    PA demonym panamenho|panamenha|panamenhos|panamenhas
    KZ demonym cazaque|cazaques
    UZ demonym uzbeque|uzbeques
    AZ demonym azerbaijano|azerbaijana|azerbaijanos|azerbaijanas
    AM demonym arménio|armênio|arménia|armênia|arménios|armênios
    GE demonym georgiano|georgiana|georgianos|georgianas
    BY demonym bielorrusso|bielorrussa|bielorrussos|bielorrussas
    MD demonym moldavo|moldava|moldavos|moldavas
    RS demonym sérvio|sérvia|sérvios|sérvias
    HR demonym croata|croatas
    BA demonym bósnio|bósnia|bósnios|bósnias
    MM demonym birmanês|birmanesa|birmaneses|birmanesas
    KH demonym cambojano|cambojana|cambojanos|cambojanas
    NP demonym nepalês|nepalesa|nepaleses|nepalesas
    SG demonym singapurense|singapurenses
    NZ demonym neozelandês|neozelandesa|neozelandeses|neozelandesas
    TW demonym taiwanês|taiwanesa|taiwaneses|taiwanesas
    MN demonym mongol|mongóis
    SY demonym sírio|síria|sírios|sírias
    EG demonym egípcio|egípcia|egípcios|egípcias
    SA demonym saudita|sauditas
    AF demonym afegão|afegã|afegãos|afegães|afegãs
    PK demonym paquistanês|paquistanesa|paquistaneses|paquistanesas
    ID demonym indonésio|indonésia|indonésios|indonésias
    AU demonym australiano|australiana|australianos|australianas
    CA demonym canadense|canadenses
    VN demonym vietnamita|vietnamitas
    IN demonym indiano|indiana|indianos|indianas
    PS demonym palestino|palestina|palestinos|palestinas
    LB demonym libanês|libanesa|libaneses|libanesas
    TR demonym turco|turca|turcos|turcas
    GR demonym grego|grega|gregos|gregas
    SE demonym sueco|sueca|suecos|suecas
    PL demonym polonês|polonesa|poloneses|polonesas
    NL demonym holandês|holandesa|holandeses|holandesas
    BE demonym belga|belgas
    CH demonym suíço|suíça|suíços|suíças
    VE demonym venezuelano|venezuelana|venezuelanos|venezuelanas
    CO demonym colombiano|colombiana|colombianos|colombianas
    CL demonym chileno|chilena|chilenos|chilenas
    PE demonym peruano|peruana|peruanos|peruanas
    CU demonym cubano|cubana|cubanos|cubanas
    BO demonym boliviano|boliviana|bolivianos|bolivianas
    UY demonym uruguaio|uruguaia|uruguaios|uruguaias
    PY demonym paraguaio|paraguaia|paraguaios|paraguaias
    EC demonym equatoriano|equatoriana|equatorianos|equatorianas
    ZA demonym sul-africano|sul-africana|sul-africanos|sul-africanas
    NG demonym nigeriano|nigeriana|nigerianos|nigerianas
    MA demonym marroquino|marroquina|marroquinos|marroquinas
    DZ demonym argelino|argelina|argelinos|argelinas
    CV demonym cabo-verdiano|cabo-verdiana|cabo-verdianos|cabo-verdianas
    GW demonym guineense|guineenses
    TL demonym timorense|timorenses
    ST demonym são-tomense|são-tomenses
    PH demonym filipino|filipina|filipinos|filipinas
    TH demonym tailandês|tailandesa|tailandeses|tailandesas
    IE demonym irlandês|irlandesa|irlandeses|irlandesas
    HU demonym húngaro|húngara|húngaros|húngaras
    RO demonym romeno|romena|romenos|romenas
    CZ demonym tcheco|tcheca|tchecos|tchecas
    NO demonym norueguês|norueguesa|noruegueses|norueguesas
    DK demonym dinamarquês|dinamarquesa|dinamarqueses|dinamarquesas
    FI demonym finlandês|finlandesa|finlandeses|finlandesas
    AT demonym austríaco|austríaca|austríacos|austríacas
    QA demonym catariano|catariana|catarianos|catarianas
    KW demonym kuwaitiano|kuwaitiana|kuwaitianos|kuwaitianas
    AE demonym emiradense|emiradenses
    IQ demonym iraquiano|iraquiana|iraquianos|iraquianas
    // Capitals and seats
    US capital Washington|Casa Branca|Pentágono|Camp David
    CN capital Pequim|Beijing
    KP capital Pyongyang|Pionguiang
    KR capital Seul
    JP capital Tóquio
    RU capital Moscou|Moscovo|Kremlin
    GB capital Londres
    FR capital Paris|Eliseu
    DE capital Berlim
    PT capital Lisboa
    BR capital Brasília|Planalto|Palácio do Planalto|Itamaraty
    AO capital Luanda
    MZ capital Maputo
    ES capital Madri|Madrid
    IT capital Roma
    UA capital Kiev|Kyiv|Kiiv
    PL capital Varsóvia
    TR capital Ancara
    IR capital Teerã|Teerão
    IQ capital Bagdá|Bagdade
    SY capital Damasco
    IL capital Jerusalém
    EG capital Cairo
    SA capital Riad
    IN capital Nova Délhi
    AR capital Buenos Aires|Casa Rosada
    VE capital Caracas
    CU capital Havana
    MX capital Cidade do México
    CA capital Ottawa
    AU capital Camberra|Canberra
    GW capital Bissau
    ST capital São Tomé
    TL capital Díli
    // Places
    US place Nova York|Nova Iorque|Califórnia|Hollywood
    BR place São Paulo|Rio de Janeiro
    // Institutions and state news agencies
    US institution FBI|CIA|NSA|Departamento de Estado
    CN institution Xinhua|agência Xinhua|Nova China
    KP institution KCNA|agência oficial norte-coreana
    KR institution Yonhap
    RU institution TASS|RIA Novosti
    KW institution KUNA
    BR institution Agência Brasil
    -- block América Latina|América do Sul|América do Norte|América Central|península coreana|Guerra da Coreia|mar do Sul da China
    """#
}
