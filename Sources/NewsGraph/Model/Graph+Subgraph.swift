extension Graph {
    /// The part of the graph made of these nodes and the edges between them; articles are kept.
    /// - Complexity: O(n + e).
    public func subgraph(nodeIDs: Set<String>) -> Graph {
        Graph(articles: articles,
              nodes: nodes.filter { nodeIDs.contains($0.id) },
              edges: edges.filter { nodeIDs.contains($0.source) && nodeIDs.contains($0.target) })
    }
}
