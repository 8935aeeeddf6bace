import Foundation

/// The folded names of a graph's nodes, for entity lookup.
///
/// Names are folded with `Folding.name`: case, accents, curly apostrophes, periods, possessive
/// endings, hyphens and a leading "the" fold away, so "Pakistan’s" and "pakistan" are one key.
struct NameIndex: Sendable {
    /// Folded label or alias → the nodes that carry it, ascending.
    let exact: [String: [Int32]]
    /// A proper word-suffix of a folded name ("munir" of "asim munir") → the nodes whose name ends
    /// with it, ascending.
    let suffixes: [String: [Int32]]
    /// The words of each titled node's titles (attribute `titles`), folded.
    let titleWords: [Int32: Set<String>]
    /// The folded label of each node, by node number.
    let labelKeys: [String]

    /// - Complexity: O(*n* · *a* · *w*) for *n* nodes with *a* names of *w* words each.
    init(_ nodes: [Node]) {
        var exact: [String: [Int32]] = [:]
        var suffixes: [String: [Int32]] = [:]
        var titleWords: [Int32: Set<String>] = [:]
        var labelKeys: [String] = []
        labelKeys.reserveCapacity(nodes.count)
        exact.reserveCapacity(nodes.count * 2)
        for (offset, node) in nodes.enumerated() {
            let number = Int32(offset)
            let label = Folding.name(node.label)
            labelKeys.append(label)
            var keys: Set<String> = [label]
            for alias in node.aliases where alias != node.label { keys.insert(Folding.name(alias)) }
            keys.remove("")
            for key in keys {
                exact[key, default: []].append(number)
                var words = key.split(separator: " ")
                var proper = Set<String>()
                while words.count > 1 {
                    words.removeFirst()
                    proper.insert(words.joined(separator: " "))
                }
                for suffix in proper where !keys.contains(suffix) && suffixes[suffix]?.last != number {
                    suffixes[suffix, default: []].append(number)
                }
            }
            let titles = node.attributes["titles"]?.strings ?? []
            if !titles.isEmpty {
                titleWords[number] = Set(titles.flatMap { Folding.name($0).split(separator: " ").map(String.init) })
            }
        }
        // Nodes were visited in ascending order and each is listed once per key, so the lists are sorted.
        self.exact = exact
        self.suffixes = suffixes
        self.titleWords = titleWords
        self.labelKeys = labelKeys
    }
}

/// A name index built on first use, once, whichever thread asks first.
final class LazyNameIndex: @unchecked Sendable {
    private let nodes: [Node]
    private let lock = NSLock()
    private var built: NameIndex?

    init(_ nodes: [Node]) {
        self.nodes = nodes
    }

    var value: NameIndex {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let index = NameIndex(nodes)
        built = index
        return index
    }
}
