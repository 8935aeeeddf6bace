/// How an edge's event is asserted by the text.
public enum Modality: String, Codable, Sendable, CaseIterable, Comparable {
    case asserted, reported, hypothetical

    /// Orders from strongest (`asserted`) to weakest (`hypothetical`).
    public static func < (lhs: Modality, rhs: Modality) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Where an edge was read: one sentence of one article.
public struct Evidence: Codable, Hashable, Sendable, Comparable {
    public var article: String
    /// Index of the sentence in the article, from 0 (the headline).
    public var sentence: Int
    /// Offsets of the sentence in the article text, in Unicode scalars, end exclusive.
    public var start: Int
    public var end: Int
    public var text: String

    public init(article: String, sentence: Int, start: Int, end: Int, text: String) {
        self.article = article
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
    }

    /// Orders by place in the article; `end` and `text` break ties, so that the order is total
    /// and evidence sorts the same way whatever order it came in.
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        (lhs.article, lhs.sentence, lhs.start, lhs.end, lhs.text) < (rhs.article, rhs.sentence, rhs.start, rhs.end, rhs.text)
    }
}

/// A typed, directed relation between two nodes, with the sentences that state it.
public struct Edge: Codable, Hashable, Sendable {
    /// `source|type|target`, with `|not` appended for a negated relation.
    public var id: String
    public var source: String
    public var target: String
    public var type: RelationType
    /// The word(s) of the text that state the relation.
    public var trigger: String
    public var negated: Bool
    public var modality: Modality
    public var evidence: [Evidence]
    /// Open attributes, such as `title` for `holds_role`.
    public var attributes: [String: JSONValue]

    public init(source: String, target: String, type: RelationType, trigger: String, negated: Bool = false,
                modality: Modality = .asserted, evidence: [Evidence] = [], attributes: [String: JSONValue] = [:]) {
        self.id = Edge.makeID(source: source, type: type, target: target, negated: negated)
        self.source = source
        self.target = target
        self.type = type
        self.trigger = trigger
        self.negated = negated
        self.modality = modality
        self.evidence = evidence
        self.attributes = attributes
    }

    /// The stable id of an edge with these ends, type and polarity.
    public static func makeID(source: String, type: RelationType, target: String, negated: Bool) -> String {
        "\(source)|\(type.rawValue)|\(target)" + (negated ? "|not" : "")
    }

    enum CodingKeys: String, CodingKey { case id, source, target, type, trigger, negated, modality, evidence, attributes }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        source = try c.decode(String.self, forKey: .source)
        target = try c.decode(String.self, forKey: .target)
        type = try c.decode(RelationType.self, forKey: .type)
        trigger = try c.decodeIfPresent(String.self, forKey: .trigger) ?? ""
        negated = try c.decodeIfPresent(Bool.self, forKey: .negated) ?? false
        modality = try c.decodeIfPresent(Modality.self, forKey: .modality) ?? .asserted
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
        attributes = try c.decodeIfPresent([String: JSONValue].self, forKey: .attributes) ?? [:]
    }
}
