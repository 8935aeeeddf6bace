import ArgumentParser
import Foundation
import NewsGraph

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge graph files into one corpus graph, as build makes corpus.json.",
        discussion: """
            One node per id (aliases, titles and articles united) and one edge per id (evidence united, the \
            strongest modality kept). The result does not depend on the order of the inputs. The output is \
            written atomically and may not be one of the inputs.
            """)

    @Argument(help: "Graph JSON files to merge.")
    var graphs: [String]

    @Option(name: .long, help: "The file to write the merged graph to.")
    var out: String

    func run() throws { try reportingFailures(execute) }

    private func execute() throws {
        try OutputFile.refuseOverwritingInputs(outputs: [out], inputs: graphs)
        let merged = Graph.merged(try graphs.map(GraphInput.read))
        try OutputFile.write(try merged.jsonData(), to: out)
        Diagnostics.note("merged \(graphs.count) graph(s) into \(out) (\(merged.nodes.count) nodes, \(merged.edges.count) edges)")
    }
}
