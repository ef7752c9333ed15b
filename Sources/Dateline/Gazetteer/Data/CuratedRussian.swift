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
    BY demonym белорусский
    IR demonym иранский
    IL demonym израильский
    TR demonym турецкий
    IN demonym индийский
    IT demonym итальянский
    PL demonym польский
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
    UA capital Киев
    BY capital Минск
    // Places
    US place Нью-Йорк|Калифорния|Голливуд
    // Institutions and state news agencies
    US institution ФБР|ЦРУ|АНБ|Госдеп|Госдепартамент
    CN institution Синьхуа
    KP institution ЦТАК
    KR institution Ренхап|Йонхап
    RU institution ТАСС|РИА Новости|Интерфакс|ФСБ|МИД России|Госдума|Минобороны
    KW institution КУНА
    -- block Латинская Америка|Южная Америка|Северная Америка|Корейский полуостров|Корейского полуострова|Корейская война
    """#
}
