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

/// A sentence with what the recogniser found in it.
struct AnalyzedSentence: Sendable {
    let sentence: Sentence
    var mentions: [Mention]
    var titles: [TitleMention]
    /// Whether the sentence is written in title case, as headlines are: its capitals say little about names.
    var isTitleCase: Bool

    var tokens: [Token] { sentence.tokens }

    /// The index of the mention covering token `index`, if any.
    func mention(at index: Int) -> Int? {
        mentions.firstIndex { $0.range.contains(index) }
    }

    /// The title covering token `index`, if any.
    func title(at index: Int) -> Int? {
        titles.firstIndex { $0.range.contains(index) }
    }
}

extension Range where Bound == Int {
    /// Whether `other` lies wholly inside this range.
    func contains(range other: Range<Int>) -> Bool {
        other.lowerBound >= lowerBound && other.upperBound <= upperBound
    }
}
