import Foundation
import NewsGraph

/// Reads graph files named on the command line: 66 when missing, 65 when not a valid graph.
enum GraphInput {
    static func read(_ path: String) throws -> Graph {
        try checkReadable(path)
        let graph = try Graph.load(path: path)
        if let problem = graph.problems().first {
            throw CommandFailure(message: "\(path): \(problem) (newsgraph validate lists every problem)", code: .dataError)
        }
        return graph
    }

    /// Fails with 66 unless `path` is a readable file (not missing, not a directory).
    static func checkReadable(_ path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure(message: "\(path): no such file", code: .noInput)
        }
        guard !isDirectory.boolValue else { throw CommandFailure(message: "\(path): is a directory, not a graph file", code: .noInput) }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw CommandFailure(message: "\(path): cannot read file", code: .noInput)
        }
    }
}
