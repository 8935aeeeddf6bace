/// A gold sentence prepared for training: word features, tag indices, heads (the root is
/// index n) and label indices into the model's relation list.
struct TrainingSentence {
    var words: [WordFeatures]
    var goldTags: [UInt8]
    var heads: [Int32]
    var labels: [Int32]

    init(_ sentence: CoNLLUSentence, relations: [DependencyRelation]) {
        words = sentence.words.map(WordFeatures.init)
        goldTags = sentence.tags.map { (UPOS(name: $0) ?? .x).rawValue }
        let n = sentence.words.count
        heads = sentence.heads.map { $0 < 0 || $0 >= n ? Int32(n) : Int32($0) }
        labels = sentence.relations.map { label in
            let relation = DependencyRelation(label: label) ?? .dep
            return Int32(relations.firstIndex(of: relation) ?? relations.firstIndex(of: relation.universal) ?? relations.firstIndex(of: .dep)!)
        }
    }

    /// Whether the gold tree has a single root and no cycles, so it can be trained on.
    var isTree: Bool {
        let n = heads.count
        guard heads.filter({ $0 == Int32(n) }).count == 1 else { return false }
        for start in 0..<n {
            var current = Int(heads[start]), steps = 0
            while current != n {
                steps += 1
                if steps > n { return false }
                current = Int(heads[current])
            }
        }
        return true
    }

    /// Whether arc (head, dependent) has a word between them that is not its head's descendant.
    private func isNonProjective(_ dependent: Int) -> Bool {
        let n = heads.count
        let head = Int(heads[dependent])
        let low = min(head == n ? -1 : head, dependent) + 1, high = max(head == n ? n : head, dependent)
        if head == n { return false }
        for between in low..<high {
            var current = Int(heads[between])
            var dominated = false
            while current != n {
                if current == head { dominated = true; break }
                current = Int(heads[current])
            }
            if !dominated { return true }
        }
        return false
    }

    /// Lifts non-projective arcs (the shortest first) to the head's head until the tree is
    /// projective, so the arc-hybrid system can build it. Labels are kept. O(n³) at worst.
    mutating func projectivise() {
        while true {
            var shortest = -1, shortestLength = Int.max
            for dependent in heads.indices where isNonProjective(dependent) {
                let length = abs(Int(heads[dependent]) - dependent)
                if length < shortestLength { shortest = dependent; shortestLength = length }
            }
            guard shortest >= 0 else { return }
            heads[shortest] = heads[Int(heads[shortest])]
        }
    }
}
