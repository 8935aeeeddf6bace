/// The Graphviz layout engines NewsGraph offers.
public enum LayoutEngine: String, Sendable, CaseIterable {
    case dot, neato, fdp, sfdp, circo
}

/// How a graph is laid out: the engine and whether edges carry labels, chosen from the graph's
/// size before any layout starts, since a Graphviz layout cannot be interrupted
/// (graphviz.md: dot with edge labels takes over five minutes at 300 nodes).
public struct LayoutPlan: Sendable, Equatable {
    public var engine: LayoutEngine
    public var edgeLabels: Bool
    /// Why the plan differs from what was asked, if it does (to warn the user).
    public var note: String?

    /// Largest graph dot lays out with edge labels, and without them.
    public static let dotWithLabels = (nodes: 60, edges: 150)
    public static let dotWithoutLabels = (nodes: 150, edges: 400)
    /// Largest graph neato and fdp lay out (they are quadratic or worse).
    public static let forceDirected = (nodes: 400, edges: 1_200)
    /// Largest graph circo lays out: measured here, 200 nodes and 400 edges took 48 s.
    public static let circular = (nodes: 80, edges: 160)
    /// Largest graph drawn at all: sfdp lays it out in well under a minute here; a bigger one is
    /// refused before layout, since a layout cannot be interrupted.
    public static let drawable = (nodes: 10_000, edges: 50_000)

    /// The plan for a graph of this size; `requested` is honoured when the graph is small enough for it.
    public static func choose(nodes: Int, edges: Int, requested: LayoutEngine?) -> LayoutPlan {
        let fitsDotLabels = nodes <= dotWithLabels.nodes && edges <= dotWithLabels.edges
        let fitsDot = nodes <= dotWithoutLabels.nodes && edges <= dotWithoutLabels.edges
        let fitsForce = nodes <= forceDirected.nodes && edges <= forceDirected.edges
        switch requested {
        case nil:
            if fitsDot { return LayoutPlan(engine: .dot, edgeLabels: fitsDotLabels, note: nil) }
            return LayoutPlan(engine: .sfdp, edgeLabels: false, note: nil)
        case .dot?:
            if fitsDot { return LayoutPlan(engine: .dot, edgeLabels: fitsDotLabels, note: nil) }
            return LayoutPlan(engine: .sfdp, edgeLabels: false,
                              note: "\(nodes) nodes and \(edges) edges are too many for dot; using sfdp")
        case .sfdp?:
            return LayoutPlan(engine: .sfdp, edgeLabels: fitsDotLabels, note: nil)
        case let engine?:
            let fits = engine == .circo ? nodes <= circular.nodes && edges <= circular.edges : fitsForce
            if fits { return LayoutPlan(engine: engine, edgeLabels: fitsDotLabels, note: nil) }
            return LayoutPlan(engine: .sfdp, edgeLabels: false,
                              note: "\(nodes) nodes and \(edges) edges are too many for \(engine.rawValue); using sfdp")
        }
    }
}
