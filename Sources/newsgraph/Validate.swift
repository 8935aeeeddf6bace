import ArgumentParser
import Foundation
import NewsGraph

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check graph files against the kg-graph/1 contract.",
        discussion: "Prints 'ok' per valid file, or every problem with its JSON path; exits 65 if any file is invalid.")

    @Argument(help: "Graph JSON files.")
    var graphs: [String]

    func run() throws { try reportingFailures(execute) }

    private func execute() throws {
        var invalid = 0
        for path in graphs {
            guard FileManager.default.fileExists(atPath: path) else {
                throw CommandFailure(message: "\(path): no such file", code: .noInput)
            }
            do {
                let graph = try Graph.load(path: path)
                let problems = graph.problems()
                if problems.isEmpty {
                    print("\(path): ok (\(graph.nodes.count) nodes, \(graph.edges.count) edges)")
                } else {
                    invalid += 1
                    for problem in problems { print("\(path): \(problem)") }
                }
            } catch let error as GraphFileError {
                invalid += 1
                print(error.description)
            }
        }
        if invalid > 0 { throw CommandFailure(message: "\(invalid) of \(graphs.count) file(s) invalid", code: .dataError) }
    }
}
