/// Trains the parser with the dynamic oracle of Goldberg and Nivre (2013) for arc-hybrid: at
/// each step the cost of a move is the number of gold arcs it makes unreachable; the model is
/// updated when its best valid move costs more than the cheapest, and after the first epoch it
/// follows its own (possibly wrong) move with probability `exploration`, so it learns to
/// recover from its mistakes. Labels are learnt on the arcs that are right.
enum ParserTrainer {
    struct Result {
        var transitions: WeightTable
        var labels: WeightTable
    }

    static func train(_ sentences: [TrainingSentence], tags: [[UInt8]], labelCount: Int, rootLabel: Int,
                      epochs: Int, exploration: Double, seed: UInt64, threshold: Float) -> Result {
        let transitions = AveragedPerceptron(classCount: 3)
        let labels = AveragedPerceptron(classCount: labelCount)
        var random = SplitMix64(seed: seed)
        var order = Array(sentences.indices)
        let inputs = zip(sentences, tags).map { parserWords($0.0, tags: $0.1) }
        var keys = [UInt64](repeating: 0, count: max(ParserFeatures.maxTransitionCount, ParserFeatures.maxLabelCount))
        var scores = [Float](repeating: 0, count: max(labelCount, 3))
        for epoch in 0..<epochs {
            random.shuffle(&order)
            for index in order {
                let gold = sentences[index]
                inputs[index].withUnsafeBufferPointer { words in
                    keys.withUnsafeMutableBufferPointer { keys in
                        scores.withUnsafeMutableBufferPointer { scores in
                            trainSentence(gold, words, transitions, labels, rootLabel: rootLabel,
                                          explore: epoch > 0 ? exploration : 0, &random, keys.baseAddress!, scores.baseAddress!)
                        }
                    }
                }
            }
        }
        return Result(transitions: transitions.frozen(threshold: threshold), labels: labels.frozen(threshold: threshold))
    }

    static func parserWords(_ sentence: TrainingSentence, tags: [UInt8]) -> [ParserWord] {
        var words = zip(sentence.words, tags).map { ParserWord(word: $0.0.lower, tag: UInt64($0.1) + 1, suffix: $0.0.suffix3, shape: $0.0.shape) }
        words.append(.root)
        return words
    }

    private static func trainSentence(_ gold: TrainingSentence, _ words: UnsafeBufferPointer<ParserWord>, _ transitions: AveragedPerceptron,
                                      _ labels: AveragedPerceptron, rootLabel: Int, explore: Double, _ random: inout SplitMix64,
                                      _ keys: UnsafeMutablePointer<UInt64>, _ scores: UnsafeMutablePointer<Float>) {
        let n = gold.heads.count
        var state = ArcHybridState(count: n)
        while !state.isTerminal {
            let count = ParserFeatures.transition(state, words, into: keys)
            scores[0] = 0; scores[1] = 0; scores[2] = 0
            transitions.addScores(keys, count, scores)
            var guess: Move? = nil, best: Move? = nil
            var costs = [Int](repeating: Int.max, count: 3)
            for move in [Move.shift, .left, .right] where state.isValid(move) {
                costs[move.rawValue] = cost(move, state, gold.heads)
            }
            let cheapest = costs.min()!
            for move in [Move.shift, .left, .right] where state.isValid(move) {
                if guess == nil || scores[move.rawValue] > scores[guess!.rawValue] { guess = move }
                if costs[move.rawValue] == cheapest && (best == nil || scores[move.rawValue] > scores[best!.rawValue]) { best = move }
            }
            transitions.tick()
            if costs[guess!.rawValue] > cheapest {
                transitions.update(keys, count, truth: best!.rawValue, guess: guess!.rawValue)
            }
            let move = explore > 0 && random.unit() < explore ? guess! : best!
            var label = -1
            if move != .shift {
                let (dependent, head) = state.arc(move)
                if head == n { label = rootLabel } else {
                    label = GreedyParser.bestLabel(state, words, dependent: dependent, head: head, labels, rootLabel, keys, scores)
                    if Int(gold.heads[dependent]) == head {
                        let count = ParserFeatures.label(state, words, dependent: dependent, head: head, into: keys)
                        labels.tick()
                        labels.update(keys, count, truth: Int(gold.labels[dependent]), guess: label)
                    }
                }
            }
            state.apply(move, label: label)
        }
    }

    /// The number of gold arcs that `move` makes unreachable (the root's arc included).
    static func cost(_ move: Move, _ state: ArcHybridState, _ heads: [Int32]) -> Int {
        let n = state.count
        let b = state.front, s0 = state.s0, s1 = state.s1
        var cost = 0
        switch move {
        case .shift:
            let goldHead = Int(heads[b])
            for item in state.stack where item != Int32(n) && heads[Int(item)] == Int32(b) { cost += 1 }
            if goldHead != s0 && state.stack.contains(Int32(goldHead)) { cost += 1 }
        case .left, .right:
            let goldHead = Int(heads[s0])
            let head = move == .left ? b : s1
            if goldHead != head {
                if move == .left && goldHead == s1 { cost += 1 }
                if goldHead >= b && goldHead < n && !(move == .left && goldHead == b) { cost += 1 }
            }
            if b < n { for d in b..<n where heads[d] == Int32(s0) { cost += 1 } }
        }
        return cost
    }
}
