/// The seven kinds of named entity a graph node can be (see `docs/graph-model.md`).
public enum EntityType: String, Codable, CaseIterable, Sendable, Comparable {
    case person, country, location, organization, group, event, plan

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool { lhs.rawValue < rhs.rawValue }
}
