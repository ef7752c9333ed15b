import Testing
@testable import Dateline

/// Dates as the supported languages write them, and text that states no full date.
@Suite struct ExtractionDateTests {
    static let cases: [(String, String?)] = [
        ("22 December 2014", "2014-12-22"),
        ("Monday, 22 December 2014 14:05 GMT", "2014-12-22"),
        ("22 décembre 2014", "2014-12-22"),
        ("Dec 22, 2014", "2014-12-22"),
        ("Dec. 22, 2014", "2014-12-22"),
        ("2014-12-22", "2014-12-22"),
        ("22/12/2014", "2014-12-22"),
        ("12/22/2014", "2014-12-22"),
        ("22.12.2014", "2014-12-22"),
        ("7. Oktober 2022", "2022-10-07"),
        ("10 de junio de 2023", "2023-06-10"),
        ("8 de agosto de 2022", "2022-08-08"),
        ("22 Desember 2014", "2014-12-22"),
        ("٢٢ ديسمبر ٢٠١٤", "2014-12-22"),
        ("15 مارس 2023", "2023-03-15"),
        ("2014年12月22日", "2014-12-22"),
        ("2014년 12월 22일", "2014-12-22"),
        ("22 декабря 2014 года", "2014-12-22"),
        ("Dec 22", nil),
        ("Sabtu (20/12)", nil),
        ("vendredi 29 mars", nil),
        ("31/02/2014 is no date", nil),
    ]

    @Test(arguments: cases) func firstDate(_ c: (String, String?)) {
        #expect(DateFinder.firstDate(in: c.0) == c.1)
    }

    /// A caption's date is a photo date, and a date in the story is not the article's.
    @Test func onlyHeaderAndDatelineDatesCount() {
        let text = "Headline\n\nA poster in New York, 18 December 2014. [EPA/JOHN DOE]\n\nThe hackers compared the attack to 11 September 2001, officials said."
        #expect(ArticleExtractor().extract(ArticleInput(id: "d", path: "d", text: text)).article.date == nil)
        let dated = "Headline\n\nPARIS, 3 March 2021 (AFP) - The minister said that talks would resume."
        #expect(ArticleExtractor().extract(ArticleInput(id: "d", path: "d", text: dated)).article.date == "2021-03-03")
    }
}
