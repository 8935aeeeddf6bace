/// A question the index cannot answer because it names something the graph does not hold.
public enum QueryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No node of the graph has this id.
    case unknownNode(String)

    /// A one-line message naming what is missing.
    public var description: String {
        switch self {
        case .unknownNode(let id): return "no node with id \"\(id)\""
        }
    }
}
