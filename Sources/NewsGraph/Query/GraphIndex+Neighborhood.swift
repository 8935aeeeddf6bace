extension GraphIndex {
    /// The neighbourhood of an entity as a graph of its own, to draw or save: the entity, the
    /// nodes a neighbour query reaches, and the edges it followed (see ``neighbors(of:depth:direction:filter:)``).
    /// - Throws: ``QueryError/unknownNode(_:)`` when no node has the id.
    /// - Complexity: that of the neighbour query, plus O(r log r) for r rows.
    public func neighborhood(of id: String, depth: Int, direction: TraversalDirection = .both,
                             filter: RelationFilter = RelationFilter()) throws -> Graph {
        let rows = try neighbors(of: id, depth: depth, direction: direction, filter: filter)
        var nodes = [String: Node]()
        if let center = node(id: id) { nodes[id] = center }
        for row in rows { nodes[row.node.id] = row.node }
        var edges = [String: Edge]()
        for row in rows { edges[row.edge.id] = row.edge }
        return Graph(articles: graph.articles, nodes: Array(nodes.values), edges: Array(edges.values))
    }
}
