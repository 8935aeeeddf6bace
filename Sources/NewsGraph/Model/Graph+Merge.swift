extension Graph {
    /// Merges graphs into one: one node per id (aliases, titles, articles and mentions united),
    /// one edge per id (evidence united; the strongest modality kept).
    ///
    /// The result does not depend on the order of `graphs`, and merging a graph with itself
    /// gives the same graph.
    /// - Complexity: O(n log n) in the total number of nodes, edges and evidence items.
    public static func merged(_ graphs: [Graph]) -> Graph {
        var articles = Set<ArticleRef>()
        var nodes: [String: Node] = [:]
        var edges: [String: Edge] = [:]
        for graph in graphs {
            articles.formUnion(graph.articles)
            for node in graph.nodes {
                if let existing = nodes[node.id] {
                    nodes[node.id] = mergeNodes(existing, node)
                } else {
                    nodes[node.id] = node
                }
            }
            for edge in graph.edges {
                if let existing = edges[edge.id] {
                    edges[edge.id] = mergeEdges(existing, edge)
                } else {
                    edges[edge.id] = edge
                }
            }
        }
        return Graph(articles: Array(articles), nodes: Array(nodes.values), edges: Array(edges.values))
    }

    private static func mergeNodes(_ a: Node, _ b: Node) -> Node {
        var node = a
        // The fuller label wins; ties broken by string order so the result is order-independent.
        if (b.label.count, a.label) > (a.label.count, b.label) { node.label = b.label }
        node.aliases = Array(Set(a.aliases).union(b.aliases)).sorted()
        // The same article counts once, whichever graph brings it.
        node.articles = a.articles.merging(b.articles, uniquingKeysWith: max)
        // Idempotent and order-independent even for files whose counts disagree.
        node.mentions = max(a.mentions, b.mentions, saturatingTotal(node.articles.values))
        node.attributes = mergeAttributes(a.attributes, b.attributes)
        return node
    }

    /// The sum of mention counts, with negative counts taken as 0 and the total capped at
    /// `Int.max`, so counts from a hostile file cannot overflow and the total does not depend on
    /// the order of the counts.
    private static func saturatingTotal(_ counts: some Sequence<Int>) -> Int {
        counts.reduce(0) { total, count in
            let (sum, overflow) = total.addingReportingOverflow(max(count, 0))
            return overflow ? Int.max : sum
        }
    }

    private static func mergeEdges(_ a: Edge, _ b: Edge) -> Edge {
        var edge = a
        edge.evidence = Array(Set(a.evidence).union(b.evidence)).sorted()
        edge.modality = min(a.modality, b.modality)
        // The trigger of the earliest evidence is kept; without evidence, the smaller trigger.
        if triggerKey(b) < triggerKey(a) { edge.trigger = b.trigger }
        edge.attributes = mergeAttributes(a.attributes, b.attributes)
        return edge
    }

    /// Orders edges by their earliest evidence (none first), then by trigger.
    private static func triggerKey(_ edge: Edge) -> (Int, String, Int, Int, String) {
        guard let first = edge.evidence.min() else { return (0, "", 0, 0, edge.trigger) }
        return (1, first.article, first.sentence, first.start, edge.trigger)
    }

    /// Unites two attribute maps: string lists are united and sorted; for other clashes the
    /// greater value in a fixed order is kept, so the result is order-independent.
    static func mergeAttributes(_ a: [String: JSONValue], _ b: [String: JSONValue]) -> [String: JSONValue] {
        var result = a
        for (key, value) in b {
            guard let existing = result[key], existing != value else {
                result[key] = value
                continue
            }
            if case .array(let left) = existing, case .array(let right) = value {
                let union = Set(left).union(right).sorted { $0.canonicalText < $1.canonicalText }
                result[key] = .array(union)
            } else if case .string(let x) = existing, case .string(let y) = value {
                result[key] = .string(max(x, y))
            } else {
                result[key] = existing.canonicalText > value.canonicalText ? existing : value
            }
        }
        return result
    }
}
