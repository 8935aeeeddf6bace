/// An article the graph was read from.
public struct ArticleRef: Codable, Hashable, Sendable, Comparable {
    public var id: String
    public var path: String
    /// The headline: the article's first sentence.
    public var title: String
    /// SHA-256 of the article's bytes, lowercase hex.
    public var sha256: String

    public init(id: String, path: String, title: String, sha256: String) {
        self.id = id
        self.path = path
        self.title = title
        self.sha256 = sha256
    }

    /// Orders by id and path; title and fingerprint break ties, so that the order is total.
    public static func < (lhs: ArticleRef, rhs: ArticleRef) -> Bool {
        (lhs.id, lhs.path, lhs.title, lhs.sha256) < (rhs.id, rhs.path, rhs.title, rhs.sha256)
    }
}

/// A knowledge graph: the articles it was read from, its entities and its relations.
///
/// `nodes` and `edges` are kept sorted by id (see ``normalize()``), which is what makes
/// the JSON form byte-stable.
public struct Graph: Codable, Hashable, Sendable {
    /// The contract version this library reads and writes.
    public static let schemaVersion = "kg-graph/1"

    public var schema: String
    public var articles: [ArticleRef]
    public var nodes: [Node]
    public var edges: [Edge]

    public init(articles: [ArticleRef] = [], nodes: [Node] = [], edges: [Edge] = []) {
        self.schema = Graph.schemaVersion
        self.articles = articles
        self.nodes = nodes
        self.edges = edges
        normalize()
    }

    /// Sorts articles, nodes, edges, aliases and evidence so that equal graphs have equal bytes.
    public mutating func normalize() {
        articles.sort()
        nodes.sort { $0.id < $1.id }
        for index in nodes.indices {
            nodes[index].aliases = Array(Set(nodes[index].aliases)).sorted()
        }
        edges.sort { $0.id < $1.id }
        for index in edges.indices {
            edges[index].evidence = Array(Set(edges[index].evidence)).sorted()
        }
    }

    /// The node with this id, if any.
    /// - Complexity: O(log n), by binary search over the sorted nodes.
    public func node(id: String) -> Node? {
        var low = 0, high = nodes.count
        while low < high {
            let mid = (low + high) / 2
            if nodes[mid].id < id { low = mid + 1 } else { high = mid }
        }
        return low < nodes.count && nodes[low].id == id ? nodes[low] : nil
    }
}
