extension RoleFinder {
    /// Roles that only the dependency tree shows: a person a country or organisation owns, and a
    /// title in apposition to a person, either way
    /// round ("the Chinese consul general in Osaka, Xue Jian"; "Takayuki Kobayashi, the policy
    /// chief of Japan's ruling Liberal Democratic Party"), with the owner the tree attaches to
    /// the title (a possessor, a demonym or name modifying it, or its "of"/"at" phrase).
    /// - Parameter known: the roles already read from the words, which are not repeated.
    func treeRoles(in sentence: AnalyzedSentence, known: [Role]) -> [Role] {
        guard let parse = sentence.parse, parse.words.count == sentence.tokens.count else { return [] }
        let tree = SentenceTree(sentence: sentence, parse: parse)
        let reader = TreeReader(tree: tree, cues: cues)
        var roles: [Role] = []
        for title in sentence.titles where title.title.kind != "honorific" {
            let head = title.range.first { !title.range.contains(parse.heads[$0]) } ?? title.range.upperBound - 1
            var persons = tree.children(head).filter { tree.relation($0).universal == .appos }.compactMap { tree.mention(at: $0) }
            if tree.relation(head).universal == .appos, let noun = tree.head(head), let person = tree.mention(at: noun) { persons.append(person) }
            // Only a person the title stands next to, across a comma and an article or a phrase of place.
            guard let person = persons.first(where: { $0.type == .person && isBeside($0, title, in: sentence) }), let personID = person.entityID,
                  !known.contains(where: { $0.person == personID && $0.title == title.title.title && $0.owner != nil }) else { continue }
            var owner: Mention? = nil
            for child in tree.children(head) where !title.range.contains(child) {
                let relation = tree.relation(child)
                if relation == .nmodPoss || [.amod, .compound].contains(relation.universal) {
                    if let m = tree.mention(at: child), [EntityType.country, .organization].contains(m.type) { owner = m }
                } else if relation.universal == .nmod, let marker = tree.caseMarker(child), ["of", "at"].contains(marker) {
                    owner = reader.entities(at: child, asActor: false).first { [EntityType.country, .organization].contains($0.type) }
                }
                if owner != nil { break }
            }
            guard let owner, let ownerID = owner.entityID else { continue }
            roles.append(Role(person: personID, owner: ownerID, title: title.title.title))
        }
        return roles + ownedPersons(tree, known: known + roles)
    }

    /// A person owned by a country or organisation with no title between them: "Egypt’s Abdel
    /// Fattah al-Sisi", "Hassan Sheikh Mohamud of Somalia", "NATO's Mark Rutte".
    private func ownedPersons(_ tree: SentenceTree, known: [Role]) -> [Role] {
        var roles: [Role] = []
        for person in tree.sentence.mentions where person.type == .person && person.role == .name {
            guard let personID = person.entityID, !known.contains(where: { $0.person == personID && $0.owner != nil }) else { continue }
            let head = tree.head(of: person)
            for child in tree.children(head) where !person.range.contains(child) {
                let relation = tree.relation(child)
                guard relation == .nmodPoss || (relation.universal == .nmod && tree.caseMarker(child) == "of"),
                      let owner = tree.mention(at: child), owner.role == .name || owner.role == .capital,
                      [EntityType.country, .organization].contains(owner.type), let ownerID = owner.entityID else { continue }
                let span = min(owner.range.lowerBound, person.range.lowerBound)..<max(owner.range.upperBound, person.range.upperBound)
                roles.append(Role(person: personID, owner: ownerID, title: "", phrase: Recognizer.surface(tree.tokens, span)))
                break
            }
        }
        return roles
    }

    /// Whether a person's name and a title are neighbours: "X, the Y" or "the Y [in Z], X".
    private func isBeside(_ person: Mention, _ title: TitleMention, in sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        if person.range.upperBound < title.range.lowerBound {
            let gap = (person.range.upperBound + 1)..<title.range.lowerBound
            return tokens[person.range.upperBound].text == "," && gap.count <= 3 && gap.allSatisfy { tokens[$0].kind != .punctuation }
        }
        let between = tokens[title.range.upperBound..<person.range.lowerBound]
        return between.last?.text == "," && between.count <= 5
    }
}
