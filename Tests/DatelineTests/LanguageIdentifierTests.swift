import Testing
@testable import Dateline

/// Short paragraphs written for these tests, one per language, and texts it cannot tell.
@Suite struct LanguageIdentifierTests {
    static let paragraphs: [(String, String)] = [
        ("en", "The minister said on Tuesday that the talks with their neighbours would continue, although the two sides have not agreed on a date."),
        ("fr", "Le ministre a déclaré mardi que les discussions avec les pays voisins se poursuivront, même si les deux parties ne sont pas encore d'accord sur une date."),
        ("es", "El ministro dijo el martes que las conversaciones con los países vecinos continuarán, aunque las dos partes todavía no han fijado una fecha."),
        ("pt", "O ministro disse na terça-feira que as negociações com os países vizinhos vão continuar, embora as duas partes ainda não tenham marcado uma data."),
        ("de", "Der Minister sagte am Dienstag, dass die Gespräche mit den Nachbarländern fortgesetzt werden, auch wenn sich beide Seiten noch nicht auf einen Termin geeinigt haben."),
        ("id", "Menteri itu mengatakan pada hari Selasa bahwa pembicaraan dengan negara tetangga akan terus berlanjut, meskipun kedua pihak belum menyepakati tanggalnya."),
        ("ms", "Menteri itu berkata pada hari Selasa bahawa rundingan dengan negara jiran akan diteruskan kerana kedua-dua pihak masih belum bersetuju, iaitu tentang tarikh."),
        ("ar", "قال الوزير يوم الثلاثاء إن المحادثات مع الدول المجاورة ستستمر، رغم أن الطرفين لم يتفقا بعد على موعد محدد."),
        ("ru", "Министр заявил во вторник, что переговоры с соседними странами продолжатся, хотя стороны пока не договорились о дате."),
        ("zh", "部长周二表示，与邻国的谈判将继续进行，尽管双方尚未商定具体日期。"),
        ("ja", "大臣は火曜日、近隣諸国との協議を続けると述べたが、双方はまだ日程について合意していない。"),
        ("ko", "장관은 화요일 이웃 나라들과의 협상이 계속될 것이라고 말했지만 양측은 아직 날짜에 합의하지 못했다."),
        ("uk", "Міністр заявив у вівторок, що переговори з сусідніми країнами триватимуть, хоча сторони ще не погодили дату."),
        ("fa", "وزیر روز سه‌شنبه گفت که گفتگوها با کشورهای همسایه ادامه پیدا می‌کند، هر چند دو طرف هنوز درباره تاریخ به توافق نرسیده‌اند."),
    ]

    @Test(arguments: paragraphs) func identifiesParagraph(_ language: String, _ text: String) {
        #expect(LanguageIdentifier.standard.identify(text) == language)
    }

    @Test(arguments: ["", "   \n\n", "OK", "A+ A-", "12 345 678", "Sony Pictures", "—", "🙂🙂🙂", "XS\nSM\nMD\nLG"])
    func cannotTell(_ text: String) {
        #expect(LanguageIdentifier.standard.identify(text) == "und")
    }

    /// The body wins over a headline in capitals, short boilerplate lines and a trailing
    /// site note in another language.
    @Test func weighsTheBodyNotTheBoilerplate() {
        let article = """
        Partager:

        Les négociations reprendront la semaine prochaine

        Le ministre a déclaré mardi que les discussions avec les pays voisins se poursuivront, même si les deux parties ne sont pas encore d'accord sur une date. Selon lui, la réunion aura lieu à Genève et les délégations seront reçues par le gouvernement suisse.

        Les diplomates ont ajouté que la question des frontières sera au centre de la rencontre, et que les experts des deux pays prépareront un rapport commun pour la fin du mois.

        This page was translated automatically by a machine, so there may be mistakes in the text. Please always refer to the original version of the article.
        """
        #expect(LanguageIdentifier.standard.identify(article) == "fr")
    }

    @Test func mixedScriptsFollowTheBody() {
        let arabic = "قال المتحدث باسم وزارة الخارجية إن الحكومة سترد على الرسالة خلال الأيام المقبلة بعد التشاور مع الشركاء.\nPhoto: AFP"
        #expect(LanguageIdentifier.standard.identify(arabic) == "ar")
        let japanese = "NHKによると、政府は来週、東京で関係国の代表と会談する予定だという。"
        #expect(LanguageIdentifier.standard.identify(japanese) == "ja")
    }
}

@Suite struct LineLanguageTests {
    @Test func linesCarryTheirOwnLanguageAndOffsets() {
        let text = "Partager:\nLe ministre a déclaré que les discussions avec les voisins se poursuivront.\nThe page was translated by a machine, so there may be mistakes in the text."
        let lines = LanguageIdentifier.standard.lineLanguages(text)
        #expect(lines.map(\.language) == ["und", "fr", "en"])
        let scalars = Array(text.unicodeScalars)
        var second = String.UnicodeScalarView()
        second.append(contentsOf: scalars[lines[1].start..<lines[1].end])
        #expect(String(second).hasPrefix("Le ministre") && String(second).hasSuffix("poursuivront."))
        #expect(lines[2].end == scalars.count)
    }

    /// The extractor hands the identifier the gazetteer's word entries (one probe per word for
    /// both); the function words read from them must give the verdicts of its own table.
    @Test func functionWordsFromTheWordTableGiveTheSameVerdicts() {
        for (_, text) in LanguageIdentifierTests.paragraphs {
            let tokens = TokenizedText(text + "\n" + text)
            let words = CountryGazetteer.standard.words(of: tokens)
            let own = LanguageIdentifier.standard.identifyWithLines(tokens)
            let shared = LanguageIdentifier.standard.identifyWithLines(tokens, words: words)
            #expect(shared.language == own.language)
            let lines = [0..<text.unicodeScalars.count]
            #expect(lines.map { LanguageIdentifier.language(ofLine: $0, in: shared.lines) } == lines.map { LanguageIdentifier.language(ofLine: $0, in: own.lines) })
        }
    }
}
