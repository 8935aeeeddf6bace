/// Agreement of predicted tags and trees with gold ones, over words (punctuation included).
public struct SyntaxScore: Sendable, Equatable {
    public var words = 0
    public var tagsRight = 0
    public var headsRight = 0
    /// Words whose head and universal relation (subtype stripped) are both right.
    public var labelledRight = 0

    public init() {}

    public var upos: Double { words == 0 ? 0 : Double(tagsRight) / Double(words) }
    public var uas: Double { words == 0 ? 0 : Double(headsRight) / Double(words) }
    public var las: Double { words == 0 ? 0 : Double(labelledRight) / Double(words) }

    /// One line: "name: words N  UPOS 95.08  UAS 84.33  LAS 81.17" (percentages, two decimals).
    public func line(_ name: String) -> String {
        func percent(_ value: Double) -> String {
            let hundredths = Int((value * 10000).rounded())
            let fraction = hundredths % 100
            return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
        }
        return "\(name): words \(words)  UPOS \(percent(upos))  UAS \(percent(uas))  LAS \(percent(las))"
    }

    /// Adds one sentence's comparison.
    public mutating func add(gold: CoNLLUSentence, predicted: DependencyParse) {
        precondition(gold.words.count == predicted.words.count)
        for i in gold.words.indices {
            words += 1
            if gold.tags[i] == predicted.tags[i].name { tagsRight += 1 }
            if gold.heads[i] == predicted.heads[i] {
                headsRight += 1
                let universal = gold.relations[i].split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
                if universal == predicted.relations[i].universal.rawValue { labelledRight += 1 }
            }
        }
    }
}

extension SyntaxModel {
    /// Parses each gold sentence's words and scores the result against it. O(total words).
    public func score(_ gold: [CoNLLUSentence]) -> SyntaxScore {
        var score = SyntaxScore()
        for sentence in gold where !sentence.words.isEmpty { score.add(gold: sentence, predicted: parse(sentence.words)) }
        return score
    }
}
