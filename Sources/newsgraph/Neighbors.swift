import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphRender

struct Neighbors: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "List the entities connected to an entity, with the relations and evidence that connect them.",
        discussion: """
            ENTITY is an id (person:asim-munir), a label or alias in any case, with or without accents, \
            possessives and titles ("munir", "Field Marshal Asim Munir"), or the last word(s) of a name. \
            An ambiguous or unknown ENTITY exits 64, listing the candidates or the nearest names. \
            Rows are ordered by depth, neighbour id and relation type. See docs/query.md.
            """)

    @Argument(help: "A graph JSON file.")
    var graph: String

    @Argument(help: "The entity: an id, a name or an alias.")
    var entity: String

    @Option(name: .long, help: "How many steps to go from the entity (1 or more).")
    var depth = 1

    @Option(name: .long, help: "Which edges to follow: out (what the entity does), in (what is done to it) or both.")
    var direction: TraversalDirection = .both

    @Option(name: .customLong("type"), help: ArgumentHelp("Follow only this relation type (repeatable, or comma-separated).", valueName: "type"))
    var types: [String] = []

    @Option(name: .customLong("class"), help: ArgumentHelp("Follow only cooperation (CAMEO 01–08), conflict (09–20) or structural relations.", valueName: "class"))
    var group: RelationGroup?

    @Flag(name: .long, help: "Print the result as JSON.")
    var json = false

    @Option(name: .long, help: "Also draw the neighbourhood (SVG, PNG, PDF or DOT by the file's extension).")
    var render: String?

    func validate() throws {
        guard depth >= 1 else { throw ValidationError("--depth must be 1 or more, not \(depth)") }
        _ = try QueryInput.relationTypes(types)
    }

    func run() throws { try reportingFailures(execute) }

    private func execute() throws {
        let index = try QueryInput.load(graph)
        let node = try QueryInput.entity(entity, in: index, path: graph)
        let filter = RelationFilter(types: try QueryInput.relationTypes(types), group: group)
        let report = try NeighborReport(index: index, entity: node, depth: depth, direction: direction, filter: filter)
        if let render {
            try OutputFile.refuseOverwritingInputs(outputs: [render], inputs: [graph])
            let part = try index.neighborhood(of: node.id, depth: depth, direction: direction, filter: filter)
            try RenderOutput.write(part, from: graph, to: render, title: "\(node.label): \(part.nodes.count - 1) neighbour(s) within \(depth) step(s)")
        }
        if json {
            FileHandle.standardOutput.write(try report.jsonData())
        } else {
            print(report.text)
        }
    }
}

extension TraversalDirection: ExpressibleByArgument {}
extension RelationGroup: ExpressibleByArgument {}
