import Foundation

/// How a lookup query named the entity it found.
public enum NameMatch: String, Sendable, Hashable, Codable {
    /// The query is the node's id, such as `person:asim-munir` (exactly, or in another case).
    case id
    /// The query, folded, is the node's label or one of its aliases: "asim munir", "Pakistan’s".
    case name
    /// The query ends with a name of the node after words that are the node's titles
    /// ("Field Marshal Asim Munir", "President Trump"), or after any words when that name has two
    /// words or more ("Pakistan’s Field Marshal Asim Munir").
    case titledName = "titled_name"
    /// The query is the last word or words of one of the node's names: "Rubio" of "Marco Rubio".
    case nameSuffix = "name_suffix"
}

/// A node that a lookup query might mean.
public struct EntityCandidate: Sendable, Hashable {
    /// The node.
    public let node: Node
    /// The folded name of the node that the query matched or came nearest to.
    public let name: String
    /// The edit distance between the folded query and ``name``: 0 for a match.
    public let distance: Int

    /// A candidate: `node`, the folded `name` it matched or came near, and the edit `distance`.
    public init(node: Node, name: String, distance: Int) {
        self.node = node
        self.name = name
        self.distance = distance
    }
}

/// What an entity name or id names in a graph.
public enum EntityLookup: Sendable, Hashable {
    /// Exactly one node, and how the query named it.
    case found(Node, NameMatch)
    /// Several nodes carry the name; they are listed by id.
    case ambiguous([EntityCandidate])
    /// No node carries the name; the nearest names are suggested, nearest first.
    case unknown(suggestions: [EntityCandidate])

    /// The node found, or nil when the query was ambiguous or unknown.
    public var node: Node? {
        if case .found(let node, _) = self { return node }
        return nil
    }
}

extension GraphIndex {
    /// Finds the node a user means by a name or an id.
    ///
    /// The query is tried, in order, as:
    /// 1. a node id (`person:asim-munir`), exactly or ignoring case;
    /// 2. a label or alias, folded (case, accents, curly apostrophes, periods, possessives, a
    ///    leading "the"): "munir", "Asim Munir", "Pakistan’s";
    /// 3. a name after titles of its node ("Field Marshal Asim Munir", "President Trump"), or a
    ///    name of two words or more after any words; the longest such name wins;
    /// 4. the last word or words of a name ("Rubio" → "Marco Rubio").
    ///
    /// The first step that matches decides: one node is ``EntityLookup/found(_:_:)``, several are
    /// ``EntityLookup/ambiguous(_:)``. When no step matches, the result is
    /// ``EntityLookup/unknown(suggestions:)`` with the five nearest names (see ``suggestions(for:limit:)``).
    /// - Complexity: O(*q*) for a query of *q* words when it matches; when it does not, the cost of
    ///   ``suggestions(for:limit:)``.
    public func lookup(_ query: String) -> EntityLookup {
        if let number = nodeNumbers[query] { return .found(graph.nodes[Int(number)], .id) }
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if let number = nodeNumbers[trimmed] { return .found(graph.nodes[Int(number)], .id) }

        let folded = Folding.name(query)
        guard !folded.isEmpty else { return .unknown(suggestions: []) }
        if let numbers = names.exact[folded] { return result(numbers, name: folded, match: .name) }

        let words = folded.split(separator: " ")
        for dropped in 1..<max(words.count, 1) {
            let name = words[dropped...].joined(separator: " ")
            guard let numbers = names.exact[name] else { continue }
            let prefix = words[..<dropped]
            let fitting = numbers.filter { number in
                words.count - dropped >= 2 || prefix.allSatisfy { names.titleWords[number]?.contains(String($0)) ?? false }
            }
            if !fitting.isEmpty { return result(fitting, name: name, match: .titledName) }
        }

        if let numbers = names.suffixes[folded] { return result(numbers, name: folded, match: .nameSuffix) }
        return .unknown(suggestions: suggestions(for: query))
    }

    private func result(_ numbers: [Int32], name: String, match: NameMatch) -> EntityLookup {
        if numbers.count == 1 { return .found(graph.nodes[Int(numbers[0])], match) }
        return .ambiguous(numbers.map { EntityCandidate(node: graph.nodes[Int($0)], name: name, distance: 0) })
    }

    /// The nodes whose names are nearest to a query: Levenshtein distance between the folded query
    /// and each folded label, alias and last words of a name; one entry per node, nearest first,
    /// ties by folded label and then id.
    /// - Complexity: O(*m* · *q*) for *m* characters of names in the graph and a query of *q* characters.
    public func suggestions(for query: String, limit: Int = 5) -> [EntityCandidate] {
        let folded = Array(Folding.name(query).unicodeScalars)
        guard !folded.isEmpty, limit > 0 else { return [] }
        var best: [Int32: (distance: Int, name: String)] = [:]
        func consider(_ name: String, _ numbers: [Int32]) {
            let distance = EditDistance.between(folded, Array(name.unicodeScalars))
            for number in numbers where best[number].map({ distance < $0.distance || (distance == $0.distance && name < $0.name) }) ?? true {
                best[number] = (distance, name)
            }
        }
        for (name, numbers) in names.exact { consider(name, numbers) }
        for (name, numbers) in names.suffixes { consider(name, numbers) }
        let ranked = best.sorted { a, b in
            (a.value.distance, names.labelKeys[Int(a.key)], a.key) < (b.value.distance, names.labelKeys[Int(b.key)], b.key)
        }
        return ranked.prefix(limit).map { EntityCandidate(node: graph.nodes[Int($0.key)], name: $0.value.name, distance: $0.value.distance) }
    }
}
