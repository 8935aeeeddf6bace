/// A node as the query reports name it in JSON: `id`, `label` and `type`.
struct EntityRef: Encodable {
    let id: String
    let label: String
    let type: EntityType

    init(_ node: Node) {
        id = node.id
        label = node.label
        type = node.type
    }
}
