extension GraphIndex {
    /// The nodes within `depth` steps of an entity, with the edges that reach them.
    ///
    /// A breadth-first search from the entity, following only edges in `direction` whose type
    /// passes the filter (`types`, when not empty, and `group`, when given). A node's depth is its
    /// least number of steps from the entity. Each row is one edge from a node at depth *d* − 1
    /// (``Neighbor/via``) to a node first reached at depth *d*; edges between nodes of one depth,
    /// edges back towards the entity and self-loops are not rows.
    ///
    /// Rows are ordered by depth, then neighbour id, then relation type (by name), then direction
    /// (`out` first), then the `via` node's id, then the edge id; the same graph and query always
    /// give the same rows in the same order.
    /// - Parameters:
    ///   - id: the node id of the entity (see ``lookup(_:)`` to find it from a name).
    ///   - depth: how many steps to go, from 1; 0 or less gives no rows.
    ///   - direction: which way to follow edges.
    ///   - types: the relation types to follow; empty follows every type.
    ///   - group: the relation group to follow (`cooperation`, `conflict`, `structural`); nil follows every group.
    /// - Throws: ``QueryError/unknownNode(_:)`` when no node has the id.
    /// - Complexity: O(*k* log *k*) where *k* is the number of edges of the nodes expanded (those
    ///   nearer than `depth`); edges of other nodes are not read.
    public func neighbors(of id: String, depth: Int = 1, direction: TraversalDirection = .both,
                          types: Set<RelationType> = [], class group: RelationGroup? = nil) throws -> [Neighbor] {
        try neighbors(of: id, depth: depth, direction: direction, filter: RelationFilter(types: types, group: group))
    }

    /// The nodes within `depth` steps of an entity, following the edges that `filter` allows;
    /// see ``neighbors(of:depth:direction:types:class:)``.
    /// - Throws: ``QueryError/unknownNode(_:)`` when no node has the id.
    /// - Complexity: O(*k* log *k*) where *k* is the number of edges of the nodes expanded.
    public func neighbors(of id: String, depth: Int, direction: TraversalDirection, filter: RelationFilter) throws -> [Neighbor] {
        let start = try number(of: id)
        guard depth > 0 else { return [] }
        var rows: [Row] = []
        var level: [Int32: Int32] = [start: 0]
        var frontier: [Int32] = [start]
        for step in 1...depth {
            var next: [Int32] = []
            for via in frontier {
                if direction != .incoming {
                    for edge in outgoing(via) where filter.allowed[Int(kinds[Int(edge)])] {
                        reach(targets[Int(edge)], from: via, by: edge, .outgoing, step, &level, &next, &rows)
                    }
                }
                if direction != .outgoing {
                    for edge in incoming(via) where filter.allowed[Int(kinds[Int(edge)])] {
                        reach(sources[Int(edge)], from: via, by: edge, .incoming, step, &level, &next, &rows)
                    }
                }
            }
            if next.isEmpty { break }
            frontier = next
        }
        rows.sort()
        return rows.map { row in
            Neighbor(node: graph.nodes[Int(row.node)], edge: graph.edges[Int(row.edge)], via: graph.nodes[Int(row.via)].id,
                     direction: row.direction == 0 ? .outgoing : .incoming, depth: Int(row.depth))
        }
    }

    /// Records the edge `edge` from `via` to `node` if `node` is new or first reached at this step.
    private func reach(_ node: Int32, from via: Int32, by edge: Int32, _ direction: EdgeDirection, _ step: Int,
                       _ level: inout [Int32: Int32], _ next: inout [Int32], _ rows: inout [Row]) {
        let step = Int32(step)
        if let known = level[node] {
            guard known == step else { return }
        } else {
            level[node] = step
            next.append(node)
        }
        rows.append(Row(depth: step, node: node, type: GraphIndex.typeRank[Int(kinds[Int(edge)])],
                        direction: direction == .outgoing ? 0 : 1, via: via, edge: edge))
    }

    /// A row of a neighbour query as numbers, in sort order.
    private struct Row: Comparable {
        let depth: Int32
        let node: Int32
        let type: UInt8
        let direction: UInt8
        let via: Int32
        let edge: Int32

        static func < (a: Row, b: Row) -> Bool {
            (a.depth, a.node, a.type, a.direction, a.via, a.edge) < (b.depth, b.node, b.type, b.direction, b.via, b.edge)
        }
    }

    /// The rank of each relation type's name among all names, by ``RelationType/ordinal``.
    static let typeRank: [UInt8] = {
        let byName = RelationType.allCases.sorted()
        return RelationType.allCases.map { type in UInt8(byName.firstIndex(of: type)!) }
    }()
}
