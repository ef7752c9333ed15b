// Curated Korean forms: see CountryLexicon for the format. Particles attach to the word
// ("북한은", "미국의"); Hangul is matched from the start of a word, so they do no harm.
extension CountryLexicon {
    static let curatedKorean = #"""
    KR display 한국
    CN display 중국
    US name 미국|미합중국
    KP name 북한|조선민주주의인민공화국|북측
    KR name 한국|대한민국|남한
    CN name 중국|중화인민공화국
    JP name 일본
    RU name 러시아
    GB name 영국
    FR name 프랑스
    DE name 독일
    // The one-syllable abbreviation in its usual compounds
    US name 미군|미 정부|미 국무부|미 국방부|미 행정부|미 당국|미 상무부|미 재무부|미 법무부|미 대통령|미 국무장관
    // Compounds of one-syllable abbreviations: one country per syllable
    KR+US name 한미
    KR+JP name 한일
    KR+CN name 한중
    US+CN name 미중
    KR+US+JP name 한미일
    // Demonyms
    US demonym 미국인
    CN demonym 중국인
    JP demonym 일본인
    KP demonym 북한인
    KR demonym 한국인
    // Capitals and seats
    US capital 워싱턴|백악관|펜타곤|캠프 데이비드
    CN capital 베이징|중난하이
    KP capital 평양
    KR capital 서울|청와대|용산
    JP capital 도쿄
    RU capital 모스크바|크렘린
    GB capital 런던
    ID capital 자카르타
    AU capital 캔버라
    IN capital 뉴델리
    CA capital 오타와
    DE capital 베를린
    VN capital 하노이
    PH capital 마닐라
    TH capital 방콕
    IR capital 테헤란
    UA capital 키이우|키예프
    TR capital 앙카라
    SY capital 다마스쿠스
    IQ capital 바그다드
    SA capital 리야드
    ES capital 마드리드
    PL capital 바르샤바
    MY capital 쿠알라룸푸르
    BR capital 브라질리아
    VE capital 카라카스
    TW capital 타이베이
    FR capital 파리
    IT capital 로마
    IL capital 예루살렘|텔아비브
    EG capital 카이로
    PK capital 이슬라마바드
    // Places
    US place 뉴욕|캘리포니아|할리우드
    PS place 가자지구|요르단강 서안|라말라
    UA place 하르키우|오데사|도네츠크|루한스크|마리우폴|자포리자|헤르손
    KP place 영변|개성공단|풍계리
    KR place 부산|인천|제주
    JP place 오키나와|오사카|후쿠시마
    CN place 상하이
    // Institutions and state news agencies
    US institution 연방수사국|중앙정보국|국무부
    CN institution 신화통신|신화사
    KP institution 조선중앙통신|조선중앙통신사|노동신문
    JP institution 관방장관
    -- block 북한대학원대학교
    KR institution 연합뉴스|국가정보원|국정원
    JP institution 교도통신
    RU institution 타스통신
    -- block 한반도|조선반도|남중국해|중남미|남미|북미|중동|한국전쟁
    """#
}
