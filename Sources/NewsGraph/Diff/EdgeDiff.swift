/// One relation of the union of graphs A and B: what it is on each side and what changed.
///
/// Relations are matched by stable id, except that an edge whose id differs only by the
/// `|not` suffix between A and B is one relation whose negation changed (status `.changed`,
/// with a `negated` change), not one removed and one added.
public struct EdgeDiff: Hashable, Sendable {
    /// The relation's id: B's id when it is in B, else A's.
    public let id: String
    public let status: DiffStatus
    /// The edge in A; nil when the relation is only in B.
    public let a: Edge?
    /// The edge in B; nil when the relation is only in A.
    public let b: Edge?
    /// The fields that differ (empty unless `status` is `.changed`), in the order
    /// `negated`, `modality`, `trigger`, `evidence`, then `attributes.KEY` by key.
    public let changes: [FieldChange]

    /// The edge to draw for this relation: B's version when it has one, else A's.
    public var edge: Edge { b ?? a! }

    /// Whether the relation is negated on one side and not on the other.
    public var negationChanged: Bool {
        guard let a, let b else { return false }
        return a.negated != b.negated
    }

    init(a: Edge?, b: Edge?) {
        self.id = b?.id ?? a!.id
        self.a = a
        self.b = b
        if let a, let b {
            changes = EdgeDiff.changes(a, b)
            status = changes.isEmpty ? .unchanged : .changed
        } else {
            changes = []
            status = a == nil ? .added : .removed
        }
    }

    private init(id: String, status: DiffStatus, a: Edge?, b: Edge?, changes: [FieldChange]) {
        self.id = id
        self.status = status
        self.a = a
        self.b = b
        self.changes = changes
    }

    /// The same relation seen from the other side. (For a negation change, `id` becomes the
    /// other side's id.)
    public var mirrored: EdgeDiff {
        EdgeDiff(id: a?.id ?? b!.id, status: status.mirrored, a: b, b: a, changes: changes.map(\.mirrored))
    }

    /// The compared fields of two edges that are one relation. The evidence is compared by its
    /// number of sentences only: two articles never share a sentence.
    /// - Complexity: O(1), plus O(k log k) in the number of attribute values when attributes differ.
    static func changes(_ a: Edge, _ b: Edge) -> [FieldChange] {
        var changes: [FieldChange] = []
        if a.negated != b.negated {
            changes.append(FieldChange(field: "negated", a: .bool(a.negated), b: .bool(b.negated)))
        }
        if a.modality != b.modality {
            changes.append(FieldChange(field: "modality", a: .string(a.modality.rawValue), b: .string(b.modality.rawValue)))
        }
        if a.trigger != b.trigger {
            changes.append(FieldChange(field: "trigger", a: .string(a.trigger), b: .string(b.trigger)))
        }
        if a.evidence.count != b.evidence.count {
            changes.append(FieldChange(field: "evidence", a: .number(Double(a.evidence.count)), b: .number(Double(b.evidence.count))))
        }
        changes += NodeDiff.attributeChanges(a.attributes, b.attributes)
        return changes
    }

    /// The id of the same relation with the other polarity: `|not` added or removed.
    static func toggledID(_ id: String) -> String {
        id.hasSuffix("|not") ? String(id.dropLast(4)) : id + "|not"
    }
}
