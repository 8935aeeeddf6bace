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
        var loaded = try GraphInput.read(graph)
        var title: String? = nil
        if let focus {
            guard let node = loaded.nodes.first(where: { $0.id == focus || Folding.name($0.label) == Folding.name(focus)
                || $0.aliases.contains { Folding.name($0) == Folding.name(focus) } }) else {
                throw CommandFailure(message: "\(graph): no entity named \"\(focus)\"", code: .usage)
            }
            var reached: Set<String> = [node.id]
            var frontier: Set<String> = [node.id]
            for _ in 0..<depth {
                var next: Set<String> = []
                for edge in loaded.edges {
                    if frontier.contains(edge.source), !reached.contains(edge.target) { next.insert(edge.target) }
                    if frontier.contains(edge.target), !reached.contains(edge.source) { next.insert(edge.source) }
                }
                reached.formUnion(next)
                frontier = next
            }
            loaded = loaded.subgraph(nodeIDs: reached)
            title = "\(node.label) and \(loaded.nodes.count - 1) neighbour(s) within \(depth) step(s)"
        }
        let chosen = format ?? Renderer.Format(rawValue: URL(fileURLWithPath: out).pathExtension.lowercased()) ?? .svg
        let output: Renderer.Output
        do {
            output = try Renderer.render(loaded, format: chosen, options: .init(engine: layout, legend: !noLegend, title: title))
        } catch let error as RenderError {
            if case .tooLarge = error { throw CommandFailure(message: "\(graph): \(error)", code: .dataError) }
            throw CommandFailure(message: "\(graph): \(error)", code: .software)
        }
        if let note = output.plan.note { Diagnostics.note("warning: \(note)") }
        try OutputFile.write(output.data, to: out)
    }
}
