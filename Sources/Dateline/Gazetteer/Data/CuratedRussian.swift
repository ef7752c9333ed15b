// Curated Russian forms: see CountryLexicon for the format. Case endings are handled by
// stemming (RussianCaseEndings), so one form covers its cases; short words whose stem
// would be too short are listed in their cases.
extension CountryLexicon {
    static let curatedRussian = #"""
    KP display Северная Корея
    CN display Китай
    US name Соединенные Штаты|Соединенные Штаты Америки|Америка
    US code США|США #caps
    GB name Великобритания|Соединенное Королевство|Англия|Британия
    KP name Северная Корея|КНДР|Корейская Народно-Демократическая Республика
    KR name Южная Корея|Корея|Республика Корея
    CN name Китай|КНР|Китайская Народная Республика
    JP name Япония
    RU name Россия|Российская Федерация|РФ
    UA name Украина
    -- drop Того|Мали|Куба
    CU name Куба|Кубы|Кубе|Кубу|Кубой
    // Demonyms and adjectives (any case)
    US demonym американский|американец|американцы|американцев|американка
    CN demonym китайский|китаец|китайцы|китайцев
    JP demonym японский|японец|японцы|японцев
    KP demonym северокорейский|северокорейцы|северокорейцев
    KR demonym южнокорейский|корейский|южнокорейцы|корейцы|корейцев
    RU demonym российский|русский|россиянин|россияне|россиян
    GB demonym британский|британец|британцы|английский
    FR demonym французский|француз|французы
    DE demonym немецкий|германский|немец|немцы|немцев
    UA demonym украинский|украинец|украинцы
    BY name Белоруссия|Беларусь|Республика Беларусь
    BY demonym белорусский
    IR demonym иранский
    IL demonym израильский
    TR demonym турецкий
    IN demonym индийский
    IT demonym итальянский
    PL demonym польский
    AM demonym армянский|армяне|армян
    GE demonym грузинский|грузины|грузин
    AZ demonym азербайджанский|азербайджанцы
    KZ demonym казахстанский|казахский
    UZ demonym узбекский|узбеки
    KG demonym киргизский|кыргызский
    TJ demonym таджикский
    TM demonym туркменский
    MD demonym молдавский|молдавские
    LT demonym литовский
    LV demonym латвийский
    EE demonym эстонский
    FI demonym финский|финляндский
    SE demonym шведский
    NO demonym норвежский
    DK demonym датский
    NL demonym нидерландский|голландский
    BE demonym бельгийский
    CH demonym швейцарский
    AT demonym австрийский
    ES demonym испанский
    PT demonym португальский
    GR demonym греческий
    HU demonym венгерский
    CZ demonym чешский
    SK demonym словацкий
    RO demonym румынский
    BG demonym болгарский
    RS demonym сербский
    HR demonym хорватский
    SY demonym сирийский
    IQ demonym иракский
    EG demonym египетский
    SA demonym саудовский
    AE demonym эмиратский
    QA demonym катарский
    JO demonym иорданский
    LB demonym ливанский
    PS demonym палестинский|палестинцы
    AF demonym афганский
    PK demonym пакистанский
    VN demonym вьетнамский
    TH demonym таиландский|тайский
    ID demonym индонезийский
    MY demonym малайзийский
    PH demonym филиппинский
    MN demonym монгольский
    AU demonym австралийский
    CA demonym канадский
    MX demonym мексиканский
    BR demonym бразильский
    AR demonym аргентинский
    CL demonym чилийский
    VE demonym венесуэльский
    CU demonym кубинский
    ZA demonym южноафриканский
    NG demonym нигерийский
    ET demonym эфиопский
    LY demonym ливийский
    DZ demonym алжирский
    MA demonym марокканский
    KP+KR name обе Кореи|обеих Корей|двух Корей|Северная и Южная Корея|Северной и Южной Кореи
    // Capitals and seats
    US capital Вашингтон|Белый дом|Белого дома|Белому дому|Белом доме|Белым домом|Пентагон|Кэмп-Дэвид
    CN capital Пекин
    KP capital Пхеньян
    KR capital Сеул
    JP capital Токио
    RU capital Москва|Кремль
    GB capital Лондон
    FR capital Париж|Елисейский дворец
    DE capital Берлин
    DE name ФРГ
    UA capital Киев
    BY capital Минск
    AM capital Ереван
    GE capital Тбилиси
    AZ capital Баку
    KZ capital Астана
    UZ capital Ташкент
    KG capital Бишкек
    TJ capital Душанбе
    TM capital Ашхабад
    MD capital Кишинев|Кишинёв
    LT capital Вильнюс
    LV capital Рига
    EE capital Таллин
    PL capital Варшава
    IT capital Рим
    ES capital Мадрид
    AT capital Вена
    CZ capital Прага
    HU capital Будапешт
    RO capital Бухарест
    GR capital Афины
    RS capital Белград
    FI capital Хельсинки
    SE capital Стокгольм
    NO capital Осло
    TR capital Анкара
    IR capital Тегеран
    IQ capital Багдад
    SY capital Дамаск
    IL capital Иерусалим|Тель-Авив
    EG capital Каир
    SA capital Эр-Рияд
    AE capital Абу-Даби
    QA capital Доха
    AF capital Кабул
    PK capital Исламабад
    IN capital Нью-Дели|Дели
    VN capital Ханой
    TH capital Бангкок
    ID capital Джакарта
    PH capital Манила
    CA capital Оттава
    MX capital Мехико
    BR capital Бразилиа
    AR capital Буэнос-Айрес
    CU capital Гавана
    VE capital Каракас
    UA place Харьков|Одесса|Донецк|Луганск|Херсон|Запорожье|Мариуполь
    // Places
    US place Нью-Йорк|Калифорния|Голливуд
    PS place Газа|Газе|Газы|Западный берег|Рамалла
    // Institutions and state news agencies
    US institution ФБР|ЦРУ|АНБ|Госдеп|Госдепартамент
    CN institution Синьхуа
    KP institution ЦТАК
    KR institution Ренхап|Йонхап
    GB institution Форин-офис|Форин-офисе|Форин-офиса|МИ-6
    RU institution ТАСС|РИА Новости|Интерфакс|ФСБ|МИД России|Госдума|Минобороны
    KW institution КУНА
    -- block Латинская Америка|Южная Америка|Северная Америка|Корейский полуостров|Корейского полуострова|Корейская война
    """#
}
