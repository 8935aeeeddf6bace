import CGraphviz
import Foundation

/// The one owner of Graphviz in the process. Graphviz is not thread-safe (graphviz.md, item 1),
/// so every cgraph and gvc call goes through `lock`, on one `GVC_t` made once.
/// This is the only code that touches C pointers; none leaves it.
final class Graphviz: @unchecked Sendable {
    static let shared = Graphviz()

    private let lock = NSLock()
    private let context: OpaquePointer

    private init() {
        context = gvContext()
        _ = agseterrf(graphvizMessage)
    }

    /// Lays out and renders a diagram in one of Graphviz's output formats (`svg`, `png`, `pdf`…).
    /// - Throws: `RenderError` when Graphviz reports an error, however small.
    func render(_ diagram: Diagram, format: String) throws -> Data {
        lock.lock()
        defer { lock.unlock() }
        collectedMessages = []
        _ = agreseterrors()

        guard let graph = diagram.name.withCString({ agopen(UnsafeMutablePointer(mutating: $0), newsgraph_directed(), nil) }) else {
            throw RenderError.graphviz("cannot create a graph")
        }
        defer { agclose(graph) }
        build(diagram, into: graph)
        try check("building the graph")

        guard gvLayout(context, graph, diagram.engine.rawValue) == 0 else {
            throw RenderError.graphviz("layout with \(diagram.engine.rawValue) failed: \(collectedMessages.joined(separator: " "))")
        }
        defer { gvFreeLayout(context, graph) }
        try check("layout")

        var bytes: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        guard gvRenderData(context, graph, format, &bytes, &length) == 0, let bytes else {
            throw RenderError.graphviz("rendering \(format) failed: \(collectedMessages.joined(separator: " "))")
        }
        defer {
            gvFreeRenderData(bytes)
            gvFinalize(context)  // ends the job and frees what gvRenderData kept for it
        }
        try check("rendering")
        return Data(bytes: bytes, count: Int(length))
    }

    private func build(_ diagram: Diagram, into graph: UnsafeMutablePointer<Agraph_t>) {
        for attribute in diagram.graphAttributes { set(graph, attribute, in: graph) }
        for attribute in diagram.nodeDefaults { declare(graph, Int32(AGNODE), attribute) }
        for attribute in diagram.edgeDefaults { declare(graph, Int32(AGEDGE), attribute) }
        var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        for node in diagram.nodes {
            guard let handle = node.name.withCString({ agnode(graph, UnsafeMutablePointer(mutating: $0), 1) }) else { continue }
            nodes[node.name] = handle
            for attribute in node.attributes { set(handle, attribute, in: graph) }
        }
        for (index, edge) in diagram.edges.enumerated() {
            guard let tail = nodes[edge.tail], let head = nodes[edge.head],
                  let handle = "e\(index)".withCString({ agedge(graph, tail, head, UnsafeMutablePointer(mutating: $0), 1) }) else { continue }
            for attribute in edge.attributes { set(handle, attribute, in: graph) }
        }
    }

    private func set(_ object: UnsafeMutableRawPointer, _ attribute: Diagram.Attribute, in graph: UnsafeMutablePointer<Agraph_t>) {
        attribute.name.withCString { name in
            DiagramText.escape(attribute.value).withCString { value in
                "".withCString { empty in
                    _ = agsafeset(object, UnsafeMutablePointer(mutating: name), UnsafeMutablePointer(mutating: value), UnsafeMutablePointer(mutating: empty))
                }
            }
        }
    }

    private func declare(_ graph: UnsafeMutablePointer<Agraph_t>, _ kind: Int32, _ attribute: Diagram.Attribute) {
        attribute.name.withCString { name in
            DiagramText.escape(attribute.value).withCString { value in
                _ = agattr(graph, kind, UnsafeMutablePointer(mutating: name), UnsafeMutablePointer(mutating: value))
            }
        }
    }

    /// Fails when Graphviz recorded an error since the job began; errors are sticky (graphviz.md, item 5).
    private func check(_ stage: String) throws {
        if agerrors() != 0 {
            throw RenderError.graphviz("\(stage): \(collectedMessages.joined(separator: " ").trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }
}

/// Messages Graphviz reported during the current job; read and written only under `Graphviz.lock`.
nonisolated(unsafe) private var collectedMessages: [String] = []

/// Receives Graphviz's error and warning messages instead of its printing them to our stderr.
private func graphvizMessage(_ message: UnsafeMutablePointer<CChar>?) -> Int32 {
    if let message { collectedMessages.append(String(cString: message)) }
    return 0
}

/// A diagram that could not be drawn.
public enum RenderError: Error, CustomStringConvertible, Sendable {
    case graphviz(String)
    case tooLarge(nodes: Int, edges: Int)

    public var description: String {
        switch self {
        case .graphviz(let message): return "Graphviz: \(message)"
        case .tooLarge(let nodes, let edges):
            return "\(nodes) nodes and \(edges) edges are too many to draw (at most \(LayoutPlan.drawable.nodes) nodes and "
                + "\(LayoutPlan.drawable.edges) edges); draw a part of it with --focus ENTITY --depth N"
        }
    }
}
