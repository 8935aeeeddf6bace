import NewsGraph

/// The legend, drawn with the diagram's own elements: a heading, one node per entity type in its
/// shape and fill, and one sample edge per meaning of colour and line. Plain labels and no
/// cluster box: this Graphviz leaks memory on every layout with an HTML-like label or a cluster.
public enum Legend {
    /// One sample edge of the legend: what it means and how it is drawn.
    public struct Sample: Sendable, Equatable {
        public var name: String
        public var label: String
        public var color: String
        public var style: String
        public var tooltip: String

        public init(name: String, label: String, color: String, style: String, tooltip: String) {
            self.name = name
            self.label = label
            self.color = color
            self.style = style
            self.tooltip = tooltip
        }
    }

    /// The samples of a relation diagram: one per relation class, then negated and reported.
    public static func relationSamples() -> [Sample] {
        var samples = RelationClass.allCases.map {
            Sample(name: DiagramText.token($0.rawValue), label: DiagramStyle.name($0), color: DiagramStyle.color($0),
                   style: DiagramStyle.lineStyle($0, negated: false), tooltip: "\(DiagramStyle.name($0)) relations are drawn in this colour")
        }
        samples.append(Sample(name: "negated", label: "negated (\"not …\")", color: "#555555", style: "dotted", tooltip: "a relation the text denies"))
        samples.append(Sample(name: "reported", label: "reported or hypothetical", color: DiagramStyle.color(.verbalCooperation, .hypothetical),
                              style: "solid", tooltip: "paler: attributed to a source, or only proposed or possible"))
        return samples
    }

    static func make(samples: [Sample]) -> (nodes: [Diagram.Node], edges: [Diagram.Edge]) {
        var nodes: [Diagram.Node] = [Diagram.Node(name: "legend", attributes: [
            .init("label", "Legend"), .init("shape", "plaintext"), .init("fontsize", "12"), .init("id", "legend"), .init("class", "legend"),
            .init("tooltip", "How to read this diagram"),
        ])]
        var edges: [Diagram.Edge] = [Diagram.Edge(tail: "legend", head: "legend-\(EntityType.allCases[0].rawValue)", attributes: [
            .init("style", "invis"), .init("id", "legend-row-start"), .init("class", "spacer"),
        ])]
        for type in EntityType.allCases {
            let look = DiagramStyle.node(type)
            nodes.append(Diagram.Node(name: "legend-\(type.rawValue)", attributes: [
                .init("label", type.rawValue), .init("shape", look.shape), .init("style", look.style), .init("fillcolor", look.fill),
                .init("id", "legend-\(type.rawValue)"), .init("class", "legend entity \(type.rawValue)"),
                .init("tooltip", "\(type.rawValue): drawn as a \(look.shape)"),
            ]))
        }
        // The entity types in a row (left to right in dot's LR layout), kept there by invisible edges.
        for (a, b) in zip(EntityType.allCases, EntityType.allCases.dropFirst()) {
            edges.append(Diagram.Edge(tail: "legend-\(a.rawValue)", head: "legend-\(b.rawValue)", attributes: [
                .init("style", "invis"), .init("id", "legend-row-\(b.rawValue)"), .init("class", "spacer"),
            ]))
        }
        for sample in samples {
            let tail = "legend-from-\(sample.name)", head = "legend-to-\(sample.name)"
            for point in [tail, head] {
                nodes.append(Diagram.Node(name: point, attributes: [
                    .init("label", ""), .init("shape", "point"), .init("width", "0.05"), .init("id", point), .init("class", "legend"),
                ]))
            }
            edges.append(Diagram.Edge(tail: tail, head: head, attributes: [
                .init("label", sample.label), .init("color", sample.color), .init("fontcolor", sample.color), .init("style", sample.style),
                .init("penwidth", "1.6"), .init("id", "legend-edge-\(sample.name)"), .init("class", "legend relation"),
                .init("tooltip", sample.tooltip),
            ]))
        }
        return (nodes, edges)
    }
}
