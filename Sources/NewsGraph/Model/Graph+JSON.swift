import Foundation

/// A graph file that could not be read.
public struct GraphFileError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let message: String

    /// - Parameter message: the problem; control characters in it (from a value it quotes) are
    ///   written as escapes, so that the message stays one line.
    public init(path: String, message: String) {
        self.path = path
        self.message = message.escapingControlCharacters
    }

    public var description: String { "\(path): \(message)" }
}

extension String {
    /// The string with control characters and line separators written as escapes (`\n`, `\t`,
    /// `\u{85}`…), for one-line messages that quote values from hostile input.
    var escapingControlCharacters: String {
        func isControl(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.properties.generalCategory {
            case .control, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
        guard unicodeScalars.contains(where: isControl) else { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            guard isControl(scalar) else {
                result.append(scalar)
                continue
            }
            switch scalar {
            case "\n": result.append(contentsOf: "\\n".unicodeScalars)
            case "\r": result.append(contentsOf: "\\r".unicodeScalars)
            case "\t": result.append(contentsOf: "\\t".unicodeScalars)
            default: result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16))}".unicodeScalars)
            }
        }
        return String(result)
    }
}

extension Graph {
    /// The largest graph file read (1 GiB): far beyond any news corpus, and well within memory.
    public static let maxFileSize = 1 << 30

    /// The canonical JSON bytes of the graph: sorted keys, two-space indent, trailing newline.
    public func jsonData() throws -> Data {
        var copy = self
        copy.normalize()
        return try CanonicalJSON.data(copy)
    }

    /// Decodes a graph from JSON bytes.
    /// - Throws: `GraphFileError` naming `path` and, for a contract violation, the JSON path of the first problem.
    public static func decode(_ data: Data, path: String) throws -> Graph {
        do {
            var graph = try JSONDecoder().decode(Graph.self, from: data)
            guard graph.schema == Graph.schemaVersion else {
                throw GraphFileError(path: path, message: "$.schema: expected \"\(Graph.schemaVersion)\", found \"\(graph.schema)\"")
            }
            graph.normalize()
            return graph
        } catch let error as GraphFileError {
            throw error
        } catch let error as DecodingError {
            throw GraphFileError(path: path, message: Graph.describe(error))
        } catch {
            throw GraphFileError(path: path, message: "not JSON: \(error.localizedDescription)")
        }
    }

    /// Reads and decodes a graph file.
    /// - Throws: `GraphFileError` when the file is missing, unreadable or not a valid graph.
    public static func load(path: String) throws -> Graph {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxFileSize {
            throw GraphFileError(path: path, message: "\(size) bytes is more than the \(maxFileSize) a graph file may have")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GraphFileError(path: path, message: "cannot read file")
        }
        return try decode(data, path: path)
    }

    private static func describe(_ error: DecodingError) -> String {
        func jsonPath(_ codingPath: [CodingKey]) -> String {
            "$" + codingPath.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(jsonPath(context.codingPath + [key])): missing field"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(jsonPath(context.codingPath)): \(context.debugDescription)"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "not valid JSON" }
            return "\(jsonPath(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "cannot decode: \(error)"
        }
    }
}
