/// Groups the mentions of one article into entities and gives each its stable id.
///
/// Lexicon names resolve to their entry; names found from cues group by their folded name;
/// a lone surname ("Munir") joins the person whose full name ends (or, failing that, contains)
/// that word; an acronym joins the name it abbreviates ("International Stabilisation Force (ISF)").
struct Resolver {
    let lexicon: Lexicon

    /// Resolves every name mention in place and returns the entities by id.
    func resolve(_ sentences: inout [AnalyzedSentence]) -> [String: EntityDraft] {
        var entities: [String: EntityDraft] = [:]
        var idByKey: [String: String] = [:]

        func register(_ mention: Mention, id: String, label: String, fromLexicon: Bool, words: [String]) {
            var draft = entities[id] ?? EntityDraft(id: id, type: mention.type, label: label, kind: mention.kind, nameWords: fromLexicon ? words : [])
            draft.addName(mention.surface, words: words, fromLexicon: fromLexicon)
            draft.mentions += 1
            if draft.kind == nil { draft.kind = mention.kind }
            entities[id] = draft
        }

        // 1. Lexicon names and multi-word names found from cues.
        for s in sentences.indices {
            for m in sentences[s].mentions.indices {
                let mention = sentences[s].mentions[m]
                let words = mention.nameKey.split(separator: " ").map(String.init)
                if let entry = mention.entry {
                    let lexiconEntry = lexicon.entries[entry]
                    let id = "\(lexiconEntry.type.rawValue):\(Folding.slug(lexiconEntry.name))"
                    sentences[s].resolve(m, to: id, type: lexiconEntry.type)
                    register(sentences[s].mentions[m], id: id, label: lexiconEntry.name, fromLexicon: true, words: words)
                } else if mention.range.count >= 2 || mention.type != .person {
                    let key = "\(mention.type.rawValue)|\(mention.nameKey)"
                    let id = idByKey[key] ?? "\(mention.type.rawValue):\(Folding.slug(mention.nameKey))"
                    idByKey[key] = id
                    sentences[s].resolve(m, to: id)
                    register(mention, id: id, label: mention.surface, fromLexicon: false, words: words)
                }
            }
        }
        mergePersonsByName(&entities, &sentences)

        // 2. Acronyms: defined in parentheses, or the initials of a name of the article.
        for s in sentences.indices {
            let tokens = sentences[s].tokens
            for m in sentences[s].mentions.indices {
                let mention = sentences[s].mentions[m]
                guard mention.range.count == 1, tokens[mention.range.lowerBound].isAllCaps, mention.entry == nil else { continue }
                let letters = mention.nameKey.replacingOccurrences(of: " ", with: "")
                var target: String? = nil
                if mention.range.lowerBound >= 2, tokens[mention.range.lowerBound - 1].text == "(",
                   let before = sentences[s].mention(endingAt: mention.range.lowerBound - 2),
                   let id = before.entityID, Resolver.initials(of: before.nameKey).hasPrefix(String(letters.prefix(2))) {
                    target = id
                } else {
                    let candidates = entities.values.filter { $0.id != mention.entityID && $0.type != .person && Resolver.initials(of: Folding.name($0.label)) == letters }
                    if candidates.count == 1 { target = candidates[0].id }
                }
                guard let target, let oldID = mention.entityID, oldID != target else { continue }
                reassign(from: oldID, to: target, &entities, &sentences)
            }
        }

        // 3. Lone words: a surname (or other name word) of a person of the article.
        var bySurname: [String: [String]] = [:], byNameWord: [String: [String]] = [:]
        for person in entities.values where person.type == .person && person.nameWords.count >= 2 {
            bySurname[person.nameWords.last!, default: []].append(person.id)
            for word in Set(person.nameWords) { byNameWord[word, default: []].append(person.id) }
        }
        for s in sentences.indices {
            for m in sentences[s].mentions.indices where sentences[s].mentions[m].entityID == nil {
                let mention = sentences[s].mentions[m]
                let word = mention.nameKey
                let matches = (bySurname[word] ?? byNameWord[word] ?? []).sorted()
                if let personID = matches.first, let person = entities[personID] {
                    sentences[s].resolve(m, to: person.id)
                    entities[person.id]!.aliases.insert(mention.surface)
                    entities[person.id]!.mentions += 1
                } else if mention.confident {
                    let id = "person:\(Folding.slug(word))"
                    sentences[s].resolve(m, to: id)
                    register(mention, id: id, label: mention.surface, fromLexicon: false, words: [word])
                }
            }
            sentences[s].replaceMentions(sentences[s].mentions.filter { $0.entityID != nil })
        }
        return entities
    }

    /// The initials of a folded name, skipping small words ("international stabilization force" → "isf").
    static func initials(of name: String) -> String {
        let skip: Set<String> = ["of", "the", "for", "and", "on", "in", "de", "al"]
        return String(name.split(separator: " ").filter { !skip.contains(String($0)) }.compactMap(\.first))
    }

    /// Joins persons whose names nest ("Khawaja Asif" inside "Khawaja Muhammad Asif").
    private func mergePersonsByName(_ entities: inout [String: EntityDraft], _ sentences: inout [AnalyzedSentence]) {
        let persons = entities.values.filter { $0.type == .person && !$0.nameWords.isEmpty }.sorted { ($0.nameWords.count, $0.id) > ($1.nameWords.count, $1.id) }
        for shorter in persons.reversed() {
            guard let longer = persons.first(where: { $0.id != shorter.id && $0.nameWords.count > shorter.nameWords.count
                && $0.nameWords.last == shorter.nameWords.last && Set(shorter.nameWords).isSubset(of: Set($0.nameWords)) }) else { continue }
            reassign(from: shorter.id, to: longer.id, &entities, &sentences)
        }
    }

    private func reassign(from oldID: String, to newID: String, _ entities: inout [String: EntityDraft], _ sentences: inout [AnalyzedSentence]) {
        guard let old = entities.removeValue(forKey: oldID), var target = entities[newID] else { return }
        target.aliases.formUnion(old.aliases)
        target.titles.formUnion(old.titles)
        target.mentions += old.mentions
        entities[newID] = target
        for s in sentences.indices {
            for m in sentences[s].mentions.indices where sentences[s].mentions[m].entityID == oldID {
                sentences[s].resolve(m, to: newID, type: target.type)
            }
        }
    }
}
