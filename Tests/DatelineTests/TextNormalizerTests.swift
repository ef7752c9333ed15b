import Testing
@testable import Dateline

@Suite struct TextNormalizerTests {
    @Test(arguments: [
        ("Pékin", "pekin"), ("ÉTATS-UNIS", "etats-unis"), ("Straße", "strasse"), ("Ｔｏｋｙｏ　２０２４", "tokyo 2024"),
        ("ｶﾀｶﾅ", "カタカナ"), ("ドイツ", "ドイツ"), ("Ёлка Й", "елка й"), ("İstanbul", "istanbul"), ("Œuvre", "oeuvre"),
        ("الصِّينُ", "الصين"), ("أمريكا", "امريكا"), ("إيران", "ايران"), ("آسيا", "اسيا"), ("مصطفى", "مصطفي"),
        ("الكورية", "الكوريه"), ("العـــربية", "العربيه"), ("ﻻ", "لا"), ("中国", "中国"), ("한국", "한국"),
    ])
    func folds(_ text: String, _ folded: String) {
        #expect(TextNormalizer.fold(text) == folded)
    }

    @Test func foldingKeepsPunctuationAndSpaces() {
        #expect(TextNormalizer.fold("Corée du Nord, « non ».") == "coree du nord, « non ».")
    }

    @Test(arguments: [
        ("والصين", "صين"), ("الصين", "صين"), ("للولايات", "ولايات"), ("بالكرملين", "كرملين"), ("بيت", "بيت"),
        ("وزير", "وزير"), ("China", "china"), ("Pékin", "pekin"),
    ])
    func foldsQueryWords(_ word: String, _ key: String) {
        #expect(TextNormalizer.foldToken(word) == key)
    }

    @Test func tokensCarryOffsetsAndIndexKeys() {
        let tokens = TextNormalizer.tokens(of: "L'Inde, والصين 中国")
        #expect(tokens.map(\.folded) == ["l", "inde", "والصين", "中", "国"])
        #expect(tokens.map(\.start) == [0, 2, 8, 15, 16])
        #expect(tokens.map(\.end) == [1, 6, 14, 16, 17])
        #expect(tokens[2].keys == ["والصين", "الصين", "صين"])
        #expect(tokens[2].keys.contains(TextNormalizer.foldToken("الصين")))
    }

    @Test func indexKeysMatchQueryWords() {
        for word in ["للصين", "بالصين", "فالصين", "وللصين"] {
            let keys = TextNormalizer.tokens(of: word).first?.keys ?? []
            #expect(keys.contains(TextNormalizer.foldToken("الصين")), "\(word)")
        }
    }
}

@Suite struct ScalarTableTests {
    /// ScalarTable tells Han and Hangul by range instead of reading its table: both must agree.
    @Test func ideographRangesAgreeWithTables() {
        #expect(ScalarTable.ideographRangesMatchTable)
    }

    /// ScalarTable decodes ASCII runs sixteen scalars at a time, computing their records: they
    /// must be the table's.
    @Test func asciiRunsAgreeWithTables() {
        #expect(ScalarTable.asciiRecordsMatchTable)
    }

    /// Runs of ASCII broken by other scalars at every distance decode as one scalar at a time does.
    @Test func decodesMixedASCIIRunsAsScalarsOneByOne() {
        let pieces = ["é", "北", "ю", "ة", "𠀋", "\n"]
        for gap in 0..<20 {
            let text = (0..<12).map { String(repeating: "Ab-c' 9z.Q", count: 3).prefix(gap + $0 % 3) + pieces[$0 % pieces.count] }.joined()
            let decoded = ScalarText(text)
            #expect(decoded.scalars.map(\.value) == text.unicodeScalars.map(\.value), "gap \(gap)")
            for (i, scalar) in decoded.scalars.enumerated() {
                #expect(decoded.folded[i] == ScalarTable.fold(scalar))
                #expect(decoded.isWord(i) == ScalarTable.isWord(scalar) && decoded.isUpper(i) == ScalarTable.isUpper(scalar))
            }
        }
    }

    @Test func decodesScalarsFoldsAndClassesInOnePass() {
        let text = ScalarText("Pékin, 北京 한국 Ёлка — ٱلصِّين 𠀋x")
        #expect(text.scalars.map(\.value) == Array("Pékin, 北京 한국 Ёлка — ٱلصِّين 𠀋x".unicodeScalars.map(\.value)))
        #expect(text.folded.count == text.count && text.classes.count == text.count)
        for (i, scalar) in text.scalars.enumerated() {
            #expect(text.folded[i] == ScalarTable.fold(scalar))
            #expect(text.isWord(i) == ScalarTable.isWord(scalar))
            #expect(text.isUnspaced(i) == ScalarTable.isUnspaced(scalar))
        }
    }
}
