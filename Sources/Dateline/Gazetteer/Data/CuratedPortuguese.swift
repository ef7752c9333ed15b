// Curated Portuguese forms: see CountryLexicon for the format.
extension CountryLexicon {
    static let curatedPortuguese = #"""
    CN display China
    -- drop Granada
    US name Estados Unidos|Estados Unidos da América|América
    US code EUA|E.U.A. #caps
    GB name Reino Unido|Grã-Bretanha|Inglaterra
    KP name Coreia do Norte|Coréia do Norte|República Popular Democrática da Coreia
    KR name Coreia do Sul|Coréia do Sul|Coreia|Coréia
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
