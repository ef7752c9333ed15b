import Testing
@testable import Dateline

/// The word table's phrase heads (``WordEntry/isPhraseHead``) only spare the phrase filter:
/// every body phrase found with them is found without them, at the same offsets.
struct PhraseHeadTests {
    /// Texts where a phrase opens at a word in each way the shortcut must see: a whole head
    /// ("said", "and not", "заявил", "وقال"), a stem inside a longer word ("cyberattacks",
    /// "Economic", "экономики", "élections"), a head before punctuation ("war,"), words next to
    /// digits and other scripts, characters of Han, kana and Hangul, marks and letters that
    /// the two foldings treat apart (й, ё, ة, harakat), and agencies.
    static let texts = [
        "Officials said the cyberattacks were an act of vandalism and not of war, Reuters reported.",
        "ECONOMIC growth slowed; the minister told reporters that tariffs on oil and gas would rise in 2025.",
        "Le ministre a déclaré que les sanctions économiques visaient le nucléaire, selon l'AFP.",
        "El presidente dijo que la guerra comercial y los aranceles afectan la economía.",
        "Der Minister sagte, die Wirtschaft wachse trotz Sanktionen; covid19 und 9/11 bleiben Themen.",
        "Menteri mengatakan kerja sama ekonomi akan diperluas, kata juru bicara kepada ANTARA.",
        "abcдеф said war2 mixed words: visit-visits, trade—talks, ELECTIONS (voter turnout).",
        "Министр иностранных дел заявил, что санкции против экономики не помогут; кибератака и ядерный вопрос — ТАСС.",
        "Всё ещё йод: Ёлка, военные учения и выборы в Госдуму; по данным Интерфакс.",
        "وقال وزير الخارجية إن العقوبات الاقتصادية والهجوم الإلكتروني لن يغيرا الموقف، حسب رويترز.",
        "وَقَالَ الوزيرُ إنّ الحربَ التجاريةَ مستمرة، والطاقة النووية كذلك (كونا).",
        "外交部发言人表示，中美贸易战和网络攻击问题需要通过对话解决，新华社报道。",
        "外務省は、経済制裁とサイバー攻撃について「遺憾だ」と述べた。ｻｲﾊﾞｰ攻撃も。共同通信",
        "외교부 대변인은 경제 제재와 사이버 공격에 대해 우려를 표명했다고 연합뉴스가 전했다.",
        "Le ministre a souligné l'économie, les élections et l'énergie ; la Bundeswehr übt Manöver, sagte Müller.",
        "Le porte-parole sʼest dit préoccupé par lʼéconomie ; d’après lui, санкции\u{20DD} et сан\u{20DD}кции sont en hausse.",
    ]

    @Test(arguments: texts)
    func headsDropNoMatch(_ string: String) {
        let text = ScalarText(string)
        let tokens = TokenizedText(text)
        let words = CompiledVocabulary.standard.gazetteer.words(of: tokens)
        let whole = [0..<text.count]
        let withHeads = BodyPhraseMatches(in: text, tokens: tokens, words: words, bodyRanges: whole, titleRange: whole[0], language: "und")
        let without = BodyPhraseMatches(in: text, tokens: tokens, words: [], bodyRanges: whole, titleRange: whole[0], language: "und")
        #expect(withHeads.verbs.map { [$0.start, $0.end] } == without.verbs.map { [$0.start, $0.end] })
        #expect(withHeads.topicCues.map { [$0.start, $0.end] } == without.topicCues.map { [$0.start, $0.end] })
        #expect(withHeads.titleTopicCues.map { [$0.start, $0.end] } == without.titleTopicCues.map { [$0.start, $0.end] })
        #expect(withHeads.agencies.map(\.payload) == without.agencies.map(\.payload))
        #expect(!without.verbs.isEmpty || !without.topicCues.isEmpty)
    }

    /// Many ASCII words of running text open no phrase, so the shortcut is taken at all.
    @Test func plainWordsAreKnownToOpenNone() {
        let text = ScalarText("The new bridge over the river opened to traffic on Monday morning after years of work.")
        let tokens = TokenizedText(text)
        let words = CompiledVocabulary.standard.gazetteer.words(of: tokens)
        let known = PhraseHeads.withHeads(tokens: tokens.tokens, words: words, text: text) { heads in
            tokens.tokens.filter { heads.opening(at: $0.start, limit: text.count) == .closed }
        }
        #expect(known.count * 3 > tokens.tokens.count)
    }

    /// The facts a head of a word in any script rests on, for every letter and mark of the
    /// Basic Multilingual Plane (beyond it both foldings keep a scalar as it is): the token
    /// folding (``ScalarFolding``) of a scalar's folded value (``ScalarTable/fold(_:)``, 0 for
    /// none) is the token folding of the scalar itself, so a word's hash is the hash of the
    /// phrase key it opens; and a folded value is of the scalar's class, so the key's first
    /// word ends where the text's does. The letters folded across classes ("ʼ") are the
    /// exceptions that ``BodyPhraseLexicon/lettersFoldedAcrossClasses`` lists.
    @Test func foldingsAgreeForHeads() {
        let tables = ScalarFolding.tables
        func tokenFolding(_ v: UInt32) -> [UInt32] {
            var folded: [UInt32] = []
            ScalarFolding.append(ScalarFolding.entry(v, tables: tables), to: &folded, tables: tables)
            return folded
        }
        func kind(_ v: UInt32) -> ScalarClass { ScalarFolding.kind(of: ScalarFolding.entry(v, tables: tables)) }
        var failures: [String] = []
        for v in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let folded = ScalarTable.fold(scalar)
            let name = "U+" + String(v, radix: 16)
            // Separators stand in no word, but one folding to a letter would end a text's token
            // where the phrase's head goes on; a letter folded across classes is written back in a
            // head's spellings.
            if kind(v) == .separator {
                if folded != 0, kind(folded) != .separator { failures.append(name + " class") }
                continue
            }
            guard BodyPhraseLexicon.lettersFoldedAcrossClasses[folded] != v else { continue }
            if tokenFolding(v) != (folded == 0 ? [] : tokenFolding(folded)) { failures.append(name + " folding") }
            if folded != 0, kind(folded) != kind(v) { failures.append(name + " class") }
        }
        #expect(failures == [])
    }
}
