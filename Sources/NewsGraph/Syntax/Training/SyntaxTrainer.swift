import Foundation

/// The settings of a training run. The defaults are those of the shipped model.
public struct SyntaxTrainingOptions: Sendable {
    public var taggerEpochs = 10
    public var parserEpochs = 20
    /// The parser trains on tags predicted by taggers that did not see the sentence (jackknifing
    /// over this many folds), so that its input looks like the input it gets at run time.
    public var folds = 4
    /// The probability of following the model's own move during training, from the second epoch.
    public var exploration = 0.9
    /// Rows whose largest absolute averaged weight is below this are dropped.
    public var pruneThreshold: Float = 1
    /// Lift non-projective arcs (else such sentences are trained on as they are, with the oracle's costs).
    public var projectivise = true
    public var seed: UInt64 = 20_261_201

    public init() {}
}

/// Trains the tagger and parser on gold CoNLL-U sentences and returns the model file's bytes.
/// Deterministic: the same sentences and options give the same bytes.
public enum SyntaxTrainer {
    public static func train(_ gold: [CoNLLUSentence], options: SyntaxTrainingOptions = SyntaxTrainingOptions(),
                             log: (String) -> Void = { _ in }) -> Data {
        let relations = relationList(gold)
        var sentences = gold.filter { !$0.words.isEmpty }.map { TrainingSentence($0, relations: relations) }.filter(\.isTree)
        if options.projectivise {
            for i in sentences.indices { sentences[i].projectivise() }
        }
        log("training on \(sentences.count) sentences, \(sentences.reduce(0) { $0 + $1.words.count }) words, \(relations.count) relations")

        var predicted = [[UInt8]](repeating: [], count: sentences.count)
        if options.folds > 1 {
            for fold in 0..<options.folds {
                let inFold = sentences.indices.filter { $0 % options.folds == fold }
                let rest = sentences.indices.filter { $0 % options.folds != fold }.map { sentences[$0] }
                let table = TaggerTrainer.train(rest, epochs: options.taggerEpochs, seed: options.seed &+ UInt64(fold) &+ 1, threshold: options.pruneThreshold)
                let tags = TaggerTrainer.predict(inFold.map { sentences[$0] }, with: table)
                for (index, tagged) in zip(inFold, tags) { predicted[index] = tagged }
                log("jackknife fold \(fold + 1)/\(options.folds) tagged")
            }
        } else {
            predicted = sentences.map(\.goldTags)
        }
        let tagger = TaggerTrainer.train(sentences, epochs: options.taggerEpochs, seed: options.seed, threshold: options.pruneThreshold)
        log("tagger: \(tagger.sortedKeys.count) feature rows")
        let rootLabel = relations.firstIndex(of: .root)!
        let parser = ParserTrainer.train(sentences, tags: predicted, labelCount: relations.count, rootLabel: rootLabel,
                                         epochs: options.parserEpochs, exploration: options.exploration,
                                         seed: options.seed &+ 100, threshold: options.pruneThreshold)
        log("parser: \(parser.transitions.sortedKeys.count) transition rows, \(parser.labels.sortedKeys.count) label rows")
        return ModelFile.encode(ModelFile.Contents(relations: relations, tagger: tagger, transitions: parser.transitions, labels: parser.labels))
    }

    /// The relations of the training data (subtypes this library does not name fall back to
    /// their universal relation), in declaration order; always including root and dep.
    static func relationList(_ gold: [CoNLLUSentence]) -> [DependencyRelation] {
        var seen: Set<DependencyRelation> = [.root, .dep]
        for sentence in gold {
            for label in sentence.relations { if let relation = DependencyRelation(label: label) { seen.insert(relation) } }
        }
        return DependencyRelation.allCases.filter(seen.contains)
    }
}
