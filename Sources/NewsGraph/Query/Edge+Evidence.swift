extension Edge {
    /// The earliest sentence that states the edge: the least evidence item by article, then
    /// sentence, then offset; nil for an edge without evidence.
    /// - Complexity: O(*k*) in the edge's evidence items.
    public var firstEvidence: Evidence? { evidence.min() }

    /// How many distinct articles state the edge.
    /// - Complexity: O(*k*) in the edge's evidence items.
    public var supportingArticleCount: Int {
        if evidence.count < 2 { return evidence.count }
        var seen = Set<String>()
        for item in evidence { seen.insert(item.article) }
        return seen.count
    }
}
