/// Trains the tagger: an averaged perceptron over `TaggerFeatures`, greedy left to right with
/// its own predicted tags as history, several epochs in a seeded random order.
enum TaggerTrainer {
    static func train(_ sentences: [TrainingSentence], epochs: Int, seed: UInt64, threshold: Float) -> WeightTable {
        let model = AveragedPerceptron(classCount: UPOS.allCases.count)
        var random = SplitMix64(seed: seed)
        var order = Array(sentences.indices)
        for _ in 0..<epochs {
            random.shuffle(&order)
            for index in order {
                let sentence = sentences[index]
                sentence.words.withUnsafeBufferPointer { words in
                    GreedyTagger.train(words, with: model) { i, keys, count, guess in
                        model.tick()
                        model.update(keys, count, truth: Int(sentence.goldTags[i]), guess: guess)
                        return guess
                    }
                }
            }
        }
        return model.frozen(threshold: threshold)
    }

    /// The tags `table` predicts for each sentence.
    static func predict(_ sentences: [TrainingSentence], with table: WeightTable) -> [[UInt8]] {
        sentences.map { sentence in sentence.words.withUnsafeBufferPointer { GreedyTagger.tag($0, with: table) } }
    }
}
