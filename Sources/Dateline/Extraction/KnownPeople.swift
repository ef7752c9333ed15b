/// Heads of state and government and foreign ministers often quoted without a country
/// beside their name ("Juru bicara untuk Perdana Menteri Shinzo Abe"), by the spellings of
/// the supported languages → alpha-2 code. Curated; matched as whole words in a speaker.
enum KnownPeople {
    static let data = """
    JP Shinzo Abe|Abe Shinzo|安倍晋三|安倍首相|아베 신조|شينزو آبي|Синдзо Абэ|Fumio Kishida|Kishida|岸田文雄|岸田首相|기시다|كيشيدا|Кисида|Yoshihide Suga|Shigeru Ishiba|Ishiba|石破茂
    US Barack Obama|Obama|奥巴马|オバマ|오바마|أوباما|Обама|Joe Biden|Biden|拜登|バイデン|바이든|بايدن|Байден|Donald Trump|Trump|特朗普|トランプ|트럼프|ترامب|Трамп|John Kerry|Antony Blinken|Blinken|Marco Rubio|Hillary Clinton|Mike Pompeo
    CN Xi Jinping|习近平|習近平|시진핑|شي جين بينغ|Си Цзиньпин|Wang Yi|王毅|왕이|وانغ يي|Ван И|Li Keqiang|李克强|Li Qiang|李强|Qin Gang|秦刚|Hua Chunying|华春莹|Zhao Lijian|赵立坚|Mao Ning|毛宁|Lin Jian|林剑|Wang Wenbin|汪文斌
    RU Vladimir Putin|Putin|Poutine|普京|プーチン|푸틴|بوتين|Путин|Sergei Lavrov|Sergey Lavrov|Lavrov|Lavrov|拉夫罗夫|ラブロフ|라브로프|لافروف|Лавров|Dmitry Peskov|Peskov|Dmitri Peskow|Peskow|Lawrow|Sacharowa|Песков|Maria Zakharova|Захарова|Mikhail Mishustin|Мишустин
    KP Kim Jong-un|Kim Jong Un|Kim Jong-il|金正恩|김정은|كيم جونغ اون|Ким Чен Ын|Kim Yo-jong|Kim Yo Jong|김여정|Choe Son-hui|최선희
    KR Moon Jae-in|Moon Jae In|문재인|Yoon Suk Yeol|Yoon Suk-yeol|윤석열|Lee Jae-myung|이재명|Park Geun-hye|박근혜|Park Jin|박진|Cho Tae-yul|조태열
    FR Emmanuel Macron|Macron|马克龙|マクロン|마크롱|ماكرون|Макрон|François Hollande|Hollande|Laurent Fabius|Jean-Yves Le Drian|Jean-Noël Barrot
    DE Angela Merkel|Merkel|默克尔|メルケル|메르켈|ميركل|Меркель|Olaf Scholz|Scholz|朔尔茨|ショルツ|숄츠|شولتس|Шольц|Friedrich Merz|Merz|Annalena Baerbock|Baerbock|Frank-Walter Steinmeier|Steinmeier
    GB Boris Johnson|Rishi Sunak|Sunak|Keir Starmer|Starmer|David Cameron|Theresa May
    ID Joko Widodo|Jokowi|Prabowo Subianto|Prabowo|Retno Marsudi|Sugiono
    IN Narendra Modi|Modi|莫迪|モディ|모디|مودي|Моди
    TR Recep Tayyip Erdogan|Erdoğan|Erdogan|أردوغان|Эрдоган|埃尔多安
    BR Lula da Silva|Luiz Inácio Lula da Silva|Lula|Jair Bolsonaro|Bolsonaro|Dilma Rousseff
    UA Volodymyr Zelensky|Wolodymyr Selenskyj|Selenskyj|Zelenski|Zelensky|Zelenskyy|Zelenskiy|泽连斯基|ゼレンスキー|젤렌스키|زيلينسكي|Зеленский
    IL Benjamin Netanyahu|Netanyahu|نتنياهو|Нетаньяху|内塔尼亚胡
    IR Hassan Rouhani|Rouhani|روحاني|Ebrahim Raisi|Raisi|رئيسي|Masoud Pezeshkian|Pezeshkian|Ali Khamenei|Khamenei|خامنئي|Abbas Araghchi|Araghchi|عراقجي|Javad Zarif|Zarif|ظريف
    SA Mohammed bin Salman|محمد بن سلمان|King Salman
    EG Abdel Fattah al-Sisi|Sisi|السيسي
    ES Pedro Sánchez|Mariano Rajoy|Felipe VI
    PT António Costa|Marcelo Rebelo de Sousa|Luís Montenegro
    MX Andrés Manuel López Obrador|López Obrador|Claudia Sheinbaum|Sheinbaum
    AR Javier Milei|Milei
    """

    static let matcher: PhraseMatcher<String> = {
        var matcher = PhraseMatcher<String>()
        for line in data.split(separator: "\n") {
            let trimmed = line.trimmingSpaces
            guard trimmed.count > 3 else { continue }
            let code = String(trimmed.prefix(2))
            for name in trimmed.dropFirst(3).split(separator: "|") where !name.isEmpty {
                matcher.add(String(name), code)
            }
        }
        return matcher.compacted()
    }()
}
