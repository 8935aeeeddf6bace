/// Parses a sentence with each recognised name and title read as one word, so that the parser
/// sees "US Secretary Rubio acknowledged …" rather than six capitalised words it must join up
/// itself, then spreads the tree back over every token: the words of a name hang on its last
/// word (`flat`), which takes the name's place in the tree.
struct NameAwareParser {
    let model: SyntaxModel

    /// Words the treebanks use often for a name of each type. An unknown name is read through
    /// one of them, so that the tagger sees "Smith attended …" for "Prasert Wongsuwan attended …"
    /// and does not mistake a rare surname for an adjective.
    static let standIns: [EntityType: String] = [.person: "Smith", .country: "France", .organization: "Congress", .location: "London"]

    /// The word the parser reads for the span `span` that starts with `mention`: a stand-in when
    /// the span is a name (with its title and owner), nil to read the span's last word.
    static func standIn(_ mention: Mention, _ span: Range<Int>) -> String? {
        guard mention.role == .name else { return nil }
        if span.upperBound > mention.range.upperBound { return standIns[.person] }
        return standIns[mention.type]
    }

    /// The parse of `sentence`, one word per token.
    /// - Complexity: linear in the sentence's length.
    func parse(_ sentence: AnalyzedSentence) -> DependencyParse {
        let tokens = sentence.tokens
        var spans: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            var end = i + 1
            if let mention = sentence.mention(startingAt: i), mention.range.count > 1 { end = mention.range.upperBound }
            if let title = sentence.title(startingAt: i), title.range.upperBound > end { end = title.range.upperBound }
            // "US ambassador Kathleen FitzGibbon", "Chinese President Xi Jinping": the owner and the
            // title go with the person's name, which the tree is about.
            let opensWithOwner = sentence.mention(startingAt: i).map { [EntityType.country, .organization].contains($0.type) } == true
            if opensWithOwner || sentence.title(startingAt: i) != nil {
                var next = end
                while let title = sentence.title(startingAt: next) { next = title.range.upperBound }
                if let person = sentence.mention(startingAt: next), person.type == .person, next > end || !opensWithOwner {
                    end = person.range.upperBound
                }
            }
            spans.append(i..<end)
            i = end
        }
        let words = spans.map { span in
            sentence.mention(startingAt: span.lowerBound).flatMap { NameAwareParser.standIn($0, span) } ?? tokens[span.upperBound - 1].text
        }
        let collapsed = model.parse(words)
        var heads = Array(repeating: -1, count: tokens.count)
        var relations = Array(repeating: DependencyRelation.flat, count: tokens.count)
        var tags = Array(repeating: UPOS.propn, count: tokens.count)
        for (index, span) in spans.enumerated() {
            let last = span.upperBound - 1
            let head = collapsed.heads[index]
            heads[last] = head < 0 ? -1 : spans[head].upperBound - 1
            relations[last] = collapsed.relations[index]
            tags[last] = collapsed.tags[index]
            for inner in span.dropLast() {
                heads[inner] = last
                if tokens[inner].kind == .punctuation { tags[inner] = .punct; relations[inner] = .punct }
            }
        }
        return DependencyParse(words: tokens.map(\.text), tags: tags, heads: heads, relations: relations)
    }
}
