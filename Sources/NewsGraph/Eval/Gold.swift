import Foundation

/// An input file of the scorer that could not be used.
public struct ScoreInputError: Error, CustomStringConvertible, Sendable {
    /// What went wrong.
    public enum Kind: Sendable {
        /// The file does not exist or cannot be read.
        case missing
        /// The file is not JSON, or not of the expected shape.
        case malformed
        /// The requested article is not in the gold file.
        case unknownArticle
    }

    /// What went wrong.
    public let kind: Kind
    /// The file concerned.
    public let path: String
    /// A one-line explanation.
    public let message: String

    /// `path: message`.
    public var description: String { "\(path): \(message)" }
}

/// A JSON value as Python's `json` module reads it: `1` and `1.0` stay apart for `str()`,
/// while `==` and hashing follow Python (`true == 1 == 1.0`).
enum LooseJSON: Hashable, Sendable {
    case null, bool(Bool), int(Int), float(Double), string(String)
    case array([LooseJSON]), object([String: LooseJSON])

    /// Reads a JSON file, any top-level value.
    static func read(path: String) throws -> LooseJSON {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: path) else {
            throw ScoreInputError(kind: .missing, path: path, message: "no such file")
        }
        do {
            return LooseJSON(try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
        } catch {
            throw ScoreInputError(kind: .malformed, path: path, message: "not valid JSON")
        }
    }

    init(_ any: Any) {
        switch any {
        case let string as String: self = .string(string)
        case let number as NSNumber:
            switch String(cString: number.objCType) {
            case "c", "B": self = .bool(number.boolValue)
            case "d", "f": self = .float(number.doubleValue)
            case "Q" where number.uint64Value > UInt64(Int.max): self = .float(number.doubleValue)
            default: self = .int(number.intValue)
            }
        case let array as [Any]: self = .array(array.map(LooseJSON.init))
        case let object as [String: Any]: self = .object(object.mapValues(LooseJSON.init))
        default: self = .null
        }
    }

    /// `value.get(key)` for a dict; nil for a missing key or a value that is not a dict.
    subscript(key: String) -> LooseJSON? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    var string: String? { if case .string(let s) = self { return s } else { return nil } }
    var isObject: Bool { if case .object = self { return true } else { return false } }

    /// Python's `bool(value)`.
    var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .string(let s): return !s.isEmpty
        case .array(let a): return !a.isEmpty
        case .object(let o): return !o.isEmpty
        }
    }

    /// The items of `for x in (value or [])`: a list's elements, a dict's keys, a string's characters.
    var items: [LooseJSON] {
        switch self {
        case .array(let a): return a
        case .object(let o): return o.keys.sorted().map(LooseJSON.string)
        case .string(let s): return s.unicodeScalars.map { .string(String($0)) }
        default: return []
        }
    }

    /// Python's `str(value)`.
    var pyStr: String {
        switch self {
        case .string(let s): return s
        default: return pyRepr
        }
    }

    /// Python's `repr(value)`.
    var pyRepr: String {
        switch self {
        case .null: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return LooseJSON.floatRepr(d)
        case .string(let s): return LooseJSON.stringRepr(s)
        case .array(let a): return "[" + a.map(\.pyRepr).joined(separator: ", ") + "]"
        case .object(let o):
            return "{" + o.keys.sorted().map { LooseJSON.stringRepr($0) + ": " + o[$0]!.pyRepr }.joined(separator: ", ") + "}"
        }
    }

    private var number: Double? {
        switch self {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return Double(i)
        case .float(let d): return d
        default: return nil
        }
    }

    static func == (lhs: LooseJSON, rhs: LooseJSON) -> Bool {
        if let a = lhs.number, let b = rhs.number { return a == b }
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.string(let a), .string(let b)): return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)): return a == b
        default: return false
        }
    }

    func hash(into hasher: inout Hasher) {
        if let n = number { hasher.combine(n); return }
        switch self {
        case .string(let s): hasher.combine(Array(s.unicodeScalars.map(\.value)))
        case .array(let a): hasher.combine(a)
        case .object(let o): hasher.combine(o.count)
        default: hasher.combine(0)
        }
    }

    private static func stringRepr(_ s: String) -> String {
        let quote: Unicode.Scalar = s.contains("'") && !s.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for c in s.unicodeScalars {
            switch c {
            case quote, "\\": out += "\\" + String(c)
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default:
                if c.value >= 0x20 && c.value < 0x7F || c.value > 0x7F && isPrintable(c) {
                    out.unicodeScalars.append(c)
                } else if c.value <= 0xFF {
                    out += String(format: "\\x%02x", c.value)
                } else if c.value <= 0xFFFF {
                    out += String(format: "\\u%04x", c.value)
                } else {
                    out += String(format: "\\U%08x", c.value)
                }
            }
        }
        return out + String(quote)
    }

    private static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default: return true
        }
    }

    /// Python's `repr(float)`: shortest round-trip digits, exponent form below 1e-4 or from 1e16.
    private static func floatRepr(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
        let text = "\(abs(d))"
        let parts = text.split(separator: "e")
        let exponent = parts.count > 1 ? Int(parts[1])! : 0
        let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        var digits = String(mantissa[0]) + (mantissa.count > 1 ? String(mantissa[1]) : "")
        var point = mantissa[0].count + exponent
        while digits.hasPrefix("0") { digits.removeFirst(); point -= 1 }
        while digits.hasSuffix("0") { digits.removeLast() }
        let sign = d < 0 ? "-" : ""
        if point - 1 < -4 || point - 1 >= 16 {
            let e = point - 1
            let rest = digits.count > 1 ? "." + digits.dropFirst() : ""
            return sign + String(digits.first!) + rest + "e" + (e < 0 ? "-" : "+") + (abs(e) < 10 ? "0" : "") + String(abs(e))
        }
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
        if point >= digits.count { return sign + digits + String(repeating: "0", count: point - digits.count) + ".0" }
        return sign + digits.prefix(point) + "." + digits.dropFirst(point)
    }
}

/// One gold entity, with the folded names it may be matched by.
struct GoldEntity {
    var id: LooseJSON
    var type: LooseJSON
    /// The type and its alt_types.
    var types: Set<LooseJSON>
    /// The first folded alias (or label): preferred when a node's label is compared.
    var canonical: String
    var names: Set<String>
    var optional: Bool
}

/// One gold relation between two gold entity ids.
struct GoldRelation {
    var index: Int
    var source: LooseJSON
    var target: LooseJSON
    var type: LooseJSON
    /// The type and its alt_types, in order.
    var types: [LooseJSON]
    /// The lenient groups of `types`.
    var groups: Set<String>
    var optional: Bool
}

/// The gold annotations of one article.
struct GoldArticle {
    var id: String
    var entities: [GoldEntity]
    var relations: [GoldRelation]
}

/// The gold file: `{"articles": [{"id", "entities", "relations"}]}`, or a bare list of articles
/// (`score.py`'s `load_gold`).
enum Gold {
    static func load(path: String) throws -> [GoldArticle] {
        let data = try LooseJSON.read(path: path)
        func malformed(_ message: String) -> ScoreInputError { ScoreInputError(kind: .malformed, path: path, message: message) }
        let articles: [LooseJSON]
        switch data {
        case .object: articles = data["articles"]?.items ?? []
        case .array(let list): articles = list
        default: throw malformed("expected an object with \"articles\"")
        }
        // Like score.py's OrderedDict: a repeated id replaces the earlier article in its place.
        var result: [GoldArticle] = []
        var position: [String: Int] = [:]
        for (index, article) in articles.enumerated() {
            guard article.isObject, let id = article["id"]?.string else { throw malformed("articles[\(index)]: missing string \"id\"") }
            let entities = try (article["entities"]?.items ?? []).map { entity in
                guard entity.isObject, let entityID = entity["id"] else { throw malformed("article \(id): an entity has no \"id\"") }
                return goldEntity(entity, id: entityID)
            }
            let relations = try (article["relations"]?.items ?? []).enumerated().map { index, relation in
                guard relation.isObject else { throw malformed("article \(id): relation \(index) is not an object") }
                return goldRelation(relation, index: index)
            }
            let parsed = GoldArticle(id: id, entities: entities, relations: relations)
            if let at = position[id] { result[at] = parsed } else { position[id] = result.count; result.append(parsed) }
        }
        return result
    }

    private static func goldEntity(_ e: LooseJSON, id: LooseJSON) -> GoldEntity {
        let aliases = (e["aliases"]?.items ?? []).map(foldValue)
        var names = Set(aliases.filter { !$0.isEmpty })
        for key in ["label", "name"] {
            let folded = foldValue(e[key] ?? .null)
            if !folded.isEmpty { names.insert(folded) }
        }
        if names.isEmpty { names.insert(NameFold.slugName((e["id"] ?? .string("")).pyStr)) }
        let label = e["label"].flatMap { $0.isTruthy ? $0 : nil } ?? .string("")
        let first = (aliases + [foldValue(label)]).first { !$0.isEmpty }
        let type = e["type"] ?? .null
        return GoldEntity(id: id, type: type, types: Set([type] + (e["alt_types"]?.items ?? [])),
                          canonical: first ?? NameFold.slugName(id.pyStr), names: names,
                          optional: e["optional"]?.isTruthy ?? false)
    }

    private static func goldRelation(_ r: LooseJSON, index: Int) -> GoldRelation {
        let type = r["type"] ?? .null
        let types = [type] + (r["alt_types"]?.items ?? [])
        return GoldRelation(index: index, source: r["source"] ?? .null, target: r["target"] ?? .null, type: type,
                            types: types, groups: Set(types.map(relationGroup)), optional: r["optional"]?.isTruthy ?? false)
    }

    /// `fold` of a JSON value: "" for anything but a string.
    static func foldValue(_ value: LooseJSON) -> String { value.string.map(NameFold.fold) ?? "" }

    /// The lenient group of a relation type: "structural", a CAMEO quad class, or "unknown:TYPE".
    static func relationGroup(_ type: LooseJSON) -> String {
        if let name = type.string, let relation = RelationType(rawValue: name) { return relation.relationClass.rawValue }
        return "unknown:" + type.pyStr
    }
}
