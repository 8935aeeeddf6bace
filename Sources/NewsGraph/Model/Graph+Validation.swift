/// A way a graph breaks the contract.
public struct GraphProblem: Hashable, Sendable, CustomStringConvertible {
    /// JSON path of the offending value, such as `$.edges[3].target`.
    public let path: String
    public let message: String

    /// Control characters in `message` (from an id it quotes) are written as escapes, so that
    /// each problem stays one line.
    init(path: String, message: String) {
        self.path = path
        self.message = message.escapingControlCharacters
    }

    public var description: String { "\(path): \(message)" }
}

extension Graph {
    /// Checks the contract beyond what decoding checks: unique node and edge ids, ids of the
    /// form `TYPE:slug` matching the node type, edge ends that exist, edge ids that match their fields.
    /// - Returns: every problem found, in document order; empty when the graph is valid.
    public func problems() -> [GraphProblem] {
        var problems: [GraphProblem] = []
        var nodeIDs = Set<String>()
        for (index, node) in nodes.enumerated() {
            let path = "$.nodes[\(index)]"
            if !nodeIDs.insert(node.id).inserted {
                problems.append(GraphProblem(path: "\(path).id", message: "duplicate node id \"\(node.id)\""))
            }
            if !node.id.hasPrefix(node.type.rawValue + ":") {
                problems.append(GraphProblem(path: "\(path).id", message: "id \"\(node.id)\" does not start with its type \"\(node.type.rawValue):\""))
            }
            if node.label.isEmpty {
                problems.append(GraphProblem(path: "\(path).label", message: "empty label"))
            }
        }
        var edgeIDs = Set<String>()
        for (index, edge) in edges.enumerated() {
            let path = "$.edges[\(index)]"
            if !edgeIDs.insert(edge.id).inserted {
                problems.append(GraphProblem(path: "\(path).id", message: "duplicate edge id \"\(edge.id)\""))
            }
            if !nodeIDs.contains(edge.source) {
                problems.append(GraphProblem(path: "\(path).source", message: "unknown node \"\(edge.source)\""))
            }
            if !nodeIDs.contains(edge.target) {
                problems.append(GraphProblem(path: "\(path).target", message: "unknown node \"\(edge.target)\""))
            }
            let expected = Edge.makeID(source: edge.source, type: edge.type, target: edge.target, negated: edge.negated)
            if edge.id != expected {
                problems.append(GraphProblem(path: "\(path).id", message: "id \"\(edge.id)\" should be \"\(expected)\""))
            }
        }
        return problems
    }
}
