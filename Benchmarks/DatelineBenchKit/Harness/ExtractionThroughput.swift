import Dateline

/// Single-thread extraction throughput, as `DatelineBench extract` and a size run report it:
/// megabytes of article text per second of one thread's processor time.
///
/// Articles are extracted in batches and the thread's clock is read once per batch: reading it
/// is a system call, which timed around every article of ~600 bytes would count a few percent
/// of its own cost as extraction. Inputs are made before their batch is timed.
public enum ExtractionThroughput {
    /// Articles extracted between two reads of the clock.
    public static let batchSize = 64

    /// What one measurement found.
    public struct Result: Sendable {
        /// Articles extracted and timed (the warm-up ones not counted).
        public var articles: Int
        /// Bytes of their text (UTF-8).
        public var bytes: Int
        /// Seconds of the thread's processor time they took.
        public var seconds: Double
        /// Seconds of wall time the warm-up articles took (building lexicons and matchers).
        public var warmUpSeconds: Double

        public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1e6 / seconds : 0 }
    }

    /// Extracts `input(0)`, `input(1)`, … : the first `warmUp` untimed, then batches until
    /// `seconds` of thread time.
    public static func measure(
        _ extractor: ArticleExtractor, warmUp: Int = 20, seconds secondsLimit: Double,
        input: (Int) -> ArticleInput
    ) -> Result {
        let (_, warmUpSeconds) = Monotonic.time { for index in 0..<warmUp { _ = extractor.extract(input(index)) } }
        var result = Result(articles: 0, bytes: 0, seconds: 0, warmUpSeconds: warmUpSeconds)
        var batch: [ArticleInput] = []
        batch.reserveCapacity(batchSize)
        while result.seconds < secondsLimit {
            batch.removeAll(keepingCapacity: true)
            for k in 0..<batchSize { batch.append(input(warmUp + result.articles + k)) }
            let start = Monotonic.threadCPU
            for article in batch { _ = extractor.extract(article) }
            result.seconds += Double(Monotonic.threadCPU - start) / 1e9
            result.articles += batch.count
            for article in batch { result.bytes += article.text.utf8.count }
        }
        return result
    }

    /// The articles a measurement on generated text cycles through: the first 20,020 of
    /// `generator` (about 11 MB of text, more than the processor's caches hold), fewer when
    /// `corpusSize` is smaller (the 10k corpus, 5.7 MB, may partly stay cached); the first 20
    /// warm up.
    ///
    /// They are all made before the clock is first read, so the generator's work is neither
    /// timed nor interleaved with extraction, and the figure does not depend on its speed.
    public static func generatedInputs(_ generator: ArticleGenerator, corpusSize: Int) -> [ArticleInput] {
        (0..<min(corpusSize, 20_020)).map { generator.article($0).textOnlyInput }
    }
}
