/// Resolves what points back to a named entity: pronouns ("he", "its") and titles that stand
/// for the person who holds them ("Pakistan’s Army Chief" once the article has named him).
struct Coreference {
    let cues: Cues

    static let personal: Set<String> = ["he", "him", "his", "she", "her"]
    static let neuter: Set<String> = ["its", "it"]

    /// Whether "it" at `index` is a subject that acts ("it is seeking", "it struck"), not the
    /// expletive of "it is likely", "it was reported".
    func isSubjectIt(_ tokens: [Token], _ index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word else { return false }
        let next = tokens[index + 1].key
        guard index + 2 < tokens.count else { return false }
        let after = tokens[index + 2].key
        if ["would", "will", "could", "may", "might", "can", "should", "must"].contains(next) {
            return !["be", "seem", "appear", "take", "remain"].contains(after)  // "it would send" acts; "it would be hard" does not
        }
        if ["is", "was", "has", "had", "seems", "appears", "remains", "be"].contains(next) {
            return after.hasSuffix("ing") || ["also", "not", "now", "still", "already"].contains(after)
                || (["has", "had"].contains(next) && after.hasSuffix("ed"))
        }
        // A verb follows: not a preposition, conjunction or determiner ("it struck", "it said").
        return !SentenceReader.phraseEnders.contains(next) && !cues.determiners.contains(next) && !["and", "but", "or", "that"].contains(next)
    }

    /// Adds pronoun and descriptor mentions to the sentences, in place.
    /// - Parameter roles: the roles the article states, for descriptor titles.
    func resolve(_ sentences: inout [AnalyzedSentence], roles: [RoleFinder.Role]) {
        var lastPerson: (id: String, sentence: Int)? = nil
        var lastActor: (id: String, sentence: Int)? = nil
        var holders: [String: Set<String>] = [:]  // "owner|title" → persons
        for role in roles { holders["\(role.owner ?? "")|\(Folding.name(role.title))", default: []].insert(role.person) }

        for s in sentences.indices {
            let reader = SentenceReader(sentence: sentences[s], cues: cues)
            let tokens = sentences[s].tokens
            var added: [Mention] = []
            // Descriptors: "[Country]['s] Title" not followed by a name.
            for title in sentences[s].titles {
                let after = title.range.upperBound
                if after < tokens.count, reader.mention(startingAt: after)?.type == .person { continue }
                if after < tokens.count, tokens[after].text == ",", after + 1 < tokens.count, reader.mention(startingAt: after + 1)?.type == .person { continue }
                var j = title.range.lowerBound - 1
                if j >= 0, tokens[j].kind == .possessive { j -= 1 }
                guard j >= 0, let owner = reader.mention(endingAt: j), let ownerID = owner.entityID,
                      let persons = holders["\(ownerID)|\(Folding.name(title.title.title))"], persons.count == 1, let person = persons.first else { continue }
                let range = owner.range.lowerBound..<title.range.upperBound
                added.append(Mention(sentence: s, range: range, surface: Recognizer.surface(tokens, range), type: .person,
                                     role: .descriptor, entry: nil, nameKey: "", kind: nil, entityID: person))
            }
            if !added.isEmpty {
                sentences[s].replaceMentions(sentences[s].mentions.filter { m in !added.contains { $0.range.overlaps(m.range) } } + added)
            }
            // Pronouns, in token order, with the antecedents seen so far.
            var byStart: [Int: Mention] = [:]
            for m in sentences[s].mentions { byStart[m.range.lowerBound] = m }
            // The antecedent is the most salient entity: the first person (or actor) named in this
            // sentence before the pronoun, else the first one of the latest sentence that named one,
            // as subjects come first in English ("Russia warned NATO against drills near its border").
            var pronouns: [Mention] = []
            var firstPerson: String? = nil, firstActor: String? = nil, nearestActor: String? = nil, nearestPerson: String? = nil
            // Whether the sentence opens with a country or organisation: then "its" points back to it;
            // after a person subject, "its" points to the nearest organisation or country ("thanked the US for its support").
            let opening = sentences[s].mentions.first.flatMap { reader.head(startingAt: $0.range.lowerBound) }
            let opensWithActor = opening.map { [EntityType.country, .organization].contains($0.type) } ?? false
            var i = 0
            while i < tokens.count {
                if let m = byStart[i] {
                    if m.type == .person, let id = m.entityID {
                        if firstPerson == nil { firstPerson = id }
                        nearestPerson = id
                    }
                    // A demonym counts as an actor when it owns an agent noun: "The Israeli military said it …".
                    let agentAfter = m.range.upperBound < tokens.count && cues.agentNouns.contains(tokens[m.range.upperBound].key)
                    if [EntityType.country, .organization].contains(m.type), m.role != .demonym || agentAfter, let id = m.entityID {
                        if firstActor == nil { firstActor = id }
                        nearestActor = id
                    }
                    i = m.range.upperBound
                    continue
                }
                let key = tokens[i].key
                // Right after a verb of saying, the pronoun is the speaker: "the IMF said it would …".
                let afterSaying = i > 0 && cues.reportingCues.contains(tokens[i - 1].key)
                if Coreference.personal.contains(key), tokens[i].kind == .word,
                   let antecedent = (afterSaying ? nearestPerson : nil) ?? firstPerson ?? lastPerson.flatMap({ s - $0.sentence <= 2 ? $0.id : nil }) {
                    pronouns.append(Mention(sentence: s, range: i..<(i + 1), surface: tokens[i].text, type: .person,
                                            role: .pronoun, entry: nil, nameKey: "", kind: nil, entityID: antecedent))
                } else if Coreference.neuter.contains(key), key == "its" || isSubjectIt(tokens, i),
                          let antecedent = (opensWithActor && !afterSaying ? firstActor : nearestActor) ?? lastActor.flatMap({ s - $0.sentence <= 1 ? $0.id : nil }) {
                    pronouns.append(Mention(sentence: s, range: i..<(i + 1), surface: tokens[i].text, type: .organization,
                                            role: .pronoun, entry: nil, nameKey: "", kind: nil, entityID: antecedent))
                }
                i += 1
            }
            if let firstPerson { lastPerson = (firstPerson, s) }
            if let firstActor { lastActor = (firstActor, s) }
            if !pronouns.isEmpty { sentences[s].replaceMentions(sentences[s].mentions + pronouns) }
        }
    }
}
