import ArgumentParser
import Foundation
import NewsGraph

/// What the query commands (`neighbors`, `path`, `entities`) share: loading a graph and finding
/// the entity a user names, with one-line errors and sysexits codes.
enum QueryInput {
    /// Loads and indexes a graph file: 66 when it is missing or unreadable, 65 when it is not a
    /// graph or breaks the contract (as `GraphInput.read` does, but with the fast loader).
    static func load(_ path: String) throws -> GraphIndex {
        try GraphInput.checkReadable(path)
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
