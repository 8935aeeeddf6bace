import ArgumentParser
import Foundation
import NewsGraph

struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List every entity of a graph with its type, names, mentions and degree.",
        discussion: "Sorted by degree or mentions (greatest first) or name; ties by id. See docs/query.md.")

    @Argument(help: "A graph JSON file.")
    var graph: String

    @Option(name: .long, help: ArgumentHelp("List only this entity type: \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "type"))
    var type: String?

    @Option(name: .long, help: "The order: degree, mentions or name.")
    var sort: EntitySort = .degree

    @Flag(name: .long, help: "Print the list as JSON.")
    var json = false

    func validate() throws { _ = try entityType() }

    /// The `--type` value as an entity type.
    /// - Throws: `ValidationError` (exit 64) for an unknown type.
    private func entityType() throws -> EntityType? {
        guard let type else { return nil }
        guard let value = EntityType(rawValue: type.lowercased()) else {
            throw ValidationError("unknown entity type '\(type)'; one of: " + EntityType.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return value
    }

    func run() throws { try reportingFailures(execute) }

    private func execute() throws {
        let report = EntityReport(index: try QueryInput.load(graph), type: try entityType(), sort: sort)
        if json {
            FileHandle.standardOutput.write(try report.jsonData())
        } else {
            print(report.text)
        }
    }
}

extension EntitySort: ExpressibleByArgument {}
