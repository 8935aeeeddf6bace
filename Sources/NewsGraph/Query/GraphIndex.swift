/// A graph made ready for questions: nodes found by id in constant time, the edges of each node
/// listed in both directions, and a name index for entity lookup.
///
/// Build it once after loading a graph, then ask as many questions as you like:
///
/// ```swift
/// let index = try GraphIndex.load(path: "graphs/corpus.json")
/// if case .found(let munir, _) = index.lookup("Munir") {
///     for row in try index.neighbors(of: munir.id) { print(row.node.label, row.relation) }
/// }
/// ```
///
/// Nodes are numbered by their position in ``graph``'s `nodes`, which are sorted by id, so
/// ordering by node number is ordering by id. The adjacency lists are stored in compressed
/// form (one offset array and one edge array per direction), so that the edges of a node are
/// one contiguous slice and a neighbour query reads only the edges of the nodes it expands.
///
/// An edge whose source or target is not a node of the graph (a graph that `validate` would
/// reject) is left out of the adjacency lists. When two nodes share an id, the first is indexed.
public struct GraphIndex: Sendable {
    /// The graph the index was built from, with its nodes sorted by id.
    public let graph: Graph
    /// Node number by node id.
    let nodeNumbers: [String: Int32]
    /// Node number of each edge's source and target, or -1 when that end is not a node.
    let sources: [Int32]
    let targets: [Int32]
    /// The ``RelationType/ordinal`` of each edge's type, so that filters need not read the edges.
    let kinds: [UInt8]
    /// Outgoing edges: the edge numbers of node `n` are `outEdges[outStart[n] ..< outStart[n + 1]]`.
    let outStart: [Int32]
    let outEdges: [Int32]
    /// Incoming edges, laid out like the outgoing ones.
    let inStart: [Int32]
    let inEdges: [Int32]
    /// Folded names, for ``lookup(_:)``: built on first use, as most graphs are queried by id or
    /// by a few names and folding every name of a large graph takes a while.
    private let nameIndex: LazyNameIndex

    /// The folded names, built on first use.
    var names: NameIndex { nameIndex.value }

    /// Indexes a graph.
    ///
    /// If the graph's nodes are not sorted by id (a graph built by hand and not normalised),
    /// a copy with sorted nodes is indexed.
    /// - Complexity: O(*n* + *e*) for *n* nodes and *e* edges; O(*n* log *n*) more when the nodes
    ///   are not yet sorted. The names are folded later, on the first lookup.
    public init(_ graph: Graph) {
        var graph = graph
        if !zip(graph.nodes, graph.nodes.dropFirst()).allSatisfy({ $0.id <= $1.id }) {
            graph.nodes.sort { $0.id < $1.id }
        }
        self.graph = graph

        var numbers: [String: Int32] = [:]
        numbers.reserveCapacity(graph.nodes.count)
        for (number, node) in graph.nodes.enumerated() where numbers[node.id] == nil {
            numbers[node.id] = Int32(number)
        }
        nodeNumbers = numbers

        let nodeCount = graph.nodes.count
        var sources = [Int32](repeating: -1, count: graph.edges.count)
        var targets = [Int32](repeating: -1, count: graph.edges.count)
        var outCount = [Int32](repeating: 0, count: nodeCount + 1)
        var inCount = [Int32](repeating: 0, count: nodeCount + 1)
        // Edges sorted by id come grouped by source: look a source up once per group.
        var lastSource: (id: String, number: Int32?) = ("", nil)
        for (number, edge) in graph.edges.enumerated() {
            if edge.source != lastSource.id { lastSource = (edge.source, numbers[edge.source]) }
            guard let source = lastSource.number, let target = numbers[edge.target] else { continue }
            sources[number] = source
            targets[number] = target
            outCount[Int(source) + 1] += 1
            inCount[Int(target) + 1] += 1
        }
        self.sources = sources
        self.targets = targets
        kinds = graph.edges.map(\.type.ordinal)
        (outStart, outEdges) = GraphIndex.compress(counts: outCount, ends: sources)
        (inStart, inEdges) = GraphIndex.compress(counts: inCount, ends: targets)
        nameIndex = LazyNameIndex(graph.nodes)
    }

    /// Turns per-node counts (shifted by one) into offsets, and lists each edge under its end,
    /// in edge order.
    private static func compress(counts: [Int32], ends: [Int32]) -> (start: [Int32], edges: [Int32]) {
        var start = counts
        for number in start.indices.dropFirst() { start[number] += start[number - 1] }
        var next = start
        var edges = [Int32](repeating: 0, count: Int(start.last ?? 0))
        for (edge, end) in ends.enumerated() where end >= 0 {
            edges[Int(next[Int(end)])] = Int32(edge)
            next[Int(end)] += 1
        }
        return (start, edges)
    }

    /// The node with this id, if any.
    /// - Complexity: O(1) on average.
    public func node(id: String) -> Node? {
        nodeNumbers[id].map { graph.nodes[Int($0)] }
    }

    /// The edges whose source is the node with this id, in edge order (by edge id); empty for an unknown id.
    /// - Complexity: O(*k*) for the *k* edges returned.
    public func outgoingEdges(of id: String) -> [Edge] {
        guard let number = nodeNumbers[id] else { return [] }
        return outgoing(number).map { graph.edges[Int($0)] }
    }

    /// The edges whose target is the node with this id, in edge order (by edge id); empty for an unknown id.
    /// - Complexity: O(*k*) for the *k* edges returned.
    public func incomingEdges(of id: String) -> [Edge] {
        guard let number = nodeNumbers[id] else { return [] }
        return incoming(number).map { graph.edges[Int($0)] }
    }

    /// Edge numbers leaving node `number`.
    func outgoing(_ number: Int32) -> ArraySlice<Int32> {
        outEdges[Int(outStart[Int(number)]) ..< Int(outStart[Int(number) + 1])]
    }

    /// Edge numbers arriving at node `number`.
    func incoming(_ number: Int32) -> ArraySlice<Int32> {
        inEdges[Int(inStart[Int(number)]) ..< Int(inStart[Int(number) + 1])]
    }

    /// The node number of an id, or a `QueryError` naming it.
    func number(of id: String) throws -> Int32 {
        guard let number = nodeNumbers[id] else { throw QueryError.unknownNode(id) }
        return number
    }
}
