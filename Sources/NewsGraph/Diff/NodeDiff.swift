/// One entity of the union of graphs A and B: what it is on each side and what changed.
public struct NodeDiff: Hashable, Sendable {
    /// The node's id (the same on both sides: entities are matched by stable id).
    public let id: String
    public let status: DiffStatus
    /// The node in A; nil when the entity is only in B.
    public let a: Node?
    /// The node in B; nil when the entity is only in A.
    public let b: Node?
    /// The fields that differ (empty unless `status` is `.changed`), in the order
    /// `type`, `label`, `aliases`, then `attributes.KEY` by key.
    public let changes: [FieldChange]
    /// For an added or removed entity: the ids of entities on the other side, themselves only
    /// there, that share a folded alias with it (the same actor under another id, perhaps).
    /// Sorted; empty when there are none.
    public internal(set) var possibleMatches: [String]

    /// The node to draw for this entity: B's version when it has one, else A's.
    public var node: Node { b ?? a! }

    init(a: Node?, b: Node?) {
        self.id = b?.id ?? a!.id
        self.a = a
        self.b = b
        if let a, let b {
            changes = NodeDiff.changes(a, b)
            status = changes.isEmpty ? .unchanged : .changed
        } else {
            changes = []
            status = a == nil ? .added : .removed
        }
        possibleMatches = []
    }

    private init(id: String, status: DiffStatus, a: Node?, b: Node?, changes: [FieldChange], possibleMatches: [String]) {
        self.id = id
        self.status = status
        self.a = a
        self.b = b
        self.changes = changes
        self.possibleMatches = possibleMatches
    }

    /// The same entity seen from the other side.
    public var mirrored: NodeDiff {
        NodeDiff(id: id, status: status.mirrored, a: b, b: a, changes: changes.map(\.mirrored), possibleMatches: possibleMatches)
    }

    /// The compared fields of two nodes with the same id. Mentions and per-article counts are
    /// not compared: they say where an entity was read, not what the graph says about it.
    /// - Complexity: O(k log k) in the number of aliases and attribute values.
    static func changes(_ a: Node, _ b: Node) -> [FieldChange] {
        var changes: [FieldChange] = []
        if a.type != b.type {
            changes.append(FieldChange(field: "type", a: .string(a.type.rawValue), b: .string(b.type.rawValue)))
        }
        if a.label != b.label {
            changes.append(FieldChange(field: "label", a: .string(a.label), b: .string(b.label)))
        }
        if a.aliases != b.aliases, let change = FieldChange.set("aliases", a: .array(a.aliases.map(JSONValue.string)),
                                                                b: .array(b.aliases.map(JSONValue.string)), aItems: a.aliases, bItems: b.aliases) {
            changes.append(change)
        }
        changes += attributeChanges(a.attributes, b.attributes)
        return changes
    }

    /// The attributes that differ, by key. Lists of strings (such as `titles`) are compared as
    /// sets and report the strings added and removed; other values are compared whole.
    static func attributeChanges(_ a: [String: JSONValue], _ b: [String: JSONValue]) -> [FieldChange] {
        if a == b { return [] }
        var changes: [FieldChange] = []
        for key in Set(a.keys).union(b.keys).sorted() {
            let valueA = a[key] ?? .null, valueB = b[key] ?? .null
            guard valueA != valueB else { continue }
            let field = "attributes." + key
            if let itemsA = stringList(valueA), let itemsB = stringList(valueB) {
                if let change = FieldChange.set(field, a: valueA, b: valueB, aItems: itemsA, bItems: itemsB) { changes.append(change) }
            } else {
                changes.append(FieldChange(field: field, a: valueA, b: valueB))
            }
        }
        return changes
    }

    /// The strings of an array of strings (or of null, as an empty list); nil for any other value.
    private static func stringList(_ value: JSONValue) -> [String]? {
        switch value {
        case .null: return []
        case .array(let items):
            var strings: [String] = []
            for item in items {
                guard case .string(let s) = item else { return nil }
                strings.append(s)
            }
            return strings
        default: return nil
        }
    }
}
