import Testing
@testable import Dateline

/// `count by` over a filtered source counts from postings and codes, never from rendered
/// rows; whatever path it takes, each group must hold as many rows as listing the rows and
/// counting their values by hand gives (a list field counts a row under each of its items,
/// an empty or missing value under null).
@Suite struct CountingTests {
    static let cases = [
        ("statements where topic = cyber", "country"),
        ("statements where topic = cyber", "topics"),
        ("statements where topic = cyber", "about"),
        ("statements where country = FR", "kind"),
        ("statements where country = FR or topic = nuclear", "country"),
        ("statements where kind = direct", "speaker"),
        ("statements", "topics"),
        ("statements", "country"),
        ("mentions where type = country", "value"),
        ("articles where language = en", "language"),
    ]

    @Test(arguments: cases)
    func groupsCountLikeTheListedRows(filter: String, field: String) throws {
        let path = try IndexFileTests.writeFixtureIndex()
        var session = Session(database: try Database.open(path: path))
        let listed = try session.rows("\(filter) select \(field)")
        var expected: [Value: Int] = [:]
        for row in listed.rows {
            switch row.values[0] {
            case .list(let items) where items.isEmpty: expected[.null, default: 0] += 1
            case .list(let items): for item in Set(items) { expected[.string(item), default: 0] += 1 }
            case let value: expected[value, default: 0] += 1
            }
        }
        let counted = try session.rows("\(filter) | count by \(field)")
        var got: [Value: Int] = [:]
        for row in counted.rows {
            guard case .int(let n) = row.values[1] else { Issue.record("no count in \(row)"); continue }
            got[row.values[0]] = n
        }
        #expect(got == expected, "\(filter) | count by \(field)")
        #expect(!expected.isEmpty, "\(filter) lists no rows")
    }
}
