/// Writes a diagram as DOT text: for `--format dot`, and to hand the very same graph to the `dot`
/// command in the benchmark. Never read back in-process (graphviz.md, item 3).
public enum DOTWriter {
    /// The DOT text of `diagram`.
    public static func dot(_ diagram: Diagram) -> String {
        var lines = ["digraph \(quoted(diagram.name)) {"]
        for attribute in diagram.graphAttributes { lines.append("  \(attribute.name)=\(value(attribute.value));") }
        if !diagram.nodeDefaults.isEmpty { lines.append("  node [\(list(diagram.nodeDefaults))];") }
        if !diagram.edgeDefaults.isEmpty { lines.append("  edge [\(list(diagram.edgeDefaults))];") }
        for node in diagram.nodes {
            lines.append("  \(quoted(node.name)) [\(list(node.attributes))];")
        }
        for edge in diagram.edges {
            lines.append("  \(quoted(edge.tail)) -> \(quoted(edge.head)) [\(list(edge.attributes))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func list(_ attributes: [Diagram.Attribute]) -> String {
        attributes.map { "\($0.name)=\(value($0.value))" }.joined(separator: ", ")
    }

    /// An attribute value: escaped as the in-process path escapes it, then quoted for DOT.
    private static func value(_ text: String) -> String { quoted(DiagramText.escape(text)) }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
