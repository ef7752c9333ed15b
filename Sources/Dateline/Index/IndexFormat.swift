/// The layout of a Dateline index file (`.dlidx`).
///
/// ```
/// header   64 bytes   magic "DLNIDX\r\n", format version, section count, file length,
///                     checksum of the section table
/// table    48 bytes per section: name (24 bytes, NUL padded), offset, length, checksum
/// sections each aligned to 8 bytes: bit-packed integers (``PackedIntegers``: codes,
///          offsets, integer columns), little-endian Int32 posting lists, varint posting
///          lists, or UTF-8 bytes
/// ```
///
/// Sections are named `SOURCE.FIELD.PART` (`s.country.codes`, `a.text.tok.post`); see
/// ``IndexBuilder`` for what each holds. Every section has its own checksum, verified the
/// first time a query touches it, so that opening a large index costs only the header.
enum IndexFormat {
    static let magic: [UInt8] = Array("DLNIDX\r\n".utf8)
    /// Bumped whenever the layout or the meaning of a section changes (including the text
    /// folding the token index was built with).
    static let version: UInt32 = 6
    static let headerSize = 64
    static let tableEntrySize = 48
    static let nameSize = 24
    static let alignment = 8
    /// The extension `dateline index` gives the file when `-o` names none.
    static let defaultFileName = "corpus.dlidx"
}

/// A 64-bit checksum of bytes: four independent multiply-mix lanes over 8-byte words, so it
/// runs at memory speed. It detects corruption, not tampering.
enum Checksum {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let prime: UInt64 = 0x9E37_79B9_7F4A_7C15
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, 4)
        let words = bytes.count / 8
        var i = 0
        @inline(__always) func mix(_ h: UInt64, _ w: UInt64) -> UInt64 {
            let m = (h ^ w) &* prime
            return m ^ (m >> 29)
        }
        while i + 4 <= words {
            lanes.0 = mix(lanes.0, bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))
            lanes.1 = mix(lanes.1, bytes.loadUnaligned(fromByteOffset: (i + 1) * 8, as: UInt64.self))
            lanes.2 = mix(lanes.2, bytes.loadUnaligned(fromByteOffset: (i + 2) * 8, as: UInt64.self))
            lanes.3 = mix(lanes.3, bytes.loadUnaligned(fromByteOffset: (i + 3) * 8, as: UInt64.self))
            i += 4
        }
        var h = mix(mix(mix(lanes.0, lanes.1), lanes.2), lanes.3)
        var offset = i * 8
        while offset < bytes.count {
            h = mix(h, UInt64(bytes[offset]) | (UInt64(offset) << 8))
            offset += 1
        }
        return mix(h, UInt64(bytes.count))
    }
}
