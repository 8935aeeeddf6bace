/// Which way a query follows edges from a node.
public enum TraversalDirection: String, Sendable, Hashable, Codable, CaseIterable {
    /// From source to target only: what the entity does.
    case outgoing = "out"
    /// From target to source only: what is done to the entity.
    case incoming = "in"
    /// Either way.
    case both
}

/// The real direction of one edge, seen from the node a step starts at.
public enum EdgeDirection: String, Sendable, Hashable, Codable, CaseIterable {
    /// The step's start node is the edge's source: `start -type-> end`.
    case outgoing = "out"
    /// The step's start node is the edge's target: `start <-type- end`.
    case incoming = "in"
}

/// A coarse grouping of relation types, for filtering queries.
public enum RelationGroup: String, Sendable, Hashable, Codable, CaseIterable {
    /// CAMEO root codes 01–08: verbal and material cooperation.
    case cooperation
    /// CAMEO root codes 09–20: verbal and material conflict.
    case conflict
    /// `holds_role`, `member_of` and `located_in`.
    case structural

    /// Whether a relation type belongs to the group (see `RelationType.relationClass`).
    public func contains(_ type: RelationType) -> Bool {
        switch type.relationClass {
        case .structural: return self == .structural
        case .verbalCooperation, .materialCooperation: return self == .cooperation
        case .verbalConflict, .materialConflict: return self == .conflict
        }
    }
}

/// Which relation types a query follows: those listed in `types` (all when empty) that also belong
/// to `group` (any when nil).
public struct RelationFilter: Sendable, Hashable {
    /// The types followed; empty means every type.
    public var types: Set<RelationType>
    /// The group followed; nil means every group.
    public var group: RelationGroup?
    /// Whether each type is followed, by ``RelationType/ordinal``.
    let allowed: [Bool]

    /// Follows every relation type.
    public static let all = RelationFilter()

    /// Follows the `types` listed (every type when empty) that belong to `group` (any group when nil).
    public init(types: Set<RelationType> = [], group: RelationGroup? = nil) {
        self.types = types
        self.group = group
        allowed = RelationType.allCases.map { type in
            (types.isEmpty || types.contains(type)) && (group?.contains(type) ?? true)
        }
    }

    /// Whether the filter follows edges of this type.
    /// - Complexity: O(1).
    public func allows(_ type: RelationType) -> Bool {
        allowed[Int(type.ordinal)]
    }
}

extension RelationType {
    /// The type's position in `allCases`, so that per-type tables can be plain arrays.
    var ordinal: UInt8 { RelationType.ordinals[self]! }

    private static let ordinals: [RelationType: UInt8] =
        Dictionary(uniqueKeysWithValues: RelationType.allCases.enumerated().map { ($1, UInt8($0)) })
}
