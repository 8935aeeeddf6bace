/// A word, number or punctuation mark of a sentence, with its place in the article.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case word, number, punctuation, possessive }

    public let text: String
    /// Comparison key (see `Folding.word`).
    public let key: String
    /// Offsets in the article, in Unicode scalars, end exclusive.
    public let start: Int
    public let end: Int
    public let kind: Kind

    /// Whether the token starts with an uppercase letter.
    public var isCapitalized: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }

    /// Whether every letter of the token is uppercase and it has at least two letters.
    public var isAllCaps: Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if !scalar.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }
}
