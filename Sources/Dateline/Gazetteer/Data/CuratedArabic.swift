// Curated Arabic forms: see CountryLexicon for the format. Forms are written without
// proclitics; the matcher takes و ف ب ك ل and the article ال off the first word itself
// (a form written with ال also matches "للولايات", "والصين").
extension CountryLexicon {
    static let curatedArabic = #"""
    CN display الصين
    US name الولايات المتحدة|الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية|أمريكا|أميركا
    GB name بريطانيا|المملكة المتحدة|إنجلترا|انكلترا
    KP name كوريا الشمالية|جمهورية كوريا الديمقراطية الشعبية
    KR name كوريا الجنوبية|كوريا|جمهورية كوريا
    KP+KR name الكوريتين|الكوريتان|كوريا الشمالية والجنوبية
    KR+KP name كوريا الجنوبية والشمالية
    CN name الصين|جمهورية الصين الشعبية
    JP name اليابان
    RU name روسيا|الاتحاد الروسي
    FR name فرنسا
    DE name ألمانيا|المانيا
    IR name إيران
    IQ name العراق
    SY name سوريا|سورية
    LB name لبنان
    JO name الأردن
    EG name مصر
    SA name السعودية|المملكة العربية السعودية
    AE name الإمارات|الإمارات العربية المتحدة
    QA name قطر
    KW name الكويت
    BH name البحرين
    OM name عمان|سلطنة عمان
    YE name اليمن
    TR name تركيا
    IL name إسرائيل
    PS name فلسطين|قطاع غزة|غزة|الضفة الغربية
    IN name الهند
    PK name باكستان
    AF name أفغانستان
    ID name إندونيسيا
    MY name ماليزيا
    AU name أستراليا|استراليا
    CA name كندا
    UA name أوكرانيا
    DZ name الجزائر
    MA name المغرب
    TN name تونس
    LY name ليبيا
    SD name السودان
    -- drop مالي
    // Demonyms (masculine, feminine, plurals); the article is taken off by the matcher
    CN demonym صيني|صينية|صينيون|صينيين
    US demonym أمريكي|أمريكية|أمريكيون|أمريكيين|أميركي|أميركية|أميركيون|أميركيين
    KP demonym كوري الشمالي|كورية الشمالية|كوريون الشماليون|كوريين الشماليين|كوري شمالي|كورية شمالية
    KR demonym كوري الجنوبي|كورية الجنوبية|كوري جنوبي|كورية جنوبية|كوري|كورية|كوريون|كوريين
    JP demonym ياباني|يابانية|يابانيون|يابانيين
    RU demonym روسي|روسية|روس
    GB demonym بريطاني|بريطانية|بريطانيون|بريطانيين
    FR demonym فرنسي|فرنسية|فرنسيون|فرنسيين
    DE demonym ألماني|ألمانية|ألمان
    IR demonym إيراني|إيرانية|إيرانيون|إيرانيين
    IQ demonym عراقي|عراقية|عراقيون|عراقيين
    SY demonym سوري|سوريون|سوريين
    IL demonym إسرائيلي|إسرائيلية|إسرائيليون|إسرائيليين
    PS demonym فلسطيني|فلسطينية|فلسطينيون|فلسطينيين
    EG demonym مصري|مصرية|مصريون|مصريين
    SA demonym سعودي|سعوديون|سعوديين
    AE demonym إماراتي|إماراتية|إماراتيون|إماراتيين
    QA demonym قطري|قطرية|قطريون|قطريين
    KW demonym كويتي|كويتية|كويتيون|كويتيين
    TR demonym تركي|تركية|أتراك
    LB demonym لبناني|لبنانية|لبنانيون|لبنانيين
    JO demonym أردني|أردنية|أردنيون|أردنيين
    IN demonym هندي|هندية|هنود
    PK demonym باكستاني|باكستانية
    AF demonym أفغاني|أفغانية
    UA demonym أوكراني|أوكرانية
    YE demonym يمني|يمنية
    OM demonym عماني|عمانية
    BH demonym بحريني|بحرينية
    DZ demonym جزائري|جزائرية
    MA demonym مغربي|مغربية
    TN demonym تونسي|تونسية
    LY demonym ليبي|ليبية
    SD demonym سوداني|سودانية
    ID demonym إندونيسي|إندونيسية
    // Capitals and seats
    US capital واشنطن|البيت الأبيض|البنتاغون|البنتاجون|كامب ديفيد
    CN capital بكين|بيجين|بيجينغ
    KP capital بيونغ يانغ|بيونغيانغ|بيونج يانج
    KR capital سيول|سول
    JP capital طوكيو
    RU capital موسكو|الكرملين
    GB capital لندن|داونينغ ستريت
    FR capital باريس|الإليزيه
    DE capital برلين
    IR capital طهران
    IQ capital بغداد
    SY capital دمشق
    LB capital بيروت
    EG capital القاهرة
    SA capital الرياض
    AE capital أبوظبي|أبو ظبي
    QA capital الدوحة
    BH capital المنامة
    OM capital مسقط
    YE capital صنعاء
    TR capital أنقرة
    AF capital كابول
    PK capital إسلام آباد
    IN capital نيودلهي
    ID capital جاكرتا
    UA capital كييف
    MA capital الرباط
    LY capital طرابلس
    SD capital الخرطوم
    IL capital تل أبيب
    ES capital مدريد
    IT capital روما
    PL capital وارسو
    AU capital كانبيرا
    CA capital أوتاوا
    BR capital برازيليا
    VN capital هانوي
    TW capital تايبيه
    AT capital فيينا
    NL capital لاهاي
    GR capital أثينا
    // Places
    US place نيويورك|كاليفورنيا|هوليوود|لوس أنجلوس
    CN place شنغهاي
    AE place دبي
    IL place تل أبيب
    // Institutions and state news agencies
    US institution مكتب التحقيقات الفيدرالي|مكتب التحقيقات الفدرالي|إف بي آي|وكالة المخابرات المركزية|سي آي إيه|الكونغرس|البنتاغون
    CN institution شينخوا|وكالة أنباء الصين الجديدة|وكالة شينخوا
    KP institution وكالة الأنباء المركزية الكورية|الوكالة الكورية المركزية
    KR institution يونهاب
    JP institution كيودو
    RU institution تاس|ريا نوفوستي|الدوما
    KW institution كونا|وكالة الأنباء الكويتية
    SA institution واس|وكالة الأنباء السعودية
    AE institution وام|وكالة أنباء الإمارات
    IR institution إرنا|الحرس الثوري
    ID institution أنتارا
    -- block أمريكا اللاتينية|أميركا اللاتينية|أمريكا الجنوبية|أمريكا الشمالية|أميركا الجنوبية|أميركا الشمالية|شبه الجزيرة الكورية|الحرب الكورية|بحر الصين الجنوبي|بحر الصين الشرقي
    """#
}
