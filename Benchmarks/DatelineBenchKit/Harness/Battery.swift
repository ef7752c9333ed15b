/// How the results of the three engines are compared.
public enum ResultCheck: String, Sendable, Codable {
    /// The number of rows.
    case rowCount
    /// The groups of a `count by` and each group's count, in any order.
    case groups
    /// The values of one column in result order (an `order by … limit`).
    case orderedColumn
}

/// One query of the battery, written once for Dateline and once in SQL. The SQL runs on the
/// same statements loaded into tables with indexes on the filtered columns (see sql_bench.py):
/// `statements`, `statement_topics`, `statement_about`, `articles`.
public struct BatteryQuery: Sendable, Codable {
    public var name: String
    public var dateline: String
    public var sql: String
    /// SQLite has FTS5 where DuckDB (offline, without extensions) has only a scan.
    public var sqliteSQL: String?
    public var check: ResultCheck
    /// The column compared for `orderedColumn`.
    public var column: String?
}

/// The fixed battery: one query of each kind the issue names.
public enum Battery {
    public static let queries: [BatteryQuery] = [
        BatteryQuery(
            name: "equality",
            dateline: #"statements where country = "Iran""#,
            sql: "SELECT s.sid FROM statements s WHERE s.country = 'IR'",
            check: .rowCount),
        BatteryQuery(
            name: "conjunction",
            dateline: #"statements where country = "China" and topic = cyber"#,
            sql: "SELECT s.sid FROM statements s JOIN statement_topics t ON t.sid = s.sid WHERE s.country = 'CN' AND t.topic = 'cyber'",
            check: .rowCount),
        BatteryQuery(
            name: "disjunction",
            dateline: #"statements where country = "Brazil" or about = "Brazil""#,
            sql: "SELECT s.sid FROM statements s WHERE s.country = 'BR' OR s.sid IN (SELECT a.sid FROM statement_about a WHERE a.country = 'BR')",
            check: .rowCount),
        BatteryQuery(
            name: "contains",
            dateline: #"statements where text contains "peace talks""#,
            sql: "SELECT s.sid FROM statements s WHERE lower(s.text) LIKE '%peace talks%'",
            sqliteSQL: "SELECT rowid FROM statements_fts WHERE statements_fts MATCH '\"peace talks\"'",
            check: .rowCount),
        BatteryQuery(
            name: "count by",
            dateline: #"statements where topic = nuclear | count by country"#,
            sql: "SELECT s.country, count(*) FROM statements s JOIN statement_topics t ON t.sid = s.sid WHERE t.topic = 'nuclear' GROUP BY s.country",
            check: .groups),
        BatteryQuery(
            name: "order by … limit",
            dateline: #"articles where language = "fr" order by date desc limit 20"#,
            sql: "SELECT a.id, a.date FROM articles a WHERE a.language = 'fr' ORDER BY a.date DESC LIMIT 20",
            check: .orderedColumn, column: "date"),
    ]

    /// The query run as the first query of a freshly opened index: the indexed conjunction,
    /// counted, so the time is opening and answering rather than rendering thousands of rows.
    public static let firstQuery = queries[1].dateline + " | count"
}
