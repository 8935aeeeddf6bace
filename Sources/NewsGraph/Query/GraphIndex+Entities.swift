extension GraphIndex {
    /// Every entity of the graph (or of one type) with its degree.
    ///
    /// Ties in the sort key are broken by id, so the order is fully determined.
    /// - Parameters:
    ///   - type: only entities of this type; nil lists all.
    ///   - sort: `degree` and `mentions` list the greatest first; `name` lists by folded label.
    /// - Complexity: O(*n* log *n*) for the *n* entities listed; degrees come from the adjacency
    ///   lists, so self-loops aside no edge is read.
    public func entities(type: EntityType? = nil, sort: EntitySort = .degree) -> [EntitySummary] {
        var numbers: [Int] = []
        for (number, node) in graph.nodes.enumerated() where (type == nil || node.type == type) && nodeNumbers[node.id] == Int32(number) {
            numbers.append(number)
        }
        let nodes = graph.nodes
        switch sort {
        case .degree:
            let degrees = numbers.map { degree(of: Int32($0)) }
            let order = numbers.indices.sorted { (-degrees[$0], numbers[$0]) < (-degrees[$1], numbers[$1]) }
            return order.map { summary(Int32(numbers[$0])) }
        case .mentions:
            numbers.sort { (-nodes[$0].mentions, $0) < (-nodes[$1].mentions, $1) }
        case .name:
            numbers.sort { (names.labelKeys[$0], $0) < (names.labelKeys[$1], $1) }
        }
        return numbers.map { summary(Int32($0)) }
    }

    /// The number of distinct edges touching a node, a self-loop counted once.
    private func degree(of number: Int32) -> Int {
        let loops = outgoing(number).reduce(0) { $0 + (targets[Int($1)] == number ? 1 : 0) }
        return outgoing(number).count + incoming(number).count - loops
    }

    private func summary(_ number: Int32) -> EntitySummary {
        EntitySummary(node: graph.nodes[Int(number)], outDegree: outgoing(number).count,
                      inDegree: incoming(number).count, degree: degree(of: number))
    }
}
