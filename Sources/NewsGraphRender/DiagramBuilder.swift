import NewsGraph

/// Turns a `Graph` into a `Diagram` in NewsGraph's visual language: one node per entity, one
/// edge per relation (three or more between the same two entities are bundled into one edge
/// that counts them), a legend, and a tooltip on everything.
public enum DiagramBuilder {
    /// What to draw and how.
    public struct Options: Sendable {
        /// The layout engine asked for; nil chooses from the graph's size.
        public var engine: LayoutEngine?
        /// Whether to draw the legend.
        public var legend: Bool
        /// A caption above the diagram.
        public var title: String?
        /// Whether three or more relations between one pair are drawn as one counted edge.
        public var bundle: Bool
        /// Attributes that replace the standard ones, by node id and by edge id; a `tooltip`
        /// given here is put before the standard tooltip and a `class` added to the standard
        /// classes. Used to draw diffs.
        public var overrides: Overrides?

        public init(engine: LayoutEngine? = nil, legend: Bool = true, title: String? = nil, bundle: Bool = true, overrides: Overrides? = nil) {
            self.engine = engine
            self.legend = legend
            self.title = title
            self.bundle = bundle
            self.overrides = overrides
        }
    }

    /// Per-element attributes that replace the standard look, and the legend that explains them.
    public struct Overrides: Sendable {
        public var nodes: [String: [Diagram.Attribute]]
        public var edges: [String: [Diagram.Attribute]]
        public var legend: [Legend.Sample]

        public init(nodes: [String: [Diagram.Attribute]], edges: [String: [Diagram.Attribute]], legend: [Legend.Sample]) {
            self.nodes = nodes
            self.edges = edges
            self.legend = legend
        }
    }

    /// Edges between one pair of entities from which they are drawn as one bundled edge.
    public static let bundleFrom = 3

    /// The diagram of `graph` and the layout plan it was made for.
    /// - Complexity: O(n + e log e) for n nodes and e edges.
    public static func diagram(of graph: Graph, options: Options = Options()) -> (diagram: Diagram, plan: LayoutPlan) {
        var names: [String: String] = [:]
        var nodes: [Diagram.Node] = []
        for (index, node) in graph.nodes.enumerated() {
            let name = "n\(index)"
            names[node.id] = name
            nodes.append(Diagram.Node(name: name, attributes: apply(options.overrides?.nodes[node.id], to: nodeAttributes(node))))
        }
        var pairs: [String: [Edge]] = [:]
        var pairOrder: [String] = []
        for edge in graph.edges where names[edge.source] != nil && names[edge.target] != nil {
            let key = edge.source + "\u{1}" + edge.target
            if pairs[key] == nil { pairOrder.append(key) }
            pairs[key, default: []].append(edge)
        }
        let drawnEdges = pairOrder.reduce(0) { $0 + (options.bundle && pairs[$1]!.count >= bundleFrom ? 1 : pairs[$1]!.count) }
        let plan = LayoutPlan.choose(nodes: graph.nodes.count, edges: drawnEdges, requested: options.engine)
        let labels = graph.nodes.reduce(into: [String: String]()) { $0[$1.id] = $1.label }
        var usedIDs = Set<String>()
        var edges: [Diagram.Edge] = []
        for key in pairOrder {
            let group = pairs[key]!
            let tail = names[group[0].source]!, head = names[group[0].target]!
            if options.bundle && group.count >= bundleFrom {
                edges.append(Diagram.Edge(tail: tail, head: head, attributes: bundleAttributes(group, labels: labels, plan: plan, used: &usedIDs)))
            } else {
                for edge in group {
                    let standard = edgeAttributes(edge, labels: labels, plan: plan, used: &usedIDs)
                    edges.append(Diagram.Edge(tail: tail, head: head, attributes: apply(options.overrides?.edges[edge.id], to: standard)))
                }
            }
        }
        if plan.engine == .dot { edges += gridOfUnlinked(nodes: nodes, edges: edges) }
        if options.legend {
            let legend = Legend.make(samples: options.overrides?.legend ?? Legend.relationSamples())
            nodes += legend.nodes
            edges += legend.edges
        }
        let diagram = Diagram(name: "newsgraph", graphAttributes: graphAttributes(plan, title: options.title ?? defaultTitle(graph)),
                              nodeDefaults: [.init("fontname", "Helvetica"), .init("fontsize", "10"), .init("margin", "0.1,0.05"),
                                             .init("penwidth", "0.8"), .init("color", "#555555")],
                              edgeDefaults: [.init("fontname", "Helvetica"), .init("fontsize", "8"), .init("arrowsize", "0.6")],
                              nodes: nodes, edges: edges, engine: plan.engine)
        return (diagram, plan)
    }

    private static func defaultTitle(_ graph: Graph) -> String {
        if graph.articles.count == 1 { return graph.articles[0].title }
        return "\(graph.articles.count) articles: \(graph.nodes.count) entities, \(graph.edges.count) relations"
    }

    private static func graphAttributes(_ plan: LayoutPlan, title: String) -> [Diagram.Attribute] {
        var attributes: [Diagram.Attribute] = [
            .init("label", DiagramText.clean(title, limit: 160)), .init("labelloc", "t"), .init("fontname", "Helvetica"),
            .init("fontsize", "13"), .init("bgcolor", "white"), .init("pad", "0.3"), .init("outputorder", "edgesfirst"),
        ]
        switch plan.engine {
        case .dot:
            attributes += [.init("rankdir", "LR"), .init("nodesep", "0.3"), .init("ranksep", "0.8"), .init("splines", "true"),
                           .init("nslimit", "4"), .init("nslimit1", "4"), .init("mclimit", "0.5"), .init("searchsize", "30"),
                           .init("remincross", "false")]
        case .sfdp:
            attributes += [.init("overlap", plan.edgeLabels ? "prism" : "scale"), .init("splines", "false"), .init("K", "1.2"),
                           .init("sep", "+4"), .init("start", "7")]
        case .neato, .fdp:
            attributes += [.init("overlap", "prism"), .init("splines", "true"), .init("sep", "+6"), .init("start", "7"),
                           .init("maxiter", "600")]
        case .circo:
            attributes += [.init("overlap", "false"), .init("splines", "true")]
        }
        return attributes
    }

    private static func nodeAttributes(_ node: Node) -> [Diagram.Attribute] {
        let look = DiagramStyle.node(node.type)
        var tooltip = "\(node.label) (\(node.type.rawValue))"
        let others = node.aliases.filter { $0 != node.label }
        if !others.isEmpty { tooltip += "\nalso: " + others.joined(separator: "; ") }
        let titles = node.attributes["titles"]?.strings ?? []
        if !titles.isEmpty { tooltip += "\ntitles: " + titles.joined(separator: ", ") }
        tooltip += "\n\(node.mentions) mention(s) in \(max(node.articles.count, 1)) article(s)"
        var classes = ["entity", node.type.rawValue]
        if let kind = node.attributes["kind"]?.strings.first { classes.append("kind-" + DiagramText.token(kind)) }
        return [
            .init("label", DiagramText.clean(node.label, limit: DiagramText.maxLabel)),
            .init("tooltip", DiagramText.clean(tooltip, limit: DiagramText.maxTooltip, keepLineBreaks: true)),
            .init("id", "node-" + DiagramText.token(node.id)),
            .init("class", classes.joined(separator: " ")),
            .init("shape", look.shape), .init("style", look.style), .init("fillcolor", look.fill),
        ]
    }

    private static func evidenceLine(_ edge: Edge) -> String {
        guard let first = edge.evidence.first else { return "" }
        var line = "“\(DiagramText.clean(first.text, limit: 300))” (\(first.article), sentence \(first.sentence))"
        if edge.evidence.count > 1 { line += " and \(edge.evidence.count - 1) more" }
        return line
    }

    private static func edgeAttributes(_ edge: Edge, labels: [String: String], plan: LayoutPlan, used: inout Set<String>) -> [Diagram.Attribute] {
        let relationClass = edge.type.relationClass
        let name = (edge.negated ? "not " : "") + DiagramStyle.shortName(edge.type)
        var tooltip = "\(labels[edge.source] ?? edge.source) → \(labels[edge.target] ?? edge.target): \(name)"
        tooltip += " (“\(DiagramText.clean(edge.trigger, limit: 60))”, \(edge.modality.rawValue))\n" + evidenceLine(edge)
        var classes = ["relation", edge.type.rawValue, relationClass.rawValue, edge.modality.rawValue]
        if edge.negated { classes.append("negated") }
        var attributes: [Diagram.Attribute] = [
            .init("tooltip", DiagramText.clean(tooltip, limit: DiagramText.maxTooltip, keepLineBreaks: true)),
            .init("id", uniqueID("edge-" + DiagramText.token(edge.id), &used)),
            .init("class", classes.joined(separator: " ")),
            .init("color", DiagramStyle.color(relationClass, edge.modality)),
            .init("fontcolor", DiagramStyle.color(relationClass)),
            .init("style", DiagramStyle.lineStyle(relationClass, negated: edge.negated)),
            .init("penwidth", edge.modality == .asserted ? "1.6" : "1.1"),
        ]
        if plan.edgeLabels { attributes.insert(.init("label", name), at: 0) }
        return attributes
    }

    private static func bundleAttributes(_ group: [Edge], labels: [String: String], plan: LayoutPlan, used: inout Set<String>) -> [Diagram.Attribute] {
        let first = group[0]
        let counts = Dictionary(grouping: group, by: { $0.type.relationClass }).mapValues(\.count)
        let main = counts.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }!.key
        var tooltip = "\(labels[first.source] ?? first.source) → \(labels[first.target] ?? first.target): \(group.count) relations"
        for edge in group {
            tooltip += "\n• " + (edge.negated ? "not " : "") + DiagramStyle.shortName(edge.type) + " — " + evidenceLine(edge)
        }
        var attributes: [Diagram.Attribute] = [
            .init("tooltip", DiagramText.clean(tooltip, limit: DiagramText.maxTooltip * 2, keepLineBreaks: true)),
            .init("id", uniqueID("bundle-" + DiagramText.token(first.source + "--" + first.target), &used)),
            .init("class", "relation bundle " + main.rawValue),
            .init("color", DiagramStyle.color(main)), .init("fontcolor", DiagramStyle.color(main)),
            .init("style", "bold"), .init("penwidth", "2.2"),
        ]
        if plan.edgeLabels { attributes.insert(.init("label", "\(group.count) relations"), at: 0) }
        return attributes
    }

    /// The standard attributes with `overrides` put in: same names replaced, a tooltip prefixed.
    private static func apply(_ overrides: [Diagram.Attribute]?, to standard: [Diagram.Attribute]) -> [Diagram.Attribute] {
        guard let overrides else { return standard }
        var result = standard
        for attribute in overrides {
            if let index = result.firstIndex(where: { $0.name == attribute.name }) {
                switch attribute.name {
                case "tooltip": result[index].value = attribute.value + "\n" + result[index].value
                case "class": result[index].value += " " + attribute.value
                default: result[index].value = attribute.value
                }
            } else {
                result.append(attribute)
            }
        }
        return result
    }

    /// Invisible edges that lay the entities with no relation out as a compact grid; dot would
    /// otherwise stack them in one tall column (and its packing drops edge labels).
    private static func gridOfUnlinked(nodes: [Diagram.Node], edges: [Diagram.Edge]) -> [Diagram.Edge] {
        let linked = Set(edges.flatMap { [$0.tail, $0.head] })
        let unlinked = nodes.map(\.name).filter { !linked.contains($0) }
        guard unlinked.count >= 4 else { return [] }
        let width = Int(Double(unlinked.count).squareRoot().rounded(.up))
        var spacers: [Diagram.Edge] = []
        for (index, name) in unlinked.enumerated() where index % width != 0 {
            spacers.append(Diagram.Edge(tail: unlinked[index - 1], head: name, attributes: [
                .init("style", "invis"), .init("id", "spacer-\(index)"), .init("class", "spacer"),
            ]))
        }
        return spacers
    }

    private static func uniqueID(_ id: String, _ used: inout Set<String>) -> String {
        var candidate = id
        var suffix = 2
        while !used.insert(candidate).inserted {
            candidate = "\(id)-\(suffix)"
            suffix += 1
        }
        return candidate
    }
}
