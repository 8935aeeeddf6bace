import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphRender

extension Renderer.Format: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a graph with Graphviz (in-process) as SVG, PNG, PDF or DOT.",
        discussion: """
            The layout engine and whether edges carry labels are chosen from the graph's size before \
            layout starts; an engine too slow for the graph is replaced by sfdp, with a warning.
            """)

    @Argument(help: "A graph JSON file.")
    var graph: String

    @Option(name: .long, help: "The file to write.")
    var out: String

    @Option(name: .long, help: "svg, png, pdf or dot (default: from the --out extension, else svg).")
    var format: Renderer.Format?

    @Option(name: .long, help: "dot, neato, fdp, sfdp or circo (default: chosen from the graph's size).")
    var layout: LayoutEngine?

    @Option(name: .long, help: "Draw only this entity's neighbourhood (id, name or alias).")
    var focus: String?

    @Option(name: .long, help: "How many steps from --focus to draw.")
    var depth: Int = 1

    @Flag(name: .long, help: "Leave the legend out.")
    var noLegend = false

    func run() throws { try reportingFailures(execute) }

    private func execute() throws {
        guard depth >= 0 else { throw CommandFailure(message: "--depth must be 0 or more", code: .usage) }
        try OutputFile.refuseOverwritingInputs(outputs: [out], inputs: [graph])
        var drawn: Graph
        var title: String? = nil
        if let focus {
            let index = try QueryInput.load(graph)
            let node = try QueryInput.entity(focus, in: index, path: graph)
            drawn = try index.neighborhood(of: node.id, depth: depth)
            title = "\(node.label) and \(drawn.nodes.count - 1) neighbour(s) within \(depth) step(s)"
        } else {
            drawn = try GraphInput.read(graph)
        }
        try RenderOutput.write(drawn, from: graph, to: out, format: format, options: .init(engine: layout, legend: !noLegend, title: title))
    }
}
