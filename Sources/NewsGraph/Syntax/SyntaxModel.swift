import Foundation

/// A trained part-of-speech tagger and labelled dependency parser for English (see
/// docs/syntax.md). Immutable after loading, so one model may be used from many threads.
public final class SyntaxModel: Sendable {
    let relations: [DependencyRelation]
    let rootLabel: Int
    let tagger: WeightTable
    let transitions: WeightTable
    let labels: WeightTable

    /// The model shipped in the package's resources, loaded on first use. Traps if the bundled
    /// file is missing or damaged, which is a build fault.
    public static let standard: SyntaxModel = {
        guard let url = Bundle.module.url(forResource: "syntax/english", withExtension: "model") else {
            fatalError("the bundled syntax model Resources/syntax/english.model is missing")
        }
        do { return try SyntaxModel(contentsOf: url) } catch { fatalError("the bundled syntax model cannot be read: \(error)") }
    }()

    /// Loads a model written by `SyntaxTrainer`. Throws `SyntaxModelError` (or a file error).
    /// O(file size).
    public convenience init(contentsOf url: URL) throws {
        try self.init(ModelFile.decode(try Data(contentsOf: url)))
    }

    init(_ contents: ModelFile.Contents) {
        relations = contents.relations
        rootLabel = contents.relations.firstIndex(of: .root)!
        tagger = contents.tagger
        transitions = contents.transitions
        labels = contents.labels
    }

    /// The part-of-speech tag of each word. O(total length of the words).
    public func tag(_ words: [String]) -> [UPOS] {
        let features = words.map(WordFeatures.init)
        return features.withUnsafeBufferPointer { GreedyTagger.tag($0, with: tagger) }.map { UPOS(rawValue: $0)! }
    }

    /// Tags and parses one sentence given as words. Every word gets a head, exactly one word is
    /// the root, and the tree is projective. O(total length of the words); any input is
    /// accepted (empty, one word, punctuation only, any script).
    public func parse(_ words: [String]) -> DependencyParse {
        guard !words.isEmpty else { return DependencyParse(words: [], tags: [], heads: [], relations: []) }
        let features = words.map(WordFeatures.init)
        let tags = features.withUnsafeBufferPointer { GreedyTagger.tag($0, with: tagger) }
        var parserWords = [ParserWord]()
        parserWords.reserveCapacity(words.count + 1)
        for (feature, tag) in zip(features, tags) {
            parserWords.append(ParserWord(word: feature.lower, tag: UInt64(tag) + 1, suffix: feature.suffix3, shape: feature.shape))
        }
        parserWords.append(.root)
        let state = parserWords.withUnsafeBufferPointer {
            GreedyParser.parse($0, transitions: transitions, labels: labels, rootLabel: rootLabel)
        }
        let n = words.count
        var heads = [Int](repeating: -1, count: n)
        var relations = [DependencyRelation](repeating: .root, count: n)
        for i in 0..<n {
            let head = Int(state.heads[i])
            heads[i] = head == n ? -1 : head
            relations[i] = self.relations[Int(state.labels[i])]
        }
        return DependencyParse(words: words, tags: tags.map { UPOS(rawValue: $0)! }, heads: heads, relations: relations)
    }
}
