import Dateline
import Testing

/// One opened database shared by many tasks, and Swift task cancellation of a running query.
@Suite struct APIConcurrencyTests {
    @Test func manyTasksQueryOneDatabaseAtOnce() async throws {
        let database = APIFixtures.database
        let query = try database.prepare("statements where country = $country")
        let countries = ["JP", "CN", "FR", "Japan", "Chine", "France", "JP", "CN"]
        let expected = try countries.map { try query.run(["country": $0]).statements() }
        let results = try await withThrowingTaskGroup(of: (Int, [Statement]).self) { group in
            for (index, country) in countries.enumerated() {
                group.addTask {
                    var last: [Statement] = []
                    for _ in 0..<50 { last = try query.run(["country": country]).statements() }
                    return (index, last)
                }
            }
            var results = [[Statement]](repeating: [], count: countries.count)
            for try await (index, statements) in group { results[index] = statements }
            return results
        }
        #expect(results == expected)
        #expect(results.allSatisfy { !$0.isEmpty })
    }

    @Test func cancellingTheTaskStopsTheQuery() async throws {
        let database = try Self.largeDatabase()
        let query = try database.prepare(#"statements where text matches /(a|e|i|o|u)+z(a|e|i|o|u)+q/ order by text"#)
        let task = Task {
            // Runs until the task is cancelled: the only way out is an error.
            while true { _ = try query.run().count }
        }
        try await Task.sleep(for: .milliseconds(200))
        task.cancel()
        let outcome = await task.result
        #expect(throws: CancellationError.self) { try outcome.get() }
    }

    @Test func aCancelledTaskDoesNotStartTheQuery() async throws {
        let query = try APIFixtures.database.prepare("statements")
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try query.run().count
        }
        await #expect(throws: CancellationError.self) { try await task.value }
    }

    @Test func aCancellationFlagStopsTheQuery() throws {
        let flag = CancellationFlag()
        flag.cancel()
        #expect(throws: QueryInterrupted.self) { try APIFixtures.database.prepare("statements").run(cancellation: flag) }
    }

    /// Many articles made from the fixtures, so that a scan takes a while.
    static func largeDatabase() throws -> Database {
        let articles = (0..<300).flatMap { copy in
            APIFixtures.articles.map { ArticleInput(id: "\($0.id)-\(copy)", path: "memory/\(copy)/\($0.id)", text: $0.text) }
        }
        return try Database(articles: articles)
    }
}
