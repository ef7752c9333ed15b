// Curated Japanese forms: see CountryLexicon for the format.
extension CountryLexicon {
    static let curatedJapanese = #"""
    CN display 中国
    US name アメリカ|米国|アメリカ合衆国
    KP name 北朝鮮
    KR name 韓国|大韓民国
    KP+KR name 南北朝鮮|朝鮮半島の南北
    KR+KP name 韓朝
    CN name 中国|中華人民共和国
    JP name 日本
    RU name ロシア
    GB name 英国|イギリス
    FR name フランス
    DE name ドイツ
    // The one-character abbreviations, only in the compounds news uses them in
    US name 米政府|米政権|米軍|米側|米当局|米大統領|米国務省|米国防総省|米紙|米メディア|米議会|米財務省|米商務省|米司法省|米国務長官|米高官|米当局者|米通商代表部|米連邦捜査局
    CN name 中国政府|中国側
    KR name 韓国政府|韓国側
    RU name 露政府|露軍|露大統領|露外務省
    AU name 豪州|豪政府|豪首相|豪外相
    JP+AU name 日豪
    // Compounds of one-character abbreviations: one country per character
    JP+US name 日米
    US+CN name 米中
    US+KP name 米朝
    US+KR name 米韓
    US+RU name 米露
    JP+KR name 日韓
    JP+KP name 日朝
    JP+RU name 日露
    JP+US+KR name 日米韓
    -- block 朝日|中日新聞|日中は|中日ドラゴンズ
    // Demonyms
    US demonym アメリカ人|米国人
    CN demonym 中国人
    JP demonym 日本人
    KR demonym 韓国人
    // Capitals and seats
    US capital ワシントン|ホワイトハウス|国防総省|ペンタゴン|キャンプデービッド
    CN capital 北京|中南海
    KP capital 平壌
    KR capital ソウル|青瓦台
    JP capital 東京|首相官邸
    RU capital モスクワ|クレムリン
    GB capital ロンドン
    FR capital パリ
    ID capital ジャカルタ
    AU capital キャンベラ
    IN capital ニューデリー
    CA capital オタワ
    DE capital ベルリン
    VN capital ハノイ
    PH capital マニラ
    TH capital バンコク
    IR capital テヘラン
    UA capital キーウ|キエフ
    TR capital アンカラ
    PK capital イスラマバード
    SY capital ダマスカス
    IQ capital バグダッド
    SA capital リヤド
    ES capital マドリード
    PL capital ワルシャワ
    MY capital クアラルンプール
    NZ capital ウェリントン
    BR capital ブラジリア
    AT capital ウィーン
    VE capital カラカス
    CU capital ハバナ
    TW capital 台北
    IT capital ローマ
    IL capital エルサレム|テルアビブ
    EG capital カイロ
    GR capital アテネ
    NL capital ハーグ
    // Places
    US place ニューヨーク|カリフォルニア|ハリウッド
    JP place 大阪|沖縄|広島|長崎|京都|福島
    PS place ガザ|ガザ地区|ヨルダン川西岸|ラマラ
    UA place ハルキウ|ハリコフ|オデーサ|オデッサ|ドネツク|ルハンスク|マリウポリ|ザポリージャ|ヘルソン
    KP place 寧辺|開城|豊渓里
    KR place 釜山|仁川|済州
    CN place 上海|新疆|広州|深圳
    // Institutions and state news agencies
    US institution 連邦捜査局|中央情報局|国務省
    CN institution 新華社
    KP institution 朝鮮中央通信|朝鮮中央通信社
    KR institution 聯合ニュース
    JP institution 共同通信|時事通信|自衛隊|NHK
    RU institution タス通信
    -- block 朝鮮半島|朝鮮戦争|南シナ海|東シナ海|中南米|南米|北米|中東|ラテンアメリカ|南アメリカ|北アメリカ|中央アメリカ
    """#
}
