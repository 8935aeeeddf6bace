import NewsGraph

/// What to draw, independent of Graphviz: nodes and edges with their text, shapes, colours,
/// tooltips and SVG ids and classes, and the graph's own attributes.
///
/// Attributes are kept as ordered name–value pairs so that the same diagram always gives the
/// same DOT and the same cgraph calls. Only names on `Diagram.allowedAttributes` are ever set
/// (graphviz.md: attributes outside a known list can crash this Graphviz version). There are no
/// clusters and no HTML-like labels: measured here, this Graphviz leaks memory on every layout
/// that has either.
public struct Diagram: Sendable, Equatable {
    /// A drawn node. `name` is opaque (`n0`, `n1`…); the text shown is `label`.
    public struct Node: Sendable, Equatable {
        public var name: String
        public var attributes: [Attribute]
    }

    /// A drawn edge between two node names.
    public struct Edge: Sendable, Equatable {
        public var tail: String
        public var head: String
        public var attributes: [Attribute]
    }

    /// One attribute: its name and its value, as plain text (escaped when written).
    public struct Attribute: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public var name: String
    public var graphAttributes: [Attribute]
    /// Defaults set on every node and every edge (`node [...]`, `edge [...]`).
    public var nodeDefaults: [Attribute]
    public var edgeDefaults: [Attribute]
    public var nodes: [Node]
    public var edges: [Edge]
    /// The layout engine the diagram was planned for.
    public var engine: LayoutEngine

    /// The attributes NewsGraph ever sets (a test checks every diagram against it with `usesOnlyAllowedAttributes`).
    public static let allowedAttributes: Set<String> = [
        "label", "tooltip", "id", "class", "shape", "style", "fillcolor", "color", "fontcolor", "fontname", "fontsize",
        "penwidth", "arrowhead", "arrowsize", "margin", "width", "height", "labelloc", "labeljust", "rankdir", "nodesep",
        "ranksep", "splines", "overlap", "outputorder", "bgcolor", "pad", "nslimit", "nslimit1", "mclimit", "maxiter",
        "K", "sep", "esep", "start", "remincross", "searchsize", "decorate", "labelfontsize", "dir", "forcelabels",
        "fixedsize", "peripheries", "ordering", "mode", "repulsiveforce", "smoothing", "quadtree", "levels", "ratio", "size",
    ]

    /// Whether every attribute name is on the allowed list.
    public var usesOnlyAllowedAttributes: Bool {
        let all = graphAttributes + nodeDefaults + edgeDefaults + nodes.flatMap(\.attributes) + edges.flatMap(\.attributes)
        return all.allSatisfy { Diagram.allowedAttributes.contains($0.name) }
    }
}

extension Array where Element == Diagram.Attribute {
    /// The value of the attribute with this name, if set.
    public subscript(name: String) -> String? { first { $0.name == name }?.value }
}
