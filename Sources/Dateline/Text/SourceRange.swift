/// A span of query or article text as UTF-8 byte offsets, `start..<end`.
///
/// Offsets are turned into 1-based line and column only for display (see ``SourceText``).
public struct SourceRange: Sendable, Hashable, Codable {
    /// Offset of the first byte.
    public var start: Int
    /// Offset just past the last byte.
    public var end: Int

    /// The range `start..<end`.
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(min(start, other.start), max(end, other.end))
    }
}
