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
    public let isCapitalized: Bool

    public init(text: String, key: String, start: Int, end: Int, kind: Kind) {
        self.text = text
        self.key = key
        self.start = start
        self.end = end
        self.kind = kind
        if let first = text.unicodeScalars.first {
            isCapitalized = first.isASCII ? (first.value >= 0x41 && first.value <= 0x5A) : first.properties.isUppercase
        } else {
            isCapitalized = false
        }
    }

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
