/// The trie of a ``PhraseMatcher``, laid out for its walks. Each node is one record in a flat
/// array: its child count, its first entry, then its edges (scalar, child); so a step of a
/// walk reads one record, and the nodes of a phrase's tail (made one after another when it
/// was added) stand side by side — a walk along a phrase reads consecutive cells instead of
/// a cache line per step. The root's edges are a table indexed by scalar, as every walk
/// starts there.
struct PhraseTrie: Sendable {
    /// The records: [child count, first entry + 1 (0 for none), (scalar, child offset) × child count].
    /// A node given a child moves its record to the end, unless it is there already; what it
    /// leaves behind is unused. Offset 0 holds the root's (empty) record.
    private var cells: [UInt32] = [0, 0]
    /// The offset of the root's child by each scalar of U+0000…U+FFFF; 0 for none.
    private var rootChildren = [UInt32](repeating: 0, count: 0x10000)
    /// The root's children by scalars above U+FFFF: (scalar, child offset) pairs.
    private var astralRootChildren: [UInt32] = []

    static let root = 0

    /// Where the offset of a node is kept: the root's table, its astral pairs, or a parent's edge.
    private enum Reference {
        case rootTable(Int), astral(Int), cell(Int)
    }

    /// The node that `key` leads to from the root, made with the nodes it lacks.
    mutating func insert(_ key: [UInt32]) -> Int {
        var node = Self.root, reference = Reference.rootTable(0)
        for c in key {
            if let (child, at) = edge(from: node, c) {
                (node, reference) = (child, at)
                continue
            }
            let at = addEdge(from: node, reference, c)
            let leaf = cells.count
            cells += [0, 0]
            setOffset(leaf, at: at)
            (node, reference) = (leaf, at)
        }
        return node
    }

    /// The node that `key` leads to from the root, if it is in the trie.
    func node(reachedBy key: ArraySlice<UInt32>) -> Int? {
        var node = Self.root
        for c in key {
            guard let (child, _) = edge(from: node, c) else { return nil }
            node = child
        }
        return node
    }

    /// The first entry of `node` (an index the matcher keeps), or nil.
    func firstEntry(of node: Int) -> Int? { cells[node + 1] == 0 ? nil : Int(cells[node + 1]) - 1 }

    mutating func setFirstEntry(_ entry: Int, of node: Int) { cells[node + 1] = UInt32(entry + 1) }

    /// The child of `node` by `c` and where its offset is kept.
    private func edge(from node: Int, _ c: UInt32) -> (Int, Reference)? {
        if node == Self.root {
            if c < 0x10000 { return rootChildren[Int(c)] == 0 ? nil : (Int(rootChildren[Int(c)]), .rootTable(Int(c))) }
            let pair = stride(from: 0, to: astralRootChildren.count, by: 2).first { astralRootChildren[$0] == c }
            return pair.map { (Int(astralRootChildren[$0 + 1]), .astral($0 + 1)) }
        }
        let count = Int(cells[node])
        let edge = (0..<count).first { cells[node + 2 + 2 * $0] == c }
        return edge.map { (Int(cells[node + 3 + 2 * $0]), .cell(node + 3 + 2 * $0)) }
    }

    /// Adds an edge by `c` to `node` (kept at `reference`), moving the node's record to the
    /// end first unless it is there; returns where the child's offset is to be kept.
    private mutating func addEdge(from node: Int, _ reference: Reference, _ c: UInt32) -> Reference {
        if node == Self.root {
            if c < 0x10000 { return .rootTable(Int(c)) }
            astralRootChildren += [c, 0]
            return .astral(astralRootChildren.count - 1)
        }
        let count = Int(cells[node]), end = node + 2 + 2 * count
        var moved = node
        if end != cells.count {
            moved = cells.count
            cells += cells[node..<end]
            setOffset(moved, at: reference)
        }
        cells[moved] += 1
        cells += [c, 0]
        return .cell(cells.count - 1)
    }

    private mutating func setOffset(_ offset: Int, at reference: Reference) {
        switch reference {
        case .rootTable(let scalar): rootChildren[scalar] = UInt32(offset)
        case .astral(let index): astralRootChildren[index] = UInt32(offset)
        case .cell(let index): cells[index] = UInt32(offset)
        }
    }

    /// Calls `body` with the trie as buffers, for a scan's walks.
    func withView<Result>(_ body: (View) -> Result) -> Result {
        cells.withUnsafeBufferPointer { cells in
            rootChildren.withUnsafeBufferPointer { root in
                astralRootChildren.withUnsafeBufferPointer { astral in
                    body(View(cells: cells, rootChildren: root, astralRootChildren: astral))
                }
            }
        }
    }

    /// The trie as buffers, valid inside ``withView(_:)``.
    struct View {
        let cells: UnsafeBufferPointer<UInt32>
        let rootChildren: UnsafeBufferPointer<UInt32>
        let astralRootChildren: UnsafeBufferPointer<UInt32>

        @inline(__always) func child(of node: Int, _ c: UInt32) -> Int? {
            if node == PhraseTrie.root {
                if c < 0x10000 { return rootChildren[Int(c)] == 0 ? nil : Int(rootChildren[Int(c)]) }
                for k in stride(from: 0, to: astralRootChildren.count, by: 2) where astralRootChildren[k] == c {
                    return Int(astralRootChildren[k + 1])
                }
                return nil
            }
            var edge = node + 2
            for _ in 0..<Int(cells[node]) {
                if cells[edge] == c { return Int(cells[edge + 1]) }
                edge += 2
            }
            return nil
        }

        /// The first entry of `node`, or -1.
        @inline(__always) func firstEntry(of node: Int) -> Int { Int(cells[node + 1]) - 1 }
    }
}
