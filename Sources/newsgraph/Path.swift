import ArgumentParser
import Foundation
import NewsGraph

struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show the shortest chains of relations between two entities, each step with its evidence.",
        discussion: """
            FROM and TO are found as in `neighbors`. Edges are followed either way round; each step shows \
            every edge between its two entities with its real direction and first evidence sentence. \
            When there is no chain within --max-depth steps, says so and exits 0. See docs/query.md.
            """)

    @Argument(help: "A graph JSON file.")
    var graph: String

    @Argument(help: "The start entity: an id, a name or an alias.")
    var from: String

    @Argument(help: "The end entity: an id, a name or an alias.")
    var to: String

    @Option(name: .long, help: "The most steps a chain may have (1 or more).")
    var maxDepth = 6

    @Option(name: .long, help: "The most chains to show (1 or more).")
    var limit = 10

    @Flag(name: .long, help: "Print the result as JSON.")
    var json = false

    func validate() throws {
        guard maxDepth >= 1 else { throw ValidationError("--max-depth must be 1 or more, not \(maxDepth)") }
        guard limit >= 1 else { throw ValidationError("--limit must be 1 or more, not \(limit)") }
    }

    func run() throws { try reportingFailures(execute) }

    private func execute() throws {
        let index = try QueryInput.load(graph)
        let start = try QueryInput.entity(from, in: index, path: graph)
        let end = try QueryInput.entity(to, in: index, path: graph)
        let report = PathReport(try index.paths(from: start.id, to: end.id, maxDepth: maxDepth, limit: limit))
        if json {
            FileHandle.standardOutput.write(try report.jsonData())
        } else {
            print(report.text)
        }
    }
}
