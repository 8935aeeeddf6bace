import Foundation

/// An entity list, as the `entities` command prints it: a text table or JSON.
///
/// The JSON form (``jsonData()``) has these fields, documented in `docs/query.md`: `type` (the
/// type asked for, or null), `sort`, `count` and `entities`, each with `id`, `label`, `type`,
/// `aliases`, `mentions`, `articles` (how many articles mention it), `degree`, `out_degree` and
/// `in_degree`.
public struct EntityReport: Sendable {
    /// The type listed, or nil for all.
    public let type: EntityType?
    /// The order of the list.
    public let sort: EntitySort
    /// The entities, in that order.
    public let entities: [EntitySummary]

    /// Lists the entities of an index.
    /// - Complexity: that of ``GraphIndex/entities(type:sort:)``.
    public init(index: GraphIndex, type: EntityType? = nil, sort: EntitySort = .degree) {
        self.type = type
        self.sort = sort
        entities = index.entities(type: type, sort: sort)
    }

    /// The report as canonical JSON: sorted keys, two-space indent, trailing newline.
    /// - Throws: an encoding error (not expected: every value is encodable).
    public func jsonData() throws -> Data {
        try CanonicalJSON.data(JSONForm(self))
    }

    /// The report as a text table, one row per entity, with a heading line; no trailing newline.
    /// The aliases column lists the names other than the label.
    public var text: String {
        let kind = type.map { "\($0.rawValue) " } ?? ""
        let heading = "\(entities.count) \(kind)entit\(entities.count == 1 ? "y" : "ies"), by \(sort.rawValue)"
        guard !entities.isEmpty else { return heading }
        let rows = entities.map { entry -> [String] in
            let others = entry.node.aliases.filter { $0 != entry.node.label }
            return ["\(entry.degree)", "\(entry.outDegree)", "\(entry.inDegree)", "\(entry.node.mentions)", entry.node.type.rawValue,
                    entry.node.id, entry.node.label, TextTable.shorten(others.joined(separator: ", "), to: 70)]
        }
        return heading + "\n\n" + TextTable.render(header: ["DEGREE", "OUT", "IN", "MENTIONS", "TYPE", "ID", "LABEL", "OTHER NAMES"], rows: rows)
    }

    private struct JSONForm: Encodable {
        let type: EntityType?
        let sort: EntitySort
        let count: Int
        let entities: [Entry]

        init(_ report: EntityReport) {
            type = report.type
            sort = report.sort
            count = report.entities.count
            entities = report.entities.map(Entry.init)
        }

        enum CodingKeys: String, CodingKey { case type, sort, count, entities }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(type, forKey: .type)  // null when every type is listed
            try container.encode(sort, forKey: .sort)
            try container.encode(count, forKey: .count)
            try container.encode(entities, forKey: .entities)
        }
    }

    private struct Entry: Encodable {
        let id: String
        let label: String
        let type: EntityType
        let aliases: [String]
        let mentions: Int
        let articles: Int
        let degree: Int
        let outDegree: Int
        let inDegree: Int

        init(_ entry: EntitySummary) {
            id = entry.node.id
            label = entry.node.label
            type = entry.node.type
            aliases = entry.node.aliases
            mentions = entry.node.mentions
            articles = entry.node.articles.count
            degree = entry.degree
            outDegree = entry.outDegree
            inDegree = entry.inDegree
        }

        enum CodingKeys: String, CodingKey {
            case id, label, type, aliases, mentions, articles, degree, outDegree = "out_degree", inDegree = "in_degree"
        }
    }
}
