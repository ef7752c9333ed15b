/// A filter tested one row at a time, from dictionary codes alone: what an ordered walk
/// (``OrderedWalk``) asks of each row it passes, so that `order by … limit` need not
/// evaluate the whole filter first.
///
/// Only filters whose every test is served by a dictionary (of the row, or of its article)
/// can be tested this way; for the others ``init(_:source:store:deadline:)`` gives nil and
/// the query runs the filter over the postings instead.
struct RowTester {
    private indirect enum Node {
        case all([Node])
        case any([Node])
        case not(Node)
        /// The row (or its article, through `articleOf`) holds a code marked in `accepted`;
        /// with `wantsNull`, the row has no value.
        case codes(CodeLookup, accepted: [Bool], wantsNull: Bool?)
        /// The same for a single-valued field of the row itself (-1: no value), read straight
        /// from its code column: the hot case of an ordered walk.
        case scalar(PackedIntegers, accepted: [Bool], wantsNull: Bool?)
    }
    private let root: Node

    init?(_ filter: Filter, source: StoredSource, store: IndexStore, deadline: Deadline) throws {
        guard let root = try Self.node(filter, source: source, store: store, deadline: deadline) else { return nil }
        self.root = root
    }

    /// Whether `row` passes the filter.
    func passes(_ row: Int) -> Bool { Self.passes(root, row) }

    private static func passes(_ node: Node, _ row: Int) -> Bool {
        switch node {
        case .all(let parts):
            for part in parts where !passes(part, row) { return false }
            return true
        case .any(let parts):
            for part in parts where passes(part, row) { return true }
            return false
        case .not(let inner):
            return !passes(inner, row)
        case .scalar(let codes, let accepted, let wantsNull):
            let code = codes[row]
            if let wantsNull { return (code < 0) == wantsNull }
            return code >= 0 && accepted[code]
        case .codes(let lookup, let accepted, let wantsNull):
            let codes = lookup.codes(row)
            if let wantsNull { return codes.isEmpty == wantsNull }
            for code in codes where accepted[Int(code)] { return true }
            return false
        }
    }

    private static func node(_ filter: Filter, source: StoredSource, store: IndexStore, deadline: Deadline) throws -> Node? {
        func nodes(_ parts: [Filter]) throws -> [Node]? {
            var out: [Node] = []
            for part in parts {
                guard let node = try node(part, source: source, store: store, deadline: deadline) else { return nil }
                out.append(node)
            }
            return out
        }
        switch filter {
        case .and(let parts): return try nodes(parts).map(Node.all)
        case .or(let parts): return try nodes(parts).map(Node.any)
        case .not(let inner, _): return try node(inner, source: source, store: store, deadline: deadline).map(Node.not)
        case .test(let predicate):
            switch predicate.field.access {
            case .dictionary(let owner, _) where owner == source: break
            case .throughArticle(.dictionary(.articles, _)) where source != .articles: break
            default: return nil
            }
            let reader = try ColumnReader(predicate.field.access, source: source, store: store)
            guard let lookup = CodeLookup(reader) else { return nil }
            func node(_ accepted: [Bool], wantsNull: Bool?) -> Node {
                if lookup.isDirect, let codes = lookup.column.codes { return .scalar(codes, accepted: accepted, wantsNull: wantsNull) }
                return .codes(lookup, accepted: accepted, wantsNull: wantsNull)
            }
            switch predicate.test {
            case .isNull: return node([], wantsNull: true)
            case .isNotNull: return node([], wantsNull: false)
            case .equals(let values):
                var accepted = [Bool](repeating: false, count: lookup.column.keys.count)
                for value in values { if let code = lookup.column.keys.find(value) { accepted[code] = true } }
                return node(accepted, wantsNull: nil)
            default:
                let keys = lookup.column.keys
                let accepted = try (0..<keys.count).map { try predicate.test.accepts(keys.string($0), deadline: deadline) }
                return node(accepted, wantsNull: nil)
            }
        }
    }
}
