/// How much two graphs agree: the entities and relations they share, by stable id, and the
/// Jaccard index of each (shared ÷ in either).
///
/// Relations are shared only when their ids are equal, so a relation whose negation differs
/// counts once on each side and is not shared; entities flagged as possible matches are not
/// shared either.
public struct GraphAgreement: Hashable, Sendable, Codable {
    /// Overlap of two sets of ids.
    public struct Overlap: Hashable, Sendable, Codable {
        /// Ids in A.
        public let a: Int
        /// Ids in B.
        public let b: Int
        /// Ids in both.
        public let shared: Int

        public init(a: Int, b: Int, shared: Int) {
            self.a = a
            self.b = b
            self.shared = shared
        }

        /// Ids in either.
        public var union: Int { a + b - shared }

        /// shared ÷ union; 1 when both sets are empty (two empty graphs agree).
        public var jaccard: Double { union == 0 ? 1 : Double(shared) / Double(union) }

        enum CodingKeys: String, CodingKey { case a, b, shared, union, jaccard }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(a: try c.decode(Int.self, forKey: .a), b: try c.decode(Int.self, forKey: .b),
                      shared: try c.decode(Int.self, forKey: .shared))
        }

        /// Writes `a`, `b`, `shared`, `union` and `jaccard` (rounded to four decimals).
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(a, forKey: .a)
            try c.encode(b, forKey: .b)
            try c.encode(shared, forKey: .shared)
            try c.encode(union, forKey: .union)
            try c.encode((jaccard * 10_000).rounded() / 10_000, forKey: .jaccard)
        }
    }

    public let entities: Overlap
    public let relations: Overlap

    public init(entities: Overlap, relations: Overlap) {
        self.entities = entities
        self.relations = relations
    }

    /// The agreement of graphs `a` and `b`, by node and edge ids.
    /// - Complexity: O(n) expected, in the number of nodes and edges.
    public init(_ a: Graph, _ b: Graph) {
        func overlap(_ x: [String], _ y: [String]) -> Overlap {
            let setX = Set(x), setY = Set(y)
            let (small, large) = setX.count <= setY.count ? (setX, setY) : (setY, setX)
            return Overlap(a: setX.count, b: setY.count, shared: small.reduce(0) { $0 + (large.contains($1) ? 1 : 0) })
        }
        self.init(entities: overlap(a.nodes.map(\.id), b.nodes.map(\.id)), relations: overlap(a.edges.map(\.id), b.edges.map(\.id)))
    }
}

extension GraphDiff {
    /// The agreement of the two graphs compared, read off the diff (the same figures as
    /// `GraphAgreement(a, b)`).
    /// - Complexity: O(n).
    public var agreement: GraphAgreement {
        var entities = (a: 0, b: 0, shared: 0), relations = (a: 0, b: 0, shared: 0)
        for node in nodes {
            if node.a != nil { entities.a += 1 }
            if node.b != nil { entities.b += 1 }
            if node.a != nil && node.b != nil { entities.shared += 1 }
        }
        for edge in edges {
            if edge.a != nil { relations.a += 1 }
            if edge.b != nil { relations.b += 1 }
            if let a = edge.a, let b = edge.b, a.id == b.id { relations.shared += 1 }
        }
        return GraphAgreement(entities: .init(a: entities.a, b: entities.b, shared: entities.shared),
                              relations: .init(a: relations.a, b: relations.b, shared: relations.shared))
    }
}
