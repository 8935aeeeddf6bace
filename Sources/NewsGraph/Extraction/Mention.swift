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

    private var mentionCovering: [Int] = []
    private var mentionStarting: [Int] = []
    private var mentionEnding: [Int] = []
    private var titleCovering: [Int] = []
    private var titleStarting: [Int] = []
    private var titleEnding: [Int] = []

    init(sentence: Sentence, mentions: [Mention], titles: [TitleMention], isTitleCase: Bool) {
        self.sentence = sentence
        self.mentions = mentions
        self.titles = titles
        self.isTitleCase = isTitleCase
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
        let count = sentence.tokens.count
        mentionCovering = Array(repeating: -1, count: count)
        mentionStarting = Array(repeating: -1, count: count)
        mentionEnding = Array(repeating: -1, count: count)
        for (index, mention) in mentions.enumerated() where mention.range.upperBound <= count && !mention.range.isEmpty {
            for token in mention.range where mentionCovering[token] < 0 { mentionCovering[token] = index }
            let start = mention.range.lowerBound, end = mention.range.upperBound - 1
            if mentionStarting[start] < 0 || mentions[mentionStarting[start]].range.count < mention.range.count { mentionStarting[start] = index }
            if mentionEnding[end] < 0 || mentions[mentionEnding[end]].range.count < mention.range.count { mentionEnding[end] = index }
        }
    }

    private mutating func indexTitles() {
        let count = sentence.tokens.count
        titleCovering = Array(repeating: -1, count: count)
        titleStarting = Array(repeating: -1, count: count)
        titleEnding = Array(repeating: -1, count: count)
        for (index, title) in titles.enumerated() where title.range.upperBound <= count && !title.range.isEmpty {
            for token in title.range where titleCovering[token] < 0 { titleCovering[token] = index }
            if titleStarting[title.range.lowerBound] < 0 { titleStarting[title.range.lowerBound] = index }
            if titleEnding[title.range.upperBound - 1] < 0 { titleEnding[title.range.upperBound - 1] = index }
        }
    }
}

extension Range where Bound == Int {
    /// Whether `other` lies wholly inside this range.
    func contains(range other: Range<Int>) -> Bool {
        other.lowerBound >= lowerBound && other.upperBound <= upperBound
    }
}
