/// A relation read from one sentence, before edges are merged.
struct FoundRelation: Sendable, Hashable {
    var source: String
    var target: String
    var type: RelationType
    var trigger: String
    var negated: Bool = false
    var modality: Modality = .asserted
    var sentence: Int
    var attributes: [String: JSONValue] = [:]
}
