/// A stretch of a sentence that names (or points back to) an entity.
struct Mention: Sendable, Hashable {
    enum Role: Sendable, Hashable {
        /// A name: from the lexicon or found from the text's cues.
        case name
        /// A demonym standing for its country ("Pakistani troops").
        case demonym
        /// A capital or seat of government acting for its state ("Washington said").
        case capital
        /// A pronoun resolved to an earlier mention.
        case pronoun
        /// A title with its country or organisation standing for the person who holds it ("Pakistan's Army Chief").
        case descriptor
    }

    let sentence: Int
    /// Token indices in the sentence.
    var range: Range<Int>
    /// The words of the text, as written.
    var surface: String
    var type: EntityType
    var role: Role
    /// The lexicon entry, when the lexicon knows the entity.
    var entry: Int?
    /// The name the resolver groups mentions by (folded).
    var nameKey: String
    /// Finer kind of an organisation or location.
    var kind: String?
    /// The id of the entity, once resolved.
    var entityID: String?
    /// Whether the text gives a cue for the type (a title, a head word, a verb of saying), so the
    /// mention stands even when it joins no other.
    var confident: Bool = true
}

/// A title of office found in a sentence ("Foreign Minister", "army chief").
struct TitleMention: Sendable, Hashable {
    var range: Range<Int>
    var title: TitleEntry
    var surface: String
}

/// A sentence with what the recogniser found in it, indexed by token so that every lookup
/// of "the mention at, starting at or ending at this token" takes constant time.
struct AnalyzedSentence: Sendable {
    let sentence: Sentence
    /// The mentions, in token order. Their fields may be edited in place; to change which
    /// mentions there are, use `replaceMentions(_:)`, which keeps the token index right.
    private(set) var mentions: [Mention]
    let titles: [TitleMention]
    /// Whether the sentence is written in title case, as headlines are: its capitals say little about names.
    var isTitleCase: Bool
    /// The sentence's tags and dependency tree, one word per token, when it was parsed.
    var parse: DependencyParse?

    private var mentionCovering: [Int] = []
    private var mentionStarting: [Int] = []
    private var mentionEnding: [Int] = []
    private var titleCovering: [Int] = []
    private var titleStarting: [Int] = []
    private var titleEnding: [Int] = []

    init(sentence: Sentence, mentions: [Mention], titles: [TitleMention], isTitleCase: Bool, parse: DependencyParse? = nil) {
        self.sentence = sentence
        self.mentions = mentions
        self.titles = titles
        self.isTitleCase = isTitleCase
        self.parse = parse
        indexMentions()
        indexTitles()
    }

    var tokens: [Token] { sentence.tokens }

    /// Sets the entity a mention refers to (and the type that entity has).
    mutating func resolve(_ index: Int, to id: String, type: EntityType? = nil) {
        mentions[index].entityID = id
        if let type { mentions[index].type = type }
    }

    /// Replaces the mentions, sorted by their first token, and re-indexes them.
    mutating func replaceMentions(_ newMentions: [Mention]) {
        mentions = newMentions.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        indexMentions()
    }

    /// The index of the first mention covering token `index`, if any.
    func mention(at index: Int) -> Int? { lookup(mentionCovering, index) }

    /// The longest mention whose first token is `index`.
    func mention(startingAt index: Int) -> Mention? { lookup(mentionStarting, index).map { mentions[$0] } }

    /// The longest mention whose last token is `index`.
    func mention(endingAt index: Int) -> Mention? { lookup(mentionEnding, index).map { mentions[$0] } }

    /// The index of the title covering token `index`, if any.
    func title(at index: Int) -> Int? { lookup(titleCovering, index) }

    /// The title whose first token is `index`.
    func title(startingAt index: Int) -> TitleMention? { lookup(titleStarting, index).map { titles[$0] } }

    /// The title whose last token is `index`.
    func title(endingAt index: Int) -> TitleMention? { lookup(titleEnding, index).map { titles[$0] } }

    private func lookup(_ table: [Int], _ index: Int) -> Int? {
        guard index >= 0, index < table.count, table[index] >= 0 else { return nil }
        return table[index]
    }

    private mutating func indexMentions() {
        (mentionCovering, mentionStarting, mentionEnding) = AnalyzedSentence.index(mentions.map(\.range), tokenCount: tokens.count)
    }

    private mutating func indexTitles() {
        (titleCovering, titleStarting, titleEnding) = AnalyzedSentence.index(titles.map(\.range), tokenCount: tokens.count)
    }

    /// For each token: the first range covering it, and the longest range starting and ending there (-1 for none).
    private static func index(_ ranges: [Range<Int>], tokenCount: Int) -> (covering: [Int], starting: [Int], ending: [Int]) {
        var covering = Array(repeating: -1, count: tokenCount)
        var starting = covering, ending = covering
        for (index, range) in ranges.enumerated() where range.upperBound <= tokenCount && !range.isEmpty {
            for token in range where covering[token] < 0 { covering[token] = index }
            let first = range.lowerBound, last = range.upperBound - 1
            if starting[first] < 0 || ranges[starting[first]].count < range.count { starting[first] = index }
            if ending[last] < 0 || ranges[ending[last]].count < range.count { ending[last] = index }
        }
        return (covering, starting, ending)
    }
}

extension Range where Bound == Int {
    /// Whether `other` lies wholly inside this range.
    func contains(range other: Range<Int>) -> Bool {
        other.lowerBound >= lowerBound && other.upperBound <= upperBound
    }
}
