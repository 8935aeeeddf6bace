/// The differences between two graphs, A and B: every entity and relation of either graph,
/// each with its status (added, removed, changed, unchanged) and the fields that changed.
///
/// Entities and relations are matched by stable id. Two further rules keep the diff honest:
///
/// - an added and a removed entity that share a folded alias (`Folding.name`) are flagged as
///   possible matches of each other (see ``NodeDiff/possibleMatches``);
/// - an edge whose id differs only by `|not` between A and B is one relation whose negation
///   changed (see ``EdgeDiff``).
///
/// `GraphDiff(a, b)` and `GraphDiff(b, a)` mirror each other (see ``mirrored``), and
/// `GraphDiff(x, x)` is empty. The diff is rendered as a changelog by ``text(aName:bName:)``
/// and as JSON by ``jsonData(aName:bName:)``; ``union()`` gives the union graph with a status
/// per element, for diagrams.
public struct GraphDiff: Hashable, Sendable {
    /// The articles graph A was read from.
    public let aArticles: [ArticleRef]
    /// The articles graph B was read from.
    public let bArticles: [ArticleRef]
    /// Every entity of A or B, sorted by id.
    public let nodes: [NodeDiff]
    /// Every relation of A or B, sorted by id (B's id for a negation change).
    public let edges: [EdgeDiff]

    /// Compares graph `a` with graph `b`. A graph with duplicate ids (which `validate` rejects)
    /// is read as if only the first element with each id were there.
    /// - Complexity: O(n + k log k), where n is the number of nodes, edges and aliases and k the
    ///   number of relations in only one graph, when both graphs are sorted by id (as `Graph`
    ///   keeps them); O(n log n) otherwise.
    public init(_ a: Graph, _ b: Graph) {
        aArticles = a.articles
        bArticles = b.articles

        var nodes: [NodeDiff] = []
        nodes.reserveCapacity(max(a.nodes.count, b.nodes.count))
        GraphDiff.join(GraphDiff.sortedUnique(a.nodes), GraphDiff.sortedUnique(b.nodes)) { x, y in
            nodes.append(NodeDiff(a: x, b: y))
        }
        GraphDiff.flagPossibleMatches(&nodes)
        self.nodes = nodes

        var inBoth: [EdgeDiff] = []
        inBoth.reserveCapacity(min(a.edges.count, b.edges.count))
        var onlyA: [Edge] = [], onlyB: [Edge] = []
        GraphDiff.join(GraphDiff.sortedUnique(a.edges), GraphDiff.sortedUnique(b.edges)) { x, y in
            switch (x, y) {
            case let (x?, nil): onlyA.append(x)
            case let (nil, y?): onlyB.append(y)
            default: inBoth.append(EdgeDiff(a: x, b: y))
            }
        }
        // An edge only in A and an edge only in B that differ by `|not` are one relation.
        var onlyBIndex: [String: Int] = [:]
        onlyBIndex.reserveCapacity(onlyB.count)
        for index in onlyB.indices { onlyBIndex[onlyB[index].id] = index }
        var paired = [Bool](repeating: false, count: onlyB.count)
        var others: [EdgeDiff] = []
        others.reserveCapacity(onlyA.count + onlyB.count)
        for edge in onlyA {
            if let index = onlyBIndex[EdgeDiff.toggledID(edge.id)] {
                paired[index] = true
                others.append(EdgeDiff(a: edge, b: onlyB[index]))
            } else {
                others.append(EdgeDiff(a: edge, b: nil))
            }
        }
        for index in onlyB.indices where !paired[index] { others.append(EdgeDiff(a: nil, b: onlyB[index])) }
        others.sort { $0.id < $1.id }
        // Both lists are sorted and share no id: merge them.
        var edges: [EdgeDiff] = []
        edges.reserveCapacity(inBoth.count + others.count)
        GraphDiff.join(inBoth, others) { x, y in edges.append(x ?? y!) }
        self.edges = edges
    }

    init(aArticles: [ArticleRef], bArticles: [ArticleRef], nodes: [NodeDiff], edges: [EdgeDiff]) {
        self.aArticles = aArticles
        self.bArticles = bArticles
        self.nodes = nodes
        self.edges = edges
    }

    /// Whether A and B say the same thing: no entity or relation is added, removed or changed.
    /// - Complexity: O(n).
    public var isEmpty: Bool {
        nodes.indices.allSatisfy { nodes[$0].status == .unchanged } && edges.indices.allSatisfy { edges[$0].status == .unchanged }
    }

    /// The diff of B against A: added and removed swap, and so do the two sides of each change.
    /// - Complexity: O(n log n).
    public var mirrored: GraphDiff {
        GraphDiff(aArticles: bArticles, bArticles: aArticles, nodes: nodes.map(\.mirrored),
                  edges: edges.map(\.mirrored).sorted { $0.id < $1.id })
    }

    /// How many entities and relations have each status, and how many possible matches were flagged.
    /// - Complexity: O(n).
    public var counts: DiffCounts {
        var counts = DiffCounts()
        for index in nodes.indices {
            counts.entities[nodes[index].status, default: 0] += 1
            if nodes[index].status == .removed { counts.possibleMatches += nodes[index].possibleMatches.count }
        }
        for index in edges.indices { counts.relations[edges[index].status, default: 0] += 1 }
        return counts
    }

    // MARK: matching

    /// `elements` sorted by key with only the first element of each key kept. Already sorted,
    /// duplicate-free input (the usual case) is returned as it is.
    static func sortedUnique<Element: StablyIdentified>(_ elements: [Element]) -> [Element] {
        var sorted = true
        for index in elements.indices.dropFirst() where !(elements[index - 1].id < elements[index].id) {
            sorted = false
            break
        }
        if sorted { return elements }
        var seen = Set<String>()
        return elements.filter { seen.insert($0.id).inserted }.sorted { $0.id < $1.id }
    }

    /// Walks two arrays sorted by a unique key in step, calling `body` once per key with the
    /// element of each side that has it.
    static func join<Element: StablyIdentified>(_ a: [Element], _ b: [Element], _ body: (Element?, Element?) -> Void) {
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i].id < b[j].id) {
                body(a[i], nil)
                i += 1
            } else if i == a.count || b[j].id < a[i].id {
                body(nil, b[j])
                j += 1
            } else {
                body(a[i], b[j])
                i += 1
                j += 1
            }
        }
    }

    /// Flags each removed entity and each added entity that share a folded name (label or alias).
    /// - Complexity: O(k) in the number of aliases of added and removed entities.
    static func flagPossibleMatches(_ nodes: inout [NodeDiff]) {
        var addedByName: [String: [Int]] = [:]
        for (index, node) in nodes.enumerated() where node.status == .added {
            for name in foldedNames(node.node) { addedByName[name, default: []].append(index) }
        }
        guard !addedByName.isEmpty else { return }
        var matches: [Int: Set<String>] = [:]
        for (index, node) in nodes.enumerated() where node.status == .removed {
            for name in foldedNames(node.node) {
                for other in addedByName[name] ?? [] {
                    matches[index, default: []].insert(nodes[other].id)
                    matches[other, default: []].insert(node.id)
                }
            }
        }
        for (index, ids) in matches { nodes[index].possibleMatches = ids.sorted() }
    }

    /// The folded label and aliases of a node, without empty keys or repeats.
    static func foldedNames(_ node: Node) -> Set<String> {
        var names = Set<String>()
        for name in [node.label] + node.aliases {
            let folded = Folding.name(name)
            if !folded.isEmpty { names.insert(folded) }
        }
        return names
    }
}

/// How many entities and relations of a diff have each status.
public struct DiffCounts: Hashable, Sendable {
    /// Entities by status; a missing status counts 0.
    public var entities: [DiffStatus: Int] = [:]
    /// Relations by status; a missing status counts 0.
    public var relations: [DiffStatus: Int] = [:]
    /// The number of (removed, added) entity pairs flagged as possible matches.
    public var possibleMatches = 0

    public init() {}
}

/// Elements matched by stable id: nodes and edges.
protocol StablyIdentified {
    var id: String { get }
}

extension Node: StablyIdentified {}
extension Edge: StablyIdentified {}
extension EdgeDiff: StablyIdentified {}
