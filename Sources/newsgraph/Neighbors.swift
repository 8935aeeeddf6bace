import ArgumentParser
import Foundation
import NewsGraph

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
        if json {
            FileHandle.standardOutput.write(try report.jsonData())
        } else {
            print(report.text)
        }
    }
}

extension TraversalDirection: ExpressibleByArgument {}
extension RelationGroup: ExpressibleByArgument {}

/// What the query commands (`neighbors`, `path`, `entities`) share: loading a graph and finding
/// the entity a user names, with one-line errors and sysexits codes.
enum QueryInput {
    /// Loads and indexes a graph file: 66 when it is missing or unreadable, 65 when it is not a
    /// graph or breaks the contract (as `GraphInput.read` does, but with the fast loader).
    static func load(_ path: String) throws -> GraphIndex {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure(message: "\(path): no such file", code: .noInput)
        }
        guard !isDirectory.boolValue else { throw CommandFailure(message: "\(path): is a directory, not a graph file", code: .noInput) }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw CommandFailure(message: "\(path): cannot read file", code: .noInput)
        }
        let index = try GraphIndex.load(path: path)
        if let problem = index.graph.problems().first {
            throw CommandFailure(message: "\(path): \(problem) (newsgraph validate lists every problem)", code: .dataError)
        }
        return index
    }

    /// The node a name or id means; 64 when it is ambiguous (listing the candidates) or unknown
    /// (suggesting the nearest names).
    static func entity(_ name: String, in index: GraphIndex, path: String) throws -> Node {
        guard !name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw CommandFailure(message: "the entity name is empty", code: .usage)
        }
        switch index.lookup(name) {
        case .found(let node, _):
            return node
        case .ambiguous(let candidates):
            throw CommandFailure(message: "\(path): \"\(name)\" is ambiguous: it names \(describe(candidates)); give the id of the one you mean",
                                 code: .usage)
        case .unknown(let suggestions):
            let hint = suggestions.isEmpty ? "" : "; did you mean \(describe(suggestions))?"
            throw CommandFailure(message: "\(path): no entity named \"\(name)\"\(hint)", code: .usage)
        }
    }

    private static func describe(_ candidates: [EntityCandidate]) -> String {
        candidates.map { "\($0.node.label) (\($0.node.id))" }.joined(separator: ", ")
    }

    /// Relation type names, each option value possibly comma-separated, as types.
    /// - Throws: `ValidationError` (exit 64) naming an unknown type and listing the known ones.
    static func relationTypes(_ values: [String]) throws -> Set<RelationType> {
        var types = Set<RelationType>()
        for value in values.flatMap({ $0.split(separator: ",") }) {
            let name = value.trimmingCharacters(in: .whitespaces).lowercased()
            guard let type = RelationType(rawValue: name) else {
                throw ValidationError("unknown relation type '\(name)'; one of: " + RelationType.allCases.map(\.rawValue).joined(separator: ", "))
            }
            types.insert(type)
        }
        return types
    }
}
