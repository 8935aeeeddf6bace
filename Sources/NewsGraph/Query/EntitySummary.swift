/// One entity of a graph with its connectedness, for listing entities.
public struct EntitySummary: Sendable, Hashable {
    /// The node.
    public let node: Node
    /// How many edges leave the node.
    public let outDegree: Int
    /// How many edges arrive at the node.
    public let inDegree: Int
    /// How many distinct edges touch the node: `outDegree + inDegree`, with a self-loop counted once.
    public let degree: Int

    /// A summary with the given degrees (see ``GraphIndex/entities(type:sort:)``, which computes them).
    public init(node: Node, outDegree: Int, inDegree: Int, degree: Int) {
        self.node = node
        self.outDegree = outDegree
        self.inDegree = inDegree
        self.degree = degree
    }
}

/// The order of an entity list.
public enum EntitySort: String, Sendable, Hashable, Codable, CaseIterable {
    /// Most edges first.
    case degree
    /// Most mentions first.
    case mentions
    /// By folded label (case and accents ignored), A to Z.
    case name
}
