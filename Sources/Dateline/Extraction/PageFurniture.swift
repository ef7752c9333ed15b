/// Lines of scraped pages that are not the story: site furniture, caption and credit labels,
/// bylines. Folded lower case; a line is furniture when it equals an entry or (for entries
/// marked `prefix`) starts with it.
enum PageFurniture {
    /// Whole lines that are site furniture in the supported languages (a line is looked up
    /// in place, folded, without a String of it).
    static let lines = WordSet(folded: Array(linesAndHeadings))

    private static let linesAndHeadings: Set<String> = Set("""
    publié|publie|mis à jour|partager|partager:|partagez|share|share this|share:|a+ a-|a- a+|a+|a-
    tautan-tautan akses|tautan akses|bagikan|bagikan:|print|imprimer|email|e-mail|facebook|twitter|x
    whatsapp|telegram|linkedin|advertisement|advertising|publicité|iklan|إعلان|شارك|مشاركة|comments
    commentaires|komentar|menu|home|accueil|beranda|الرئيسية|subscribe|s'abonner|newsletter|listen
    écouter|dengarkan|copy link|copier le lien|salin tautan|skip to content|skip to main content|aller au contenu|video
    الصفحة الرئيسية|startseite|главная|首页|首頁|ホーム|홈|inicio|início|página inicial|halaman utama
    vidéo|photo|foto|compartir|compartilhar|teilen|поделиться|分享|共有|シェア|ツイート|공유|공유하기|top|retour|back
    related|lire aussi|read more|baca juga|lea también|leia também|читайте также|mehr zum thema
    اقرأ أيضا|اقرأ أيضاً|相关阅读|関連記事|관련 기사|zoom|agrandir|perbesar|ampliar|vergrößern
    """.split(whereSeparator: { $0 == "|" || $0 == "\n" }).map { folded($0.trimmingSpaces) }).union(relatedHeadings)

    /// Whole lines that head a block of links to other stories after the body; the headlines
    /// listed under them (often in another language) are not the story.
    static let relatedHeadings: Set<String> = Set("""
    related|related news|related stories|related articles|related content|more on this story|read more
    see also|lire aussi|à lire aussi|voir aussi|sur le même sujet|baca juga|berita terkait|lihat juga
    lea también|noticias relacionadas|leia também|notícias relacionadas|veja também|mehr zum thema
    weitere artikel|читайте также|по теме|اقرأ أيضا|اقرأ أيضاً|أخبار ذات صلة|مواضيع ذات صلة
    相关阅读|相关新闻|相关报道|相关文章|延伸阅读|延伸閱讀|相關新聞|相關閱讀|相關報導|相關報道|関連記事|関連ニュース|관련 기사|관련기사|관련 뉴스
    related coverage|related topics|more coverage|you may also like|recommended|most read|sujets associés|à lire également
    lire également|les plus lus|artikel terkait|berita lainnya|terpopuler|temas relacionados|te puede interesar|más leídas
    tópicos relacionados|saiba mais|mais lidas|lesen sie auch|auch interessant|meistgelesen|ещё по теме|еще по теме|другие новости
    самое читаемое|أخبار متعلقة|اقرأ المزيد|الأكثر قراءة|更多新闻|あわせて読みたい|많이 본 뉴스|추천 기사
    """.split(whereSeparator: { $0 == "|" || $0 == "\n" }).map { folded($0.trimmingSpaces) })

    /// ``relatedHeadings``, to look a line up in place.
    static let relatedHeadingLines = WordSet(folded: Array(relatedHeadings))

    /// An entry as `ScalarText.foldedString` gives a line (lower case, without accents), so
    /// that "Leia também" finds "leia também".
    private static func folded(_ entry: String) -> String {
        String(String.UnicodeScalarView(ScalarTable.fold(entry).compactMap(Unicode.Scalar.init)))
    }

    /// Beginnings of furniture lines (related links, sharing rows, update stamps).
    static let prefixes: [String] = """
    >>|lire :|lire aussi|read more|read also|baca juga|lea también|leia também|читайте также
    اقرأ أيضا|mehr zum thema|related:|voir aussi|see also|lihat juga|follow us|suivez-nous|ikuti kami
    publié le|publie le|mis à jour le|updated|published|diperbarui|dipublikasikan|actualizado
    publicado|atualizado|aktualisiert|veröffentlicht|обновлено|опубликовано|更新|発表|업데이트|نشر في
    """.split(whereSeparator: { $0 == "|" || $0 == "\n" }).map { $0.trimmingSpaces }

    /// Labels that start a caption line.
    static let captionLabels: [String] = """
    image caption|caption|légende|keterangan foto|keterangan gambar|شرح الصورة|تعليق على الصورة
    photo caption|photo d'archive|image d'archive|foto de archivo|foto de arquivo|leyenda|legenda|bildunterschrift|подпись к фото|图片说明|写真説明|사진설명|foto:|photo:
    """.split(whereSeparator: { $0 == "|" || $0 == "\n" }).map { $0.trimmingSpaces }

    /// Labels that start a photo-credit line.
    static let creditLabels: [String] = """
    مصدر الصورة|image source|image copyright|photo credit|crédit photo|crédits photo|sumber foto
    sumber gambar|fuente|crédito|bildquelle|источник фото|фото:|图片来源|写真提供|사진 제공|getty images
    """.split(whereSeparator: { $0 == "|" || $0 == "\n" }).map { $0.trimmingSpaces }

    /// Labels that start a byline line ("By …", "Par …", "Oleh …").
    static let bylineLabels: [String] = """
    by |par |oleh |oleh:|reporter:|penulis:|editor:|pewarta:|redaktur:|por |von |автор:|记者|기자 |بقلم
    écrit par|written by|reporting by|editing by|reportage:|texte:
    """.split(whereSeparator: { $0 == "|" || $0 == "\n" }).map { String($0.drop(while: { $0 == " " })) }

    /// Every label and furniture beginning, by the kind of line it opens, in one trie.
    static let labelMatcher: PhraseMatcher<ZoneKind> = {
        var matcher = PhraseMatcher<ZoneKind>()
        for (labels, kind) in [(prefixes, ZoneKind.furniture), (creditLabels, .credit), (captionLabels, .caption), (bylineLabels, .byline)] {
            for label in labels { matcher.add(label, kind, prefix: true) }
        }
        return matcher.compacted()
    }()

    /// Photo credits that end a caption line without brackets ("… REUTERS/Jane Doe").
    static let creditTails: [String] = [
        "reuters/", "afp/", "reuters / ", "afp / ", "ap / ", "epa / ", "ap photo", "afp photo", "epa/", "epa-efe", "getty images", "antara foto", "xinhua/", "foto: ", "photo: ",
    ]

    static let creditTailMatcher: PhraseMatcher<Bool> = {
        var matcher = PhraseMatcher<Bool>()
        for credit in creditTails { matcher.add(credit, true, prefix: true) }
        return matcher.compacted()
    }()

    /// Whether a photo credit of ``creditTails`` starts at a word within the last 40 scalars of
    /// `line` (trimmed): ``creditTailMatcher`` is walked only over a tail with a clue of one
    /// (most lines have none).
    static func endsWithCreditTail(_ text: ScalarText, _ line: Range<Int>) -> Bool {
        let tail = max(line.lowerBound, line.upperBound - 40)..<line.upperBound
        guard !creditTailsHaveClues || text.withScan({ hasCreditTailClue($0.folded, tail) }) else { return false }
        return creditTailMatcher.containsMatch(in: text, range: tail)
    }

    /// Whether every entry of ``creditTails`` holds a clue that ``hasCreditTailClue(_:_:)``
    /// finds, so that a tail without one holds none of them.
    private static let creditTailsHaveClues = creditTails.allSatisfy { tail in
        ScalarTable.fold(tail).withUnsafeBufferPointer { hasCreditTailClue($0, 0..<$0.count) }
    }

    /// Whether the folded scalars `range` hold a "/", the letters "pho", "fot", "tty" or "a-e"
    /// ("photo", "foto", "getty", "epa-efe") or an ignored mark (folded to 0, which a phrase
    /// skips): one of them stands in every credit, and a hyphen or colon alone, common in body
    /// lines, is no clue. Both loops read every scalar without a branch (the compiler
    /// vectorizes them); the letters are looked for only without a mark, each three scalars
    /// packed into one value a byte each: a scalar above U+00FF sets bits that no letter of the
    /// clues has, or else lets a window through that the credit walk then turns away.
    static func hasCreditTailClue(_ folded: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> Bool {
        var marks: UInt32 = 0
        for i in range {
            // Comparisons of the whole value, which vector lanes make four at a time.
            let v = folded[i]
            marks |= (v == 0 ? 1 : 0) | (v == 0x2F ? 1 : 0)
        }
        guard marks == 0 else { return true }
        var words: UInt32 = 0
        for i in range.lowerBound..<max(range.lowerBound, range.upperBound - 2) {
            let window = folded[i] | folded[i + 1] &<< 8 | folded[i + 2] &<< 16
            words |= (window == pho ? 1 : 0) | (window == fot ? 1 : 0) | (window == tty ? 1 : 0) | (window == aDashE ? 1 : 0)
        }
        return words != 0
    }

    /// The clues' letters as ``hasCreditTailClue(_:_:)`` packs a window of three scalars.
    private static let pho: UInt32 = 0x6F_68_70, fot: UInt32 = 0x74_6F_66, tty: UInt32 = 0x79_74_74, aDashE: UInt32 = 0x65_2D_61

    /// Separators of navigation trails ("Home | World", "Startseite > Politik", "Главная / Политика").
    static let breadcrumbSeparators: [String] = [" | ", " > ", " / ", " » ", " › ", " • "]

    /// A navigation trail: two or more sections of one or two words each, between separators.
    static func isBreadcrumb(_ line: String) -> Bool {
        guard let separator = breadcrumbSeparators.first(where: { line.contains($0) }) else { return false }
        let sections = line.split(separator: separator, omittingEmptySubsequences: false)
        return sections.count >= 2 && sections.allSatisfy { section in
            let words = section.split(separator: " ")
            return !words.isEmpty && words.count <= 2 && words.allSatisfy { $0.count <= 20 && $0.first?.isNumber != true }
        }
    }

    /// Markers after which the rest of a line is a byline code: "(end) mk.tg", "(dpa)".
    static let endMarkers: [String] = ["(end)", "(ends)", "(selesai)", "(fin)", "(انتهى)", "(完)", "/ends"]
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (whole Characters), sliced in
    /// place rather than rebuilt Character by Character from a reversed copy.
    var trimmingSpaces: String {
        var start = startIndex, end = endIndex
        while start < end, self[start] == " " || self[start] == "\t" { start = index(after: start) }
        while end > start {
            let last = index(before: end)
            guard self[last] == " " || self[last] == "\t" else { break }
            end = last
        }
        return String(self[start..<end])
    }
}
