/// The tagger's features for one word: the word and its affixes, shape and flags, the words
/// two either side, the neighbours' suffixes, and the two tags already predicted to its left.
enum TaggerFeatures {
    static let maxCount = 32
    /// The value standing for "no word here" (before the start or after the end).
    static let outside: UInt64 = 0x5a5a_0000_0000_0001
    /// The tag value before the sentence start.
    static let startTag: UInt64 = 0xa5

    /// Writes the keys for word `i` that do not depend on the tags predicted to its left into
    /// `keys` and returns how many. O(1).
    @inline(__always)
    static func extractStatic(_ words: UnsafeBufferPointer<WordFeatures>, _ i: Int, into keys: UnsafeMutablePointer<UInt64>) -> Int {
        let w = words[i]
        func lower(_ j: Int) -> UInt64 { j >= 0 && j < words.count ? words[j].lower : outside }
        func suffix(_ j: Int) -> UInt64 { j >= 0 && j < words.count ? words[j].suffix3 : outside }
        func shape(_ j: Int) -> UInt64 { j >= 0 && j < words.count ? words[j].shape : outside }
        let first: UInt64 = i == 0 ? 1 : 0
        var n = 0
        @inline(__always) func add(_ key: UInt64) { keys[n] = key; n += 1 }
        add(FeatureHash.key(1, 0))
        add(FeatureHash.key(2, w.form))
        add(FeatureHash.key(3, w.lower))
        add(FeatureHash.key(4, w.prefix1))
        add(FeatureHash.key(5, w.prefix3))
        add(FeatureHash.key(6, w.suffix1))
        add(FeatureHash.key(7, w.suffix2))
        add(FeatureHash.key(8, w.suffix3))
        add(FeatureHash.key(9, w.suffix4))
        add(FeatureHash.key(10, w.shape, first))
        add(FeatureHash.key(11, w.flags, first))
        if w.afterHyphen != 0 { add(FeatureHash.key(12, w.afterHyphen)) }
        add(FeatureHash.key(13, lower(i - 1)))
        add(FeatureHash.key(14, lower(i - 2)))
        add(FeatureHash.key(15, lower(i + 1)))
        add(FeatureHash.key(16, lower(i + 2)))
        add(FeatureHash.key(17, suffix(i - 1)))
        add(FeatureHash.key(18, suffix(i + 1)))
        add(FeatureHash.key(19, shape(i + 1)))
        add(FeatureHash.key(24, lower(i - 1), w.lower))
        add(FeatureHash.key(25, w.lower, lower(i + 1)))
        add(FeatureHash.key(27, w.suffix3, suffix(i + 1)))
        add(FeatureHash.key(28, w.shape, shape(i - 1), shape(i + 1)))
        return n
    }

    /// Writes the keys for word `i` built from the predicted tags of words i-1 (`previous`)
    /// and i-2 (`beforePrevious`), each `rawValue + 1` or `startTag`, and returns how many. O(1).
    @inline(__always)
    static func extractHistory(_ words: UnsafeBufferPointer<WordFeatures>, _ i: Int, previous: UInt64, beforePrevious: UInt64,
                               into keys: UnsafeMutablePointer<UInt64>) -> Int {
        let w = words[i]
        keys[0] = FeatureHash.key(20, previous)
        keys[1] = FeatureHash.key(21, beforePrevious)
        keys[2] = FeatureHash.key(22, previous, beforePrevious)
        keys[3] = FeatureHash.key(23, previous, w.lower)
        keys[4] = FeatureHash.key(26, previous, w.suffix3)
        return 5
    }
}

/// Greedy left-to-right tagging with any scorer (the frozen model or the one in training).
enum GreedyTagger {
    /// The tag index of each word. The scores of the features that do not depend on earlier
    /// tags are gathered for all words first, so their memory reads overlap. O(n × features).
    static func tag<Scorer: LinearScorer>(_ words: UnsafeBufferPointer<WordFeatures>, with scorer: Scorer) -> [UInt8] {
        let classCount = scorer.classCount
        var tags = [UInt8](repeating: 0, count: words.count)
        var fixed = [Float](repeating: 0, count: words.count * classCount)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.maxCount) { keys in
            let keys = keys.baseAddress!
            fixed.withUnsafeMutableBufferPointer { fixed in
                for i in 0..<words.count {
                    let count = TaggerFeatures.extractStatic(words, i, into: keys)
                    scorer.addScores(keys, count, fixed.baseAddress! + i * classCount)
                }
                var previous = TaggerFeatures.startTag, beforePrevious = TaggerFeatures.startTag
                for i in 0..<words.count {
                    let scores = fixed.baseAddress! + i * classCount
                    let count = TaggerFeatures.extractHistory(words, i, previous: previous, beforePrevious: beforePrevious, into: keys)
                    scorer.addScores(keys, count, scores)
                    var best = 0
                    for c in 1..<classCount where scores[c] > scores[best] { best = c }
                    tags[i] = UInt8(best)
                    beforePrevious = previous
                    previous = UInt64(best) + 1
                }
            }
        }
        return tags
    }

    /// Tags one sentence for training: at each word, the best tag under `model`, passed with
    /// all the word's keys to `visit`, which returns the tag to continue with.
    static func train(_ words: UnsafeBufferPointer<WordFeatures>, with model: AveragedPerceptron,
                      _ visit: (Int, UnsafePointer<UInt64>, Int, Int) -> Int) {
        let classCount = model.classCount
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.maxCount) { keys in
            withUnsafeTemporaryAllocation(of: Float.self, capacity: classCount) { scores in
                let keys = keys.baseAddress!, scores = scores.baseAddress!
                var previous = TaggerFeatures.startTag, beforePrevious = TaggerFeatures.startTag
                for i in 0..<words.count {
                    var count = TaggerFeatures.extractStatic(words, i, into: keys)
                    count += TaggerFeatures.extractHistory(words, i, previous: previous, beforePrevious: beforePrevious, into: keys + count)
                    for c in 0..<classCount { scores[c] = 0 }
                    model.addScores(keys, count, scores)
                    var best = 0
                    for c in 1..<classCount where scores[c] > scores[best] { best = c }
                    let chosen = visit(i, keys, count, best)
                    beforePrevious = previous
                    previous = UInt64(chosen) + 1
                }
            }
        }
    }
}
