/// The union of two graphs with what happened to each element, for a diff diagram: colour
/// each node and edge by its status and show its note as a tooltip.
public struct DiffUnion: Hashable, Sendable {
    /// Every entity and relation of A or B: B's version of those in both (with B's id for a
    /// relation whose negation changed), A's version of those only in A.
    public let graph: Graph
    /// The status of each node of `graph`, by id.
    public let nodeStatus: [String: DiffStatus]
    /// The status of each edge of `graph`, by id.
    public let edgeStatus: [String: DiffStatus]
    /// What changed, by node id: one line per changed field, or `added`/`removed`/`unchanged`,
    /// plus possible matches.
    public let nodeNotes: [String: String]
    /// What changed, by edge id: one line per changed field, or `added`/`removed`/`unchanged`.
    public let edgeNotes: [String: String]
}

extension GraphDiff {
    /// The union graph of the diff, with a status and a note (tooltip text) per element.
    /// Every edge end is a node of the union graph when A and B are valid graphs.
    /// - Complexity: O(n) in the number of nodes and edges (O(n log n) to sort the graph).
    public func union() -> DiffUnion {
        var nodeStatus: [String: DiffStatus] = [:], edgeStatus: [String: DiffStatus] = [:]
        var nodeNotes: [String: String] = [:], edgeNotes: [String: String] = [:]
        for node in nodes {
            nodeStatus[node.id] = node.status
            nodeNotes[node.id] = GraphDiff.note(status: node.status, changes: node.changes, possibleMatches: node.possibleMatches)
        }
        for edge in edges {
            edgeStatus[edge.id] = edge.status
            edgeNotes[edge.id] = GraphDiff.note(status: edge.status, changes: edge.changes, possibleMatches: [])
        }
        let graph = Graph(articles: Array(Set(aArticles).union(bArticles)), nodes: nodes.map(\.node), edges: edges.map(\.edge))
        return DiffUnion(graph: graph, nodeStatus: nodeStatus, edgeStatus: edgeStatus, nodeNotes: nodeNotes, edgeNotes: edgeNotes)
    }

    /// `added (only in B)`, `removed (only in A)`, `unchanged`, or one line per changed field;
    /// then a line naming the possible matches, if any.
    static func note(status: DiffStatus, changes: [FieldChange], possibleMatches: [String]) -> String {
        var lines: [String]
        switch status {
        case .added: lines = ["added (only in B)"]
        case .removed: lines = ["removed (only in A)"]
        case .unchanged: lines = ["unchanged"]
        case .changed: lines = changes.map(\.description)
        }
        if !possibleMatches.isEmpty { lines.append("possible match: " + possibleMatches.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }
}
