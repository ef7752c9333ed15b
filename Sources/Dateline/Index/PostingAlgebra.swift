/// Set operations on posting lists: sorted arrays of distinct Int32 row numbers.
enum PostingAlgebra {
    /// Rows in both. Gallops through the longer list when the lengths differ a lot, so the
    /// cost follows the shorter list.
    static func intersect(_ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>) -> [Int32] {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var out: [Int32] = []
        out.reserveCapacity(small.count)
        if small.isEmpty { return out }
        if large.count / max(small.count, 1) >= 8 {
            var low = 0
            for value in small {
                low = gallop(large, from: low, to: value)
                if low == large.count { break }
                if large[low] == value { out.append(value) }
            }
            return out
        }
        // A merge without branches on the data: the candidate is written every step and kept
        // only when both lists hold it. `k <= i < small.count` whenever it writes, so it stays
        // within the buffer.
        return [Int32](unsafeUninitializedCapacity: small.count) { buffer, written in
            var i = 0, j = 0, k = 0
            while i < small.count, j < large.count {
                let x = small[i], y = large[j]
                buffer[k] = x
                k &+= x == y ? 1 : 0
                i &+= x <= y ? 1 : 0
                j &+= y <= x ? 1 : 0
            }
            written = k
        }
    }

    /// The first position at or after `from` whose value is not less than `value`.
    static func gallop(_ list: UnsafeBufferPointer<Int32>, from: Int, to value: Int32) -> Int {
        var step = 1
        var low = from, high = from
        while high < list.count, list[high] < value {
            low = high + 1
            high += step
            step <<= 1
        }
        high = min(high, list.count)
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Rows in either.
    static func union(_ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            let x = a[i], y = b[j]
            if x == y {
                out.append(x)
                i += 1
                j += 1
            } else if x < y {
                out.append(x)
                i += 1
            } else {
                out.append(y)
                j += 1
            }
        }
        out.append(contentsOf: a[i...])
        out.append(contentsOf: b[j...])
        return out
    }

    /// Rows of `a` not in `b`.
    static func subtract(_ a: UnsafeBufferPointer<Int32>, _ b: UnsafeBufferPointer<Int32>) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(a.count)
        var j = 0
        for x in a {
            j = gallop(b, from: j, to: x)
            if j == b.count || b[j] != x { out.append(x) }
        }
        return out
    }

    /// Rows `0..<count` not in `b`.
    static func complement(_ b: UnsafeBufferPointer<Int32>, count: Int) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(max(0, count - b.count))
        var next: Int32 = 0
        for x in b {
            while next < x {
                out.append(next)
                next += 1
            }
            next = x + 1
        }
        while Int(next) < count {
            out.append(next)
            next += 1
        }
        return out
    }

    /// The union of many lists over rows `0..<count`: a merge of two, a bitmap for more.
    static func unionAll(_ lists: [UnsafeBufferPointer<Int32>], count: Int) -> [Int32] {
        switch lists.count {
        case 0: return []
        case 1: return Array(lists[0])
        case 2: return union(lists[0], lists[1])
        default:
            let total = lists.reduce(0) { $0 + $1.count }
            if total < count / 64 {
                var all: [Int32] = []
                all.reserveCapacity(total)
                for list in lists { all.append(contentsOf: list) }
                all.sort()
                var out: [Int32] = []
                out.reserveCapacity(all.count)
                for x in all where out.last != x { out.append(x) }
                return out
            }
            var bits = [UInt64](repeating: 0, count: (count + 63) / 64)
            for list in lists {
                for x in list { bits[Int(x) >> 6] |= 1 << (UInt64(x) & 63) }
            }
            return rows(of: bits)
        }
    }

    /// The set bits of a bitmap, in order.
    static func rows(of bits: [UInt64]) -> [Int32] {
        var out: [Int32] = []
        for (w, word) in bits.enumerated() where word != 0 {
            var v = word
            while v != 0 {
                out.append(Int32(w * 64 + v.trailingZeroBitCount))
                v &= v - 1
            }
        }
        return out
    }
}
