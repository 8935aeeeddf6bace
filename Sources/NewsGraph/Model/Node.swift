/// One real-world entity: a node of the graph.
public struct Node: Codable, Hashable, Sendable {
    /// Stable id, `TYPE:slug-of-canonical-name`.
    public var id: String
    public var type: EntityType
    /// The fullest proper name seen.
    public var label: String
    /// Every name the entity was mentioned by, sorted, without duplicates.
    public var aliases: [String]
    /// Open attributes: `titles` (array), `kind` (organisation kind), `country`.
    public var attributes: [String: JSONValue]
    /// How many times the entity was mentioned, in all its articles.
    public var mentions: Int
    /// How many times each article (by id) mentions the entity.
    public var articles: [String: Int]

    public init(id: String, type: EntityType, label: String, aliases: [String] = [],
                attributes: [String: JSONValue] = [:], mentions: Int = 0, articles: [String: Int] = [:]) {
        self.id = id
        self.type = type
        self.label = label
        self.aliases = aliases
        self.attributes = attributes
        self.mentions = mentions
        self.articles = articles
    }

    enum CodingKeys: String, CodingKey { case id, type, label, aliases, attributes, mentions, articles }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        type = try c.decode(EntityType.self, forKey: .type)
        label = try c.decode(String.self, forKey: .label)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        attributes = try c.decodeIfPresent([String: JSONValue].self, forKey: .attributes) ?? [:]
        mentions = try c.decodeIfPresent(Int.self, forKey: .mentions) ?? 0
        articles = try c.decodeIfPresent([String: Int].self, forKey: .articles) ?? [:]
    }
}
