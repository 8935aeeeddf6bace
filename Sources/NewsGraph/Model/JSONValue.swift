import Foundation

/// A JSON value, used for open-ended `attributes` maps so that fields written by other tools survive a round trip.
public enum JSONValue: Codable, Hashable, Sendable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    /// The longest coding path, counted from the document root, at which an array or object
    /// may stand (an attribute value of a graph stands at 4): deeper nesting is refused.
    /// Foundation's decoder builds the coding path, in time proportional to the depth, for every
    /// failed attempt, and telling a value's kind takes a few; the cap keeps decoding linear.
    public static let maxDepth = 16

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else {
            try JSONValue.checkDepth(decoder)
            // The elements are decoded outside `try?`, so that an error inside an array or
            // object keeps its own path and message.
            if var elements = try? decoder.unkeyedContainer() {
                var values: [JSONValue] = []
                while !elements.isAtEnd { values.append(try elements.decode(JSONValue.self)) }
                self = .array(values)
            } else {
                self = .object(try container.decode([String: JSONValue].self))
            }
        }
    }

    private static func checkDepth(_ decoder: Decoder) throws {
        let path = decoder.codingPath
        guard path.count <= maxDepth else {
            throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: "nested more than \(maxDepth) levels deep"))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .number(let value):
            if value == value.rounded(), abs(value) < 1e15 { try container.encode(Int(value)) } else { try container.encode(value) }
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }

    /// The value as JSON with sorted keys: a total, stable order for values of any kind.
    var canonicalText: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The strings this value holds: itself if a string, its string elements if an array.
    public var strings: [String] {
        switch self {
        case .string(let value): return [value]
        case .array(let values): return values.flatMap(\.strings)
        default: return []
        }
    }
}
