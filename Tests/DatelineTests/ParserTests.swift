import Testing
@testable import Dateline

/// Table-driven parser cases: source text → the tree as an S-expression (see
/// ``SyntaxTreeDump``), with no diagnostics.
@Suite struct ParserTests {
    static let cases: [(String, String)] = [
        ("articles", "(query articles)"),
        ("statements where topic = cyber", "(query statements (= topic word:cyber))"),
        (#"statements where country = "China" and topic = cyber"#,
         "(query statements (and (= country string:China) (= topic word:cyber)))"),
        ("articles where a = 1 or b = 2 and c = 3",
         "(query articles (or (= a number:1.0) (and (= b number:2.0) (= c number:3.0))))"),
        ("articles where (a = 1 or b = 2) and c = 3",
         "(query articles (and (or (= a number:1.0) (= b number:2.0)) (= c number:3.0)))"),
        ("articles where not a = 1 and b = 2", "(query articles (and (not (= a number:1.0)) (= b number:2.0)))"),
        ("articles where not (a = 1 or b = 2)", "(query articles (not (or (= a number:1.0) (= b number:2.0))))"),
        ("articles where a = 1 and b = 2 and c = 3 and d = 4",
         "(query articles (and (and (= a number:1.0) (= b number:2.0)) (and (= c number:3.0) (= d number:4.0))))"),
        ("articles where a = 1 and b = 2 or c = 3 and d = 4 or e = 5",
         "(query articles (or (and (= a number:1.0) (= b number:2.0)) (or (and (= c number:3.0) (= d number:4.0)) (= e number:5.0))))"),
        ("articles where a = 1 or not b = 2 and c = 3",
         "(query articles (or (= a number:1.0) (and (not (= b number:2.0)) (= c number:3.0))))"),
        ("articles where article.language in (fr, \"de\", $lang)",
         "(query articles (in article.language word:fr string:de $lang))"),
        ("articles where date between 2014-12 and 2015-01-31",
         "(query articles (between date date:2014-12 date:2015-01-31))"),
        ("articles where date >= 2014", "(query articles (>= date number:2014.0))"),
        ("articles where date < 2014-1-5", "(query articles (< date date:2014-01-05))"),
        ("statements where text contains \"cyber attacks\"", "(query statements (contains text string:cyber attacks))"),
        (#"statements where text matches /cyber\/ ?attack/i"#, #"(query statements (matches text /(?i)cyber/ ?attack/))"#),
        ("statements where speaker is null or country is not null",
         "(query statements (or (null speaker) (not-null country)))"),
        ("statements where topic not in (cyber, trade)", "(query statements (not (in topic word:cyber word:trade)))"),
        ("statements where text not contains x", "(query statements (not (contains text word:x)))"),
        ("statements where country = الصين", "(query statements (= country word:الصين))"),
        ("statements where country = 中国 or country = Chine", "(query statements (or (= country word:中国) (= country word:Chine)))"),
        ("STATEMENTS WHERE topic = cyber ORDER BY date DESC", "(query STATEMENTS (= topic word:cyber) (order date:desc))"),
        ("statements where topic = cyber | count by country",
         "(query statements (= topic word:cyber) (count by:country))"),
        ("statements | count by country, speaker top 3 per country | order by count desc | limit 10",
         "(query statements (count by:country,speaker top:3 per:country) (order count:desc) (limit 10))"),
        ("statements count", "(query statements (count))"),
        ("statements | count by country top 5", "(query statements (count by:country top:5))"),
        ("articles order by date desc, title asc limit 3 select title, article.date",
         "(query articles (order date:desc title:asc) (limit 3) (select title article.date))"),
        ("let cyber = statements where topic = cyber", "(let cyber (query statements (= topic word:cyber)))"),
        ("explain cyber | count", "(explain (query cyber (count)))"),
        ("articles where start > -5.5", "(query articles (> start number:-5.5))"),
        ("articles where x = 5G", "(query articles (= x word:5G))"),
        ("articles where speaker = al-Sisi", "(query articles (= speaker word:al-Sisi))"),
        (#"articles where t = "a\"b\\c\n\u{627}""#, "(query articles (= t string:a\"b\\c\n\u{627}))"),
        // Several statements and continuation lines
        ("articles; statements", "(query articles); (query statements)"),
        ("articles\n\n# a comment\nstatements -- another", "(query articles); (query statements)"),
        ("statements where topic = cyber and\n  country = CN", "(query statements (and (= topic word:cyber) (= country word:CN)))"),
        ("statements where (topic = cyber\n  or topic = trade)", "(query statements (or (= topic word:cyber) (= topic word:trade)))"),
        ("statements where topic = cyber |\n count by country", "(query statements (= topic word:cyber) (count by:country))"),
        ("statements where text contains \"two\nlines\"", "(query statements (contains text string:two\nlines))"),
    ]

    @Test(arguments: cases)
    func parses(_ text: String, _ expected: String) {
        var parser = Parser(text)
        let statements = parser.parseScript()
        #expect(parser.diagnostics.map(\.message) == [])
        #expect(SyntaxTreeDump.dump(statements) == expected)
    }

    @Test func literalKeepsItsSpelling() throws {
        var parser = Parser("articles where date = 2014")
        let statement = try #require(parser.parseScript().first)
        guard case .query(let query) = statement, case .predicate(let predicate) = query.filter,
            case .compare(_, let literal) = predicate.test
        else { Issue.record("unexpected tree"); return }
        #expect(literal.text == "2014")
        #expect(literal.range == SourceRange(22, 26))
    }

    @Test func rangesAreUTF8Offsets() throws {
        var parser = Parser("statements where country = الصين")
        guard case .query(let query) = try #require(parser.parseScript().first), case .predicate(let p) = query.filter,
            case .compare(_, let literal) = p.test
        else { Issue.record("unexpected tree"); return }
        #expect(literal.range == SourceRange(27, 27 + "الصين".utf8.count))
        #expect(query.range == SourceRange(0, 27 + "الصين".utf8.count))
    }
}
