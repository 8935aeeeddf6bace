extension Graph {
    /// Whether `normalize()` would leave the graph as it is: articles, nodes and edges strictly
    /// ascending, aliases strictly ascending, and evidence strictly ascending (so without duplicates).
    /// - Complexity: O(*n* + *e* + *a* + *v*) over nodes, edges, aliases and evidence items.
    var isNormalized: Bool {
        func ascending<T>(_ items: [T], _ less: (T, T) -> Bool) -> Bool {
            zip(items, items.dropFirst()).allSatisfy { less($0, $1) }
        }
        return ascending(articles, <) && ascending(nodes) { $0.id < $1.id } && ascending(edges) { $0.id < $1.id }
            && nodes.allSatisfy { ascending($0.aliases, <) } && edges.allSatisfy { ascending($0.evidence, <) }
    }
}
