import Foundation

extension GraphDiff {
    /// The format name written in the `format` field of ``jsonData(aName:bName:)``.
    public static let jsonFormat = "newsgraph-diff/1"

    /// The diff as canonical JSON (`CanonicalJSON`: sorted keys, two-space indent, trailing
    /// newline). Every field is always written; absent values are `null`.
    ///
    /// - `format`: `"newsgraph-diff/1"`; `identical`: true when nothing was added, removed or changed
    /// - `a`, `b`: `name` (as given), `articles` (as in a graph file), `entities` and `relations` (counts)
    /// - `summary`: `entities` and `relations`, each `added`, `removed`, `changed`, `unchanged`;
    ///   and `possible_matches`
    /// - `agreement`: `entities` and `relations`, each `a`, `b`, `shared`, `union`, `jaccard`
    /// - `entities[]` (every entity of A or B, by id): `id`, `status`, `type`, `label`,
    ///   `changes`, `possible_matches`
    /// - `relations[]` (every relation of A or B, by id): `id`, `status`, `a_id`, `b_id`, `source`,
    ///   `target`, `type`, `negated`, `modality`, `trigger`, `changes`, and `evidence` with `a` and `b` lists
    /// - `changes[]`: `field`, `a`, `b`, `added`, `removed` (see ``FieldChange``)
    ///
    /// `type`, `label`, `negated`, `modality` and `trigger` are B's values when the element is in B.
    /// - Complexity: O(n) in the size of the two graphs.
    public func jsonData(aName: String = "A", bName: String = "B") throws -> Data {
        let agreement = self.agreement
        let counts = self.counts
        func tally(_ byStatus: [DiffStatus: Int]) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: DiffStatus.allCases.map { ($0.rawValue, byStatus[$0, default: 0]) })
        }
        let document = DiffDocument(
            format: GraphDiff.jsonFormat,
            a: .init(name: aName, articles: aArticles, entities: agreement.entities.a, relations: agreement.relations.a),
            b: .init(name: bName, articles: bArticles, entities: agreement.entities.b, relations: agreement.relations.b),
            identical: isEmpty,
            summary: .init(entities: tally(counts.entities), relations: tally(counts.relations), possibleMatches: counts.possibleMatches),
            agreement: agreement,
            entities: nodes.map { node in
                .init(id: node.id, status: node.status, type: node.node.type, label: node.node.label,
                      changes: node.changes, possibleMatches: node.possibleMatches)
            },
            relations: edges.map { diff in
                let edge = diff.edge
                return .init(id: diff.id, status: diff.status, aID: diff.a?.id, bID: diff.b?.id, source: edge.source, target: edge.target,
                             type: edge.type, negated: edge.negated, modality: edge.modality, trigger: edge.trigger, changes: diff.changes,
                             evidence: .init(a: diff.a?.evidence ?? [], b: diff.b?.evidence ?? []))
            })
        return try CanonicalJSON.data(document)
    }
}

/// The JSON document of a diff; see `GraphDiff.jsonData(aName:bName:)`.
struct DiffDocument: Encodable {
    struct Side: Encodable {
        let name: String
        let articles: [ArticleRef]
        let entities: Int
        let relations: Int
    }

    struct Summary: Encodable {
        let entities: [String: Int]
        let relations: [String: Int]
        let possibleMatches: Int
        enum CodingKeys: String, CodingKey { case entities, relations, possibleMatches = "possible_matches" }
    }

    struct Entity: Encodable {
        let id: String
        let status: DiffStatus
        let type: EntityType
        let label: String
        let changes: [FieldChange]
        let possibleMatches: [String]
        enum CodingKeys: String, CodingKey { case id, status, type, label, changes, possibleMatches = "possible_matches" }
    }

    struct Relation: Encodable {
        struct Sides: Encodable {
            let a: [Evidence]
            let b: [Evidence]
        }

        let id: String
        let status: DiffStatus
        let aID: String?
        let bID: String?
        let source: String
        let target: String
        let type: RelationType
        let negated: Bool
        let modality: Modality
        let trigger: String
        let changes: [FieldChange]
        let evidence: Sides
        enum CodingKeys: String, CodingKey {
            case id, status, source, target, type, negated, modality, trigger, changes, evidence
            case aID = "a_id", bID = "b_id"
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(status, forKey: .status)
            try c.encode(aID, forKey: .aID)  // null when absent, so the field is always there
            try c.encode(bID, forKey: .bID)
            try c.encode(source, forKey: .source)
            try c.encode(target, forKey: .target)
            try c.encode(type, forKey: .type)
            try c.encode(negated, forKey: .negated)
            try c.encode(modality, forKey: .modality)
            try c.encode(trigger, forKey: .trigger)
            try c.encode(changes, forKey: .changes)
            try c.encode(evidence, forKey: .evidence)
        }
    }

    let format: String
    let a: Side
    let b: Side
    let identical: Bool
    let summary: Summary
    let agreement: GraphAgreement
    let entities: [Entity]
    let relations: [Relation]
}
