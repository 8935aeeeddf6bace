import Foundation

extension GraphIndex {
    /// Reads a graph file and indexes it.
    ///
    /// The file is read by a fast reader built for graph files (several times faster than
    /// `JSONDecoder` on large graphs, with far less memory); anything that reader is not sure of
    /// is decoded by `Graph.decode` instead, so the graph, and any error, is the one
    /// `Graph.load(path:)` gives.
    /// - Throws: `GraphFileError` when the file is missing, unreadable, larger than
    ///   `Graph.maxFileSize` or not a valid graph.
    /// - Complexity: O(*b*) in the file's bytes to read it, then O(*n* + *e*) to index it (see ``init(_:)``).
    public static func load(path: String) throws -> GraphIndex {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > Graph.maxFileSize {
            throw GraphFileError(path: path, message: "\(size) bytes is more than the \(Graph.maxFileSize) a graph file may have")
        }
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            throw GraphFileError(path: path, message: "cannot read file")
        }
        return GraphIndex(try readGraph(data, path: path))
    }

    /// The graph in `data`: by the fast reader when it can, else by `Graph.decode`.
    /// - Throws: `GraphFileError` naming `path` when the data is not a valid graph.
    static func readGraph(_ data: Data, path: String) throws -> Graph {
        if let graph = GraphFileReader.graph(from: data) { return graph }
        return try Graph.decode(data, path: path)
    }
}
