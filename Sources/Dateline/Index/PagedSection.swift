import Foundation

/// A large section (article text, word postings) checked page by page as it is read, so
/// that the first query after opening reads and checks only the pages it touches rather
/// than hundreds of megabytes. The page checksums are a section of their own,
/// `NAME.sum`, written by ``IndexSections/addPaged(_:bytes:)``.
final class PagedSection: @unchecked Sendable {
    static let pageSize = 4096

    let bytes: UnsafeRawBufferPointer
    private let sums: UnsafeBufferPointer<UInt64>
    private var checked: [UInt64]
    private let lock = NSLock()
    private weak var image: IndexImage?
    private let name: String

    init(image: IndexImage, name: String) throws {
        self.image = image
        self.name = name
        bytes = try image.unverifiedSection(name)
        sums = try image.array(name + ".sum", of: UInt64.self)
        let pages = (bytes.count + Self.pageSize - 1) / Self.pageSize
        guard sums.count == pages else {
            throw IndexFileError.damaged(path: image.origin, detail: "section '\(name)' has \(sums.count) page checksums for \(pages) pages")
        }
        checked = Array(repeating: 0, count: (pages + 63) / 64)
    }

    /// The bytes of `range`, once the pages under it pass their checksums. A damaged page
    /// gives no bytes and marks the index damaged (``IndexImage/damage``), which the query
    /// that read it reports.
    func slice(_ range: Range<Int>) -> UnsafeRawBufferPointer {
        let lower = max(0, min(range.lowerBound, bytes.count)), upper = max(lower, min(range.upperBound, bytes.count))
        guard lower < upper else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        let first = lower / Self.pageSize, last = (upper - 1) / Self.pageSize
        lock.lock()
        defer { lock.unlock() }
        for page in first...last where checked[page >> 6] & (1 << UInt64(page & 63)) == 0 {
            let start = page * Self.pageSize
            let pageBytes = UnsafeRawBufferPointer(rebasing: bytes[start..<min(start + Self.pageSize, bytes.count)])
            guard Checksum.of(pageBytes) == sums[page] else {
                image?.recordDamage(.damaged(path: image?.origin ?? "", detail: "page \(page) of section '\(name)' fails its checksum"))
                return UnsafeRawBufferPointer(start: nil, count: 0)
            }
            checked[page >> 6] |= 1 << UInt64(page & 63)
        }
        return UnsafeRawBufferPointer(rebasing: bytes[lower..<upper])
    }

    /// Page checksums of `bytes`, for the writer.
    static func checksums(of bytes: [UInt8]) -> [UInt64] {
        bytes.withUnsafeBytes { raw in
            stride(from: 0, to: raw.count, by: pageSize).map { start in
                Checksum.of(UnsafeRawBufferPointer(rebasing: raw[start..<min(start + pageSize, raw.count)]))
            }
        }
    }
}
