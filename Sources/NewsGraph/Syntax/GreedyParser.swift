/// Greedy arc-hybrid parsing: at each step the best-scoring valid move, and for each arc the
/// best-scoring label. Exactly 2n moves for n words, so O(n × features).
enum GreedyParser {
    /// Parses `words` (n words followed by `ParserWord.root`).
    static func parse<T: LinearScorer, L: LinearScorer>(_ words: UnsafeBufferPointer<ParserWord>, transitions: T, labels: L,
                                                         rootLabel: Int) -> ArcHybridState {
        let n = words.count - 1
        var state = ArcHybridState(count: n)
        let keyCapacity = max(ParserFeatures.maxTransitionCount, ParserFeatures.maxLabelCount)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: keyCapacity) { keys in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: max(labels.classCount, 3)) { scores in
                let keys = keys.baseAddress!, scores = scores.baseAddress!
                while !state.isTerminal {
                    let move: Move
                    if state.stack.count == 1 {
                        move = .shift  // the only valid move: nothing to score
                    } else if state.front == n {
                        move = .right
                    } else {
                        let count = ParserFeatures.transition(state, words, into: keys)
                        scores[0] = 0; scores[1] = 0; scores[2] = 0
                        transitions.addScores(keys, count, scores)
                        var best = -1
                        for m in 0..<3 where state.isValid(Move(rawValue: m)!) && (best < 0 || scores[m] > scores[best]) { best = m }
                        move = Move(rawValue: best)!
                    }
                    var label = -1
                    if move != .shift {
                        let (dependent, head) = state.arc(move)
                        label = head == n ? rootLabel : bestLabel(state, words, dependent: dependent, head: head, labels, rootLabel, keys, scores)
                    }
                    state.apply(move, label: label)
                }
            }
        }
        return state
    }

    /// The best label other than root for the arc `head` → `dependent`.
    @inline(__always)
    static func bestLabel<L: LinearScorer>(_ state: ArcHybridState, _ words: UnsafeBufferPointer<ParserWord>, dependent: Int, head: Int,
                                           _ labels: L, _ rootLabel: Int, _ keys: UnsafeMutablePointer<UInt64>,
                                           _ scores: UnsafeMutablePointer<Float>) -> Int {
        let count = ParserFeatures.label(state, words, dependent: dependent, head: head, into: keys)
        let classCount = labels.classCount
        for c in 0..<classCount { scores[c] = 0 }
        labels.addScores(keys, count, scores)
        var best = rootLabel == 0 ? 1 : 0
        for c in 0..<classCount where c != rootLabel && scores[c] > scores[best] { best = c }
        return best
    }
}
