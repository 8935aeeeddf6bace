/// An entity of one article as the resolver builds it, before it becomes a `Node`.
struct EntityDraft: Sendable {
    var id: String
    var type: EntityType
    var label: String
    var aliases: Set<String> = []
    var titles: Set<String> = []
    var kind: String?
    var mentions: Int = 0
    /// The words of the fullest name, for joining surname-only mentions.
    var nameWords: [String] = []

    /// Adds a name the entity was mentioned by; the name with most words becomes the label
    /// (unless the label comes from the lexicon).
    mutating func addName(_ surface: String, words: [String], fromLexicon: Bool) {
        aliases.insert(surface)
        if !fromLexicon && words.count > nameWords.count {
            label = surface
            nameWords = words
        }
    }
}
