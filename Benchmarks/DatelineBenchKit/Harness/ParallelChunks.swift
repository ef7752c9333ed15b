import Foundation

/// Splits `0..<count` into chunks, makes each chunk's result on every core, and hands the
/// results to `consume` in order, a batch at a time, so memory stays bounded.
enum ParallelChunks {
    static let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)

    static func forEach<Result>(
        count: Int, chunkSize: Int = 2000,
        make: @escaping @Sendable (Range<Int>) -> Result,
        consume: (Result) throws -> Void
    ) rethrows {
        let chunks = stride(from: 0, to: count, by: chunkSize).map { $0..<min(count, $0 + chunkSize) }
        let batchSize = workers * 4
        for batchStart in stride(from: 0, to: chunks.count, by: batchSize) {
            let batch = Array(chunks[batchStart..<min(chunks.count, batchStart + batchSize)])
            let results = ResultSlots<Result>(count: batch.count)
            DispatchQueue.concurrentPerform(iterations: batch.count) { i in
                results.set(i, make(batch[i]))
            }
            for result in results.values { try consume(result) }
        }
    }
}

/// Slots that parallel workers fill, each worker its own index.
private final class ResultSlots<Result>: @unchecked Sendable {
    private var slots: [Result?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Result) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Result] { slots.map { $0! } }
}

/// A benchmark failure with a message for the person running it.
public struct BenchError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
