import NewsGraph

/// Draws the diff of two graphs: the union of both, with added elements green, removed red,
/// changed amber and unchanged grey, a legend of those colours, and tooltips saying what changed.
public enum DiffDiagram {
    /// The fill (for nodes) and line colour (for edges and node borders) of each status.
    public static func colors(_ status: DiffStatus) -> (fill: String, line: String) {
        switch status {
        case .added: return ("#d4efd4", "#2e7d32")
        case .removed: return ("#f8d3d1", "#c62828")
        case .changed: return ("#fde7b8", "#d98e04")
        case .unchanged: return ("#f0f0f0", "#a0a0a0")
        }
    }

    /// Rendering options that draw `union` in the diff colours.
    public static func options(for union: DiffUnion, title: String, engine: LayoutEngine? = nil) -> DiagramBuilder.Options {
        var nodes: [String: [Diagram.Attribute]] = [:]
        var edges: [String: [Diagram.Attribute]] = [:]
        for (id, status) in union.nodeStatus {
            let look = colors(status)
            nodes[id] = [.init("fillcolor", look.fill), .init("color", look.line), .init("penwidth", status == .unchanged ? "0.8" : "1.8"),
                         .init("tooltip", union.nodeNotes[id] ?? status.rawValue),
                         .init("class", "diff-\(status.rawValue)")]
        }
        for (id, status) in union.edgeStatus {
            let look = colors(status)
            edges[id] = [.init("color", look.line), .init("fontcolor", look.line), .init("penwidth", status == .unchanged ? "1.0" : "1.8"),
                         .init("tooltip", union.edgeNotes[id] ?? status.rawValue),
                         .init("class", "diff-\(status.rawValue)")]
        }
        let legend = DiffStatus.allCases.map { status in
            Legend.Sample(name: status.rawValue, label: legendLabel(status), color: colors(status).line, style: "solid",
                          tooltip: "\(status.rawValue) entities and relations are drawn in this colour")
        }
        return DiagramBuilder.Options(engine: engine, legend: true, title: title, bundle: false,
                                      overrides: DiagramBuilder.Overrides(nodes: nodes, edges: edges, legend: legend))
    }

    private static func legendLabel(_ status: DiffStatus) -> String {
        switch status {
        case .added: return "added (only in B)"
        case .removed: return "removed (only in A)"
        case .changed: return "changed"
        case .unchanged: return "unchanged"
        }
    }
}
