/// Everything measured at one corpus size; `nil` where a step could not run (the reason is
/// in `notes`).
public struct SizeResult: Sendable {
    public var label: String
    public var articles: Int
    public var textBytes: Int
    public var statements: Int?
    public var generatedStatements: Int?
    /// Single-thread extraction over a sample of the articles.
    public var extractionMBPerSecond: Double?
    public var indexBuildSeconds: Double?
    /// How the index was built: "dateline index" or "in memory".
    public var indexBuildMode: String = ""
    public var indexBytes: Int?
    /// The index file `dateline index` wrote, which the in-process side opens too.
    public var indexPath: String?
    public var openFirstQuerySeconds: Double?
    public var servingRSSBytes: Int?
    public var sqliteLoadSeconds: Double?
    public var duckdbLoadSeconds: Double?
    public var queries: [QueryResult] = []
    public var notes: [String] = []
    public var mismatches: [String] = []

    public init(label: String, articles: Int, textBytes: Int) {
        self.label = label
        self.articles = articles
        self.textBytes = textBytes
    }

    /// One battery query on the three engines.
    public struct QueryResult: Sendable {
        public var name: String
        public var check: ResultCheck
        public var dateline: LatencySummary?
        public var sqlite: LatencySummary?
        public var duckdb: LatencySummary?
        /// The short form of Dateline's answer ("1234" rows, "20 groups").
        public var answer: String = "—"
    }

    public var indexToText: Double? {
        indexBytes.map { Double($0) / Double(max(1, textBytes)) }
    }

    public var rssToIndex: Double? {
        guard let rss = servingRSSBytes, let index = indexBytes else { return nil }
        return Double(rss) / Double(max(1, index))
    }
}
