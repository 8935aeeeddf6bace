/// An analysed sentence's dependency parse, with each token's children indexed and the
/// sentence's mentions placed on the tree, so that the relation finders can ask "the subject
/// of this verb" or "the entities of the phrase headed here" in constant time per step.
struct SentenceTree {
    let sentence: AnalyzedSentence
    let parse: DependencyParse
    /// Children of token `i` are `childList[childStart[i]..<childStart[i + 1]]`, in token order.
    private let childStart: [Int]
    private let childList: [Int]
    /// For each token: the index in `sentence.mentions` of the longest mention the token heads, or -1.
    private let mentionHeaded: [Int]

    /// Indexes `parse`, which must have one word per token of `sentence`.
    /// - Complexity: O(n + m · k) for n tokens and m mentions of at most k tokens.
    init(sentence: AnalyzedSentence, parse: DependencyParse) {
        self.sentence = sentence
        self.parse = parse
        let n = parse.heads.count
        var counts = Array(repeating: 0, count: n + 1)
        for head in parse.heads where head >= 0 && head < n { counts[head + 1] += 1 }
        for i in 0..<n { counts[i + 1] += counts[i] }
        var fill = counts
        var list = Array(repeating: 0, count: counts[n])
        for (child, head) in parse.heads.enumerated() where head >= 0 && head < n {
            list[fill[head]] = child
            fill[head] += 1
        }
        childStart = counts
        childList = list
        var headed = Array(repeating: -1, count: n)
        for (index, mention) in sentence.mentions.enumerated() where mention.range.upperBound <= n {
            let range = mention.range
            let head = range.first { !range.contains(parse.heads[$0]) } ?? range.lowerBound
            if headed[head] < 0 || sentence.mentions[headed[head]].range.count < range.count { headed[head] = index }
        }
        mentionHeaded = headed
    }

    var tokens: [Token] { sentence.tokens }
    var count: Int { parse.heads.count }

    func tag(_ i: Int) -> UPOS { parse.tags[i] }
    func relation(_ i: Int) -> DependencyRelation { parse.relations[i] }
    func key(_ i: Int) -> String { sentence.tokens[i].key }

    /// The head of token `i`, or nil for the root.
    func head(_ i: Int) -> Int? {
        let h = parse.heads[i]
        return h >= 0 && h < count ? h : nil
    }

    /// The children of token `i`, in token order.
    func children(_ i: Int) -> ArraySlice<Int> { childList[childStart[i]..<childStart[i + 1]] }

    /// The children of token `i` whose relation, without subtype, is `universal`.
    func children(_ i: Int, _ universal: DependencyRelation) -> [Int] {
        children(i).filter { relation($0).universal == universal }
    }

    /// The first child of token `i` with exactly the relation `relation` (subtype included).
    func child(_ i: Int, exactly relation: DependencyRelation) -> Int? {
        children(i).first { self.relation($0) == relation }
    }

    /// The key of the preposition or case marker of the phrase headed by `i` ("to" in "to the force").
    func caseMarker(_ i: Int) -> String? {
        children(i).first { relation($0).universal == .case }.map(key)
    }

    /// Whether token `i` lies in the subtree of `ancestor` (itself included).
    /// - Complexity: O(depth of the tree).
    func isInSubtree(_ i: Int, of ancestor: Int) -> Bool {
        var current: Int? = i
        var steps = 0
        while let c = current, steps <= count {
            if c == ancestor { return true }
            current = head(c)
            steps += 1
        }
        return false
    }

    /// The mention token `i` stands in: the one it heads, else the longest one covering it.
    func mention(at i: Int) -> Mention? {
        if mentionHeaded[i] >= 0 { return sentence.mentions[mentionHeaded[i]] }
        return sentence.mention(at: i).map { sentence.mentions[$0] }
    }

    /// The token that heads a mention in the tree.
    func head(of mention: Mention) -> Int {
        mention.range.first { !mention.range.contains(parse.heads[$0]) } ?? mention.range.lowerBound
    }
}
