// Curated English forms: see CountryLexicon for the format.
extension CountryLexicon {
    static let curatedEnglish = #"""
    // Display names where CLDR's differs from the everyday one.
    CN display China
    // Names and codes
    -- drop Reunion|Réunion|Jersey
    US name America|United States|United States of America|the States
    US code US|U.S.|USA|U.S.A.|U.S.A #caps
    GB name Britain|Great Britain|United Kingdom|England|Scotland|Wales|Northern Ireland
    GB code UK|U.K.|GB #caps
    KP name North Korea|N. Korea|Democratic People's Republic of Korea|DPR Korea
    KP code DPRK|D.P.R.K. #caps
    KR name South Korea|S. Korea|Korea|Republic of Korea
    KR code ROK #caps
    KP+KR name North and South Korea|both Koreas|two Koreas|North and South Koreans
    KR+KP name South and North Korea|South and North Koreans
    CN name China|Mainland China|People's Republic of China
    CN code PRC #caps
    AE name Emirates|United Arab Emirates
    AE code UAE|U.A.E. #caps
    SA code KSA #caps
    TW name Taiwan|Republic of China
    IR name Iran|Islamic Republic of Iran
    CZ name Czech Republic|Czechia
    TR name Turkey|Türkiye|Turkiye
    CI name Ivory Coast|Côte d'Ivoire
    MM name Burma|Myanmar
    VA name Vatican|Holy See
    PS name Palestine|Palestinian Territories
    CD name DR Congo|DRC|Democratic Republic of Congo|Democratic Republic of the Congo
    CG name Republic of Congo
    MK name North Macedonia|Macedonia
    SZ name Eswatini|Swaziland
    CV name Cape Verde
    TL name East Timor|Timor-Leste
    NL name Netherlands|Holland|the Netherlands
    // Demonyms and adjectives
    US demonym American|Americans
    GB demonym British|Briton|Britons
    CN demonym Chinese
    JP demonym Japanese
    KR demonym South Korean|South Koreans|Korean|Koreans|S. Korean
    KP demonym North Korean|North Koreans|N. Korean
    RU demonym Russian|Russians
    FR demonym French|Frenchman|Frenchmen|Frenchwoman
    DE demonym German|Germans
    IT demonym Italian|Italians
    ES demonym Spanish|Spaniard|Spaniards
    PT demonym Portuguese
    NL demonym Dutch
    BE demonym Belgian|Belgians
    CH demonym Swiss
    AT demonym Austrian|Austrians
    SE demonym Swedish|Swede|Swedes
    NO demonym Norwegian|Norwegians
    DK demonym Danish|Dane|Danes
    FI demonym Finnish|Finns
    PL demonym Polish|Poles
    UA demonym Ukrainian|Ukrainians
    BY demonym Belarusian|Belarusians
    GR demonym Greek|Greeks
    TR demonym Turkish|Turk|Turks
    IR demonym Iranian|Iranians
    IQ demonym Iraqi|Iraqis
    SY demonym Syrian|Syrians
    IL demonym Israeli|Israelis
    PS demonym Palestinian|Palestinians
    LB demonym Lebanese
    JO demonym Jordanian|Jordanians
    EG demonym Egyptian|Egyptians
    SA demonym Saudi|Saudis|Saudi Arabian
    AE demonym Emirati|Emiratis
    QA demonym Qatari|Qataris
    KW demonym Kuwaiti|Kuwaitis
    BH demonym Bahraini|Bahrainis
    OM demonym Omani|Omanis
    YE demonym Yemeni|Yemenis
    AF demonym Afghan|Afghans
    PK demonym Pakistani|Pakistanis
    IN demonym Indian|Indians
    BD demonym Bangladeshi|Bangladeshis
    LK demonym Sri Lankan
    NP demonym Nepali|Nepalese
    ID demonym Indonesian|Indonesians
    MY demonym Malaysian|Malaysians
    SG demonym Singaporean|Singaporeans
    TH demonym Thai
    VN demonym Vietnamese
    PH demonym Filipino|Filipinos|Philippine
    MM demonym Burmese
    KH demonym Cambodian|Cambodians
    LA demonym Laotian
    MN demonym Mongolian
    KZ demonym Kazakh|Kazakhstani
    UZ demonym Uzbek
    AU demonym Australian|Australians
    NZ demonym New Zealander|New Zealanders
    CA demonym Canadian|Canadians
    MX demonym Mexican|Mexicans
    BR demonym Brazilian|Brazilians
    AR demonym Argentine|Argentinian|Argentinians
    CL demonym Chilean|Chileans
    CO demonym Colombian|Colombians
    VE demonym Venezuelan|Venezuelans
    CU demonym Cuban|Cubans
    PE demonym Peruvian|Peruvians
    ZA demonym South African|South Africans
    NG demonym Nigerian|Nigerians
    KE demonym Kenyan|Kenyans
    ET demonym Ethiopian|Ethiopians
    SD demonym Sudanese
    LY demonym Libyan|Libyans
    TN demonym Tunisian|Tunisians
    DZ demonym Algerian|Algerians
    MA demonym Moroccan|Moroccans
    IE demonym Irish
    HU demonym Hungarian|Hungarians
    CZ demonym Czech|Czechs
    RO demonym Romanian|Romanians
    BG demonym Bulgarian|Bulgarians
    RS demonym Serbian|Serb|Serbs
    HR demonym Croatian|Croat|Croats
    GE demonym Georgian|Georgians
    AM demonym Armenian|Armenians
    AZ demonym Azerbaijani|Azeri
    TW demonym Taiwanese
    // Capitals and seats of power standing for the state
    US capital Washington|Washington D.C.|White House|Pentagon|Capitol Hill|Camp David|Oval Office
    CN capital Beijing|Peking|Zhongnanhai
    KP capital Pyongyang
    KR capital Seoul|Blue House|Cheong Wa Dae
    JP capital Tokyo|Kantei
    RU capital Moscow|Kremlin
    GB capital London|Downing Street|Whitehall|Westminster
    FR capital Paris|Elysee|Élysée|Elysee Palace|Élysée Palace|Quai d'Orsay
    DE capital Berlin
    IT capital Rome
    ES capital Madrid
    PT capital Lisbon
    NL capital Amsterdam|The Hague
    AT capital Vienna
    CH capital Bern|Berne
    SE capital Stockholm
    NO capital Oslo
    DK capital Copenhagen
    FI capital Helsinki
    PL capital Warsaw
    CZ capital Prague
    HU capital Budapest
    RO capital Bucharest
    GR capital Athens
    RS capital Belgrade
    UA capital Kyiv|Kiev
    BY capital Minsk
    GE capital Tbilisi
    AM capital Yerevan
    AZ capital Baku
    KZ capital Astana
    UZ capital Tashkent
    TR capital Ankara
    IR capital Tehran
    IQ capital Baghdad
    SY capital Damascus
    LB capital Beirut
    JO capital Amman
    IL capital Jerusalem|Knesset
    EG capital Cairo
    SA capital Riyadh
    AE capital Abu Dhabi
    QA capital Doha
    KW capital Kuwait City
    BH capital Manama
    OM capital Muscat
    YE capital Sanaa|Sana'a
    AF capital Kabul
    PK capital Islamabad
    IN capital New Delhi|Delhi
    BD capital Dhaka
    LK capital Colombo
    NP capital Kathmandu
    ID capital Jakarta
    MY capital Kuala Lumpur|Putrajaya
    TH capital Bangkok
    VN capital Hanoi
    PH capital Manila|Malacañang
    KH capital Phnom Penh
    LA capital Vientiane
    MM capital Naypyidaw|Naypyitaw
    MN capital Ulaanbaatar|Ulan Bator
    TW capital Taipei
    AU capital Canberra
    NZ capital Wellington
    CA capital Ottawa
    MX capital Mexico City
    BR capital Brasilia|Brasília
    AR capital Buenos Aires|Casa Rosada
    CU capital Havana
    VE capital Caracas|Miraflores Palace
    CO capital Bogota|Bogotá
    PE capital Lima #local
    ZA capital Pretoria
    NG capital Abuja
    KE capital Nairobi
    ET capital Addis Ababa
    SD capital Khartoum
    LY capital Tripoli
    TN capital Tunis
    DZ capital Algiers
    MA capital Rabat
    IE capital Dublin
    NE capital Niamey
    BJ capital Cotonou|Porto-Novo
    ML capital Bamako
    BF capital Ouagadougou
    TD capital N'Djamena|Ndjamena
    GN capital Conakry
    CI capital Abidjan|Yamoussoukro
    SN capital Dakar
    TG capital Lomé|Lome
    CM capital Yaoundé|Yaounde
    GA capital Libreville
    CD capital Kinshasa
    CG capital Brazzaville
    CF capital Bangui
    MR capital Nouakchott
    RW capital Kigali
    BI capital Bujumbura|Gitega
    UG capital Kampala
    TZ capital Dodoma|Dar es Salaam
    SO capital Mogadishu|Mogadiscio
    DJ capital Djibouti City
    ER capital Asmara
    SS capital Juba
    MG capital Antananarivo
    MZ capital Maputo
    ZW capital Harare
    ZM capital Lusaka
    AO capital Luanda
    NA capital Windhoek
    BW capital Gaborone
    GH capital Accra
    SL capital Freetown
    LR capital Monrovia
    GM capital Banjul
    EC capital Quito
    BO capital La Paz|Sucre
    UY capital Montevideo
    PA capital Panama City
    NI capital Managua
    HN capital Tegucigalpa
    SV capital San Salvador
    GT capital Guatemala City
    DO capital Santo Domingo
    HT capital Port-au-Prince
    KG capital Bishkek
    TJ capital Dushanbe
    TM capital Ashgabat
    BT capital Thimphu
    BN capital Bandar Seri Begawan
    PG capital Port Moresby
    LV capital Riga
    LT capital Vilnius
    EE capital Tallinn
    MD capital Chisinau|Chişinău|Chișinău
    BA capital Sarajevo
    MK capital Skopje
    AL capital Tirana
    ME capital Podgorica
    SI capital Ljubljana
    HR capital Zagreb
    SK capital Bratislava
    BG capital Sofia
    MT capital Valletta
    CY capital Nicosia
    IS capital Reykjavik|Reykjavík
    GY capital Georgetown
    SR capital Paramaribo
    PY capital Asunción|Asuncion
    TT capital Port of Spain|Port-of-Spain
    BB capital Bridgetown
    FJ capital Suva
    SB capital Honiara
    VU capital Port Vila
    TO capital Nuku'alofa|Nukualofa
    WS capital Apia
    MW capital Lilongwe
    LS capital Maseru
    GQ capital Malabo
    MU capital Port Louis
    // Other places that stand for their country in the news
    US place New York|Los Angeles|California|Hollywood|San Francisco|Silicon Valley|Chicago|Texas|Florida|Hawaii|Alaska|Virginia|Boston|Seattle|Miami|Wall Street|New Jersey|New Mexico|Massachusetts|Pennsylvania|Las Vegas|Houston
    CN place Shanghai|Guangzhou|Shenzhen|Wuhan|Xinjiang|Chongqing|Tianjin
    JP place Osaka|Okinawa|Hiroshima|Nagasaki|Kyoto|Fukushima
    KR place Busan|Incheon
    RU place St. Petersburg|Saint Petersburg|Vladivostok|Siberia
    AE place Dubai
    TR place Istanbul
    IL place Tel Aviv
    CH place Geneva|Zurich|Davos
    IN place Mumbai|Bombay|Kolkata|Bangalore
    PK place Karachi|Lahore
    ID place Bali|Surabaya|Bandung|Java|Sumatra
    AU place Melbourne|Perth|Brisbane
    CA place Toronto|Vancouver|Montreal|Quebec
    SA place Jeddah|Mecca|Medina
    SY place Aleppo|Homs|Idlib
    IQ place Mosul|Basra|Erbil|Kirkuk|Fallujah
    PS place Gaza|West Bank|Ramallah|Gaza Strip
    UA place Kharkiv|Odesa|Odessa|Lviv|Donetsk|Luhansk|Mariupol|Zaporizhzhia|Kherson
    RU place Kaliningrad|Novosibirsk|Chechnya|Dagestan
    DE place Frankfurt|Munich|Hamburg|Cologne|Bavaria
    IT place Milan|Naples|Venice|Sicily|Turin
    ES place Barcelona|Catalonia|Seville|Valencia
    FR place Marseille|Lyon|Strasbourg|Bordeaux|Corsica
    GB place Manchester|Liverpool|Birmingham|Edinburgh|Glasgow|Belfast|Cardiff
    BR place Sao Paulo|São Paulo|Rio de Janeiro
    MX place Guadalajara|Monterrey|Tijuana
    EG place Alexandria|Sinai|Suez
    LY place Benghazi|Misrata
    AF place Kandahar|Herat|Kunduz|Helmand
    PK place Peshawar|Quetta|Rawalpindi|Balochistan
    MM place Yangon|Rangoon|Mandalay|Rakhine
    VN place Ho Chi Minh City|Saigon|Da Nang
    NG place Lagos|Kano
    ZA place Johannesburg|Cape Town|Durban
    MA place Casablanca|Marrakech|Tangier
    TW place Kaohsiung|Taichung
    KP place Yongbyon|Kaesong|Punggye-ri|Sohae
    CN place Hainan|Fujian|Guangdong|Sichuan|Yunnan|Inner Mongolia|Harbin|Nanjing|Hangzhou|Xiamen|Dalian|Qingdao
    JP place Yokohama|Sapporo|Hokkaido|Fukuoka
    KR place Daegu|Gwangju|Jeju|Pyeongchang|Panmunjom
    // National institutions and state news agencies (not international agencies: AFP, AP, Reuters, BBC)
    US institution FBI|CIA|NSA|State Department|U.S. State Department|Department of State|Justice Department|Department of Justice|Homeland Security|Department of Homeland Security|Treasury Department|U.S. Treasury|Federal Bureau of Investigation|Central Intelligence Agency|National Security Agency|National Security Council|Voice of America
    CN institution Xinhua|Xinhua News Agency|People's Daily|Global Times|CCTV|China Daily|People's Liberation Army|Chinese Communist Party
    CN institution PLA|CCP #caps
    KP institution KCNA|Korean Central News Agency|Rodong Sinmun|Workers' Party of Korea|Korean People's Army
    KR institution Yonhap|Yonhap News Agency|National Intelligence Service
    JP institution Kyodo|Kyodo News|NHK|Self-Defense Forces|Jiji Press
    RU institution TASS|ITAR-TASS|RIA Novosti|Interfax|FSB|Duma|State Duma|Rosatom|Roscosmos|Gazprom
    KW institution KUNA|Kuwait News Agency
    ID institution ANTARA #caps
    ID institution Antara|Antara News #local
    IR institution IRNA|Press TV|IRGC|Revolutionary Guards|Islamic Revolutionary Guard Corps
    AE institution WAM #caps
    SA institution SPA #caps
    SA institution Saudi Press Agency
    GB institution MI6|MI5|GCHQ|Scotland Yard|Foreign Office
    DE institution BND|Bundestag|Bundeswehr
    IL institution Mossad|IDF|Shin Bet
    FR institution Quai d'Orsay
    RU institution Sputnik|Sputnik News|RT News|Russia Today
    CN institution CGTN|China News Service|Chinanews|Ministry of State Security
    KR institution KBS|MBC|Korea Herald|JoongAng Ilbo|Chosun Ilbo
    SY institution SANA #caps
    EG institution Middle East News Agency|Al-Ahram|Al Ahram
    TR institution Anadolu|Anadolu Agency|TRT
    QA institution QNA #caps
    QA institution Qatar News Agency
    BH institution BNA #caps
    OM institution ONA #caps
    JO institution Petra News Agency
    LB institution NNA #caps
    LB institution National News Agency
    IR institution Tasnim|Fars News|Mehr News
    MY institution Bernama
    PH institution Philippine News Agency|Malacañang Palace
    VN institution VNA #caps
    VN institution Vietnam News Agency
    UA institution Ukrinform|SBU #caps
    BY institution BelTA
    KZ institution Kazinform
    IN institution Press Trust of India|Lok Sabha
    PK institution Associated Press of Pakistan|Inter-Services Intelligence
    PK institution ISI #caps
    CU institution Prensa Latina|Granma
    HK institution South China Morning Post
    AR institution Télam
    MX institution Notimex
    SA institution Saudi Aramco|Aramco
    // Not references to one country
    -- block Great Lakes|Latin America|South America|North America|Central America|Indian Ocean|Korean Peninsula|Korean War|Persian Gulf|Arabian Sea|Arab League|Washington Post|Georgetown University|Georgetown Law|New Guinea|East China Sea|South China Sea
    """#
}
