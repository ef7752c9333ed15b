import Foundation

/// Latency samples of one query on one engine.
public struct LatencySummary: Sendable, Codable {
    public var medianMs: Double
    public var p99Ms: Double
    public var runs: Int

    /// Summarises samples in nanoseconds; p99 is the nearest-rank 99th percentile (the
    /// maximum when there are fewer than 100 runs).
    public init(nanoseconds samples: [UInt64]) {
        let sorted = samples.sorted()
        runs = sorted.count
        guard !sorted.isEmpty else {
            medianMs = .nan
            p99Ms = .nan
            return
        }
        let mid = sorted.count / 2
        let median = sorted.count % 2 == 1 ? Double(sorted[mid]) : Double(sorted[mid - 1] + sorted[mid]) / 2
        let rank = Int((Double(sorted.count) * 0.99).rounded(.up)) - 1
        medianMs = median / 1e6
        p99Ms = Double(sorted[max(0, min(sorted.count - 1, rank))]) / 1e6
    }

    enum CodingKeys: String, CodingKey {
        case medianMs = "median_ms", p99Ms = "p99_ms", runs
    }
}

/// Runs a body repeatedly under a time budget: a couple of warm-up runs, then at least
/// `minRuns` and at most `maxRuns` timed runs. The same policy as sql_bench.py.
public struct LatencySampler: Sendable {
    public var budgetSeconds = 1.0
    public var minRuns = 5
    public var maxRuns = 2000
    public var warmups = 2

    public init() {}

    public func measure(_ body: () throws -> Void) rethrows -> LatencySummary {
        for _ in 0..<warmups { try body() }
        var samples: [UInt64] = []
        let deadline = Monotonic.now + UInt64(budgetSeconds * 1e9)
        while samples.count < maxRuns && (samples.count < minRuns || Monotonic.now < deadline) {
            let start = Monotonic.now
            try body()
            samples.append(Monotonic.now - start)
        }
        return LatencySummary(nanoseconds: samples)
    }
}

/// Nanoseconds of the monotonic clock.
public enum Monotonic {
    public static var now: UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Nanoseconds of processor time the calling thread has used: what "per core" means,
    /// and unlike the wall clock not inflated when other processes share the cores.
    public static var threadCPU: UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// Seconds taken by `body`, with its result.
    public static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = now
        let result = try body()
        return (result, Double(now - start) / 1e9)
    }
}
