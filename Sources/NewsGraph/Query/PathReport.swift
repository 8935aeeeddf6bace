import Foundation

/// The answer to a path query, as the `path` command prints it: text or JSON.
///
/// The JSON form (``jsonData()``) has these fields, documented in `docs/query.md`: `from` and `to`
/// (`id`, `label`, `type`), `max_depth`, `length` (null when there is no chain), `count`,
/// `truncated` and `paths`, each with `length`, `nodes` (`id`, `label`, `type`) and `steps`,
/// each with `from`, `to` (node ids) and `relations`, each with `edge`, `relation`, `source`,
/// `target`, `direction`, `negated`, `modality`, `articles` and `first_evidence`.
public struct PathReport: Sendable {
    /// The search answered.
    public let search: PathSearch

    /// The report of a path search.
    public init(_ search: PathSearch) {
        self.search = search
    }

    /// The report as canonical JSON: sorted keys, two-space indent, trailing newline.
    /// - Throws: an encoding error (not expected: every value is encodable).
    public func jsonData() throws -> Data {
        try CanonicalJSON.data(JSONForm(search))
    }

    /// The report as text: a heading line, then each chain with every step's relations and the
    /// first sentence stating each; no trailing newline.
    public var text: String {
        let ends = "\(search.from.labelAndID) to \(search.to.labelAndID)"
        guard let length = search.length else {
            return "no path from \(ends) within \(search.maxDepth) step\(search.maxDepth == 1 ? "" : "s")"
        }
        var lines = ["\(ends): \(search.count) shortest path\(search.count == 1 ? "" : "s") of \(length) step\(length == 1 ? "" : "s")"]
        if search.isTruncated { lines.append("showing the first \(search.paths.count)") }
        for (number, path) in search.paths.enumerated() {
            lines.append("")
            lines.append("path \(number + 1): " + path.nodes.map(\.label).joined(separator: " → "))
            for (position, step) in path.steps.enumerated() {
                lines.append("  step \(position + 1): \(step.from.labelAndID) – \(step.to.labelAndID)")
                for relation in step.relations {
                    let (source, target) = relation.direction == .outgoing ? (step.from, step.to) : (step.to, step.from)
                    let articles = relation.articleCount
                    lines.append("    \(source.label) -\(relation.relation.rawValue)\(relation.edge.negated ? "(not)" : "")-> \(target.label)"
                                 + "  (\(relation.edge.modality.rawValue), \(articles) article\(articles == 1 ? "" : "s"))")
                    if let evidence = relation.firstEvidence {
                        lines.append("      \(evidence.citation): \(evidence.text)")
                    }
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    private struct JSONForm: Encodable {
        let from: EntityRef
        let to: EntityRef
        let maxDepth: Int
        let length: Int?
        let count: Int
        let truncated: Bool
        let paths: [PathForm]

        init(_ search: PathSearch) {
            from = EntityRef(search.from)
            to = EntityRef(search.to)
            maxDepth = search.maxDepth
            length = search.length
            count = search.count
            truncated = search.isTruncated
            paths = search.paths.map(PathForm.init)
        }

        enum CodingKeys: String, CodingKey { case from, to, maxDepth = "max_depth", length, count, truncated, paths }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(from, forKey: .from)
            try container.encode(to, forKey: .to)
            try container.encode(maxDepth, forKey: .maxDepth)
            try container.encode(length, forKey: .length)  // null when there is no chain
            try container.encode(count, forKey: .count)
            try container.encode(truncated, forKey: .truncated)
            try container.encode(paths, forKey: .paths)
        }
    }

    private struct PathForm: Encodable {
        let length: Int
        let nodes: [EntityRef]
        let steps: [StepForm]

        init(_ path: GraphPath) {
            length = path.length
            nodes = path.nodes.map(EntityRef.init)
            steps = path.steps.map(StepForm.init)
        }
    }

    private struct StepForm: Encodable {
        let from: String
        let to: String
        let relations: [RelationForm]

        init(_ step: PathStep) {
            from = step.from.id
            to = step.to.id
            relations = step.relations.map(RelationForm.init)
        }
    }

    private struct RelationForm: Encodable {
        let edge: String
        let relation: RelationType
        let source: String
        let target: String
        let direction: EdgeDirection
        let negated: Bool
        let modality: Modality
        let articles: Int
        let firstEvidence: Evidence?

        init(_ relation: PathRelation) {
            edge = relation.edge.id
            self.relation = relation.relation
            source = relation.edge.source
            target = relation.edge.target
            direction = relation.direction
            negated = relation.edge.negated
            modality = relation.edge.modality
            articles = relation.articleCount
            firstEvidence = relation.firstEvidence
        }

        enum CodingKeys: String, CodingKey {
            case edge, relation, source, target, direction, negated, modality, articles, firstEvidence = "first_evidence"
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(edge, forKey: .edge)
            try container.encode(relation, forKey: .relation)
            try container.encode(source, forKey: .source)
            try container.encode(target, forKey: .target)
            try container.encode(direction, forKey: .direction)
            try container.encode(negated, forKey: .negated)
            try container.encode(modality, forKey: .modality)
            try container.encode(articles, forKey: .articles)
            try container.encode(firstEvidence, forKey: .firstEvidence)  // null when the edge has no evidence
        }
    }
}
