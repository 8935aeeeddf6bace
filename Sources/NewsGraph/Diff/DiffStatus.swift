/// What happened to one entity or relation between graph A and graph B.
public enum DiffStatus: String, Codable, Sendable, CaseIterable {
    /// Only in B.
    case added
    /// Only in A.
    case removed
    /// In both, with at least one compared field different.
    case changed
    /// In both, with every compared field equal.
    case unchanged

    /// The changelog mark: `+` added, `-` removed, `~` changed, a space for unchanged.
    public var mark: Character {
        switch self {
        case .added: return "+"
        case .removed: return "-"
        case .changed: return "~"
        case .unchanged: return " "
        }
    }

    /// The status seen from the other side: added and removed swap.
    public var mirrored: DiffStatus {
        switch self {
        case .added: return .removed
        case .removed: return .added
        case .changed, .unchanged: return self
        }
    }
}
