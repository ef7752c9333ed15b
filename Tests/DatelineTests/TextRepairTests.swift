import Testing
@testable import Dateline

@Suite struct TextRepairTests {
    @Test(arguments: [
        ("the countryâ€™s leader", "the country’s leader"),
        ("cafÃ© and crÃ¨me", "café and crème"),
        ("â€œQuoteâ€\u{9D} â€” end", "“Quote” — end"),
        ("SÃ£o Paulo", "São Paulo"),
        ("Koreaآ’s leader", "Korea’s leader"),
        ("ItÃƒÂ©ration", "Itération"),
        ("priceÂ\u{A0}10", "price\u{A0}10"),
    ])
    func repairsMisdecoding(_ damaged: String, _ repaired: String) {
        #expect(TextRepair.repair(damaged) == repaired)
    }

    @Test(arguments: [
        "Déjà vu à Genève, São Tomé, Müller, Ærø, İzmir.",
        "قال الوزير إن الصين تعارض الهجمات، وآسيا أيضا.",
        "Les Etats-Unis « accusent » Pyongyang — 100 % faux…",
        "中国、日本と韓国。北朝鮮",
        "A lone Ã at the end Ã",
        "Â",
        "",
        "OK آ’ between spaces",
    ])
    func leavesSoundTextAlone(_ text: String) {
        #expect(TextRepair.repair(text) == text)
    }

    @Test func scalarTextRepairsWhileDecoding() {
        var damaged = "the countryâ€™s leader"
        let text = ScalarText(repairing: &damaged)
        #expect(damaged == "the country’s leader")
        #expect(text.string(0..<text.count) == damaged)

        var sound = "Déjà vu à Genève"
        let soundText = ScalarText(repairing: &sound)
        #expect(sound == "Déjà vu à Genève")
        #expect(soundText.count == sound.unicodeScalars.count)
    }
}
