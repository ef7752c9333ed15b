extension LanguageTemplates {
    static let arabic = LanguageTemplates(
        code: "ar",
        quoteStyles: [QuoteStyle("«", "»"), QuoteStyle("\"", "\"")],
        verbs: [
            SpeechVerb("say", "قال", feminine: "قالت", link: "إن"), SpeechVerb("say", "أكد", feminine: "أكدت", link: "أن"),
            SpeechVerb("warn", "حذر", feminine: "حذرت", link: "من أن"), SpeechVerb("deny", "نفى", feminine: "نفت", link: "أن"),
            SpeechVerb("accuse", "اتهم", feminine: "اتهمت", link: nil), SpeechVerb("ask", "دعا", feminine: "دعت", link: nil),
            SpeechVerb("propose", "اقترح", feminine: "اقترحت", link: nil),
            SpeechVerb("threaten", "هدد", feminine: "هددت", link: nil),
        ],
        reportedPatterns: ["و{V} {S} يوم {D} {L} {C}.", "و{V} {S} {L} {C}."],
        directPatterns: ["و{V} {S}: {O}{Q}{X}.", "و{V} {S} في بيان: {O}{Q}{X}."],
        officeTitles: [
            .foreign: "وزير الخارجية {DEM} {N}", .defence: "وزير الدفاع {DEM} {N}",
            .trade: "وزير التجارة {DEM} {N}", .energy: "وزير الطاقة {DEM} {N}",
            .environment: "وزير البيئة {DEM} {N}",
        ],
        spokesperson: "المتحدث باسم وزارة الخارجية {DEMF}",
        days: ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
        months: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                 "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
        publishedLine: "نشر في {d} {m} {y}",
        dateline: "{CAP} - {d} {m} ({AG}) - ",
        agencies: ["كونا", "واس", "أ ف ب"],
        titles: ["توتر جديد بين {A} و{B}", "{A} تدعو {B} إلى الحوار", "تصعيد في العلاقات بين {A} و{B}"],
        narration: ["تشهد العلاقات بين {A} و{B} توترا منذ أشهر.",
                    "وعقد مسؤولون من البلدين اجتماعا الأسبوع الماضي في {CAP}.",
                    "ومن المتوقع أن يلتقي الجانبان مجددا قبل الصيف."],
        boilerplate: ["شارك", "اقرأ أيضا", "إعلان"],
        clauses: clauses("""
        cyber|الهجمات على شبكات الحكومة انطلقت من {A}
        cyber|على {A} أن تتوقف عن دعم القراصنة الذين يستهدفون الوزارات
        nuclear|على {A} العودة إلى المفاوضات النووية دون شروط مسبقة
        nuclear|أي تجربة نووية تجريها {A} ستقابل برد حازم
        military|حشد القوات على الحدود مع {A} يهدد استقرار المنطقة كلها
        military|المناورات البحرية المشتركة مع {A} ستجري الشهر المقبل
        sanctions|العقوبات الجديدة على {A} ستبقى سارية حتى تتغير سياستها
        sanctions,nuclear|العقوبات المرتبطة بالبرنامج النووي في {A} يجب أن تبقى
        diplomacy|الحوار مع {A} يجب أن يستأنف قبل نهاية الشهر
        diplomacy|زيارة رسمية إلى {A} مقررة خلال الأسابيع المقبلة
        trade|الرسوم الجمركية التي فرضتها {A} تنتهك قواعد التجارة العالمية
        trade|اتفاقا تجاريا جديدا مع {A} قد يوقع هذا العام
        energy|{A} ستواصل تصدير الغاز طوال فصل الشتاء
        energy|إنتاج النفط المتفق عليه مع {A} يكفي لتهدئة الأسواق
        climate|على {A} خفض انبعاثات الكربون بسرعة أكبر مما وعدت
        climate|صندوق المناخ الذي تدعمه {A} يحتاج إلى مزيد من الأموال
        """)
    )
}
