/// Function words of the Latin-script languages the identifier tells apart, folded (no
/// accents, lower case), and letters that only some of them use. Words shared by several
/// languages count for each; the words one language alone uses decide (es "del", pt "não";
/// id "bahwa", "karena" against ms "bahawa", "kerana").
enum LanguageProfiles {
    /// In order of preference when two languages score the same (Indonesian before Malay).
    static let latinWords: [(language: String, words: String)] = [
        ("en", "the of and to in is that for it as was with be by on not he this are or his from at which but have an had they you were their has would what will there been its who said after also we more than into over about can could should when she her them these those our against between while"),
        ("fr", "le la les des du de un une et est en que qui dans pour pas sur au aux avec ce cette ces il elle ils sont ont a ete par plus ne se son sa ses leur leurs mais ou nous vous lui y d l qu n c j selon apres contre entre aussi avait etait declare"),
        ("es", "el la los las de del y en que un una es por con para no se su sus al lo como mas pero fue ha han este esta sobre entre tambien cuando muy sin hasta desde donde dijo segun ya le les ser hay porque todo tras ante"),
        ("pt", "o a os as de do da dos das e em no na nos nas um uma que para com nao por mais se ao aos pelo pela foi sao como mas seu sua seus tambem ja ou quando muito ele ela disse isso depois sem ate ainda ha segundo sobre entre esta ser ter pelos"),
        ("de", "der die das und ist nicht ein eine einen dem den des mit von zu auf fur im sich auch es als an wie nach bei aus hat wird werden wurde sind sie er dass oder aber noch nur vor uber zum zur einer eines sagte gegen seit bereits schon"),
        ("id", "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena oleh ada bisa sudah telah tersebut bahwa kata mengatakan saat atau seperti kami mereka lebih setelah tahun namun hanya masih harus serta belum sebuah para bagi menjadi secara terhadap antara hari saja agar sementara"),
        ("ms", "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke oleh ada telah kata atau mereka lebih tahun hanya masih para bagi menjadi secara terhadap antara ialah iaitu kerana boleh sahaja daripada semasa manakala bahawa selepas kerajaan apabila sebarang berkata mahu"),
        ("it", "il lo la i gli le di del della dei e che in un una per con non si da al alla sono ha anche piu ma come questo questa dopo essere stato nel nella degli delle"),
        ("nl", "de het een en van in is dat op te met voor niet zijn er aan ook als bij door maar om uit wordt heeft naar dit die worden werd nog zei"),
    ]

    /// Letters (as UTF-8 of their lower-case forms) that point to one language.
    static let telltaleLetters: [(bytes: [UInt8], language: String)] = [
        ([0xC3, 0xA3], "pt"), ([0xC3, 0xB5], "pt"),                       // ã õ
        ([0xC3, 0xB1], "es"),                                              // ñ
        ([0xC3, 0x9F], "de"), ([0xC3, 0xA4], "de"), ([0xC3, 0xB6], "de"), ([0xC3, 0xBC], "de"),  // ß ä ö ü
        ([0xC3, 0xA8], "fr"), ([0xC3, 0xAA], "fr"), ([0xC3, 0xA2], "fr"), ([0xC3, 0xAE], "fr"),  // è ê â î
        ([0xC3, 0xBB], "fr"), ([0xC3, 0xB9], "fr"), ([0xC5, 0x93], "fr"),  // û ù œ
    ]

    /// Letters of Latin-script languages without a profile (Czech, Polish, Hungarian, Turkish,
    /// Romanian, Vietnamese): a line where they are frequent is in none of the profiles' languages,
    /// however many short words it shares with one ("a", "na", "o", "se" are Portuguese too).
    /// (All of U+1E80…U+1EFF, Vietnamese's letters with two marks among them, share the first
    /// two UTF-8 bytes of these, so the telltale table counts them all.)
    static let foreignLatinLetters: [(bytes: [UInt8], language: String)] =
        "řěůčšžłąęśźżńćőűışğșțăơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ".unicodeScalars.map { letter in
            (Array(String(letter).utf8), "und")
        }

    /// Letters of Arabic-script and Cyrillic languages other than Arabic and Russian.
    static let otherScriptLetters: [(bytes: [UInt8], language: String)] = [
        ([0xD9, 0xBE], "fa"), ([0xDA, 0x86], "fa"), ([0xDA, 0x98], "fa"), ([0xDA, 0xAF], "fa"), ([0xDB, 0x8C], "fa"),  // پ چ ژ گ ی
        ([0xD9, 0xB9], "ur"), ([0xDA, 0x88], "ur"), ([0xDA, 0x91], "ur"), ([0xDA, 0xBA], "ur"), ([0xDB, 0x92], "ur"),  // ٹ ڈ ڑ ں ے
        ([0xD1, 0x96], "uk"), ([0xD1, 0x97], "uk"), ([0xD1, 0x94], "uk"), ([0xD2, 0x91], "uk"),                        // і ї є ґ
    ]
}
