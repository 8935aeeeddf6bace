/// One sentence of an article (a headline or heading line counts as a sentence).
public struct Sentence: Sendable {
    /// Index in the article, from 0 (the headline).
    public let index: Int
    /// Offsets in the article text, in Unicode scalars, end exclusive.
    public let start: Int
    public let end: Int
    public let text: String
    public let tokens: [Token]
}
