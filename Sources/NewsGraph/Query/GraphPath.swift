/// One edge of a path step, with its real direction.
public struct PathRelation: Sendable, Hashable {
    /// The edge.
    public let edge: Edge
    /// The edge's direction seen from the step's start: `outgoing` when `from -type-> to`.
    public let direction: EdgeDirection

    /// An edge of a step, with its direction seen from the step's start.
    public init(edge: Edge, direction: EdgeDirection) {
        self.edge = edge
        self.direction = direction
    }

    /// The edge's relation type.
    public var relation: RelationType { edge.type }
    /// How many distinct articles state the edge.
    public var articleCount: Int { edge.supportingArticleCount }
    /// The earliest sentence stating the edge (by article, then sentence).
    public var firstEvidence: Evidence? { edge.firstEvidence }
}

/// One step of a path: two adjacent nodes and every edge between them.
public struct PathStep: Sendable, Hashable {
    /// The node the step leaves.
    public let from: Node
    /// The node the step reaches.
    public let to: Node
    /// Every edge between the two nodes, either way round: by relation type (by name), then
    /// direction (`out` first), then edge id. Never empty.
    public let relations: [PathRelation]

    /// A step from `from` to `to` through `relations`.
    public init(from: Node, to: Node, relations: [PathRelation]) {
        self.from = from
        self.to = to
        self.relations = relations
    }
}

/// A chain of nodes from one entity to another, each pair joined by at least one edge.
public struct GraphPath: Sendable, Hashable {
    /// The nodes of the chain, from the start to the end; one more than ``steps``.
    public let nodes: [Node]
    /// The steps between consecutive nodes.
    public let steps: [PathStep]

    /// A chain of `nodes` joined by `steps` (one fewer than the nodes).
    public init(nodes: [Node], steps: [PathStep]) {
        self.nodes = nodes
        self.steps = steps
    }

    /// The number of steps.
    public var length: Int { steps.count }
}

/// The answer to a path query: the shortest chains between two entities, or none.
public struct PathSearch: Sendable, Hashable {
    /// The start entity.
    public let from: Node
    /// The end entity.
    public let to: Node
    /// The most steps the search allowed.
    public let maxDepth: Int
    /// The number of steps of the shortest chains, or nil when there is none within ``maxDepth``.
    public let length: Int?
    /// How many distinct shortest chains of nodes there are (saturating at `Int.max`).
    public let count: Int
    /// The first chains, in order of their node ids, at most the limit asked for.
    public let paths: [GraphPath]

    /// A search result (see ``GraphIndex/paths(from:to:maxDepth:limit:)``, which makes them).
    public init(from: Node, to: Node, maxDepth: Int, length: Int?, count: Int, paths: [GraphPath]) {
        self.from = from
        self.to = to
        self.maxDepth = maxDepth
        self.length = length
        self.count = count
        self.paths = paths
    }

    /// Whether there are more shortest chains than ``paths`` holds.
    public var isTruncated: Bool { count > paths.count }
}
