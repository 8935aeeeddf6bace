import Foundation

/// The answer to a neighbour query, as the `neighbors` command prints it: a text table or JSON.
///
/// The JSON form (``jsonData()``) has these fields, documented in `docs/query.md`:
/// `entity` (`id`, `label`, `type`), `depth`, `direction`, `types`, `class`, `count` and
/// `neighbors`, each with `id`, `label`, `entity_type`, `relation`, `relation_class`, `direction`,
/// `depth`, `via`, `edge`, `negated`, `modality`, `articles` and `first_evidence` (an evidence
/// item: `article`, `sentence`, `start`, `end`, `text`; null when the edge has none).
public struct NeighborReport: Sendable {
    /// The queried entity.
    public let entity: Node
    /// The query's depth.
    public let depth: Int
    /// The query's direction.
    public let direction: TraversalDirection
    /// The relation types and group the query followed.
    public let filter: RelationFilter
    /// The rows, in query order.
    public let neighbors: [Neighbor]

    /// Runs a neighbour query and keeps its parameters for the report.
    /// - Throws: ``QueryError/unknownNode(_:)`` when no node has the entity's id.
    /// - Complexity: that of ``GraphIndex/neighbors(of:depth:direction:filter:)``.
    public init(index: GraphIndex, entity: Node, depth: Int = 1, direction: TraversalDirection = .both,
                filter: RelationFilter = .all) throws {
        self.entity = entity
        self.depth = depth
        self.direction = direction
        self.filter = filter
        neighbors = try index.neighbors(of: entity.id, depth: depth, direction: direction, filter: filter)
    }

    /// The report as canonical JSON: sorted keys, two-space indent, trailing newline.
    /// - Throws: an encoding error (not expected: every value is encodable).
    public func jsonData() throws -> Data {
        try CanonicalJSON.data(JSONForm(self))
    }

    /// The report as a text table, one row per neighbour, with a heading line; no trailing newline.
    public var text: String {
        let distinct = Set(neighbors.map(\.node.id)).count
        let scope = "within \(depth) step\(depth == 1 ? "" : "s"), \(describe(direction))\(describe(filter))"
        guard !neighbors.isEmpty else { return "\(entity.labelAndID): no neighbours \(scope)" }
        let heading = "\(entity.labelAndID): \(neighbors.count) relation\(neighbors.count == 1 ? "" : "s") with \(distinct) neighbour\(distinct == 1 ? "" : "s") \(scope)"
        let showVia = neighbors.contains { $0.depth > 1 }
        let header = ["DEPTH"] + (showVia ? ["VIA"] : []) + ["NEIGHBOUR", "RELATION", "DIR", "ARTICLES", "MODALITY", "FIRST EVIDENCE"]
        let rows = neighbors.map { row -> [String] in
            let evidence = row.firstEvidence.map { "\($0.citation) \(TextTable.shorten($0.text, to: 90))" } ?? "-"
            return ["\(row.depth)"] + (showVia ? [row.via] : []) + [
                row.node.labelAndID,
                row.relation.rawValue + (row.edge.negated ? " (not)" : ""),
                row.direction == .outgoing ? "→" : "←",
                "\(row.articleCount)",
                row.edge.modality.rawValue,
                evidence,
            ]
        }
        return heading + "\n\n" + TextTable.render(header: header, rows: rows)
    }

    private func describe(_ direction: TraversalDirection) -> String {
        switch direction {
        case .both: return "both directions"
        case .outgoing: return "outgoing edges (→)"
        case .incoming: return "incoming edges (←)"
        }
    }

    private func describe(_ filter: RelationFilter) -> String {
        var parts: [String] = []
        if !filter.types.isEmpty { parts.append("types " + filter.types.map(\.rawValue).sorted().joined(separator: ", ")) }
        if let group = filter.group { parts.append("class \(group.rawValue)") }
        return parts.isEmpty ? "" : "; " + parts.joined(separator: "; ")
    }

    private struct JSONForm: Encodable {
        let entity: EntityRef
        let depth: Int
        let direction: TraversalDirection
        let types: [String]
        let group: RelationGroup?
        let count: Int
        let neighbors: [Row]

        init(_ report: NeighborReport) {
            entity = EntityRef(report.entity)
            depth = report.depth
            direction = report.direction
            types = report.filter.types.map(\.rawValue).sorted()
            group = report.filter.group
            count = report.neighbors.count
            neighbors = report.neighbors.map(Row.init)
        }

        enum CodingKeys: String, CodingKey { case entity, depth, direction, types, group = "class", count, neighbors }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(entity, forKey: .entity)
            try container.encode(depth, forKey: .depth)
            try container.encode(direction, forKey: .direction)
            try container.encode(types, forKey: .types)
            try container.encode(group, forKey: .group)  // null when no class was asked for
            try container.encode(count, forKey: .count)
            try container.encode(neighbors, forKey: .neighbors)
        }
    }

    private struct Row: Encodable {
        let id: String
        let label: String
        let entityType: EntityType
        let relation: RelationType
        let relationClass: RelationClass
        let direction: EdgeDirection
        let depth: Int
        let via: String
        let edge: String
        let negated: Bool
        let modality: Modality
        let articles: Int
        let firstEvidence: Evidence?

        init(_ row: Neighbor) {
            id = row.node.id
            label = row.node.label
            entityType = row.node.type
            relation = row.relation
            relationClass = row.relation.relationClass
            direction = row.direction
            depth = row.depth
            via = row.via
            edge = row.edge.id
            negated = row.edge.negated
            modality = row.edge.modality
            articles = row.articleCount
            firstEvidence = row.firstEvidence
        }

        enum CodingKeys: String, CodingKey {
            case id, label, entityType = "entity_type", relation, relationClass = "relation_class", direction, depth, via, edge,
                 negated, modality, articles, firstEvidence = "first_evidence"
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(label, forKey: .label)
            try container.encode(entityType, forKey: .entityType)
            try container.encode(relation, forKey: .relation)
            try container.encode(relationClass, forKey: .relationClass)
            try container.encode(direction, forKey: .direction)
            try container.encode(depth, forKey: .depth)
            try container.encode(via, forKey: .via)
            try container.encode(edge, forKey: .edge)
            try container.encode(negated, forKey: .negated)
            try container.encode(modality, forKey: .modality)
            try container.encode(articles, forKey: .articles)
            try container.encode(firstEvidence, forKey: .firstEvidence)  // null when the edge has no evidence
        }
    }
}
