// Curated Chinese forms (simplified and traditional): see CountryLexicon for the format.
// Chinese has no separate demonyms: 中国的, 美方 are the name.
extension CountryLexicon {
    static let curatedChinese = #"""
    CN display 中国
    US name 美国|美國|美方|美利坚
    KP name 朝鲜|朝鮮|北韩|北韓|朝方
    KR name 韩国|韓國|南韩|南韓|韩方
    KP+KR name 朝韩|朝韓|南北朝鲜
    KR+KP name 韩朝|韓朝
    CN name 中国|中國|中方|中华人民共和国
    JP name 日本|日方
    RU name 俄罗斯|俄羅斯|俄方|俄国
    GB name 英国|英國
    FR name 法国|法國
    DE name 德国|德國
    TW name 台湾|台灣|臺灣
    // One-character abbreviations in their usual compounds
    US name 美军|美軍|美政府|美官员|美總統|美总统
    RU name 俄军|俄軍|俄外交部|俄外长|俄外長|俄国防部|俄國防部|俄总统|俄總統|俄官员|俄官員|俄政府
    US name 美国防部|美國防部|美财政部|美財政部|美商务部|美商務部|美司法部|美方官员
    JP name 日外务省|日外務省|日外相|日政府|日防卫省
    KR name 韩外交部|韓外交部|韩国防部|韓國防部|韩政府|韓政府
    UA name 乌方|烏方|乌军|烏軍
    FR name 法方
    DE name 德方
    IN name 印方
    VN name 越方|越南方面
    GB name 英方
    AU name 澳方
    PH name 菲方
    CN+VN name 中越双方|中越兩國|中越两国|中越关系|中越關係|中越边境|中越邊境
    // Compounds of one-character abbreviations: one country per character
    CN+US name 中美
    US+CN name 美中
    CN+JP name 中日
    CN+KR name 中韩|中韓
    CN+RU name 中俄
    CN+KP name 中朝
    US+KP name 美朝
    US+JP name 美日
    US+KR name 美韩|美韓
    US+RU name 美俄
    JP+KR name 日韩|日韓
    CN+JP+KR name 中日韩|中日韓
    US+JP+KR name 美日韩|美日韓
    // Capitals and seats
    US capital 华盛顿|華盛頓|白宫|白宮|五角大楼|五角大樓|戴维营
    CN capital 北京|中南海
    KP capital 平壤
    KR capital 首尔|首爾|汉城|青瓦台
    JP capital 东京|東京
    RU capital 莫斯科|克里姆林宫|克里姆林宮
    GB capital 伦敦|倫敦|唐宁街
    FR capital 巴黎|爱丽舍宫
    DE capital 柏林
    ID capital 雅加达|雅加達
    TW capital 台北|臺北
    AU capital 堪培拉
    IN capital 新德里
    CA capital 渥太华|渥太華
    VN capital 河内|河內
    PH capital 马尼拉|馬尼拉
    TH capital 曼谷
    IR capital 德黑兰|德黑蘭
    UA capital 基辅|基輔
    TR capital 安卡拉
    PK capital 伊斯兰堡|伊斯蘭堡
    SY capital 大马士革|大馬士革
    IQ capital 巴格达|巴格達
    EG capital 开罗|開羅
    SA capital 利雅得
    ES capital 马德里|馬德里
    PL capital 华沙|華沙
    MY capital 吉隆坡
    NZ capital 惠灵顿|惠靈頓
    BR capital 巴西利亚|巴西利亞
    AT capital 维也纳|維也納
    GR capital 雅典
    SE capital 斯德哥尔摩
    MN capital 乌兰巴托|烏蘭巴托
    VE capital 加拉加斯
    CO capital 波哥大
    CU capital 哈瓦那
    // Places
    US place 纽约|紐約|加利福尼亚|加州|好莱坞|荷里活
    CN place 上海|广州|深圳
    PS place 加沙|加沙地带|约旦河西岸|拉姆安拉
    UA place 哈尔科夫|敖德萨|顿涅茨克|卢甘斯克|马里乌波尔|扎波罗热|赫尔松
    KP place 宁边|开城|丰溪里
    KR place 釜山|仁川|济州
    JP place 冲绳|沖繩|大阪|福岛
    // Institutions and state news agencies
    US institution 联邦调查局|聯邦調查局|中央情报局|中央情報局|美国国务院
    CN institution 新华社|新華社|人民日报|中央电视台|解放军
    KP institution 朝中社|朝鲜中央通讯社
    JP institution 官房长官|官房長官
    KR institution 韩联社|韓聯社
    JP institution 共同社
    RU institution 塔斯社|俄新社
    KW institution 科威特通讯社
    -- block 朝鲜半岛|朝鮮半島|南海|东海|中东|中東|美洲|拉丁美洲|南美|北美|朝鲜战争
    """#
}
