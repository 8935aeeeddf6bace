extension GraphIndex {
    /// The shortest chains of relations between two entities.
    ///
    /// Edges are followed either way round to find the chains, and each step reports every edge
    /// between its two nodes with its real direction. Two chains differ when their nodes differ;
    /// parallel edges are listed within a step rather than multiplying the chains. Chains are
    /// ordered by the ids of their nodes, position by position, and at most `limit` are returned;
    /// ``PathSearch/count`` says how many there are. From an entity to itself there is one chain of
    /// no steps.
    /// - Parameters:
    ///   - from: the node id of the start entity.
    ///   - to: the node id of the end entity.
    ///   - maxDepth: the most steps a chain may have; with no chain that short, the result has
    ///     `length` nil and no paths.
    ///   - limit: the most chains to return.
    /// - Throws: ``QueryError/unknownNode(_:)`` when either id names no node.
    /// - Complexity: O(*k* log *k*) for the *k* edges of the nodes nearer to `from` than the end
    ///   (a breadth-first search that stops at the end's depth), plus O(*l* · *d*) for *l* chains of
    ///   *d* steps returned.
    public func paths(from: String, to: String, maxDepth: Int = 6, limit: Int = 10) throws -> PathSearch {
        let start = try number(of: from), end = try number(of: to)
        let fromNode = graph.nodes[Int(start)], toNode = graph.nodes[Int(end)]
        if start == end {
            return PathSearch(from: fromNode, to: toNode, maxDepth: maxDepth, length: 0, count: 1,
                              paths: limit > 0 ? [GraphPath(nodes: [fromNode], steps: [])] : [])
        }
        let none = PathSearch(from: fromNode, to: toNode, maxDepth: maxDepth, length: nil, count: 0, paths: [])

        // Breadth-first from the start, level by level, until the level that holds the end.
        var level: [Int32: Int32] = [start: 0]
        var frontier: [Int32] = [start]
        var depth: Int32 = 0
        while level[end] == nil {
            guard Int(depth) < maxDepth, !frontier.isEmpty else { return none }
            depth += 1
            var next: [Int32] = []
            for node in frontier {
                for other in adjacent(node) where level[other] == nil {
                    level[other] = depth
                    next.append(other)
                }
            }
            frontier = next
        }

        // The nodes on some shortest chain: walk back from the end through nodes one level nearer.
        var onPath: Set<Int32> = [end]
        var layer: [Int32] = [end]
        var byLevel: [[Int32]] = Array(repeating: [], count: Int(depth) + 1)
        byLevel[Int(depth)] = [end]
        for current in stride(from: depth, to: 0, by: -1) {
            var previous: [Int32] = []
            for node in layer {
                for other in adjacent(node) where level[other] == current - 1 && onPath.insert(other).inserted {
                    previous.append(other)
                }
            }
            byLevel[Int(current) - 1] = previous
            layer = previous
        }
        func successors(_ node: Int32) -> [Int32] {
            let wanted = level[node]! + 1
            return Array(Set(adjacent(node).filter { onPath.contains($0) && level[$0] == wanted })).sorted()
        }

        // How many chains run from each node to the end, counted from the end backwards.
        var ways: [Int32: Int] = [end: 1]
        for current in stride(from: Int(depth) - 1, through: 0, by: -1) {
            for node in byLevel[current] {
                ways[node] = successors(node).reduce(0) { total, next in
                    let (sum, overflow) = total.addingReportingOverflow(ways[next] ?? 0)
                    return overflow ? Int.max : sum
                }
            }
        }

        // The first `limit` chains in order of node ids, depth first.
        var chains: [[Int32]] = []
        var chain: [Int32] = [start]
        func extend() {
            guard chains.count < limit else { return }
            let last = chain[chain.count - 1]
            if last == end { chains.append(chain); return }
            for next in successors(last) {
                chain.append(next)
                extend()
                chain.removeLast()
                if chains.count >= limit { return }
            }
        }
        if limit > 0 { extend() }
        let paths = chains.map { numbers in
            GraphPath(nodes: numbers.map { graph.nodes[Int($0)] },
                      steps: zip(numbers, numbers.dropFirst()).map { step(from: $0, to: $1) })
        }
        return PathSearch(from: fromNode, to: toNode, maxDepth: maxDepth, length: Int(depth), count: ways[start] ?? 0, paths: paths)
    }

    /// The nodes joined to `node` by an edge either way round, with repeats, self excluded.
    private func adjacent(_ node: Int32) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(outgoing(node).count + incoming(node).count)
        for edge in outgoing(node) where targets[Int(edge)] != node { result.append(targets[Int(edge)]) }
        for edge in incoming(node) where sources[Int(edge)] != node { result.append(sources[Int(edge)]) }
        return result
    }

    /// The step from `a` to `b` with every edge between them.
    private func step(from a: Int32, to b: Int32) -> PathStep {
        var found: [(rank: UInt8, direction: UInt8, edge: Int32)] = []
        for edge in outgoing(a) where targets[Int(edge)] == b { found.append((GraphIndex.typeRank[Int(kinds[Int(edge)])], 0, edge)) }
        for edge in incoming(a) where sources[Int(edge)] == b { found.append((GraphIndex.typeRank[Int(kinds[Int(edge)])], 1, edge)) }
        found.sort { ($0.rank, $0.direction, $0.edge) < ($1.rank, $1.direction, $1.edge) }
        return PathStep(from: graph.nodes[Int(a)], to: graph.nodes[Int(b)],
                        relations: found.map { PathRelation(edge: graph.edges[Int($0.edge)], direction: $0.direction == 0 ? .outgoing : .incoming) })
    }
}
