/// The tags and dependency tree of one sentence.
public struct DependencyParse: Sendable, Equatable {
    /// The words as given.
    public let words: [String]
    /// One part-of-speech tag per word.
    public let tags: [UPOS]
    /// The 0-based index of each word's head; -1 for the root (exactly one word when non-empty).
    public let heads: [Int]
    /// The relation of each word to its head (`root` for the root).
    public let relations: [DependencyRelation]

    public init(words: [String], tags: [UPOS], heads: [Int], relations: [DependencyRelation]) {
        precondition(tags.count == words.count && heads.count == words.count && relations.count == words.count)
        self.words = words
        self.tags = tags
        self.heads = heads
        self.relations = relations
    }

    /// The index of the root word, or nil for an empty sentence. O(n).
    public var root: Int? { heads.firstIndex(of: -1) }

    /// The dependents of word `index` in sentence order. O(n).
    public func children(of index: Int) -> [Int] {
        heads.indices.filter { heads[$0] == index }
    }

    /// The dependents of word `index` attached by `relation` (compared exactly, subtype
    /// included), in sentence order. O(n).
    public func children(of index: Int, _ relation: DependencyRelation) -> [Int] {
        heads.indices.filter { heads[$0] == index && relations[$0] == relation }
    }

    /// The dependents of word `index` whose relation without subtype is `universal`
    /// (`nsubj` finds `nsubj` and `nsubj:pass`), in sentence order. O(n).
    public func children(of index: Int, universal: DependencyRelation) -> [Int] {
        heads.indices.filter { heads[$0] == index && relations[$0].universal == universal }
    }

    /// The word's head, then its head's head, up to the root (not including `index`). O(depth).
    public func ancestors(of index: Int) -> [Int] {
        var result: [Int] = []
        var current = heads[index]
        while current >= 0 && result.count < heads.count {
            result.append(current)
            current = heads[current]
        }
        return result
    }

    /// The word and all its descendants, sorted. O(n) after an O(n) child index.
    public func subtree(of index: Int) -> [Int] {
        var children = [[Int]](repeating: [], count: heads.count)
        for (word, head) in heads.enumerated() where head >= 0 { children[head].append(word) }
        var result: [Int] = []
        var pending = [index]
        while let next = pending.popLast() {
            result.append(next)
            pending.append(contentsOf: children[next])
        }
        return result.sorted()
    }
}
