/// One row of a neighbour query: a node reached from the queried entity, and the edge that reached it.
///
/// A node reached by several edges (two relation types, or both directions) has one row per edge.
public struct Neighbor: Sendable, Hashable {
    /// The node reached.
    public let node: Node
    /// The edge between ``via`` and ``node``.
    public let edge: Edge
    /// The id of the node one step nearer the queried entity: the entity itself at depth 1.
    public let via: String
    /// The edge's real direction seen from ``via``: `outgoing` when `via -type-> node`.
    public let direction: EdgeDirection
    /// How many steps from the queried entity ``node`` is: 1 for a direct neighbour.
    public let depth: Int

    /// A row (see ``GraphIndex/neighbors(of:depth:direction:types:class:)``, which makes them).
    public init(node: Node, edge: Edge, via: String, direction: EdgeDirection, depth: Int) {
        self.node = node
        self.edge = edge
        self.via = via
        self.direction = direction
        self.depth = depth
    }

    /// The edge's relation type.
    public var relation: RelationType { edge.type }
    /// How many distinct articles state the edge.
    public var articleCount: Int { edge.supportingArticleCount }
    /// The earliest sentence stating the edge (by article, then sentence).
    public var firstEvidence: Evidence? { edge.firstEvidence }
}
