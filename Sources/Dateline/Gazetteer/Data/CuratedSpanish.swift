// Curated Spanish forms: see CountryLexicon for the format.
extension CountryLexicon {
    static let curatedSpanish = #"""
    CN display China
    US name Estados Unidos|Estados Unidos de América|Norteamérica|EEUU
    US code EE.UU.|EE. UU.|EE.UU|EUA #caps
    GB name Reino Unido|Gran Bretaña|Inglaterra
    KP name Corea del Norte|República Popular Democrática de Corea
    KR name Corea del Sur|Corea|República de Corea
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
    IN demonym indio|india|indios|indias
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
