// Curated Indonesian forms: see CountryLexicon for the format. Indonesian rarely has
// demonyms ("orang Amerika", "pemerintah Jepang"): the name serves as the adjective.
extension CountryLexicon {
    static let curatedIndonesian = #"""
    CN display Tiongkok
    US name Amerika Serikat|Amerika|Negeri Paman Sam
    US code AS #caps #local
    GB name Inggris|Britania Raya|Kerajaan Inggris
    KP name Korea Utara|Korut
    KR name Korea Selatan|Korsel|Korea
    KP+KR name kedua Korea|dua Korea|Korea Utara dan Selatan|Korea Utara dan Korea Selatan
    KR+KP name Korea Selatan dan Utara
    CN name Tiongkok|Cina|China|Republik Rakyat Tiongkok|Republik Rakyat China
    CN code RRT|RRC #caps #local
    JP name Jepang|Negeri Sakura
    RU name Rusia
    FR name Prancis|Perancis
    DE name Jerman
    NL name Belanda
    IT name Italia
    ES name Spanyol
    SA name Arab Saudi|Saudi Arabia
    AE name Uni Emirat Arab|UEA
    SY name Suriah
    PS name Palestina|Gaza
    EG name Mesir
    TR name Turki
    AF name Afganistan|Afghanistan
    SG name Singapura
    PH name Filipina
    NZ name Selandia Baru
    CA name Kanada
    MX name Meksiko
    BR name Brasil
    UA name Ukraina
    ID name Indonesia|Republik Indonesia|Tanah Air
    ID code RI|NKRI #caps #local
    // Demonyms, used mostly after "orang" or as "bangsa …"
    ID demonym orang Indonesia|bangsa Indonesia
    // Capitals and seats
    US capital Washington|Gedung Putih|Pentagon|Camp David
    CN capital Beijing|Peking
    KP capital Pyongyang
    KR capital Seoul
    JP capital Tokyo
    RU capital Moskow|Moskwa|Kremlin
    GB capital London|Downing Street
    FR capital Paris|Istana Elysee
    DE capital Berlin
    IR capital Teheran
    IQ capital Bagdad
    SY capital Damaskus
    EG capital Kairo
    SA capital Riyadh
    AU capital Canberra
    MY capital Kuala Lumpur|Putrajaya
    SG capital Singapura
    ID capital Jakarta|Istana Merdeka|Istana Negara|Istana Kepresidenan
    IN capital New Delhi
    UA capital Kyiv|Kiev
    TR capital Ankara
    IL capital Yerusalem|Tel Aviv
    PK capital Islamabad
    TH capital Bangkok
    VN capital Hanoi
    PH capital Manila|Malacanang
    MM capital Naypyidaw
    KH capital Phnom Penh
    TW capital Taipei
    NZ capital Wellington
    BN capital Bandar Seri Begawan
    TL capital Dili
    CA capital Ottawa
    IT capital Roma
    ES capital Madrid
    NL capital Den Haag
    // Places
    US place Hollywood|California|Kalifornia|New York|Los Angeles|Silicon Valley
    ID place Bali|Surabaya|Bandung|Yogyakarta|Medan|Makassar|Papua|Jawa|Sumatera|Sulawesi|Kalimantan|Aceh
    // Institutions and state news agencies
    US institution FBI|CIA|NSA|Departemen Luar Negeri AS|Kementerian Luar Negeri AS|Kemenlu AS
    KP institution KCNA|Kantor Berita Pusat Korea
    CN institution Xinhua|kantor berita Xinhua
    KR institution Yonhap
    JP institution Kyodo
    RU institution TASS
    KW institution KUNA
    ID institution ANTARA #caps
    ID institution LKBN Antara|Kantor Berita Antara|TNI|Polri|Kemlu|Kementerian Luar Negeri RI|Kemenlu RI
    ID institution DPR|MPR|KPK|BIN|BSSN #caps #local
    ID institution Bakamla|Basarnas|BNPB|BMKG|Kemhan|Kemenhan|Kemenkeu|Kemendag #local
    -- block Amerika Latin|Amerika Selatan|Amerika Utara|Amerika Tengah|Semenanjung Korea|Perang Korea|Laut China Selatan|Laut Cina Selatan|Laut Tiongkok Selatan
    """#
}
