import Testing
@testable import Dateline

/// The word table's phrase heads (``WordEntry/isPhraseHead``) only spare the phrase filter:
/// every body phrase found with them is found without them, at the same offsets.
struct PhraseHeadTests {
    /// Texts where a phrase opens at an ASCII word in each way the shortcut must see: a whole
    /// head ("said", "and not"), a stem inside a longer word ("cyberattacks", "Economic"), a
    /// head before punctuation ("war,"), words next to digits and other scripts, and an agency.
    static let texts = [
        "Officials said the cyberattacks were an act of vandalism and not of war, Reuters reported.",
        "ECONOMIC growth slowed; the minister told reporters that tariffs on oil and gas would rise in 2025.",
        "Le ministre a déclaré que les sanctions économiques visaient le nucléaire, selon l'AFP.",
        "El presidente dijo que la guerra comercial y los aranceles afectan la economía.",
        "Der Minister sagte, die Wirtschaft wachse trotz Sanktionen; covid19 und 9/11 bleiben Themen.",
        "Menteri mengatakan kerja sama ekonomi akan diperluas, kata juru bicara kepada ANTARA.",
        "abcдеф said war2 mixed words: visit-visits, trade—talks, ELECTIONS (voter turnout).",
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
        var heads = PhraseHeads(tokens: tokens.tokens, words: CompiledVocabulary.standard.gazetteer.words(of: tokens), folded: text.folded)
        let known = tokens.tokens.filter { heads.opensNone(at: $0.start, limit: text.count) }
        #expect(known.count * 3 > tokens.tokens.count)
    }
}
