import Foundation

/// One field of an entity or relation that differs between graph A and graph B.
///
/// Field names: `type`, `label`, `aliases` and `attributes.KEY` (such as `attributes.titles`)
/// for entities; `negated`, `modality`, `trigger`, `evidence` (the number of evidence
/// sentences) and `attributes.KEY` for relations.
public struct FieldChange: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The field's name, as listed above.
    public let field: String
    /// The value in A; `.null` when A lacks the field.
    public let a: JSONValue
    /// The value in B; `.null` when B lacks the field.
    public let b: JSONValue
    /// For a list of strings (aliases, titles): the strings only in B, sorted. Empty otherwise.
    public let added: [String]
    /// For a list of strings (aliases, titles): the strings only in A, sorted. Empty otherwise.
    public let removed: [String]

    public init(field: String, a: JSONValue, b: JSONValue, added: [String] = [], removed: [String] = []) {
        self.field = field
        self.a = a
        self.b = b
        self.added = added
        self.removed = removed
    }

    /// A change of a list of strings compared as a set; nil when both hold the same strings.
    /// - Complexity: O(n log n) in the number of strings.
    static func set(_ field: String, a: JSONValue, b: JSONValue, aItems: [String], bItems: [String]) -> FieldChange? {
        let setA = Set(aItems), setB = Set(bItems)
        guard setA != setB else { return nil }
        return FieldChange(field: field, a: a, b: b, added: setB.subtracting(setA).sorted(), removed: setA.subtracting(setB).sorted())
    }

    /// Whether this is a change of a list of strings (reported as strings added and removed).
    public var isSetChange: Bool { !added.isEmpty || !removed.isEmpty }

    /// The same change seen from the other side: `a` and `b` swap, and so do `added` and `removed`.
    public var mirrored: FieldChange { FieldChange(field: field, a: b, b: a, added: removed, removed: added) }

    /// One line for a changelog or a tooltip: `label: "A" → "B"`, `aliases: +"X" -"Y"`,
    /// `evidence sentences: 1 → 2`.
    public var description: String {
        if isSetChange {
            return "\(field): " + (added.map { "+" + quoted($0) } + removed.map { "-" + quoted($0) }).joined(separator: " ")
        }
        if field == "evidence" { return "evidence sentences: \(FieldChange.render(a)) → \(FieldChange.render(b))" }
        return "\(field): \(FieldChange.render(a)) → \(FieldChange.render(b))"
    }

    /// A compact, one-line rendering of a JSON value: strings quoted, `(none)` for null.
    static func render(_ value: JSONValue) -> String {
        switch value {
        case .string(let s): return quoted(s)
        case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .bool(let b): return String(b)
        case .null: return "(none)"
        case .array(let items): return "[" + items.map(render).joined(separator: ", ") + "]"
        case .object(let fields):
            return "{" + fields.keys.sorted().map { "\(quoted($0)): \(render(fields[$0]!))" }.joined(separator: ", ") + "}"
        }
    }

    enum CodingKeys: String, CodingKey { case field, a, b, added, removed }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(field, forKey: .field)
        try c.encode(a, forKey: .a)
        try c.encode(b, forKey: .b)
        try c.encode(added, forKey: .added)
        try c.encode(removed, forKey: .removed)
    }
}

/// A string in double quotes, with quotes and backslashes escaped.
func quoted(_ s: String) -> String {
    "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}
