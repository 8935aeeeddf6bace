/// Reads who does what to whom from a sentence's dependency tree: the entities of a phrase
/// (across coordination and apposition), the actor of a clause (its subject, a passive's "by"
/// agent, or the controller of a clause without a subject), the target (object or oblique),
/// and the scope of negation, denial, report and condition.
struct TreeReader {
    let tree: SentenceTree
    let cues: Cues

    /// Relations that loosely attach a word to a clause it is no argument of (datelines, asides).
    static let looseRelations: Set<DependencyRelation> = [.vocative, .dep, .discourse, .list, .reparandum, .orphan, .dislocated]

    /// Words that introduce a relative clause and stand for the noun it modifies.
    static let relativeWords: Set<String> = ["who", "which", "that", "whom"]

    // MARK: - Phrases

    /// The entities the phrase headed by token `head` names: the name at its head, every
    /// conjunct ("Brazil, Spain and Chile"), the names in apposition to a common noun
    /// ("several leaders — A, B and C"), and the owners of an agent noun ("Pakistani officials",
    /// "envoys from Chile", "Qatar's foreign ministry"). Targets also take the country or
    /// organisation modifying any noun ("Bolivian posts").
    /// - Complexity: O(size of the phrase's subtree).
    func entities(at head: Int, asActor: Bool) -> [Mention] {
        var result: [Mention] = []
        var visited = Set<Int>()
        func visit(_ token: Int, _ depth: Int) {
            guard depth < 12, visited.insert(token).inserted else { return }
            result += base(token, asActor: asActor, depth: depth)
            for child in tree.children(token) where tree.relation(child).universal == .conj || isListedBeside(child, token) {
                visit(child, depth + 1)
            }
        }
        visit(head, 0)
        var ids = Set<String>()
        return result.filter { $0.entityID.map { ids.insert($0).inserted } ?? false }
    }

    /// Whether `child` is a name listed after the name `head` with a comma between them, whatever
    /// relation the parser gave it ("Brazil, Spain, the Netherlands and Chile"): two names of one
    /// type side by side are a list, not an apposition.
    private func isListedBeside(_ child: Int, _ head: Int) -> Bool {
        guard [.appos, .list, .nmod, .dep, .flat].contains(tree.relation(child).universal), tree.caseMarker(child) == nil,
              let first = tree.mention(at: head), let second = tree.mention(at: child), first.type == second.type,
              first.type != .person, second.range.lowerBound > first.range.upperBound else { return false }
        return tree.tokens[first.range.upperBound].text == ","
    }

    /// The entities of one conjunct headed by `token`.
    private func base(_ token: Int, asActor: Bool, depth: Int) -> [Mention] {
        if let mention = tree.mention(at: token) { return isDateline(mention) ? [] : [mention] }
        if tree.sentence.title(at: token) != nil {
            // "the President, Xi Jinping": a title heading the name it is given.
            return tree.children(token).compactMap { tree.mention(at: $0) }.filter { $0.type == .person }.prefix(1).map { $0 }
        }
        // A gerund clause as a phrase names its subject: "insisted on Ukraine surrendering Donetsk".
        if tree.tag(token) == .verb, tree.key(token).hasSuffix("ing"), let subject = tree.child(token, exactly: .nsubj), depth < 6 {
            return entities(at: subject, asActor: asActor)
        }
        guard [UPOS.noun, .propn, .pron, .num, .x].contains(tree.tag(token)) else { return [] }
        var found: [Mention] = []
        // "a number of Hezbollah targets", "dozens of Chilean soldiers": the quantity counts what follows.
        if SentenceReader.quantityNouns.contains(tree.key(token)),
           let counted = tree.children(token).first(where: { tree.relation($0).universal == .nmod && tree.caseMarker($0) == "of" }) {
            return entities(at: counted, asActor: asActor)
        }
        for child in tree.children(token) where tree.relation(child).universal == .appos {
            found += entities(at: child, asActor: asActor)
        }
        if !found.isEmpty { return found }
        let agent = isAgentNoun(token)
        guard agent || !asActor else { return [] }
        // After "a" or "an", a name only classifies the noun: "a private White House dinner".
        let indefinite = tree.children(token).contains { tree.relation($0).universal == .det && ["a", "an"].contains(tree.key($0)) }
        for child in tree.children(token) {
            let relation = tree.relation(child)
            if relation == .nmodPoss || (!indefinite && [.amod, .compound, .flat].contains(relation.universal)) {
                guard let owner = tree.mention(at: child) else { continue }
                if [EntityType.country, .organization].contains(owner.type) || owner.role == .demonym
                    || (owner.type == .person && SentenceReader.personModifiedNouns.contains(tree.key(token))) {
                    found.append(owner)
                }
            } else if agent, relation.universal == .nmod, let marker = tree.caseMarker(child), ["from", "of"].contains(marker), depth < 6 {
                found += entities(at: child, asActor: asActor)
            }
        }
        return found
    }

    /// Whether a mention is a dateline: a place in capitals opening the sentence before a colon,
    /// dash or comma ("SEOUL:", "BEIJING —", "NAIROBI, Oct 11"), which says where the story was filed, not who acted.
    func isDateline(_ mention: Mention) -> Bool {
        let tokens = tree.tokens
        guard mention.range.lowerBound == 0, mention.range.upperBound < tokens.count,
              mention.range.allSatisfy({ tokens[$0].isAllCaps || tokens[$0].kind == .punctuation }) else { return false }
        return [":", "—", "–", "-", ","].contains(tokens[mention.range.upperBound].text)
    }

    /// Whether token `i` heads a dateline.
    private func isDateline(at i: Int) -> Bool { tree.mention(at: i).map(isDateline) ?? false }

    /// Whether token `i` is a noun standing for the state or body it belongs to ("officials", "foreign ministry").
    func isAgentNoun(_ i: Int) -> Bool {
        cues.agentNouns.contains(tree.key(i)) || (i > 0 && cues.agentNouns.contains(tree.key(i - 1) + " " + tree.key(i)))
    }

    // MARK: - Clauses

    /// Whether the verb at `verb` is passive: it has a passive subject or auxiliary, or it is a
    /// participle modifying a noun ("strikes carried out by Chile").
    func isPassive(_ verb: Int) -> Bool {
        if tree.children(verb).contains(where: { [.nsubjPass, .auxPass, .csubjPass].contains(tree.relation($0)) && !isDateline(at: $0) }) { return true }
        guard tree.key(verb).hasSuffix("ed"), !tree.children(verb).contains(where: { [.nsubj, .aux].contains(tree.relation($0).universal) }) else { return false }
        // A participle modifying a noun, or set off with its "by" agent: "strikes carried out by
        // Chile", "the framework, reportedly cleared by the UN, calls for …".
        return tree.relation(verb) == .acl || ([.advcl, .amod].contains(tree.relation(verb).universal) && !agent(of: verb).isEmpty)
    }

    /// The "by" agent of a passive verb.
    func agent(of verb: Int) -> [Mention] {
        tree.children(verb).filter { tree.relation($0) == .oblAgent || (tree.relation($0).universal == .obl && tree.caseMarker($0) == "by") }
            .flatMap { entities(at: $0, asActor: true) }
    }

    /// Who acts in the clause of `verb`: its subject; a passive's agent; for a clause without a
    /// subject, its controller: the object or else the subject of the verb it complements ("urged
    /// Peru to join", "wants to join"), the subject of the clause it is coordinated with or
    /// adjoins ("was accused of arming"), or the owner or subject of the noun it modifies ("in
    /// talks with Peru to contribute", "Russia's decision to attack").
    /// - Complexity: O(depth of the tree · branching).
    func actors(of verb: Int) -> [Mention] {
        var current = verb
        for _ in 0..<8 {
            // Every subject: a misparse may split one coordination into two ("Brazil, Spain, the Netherlands and Chile").
            let subjects = tree.children(current).filter { tree.relation($0) == .nsubj }
            if !subjects.isEmpty { return subjects.flatMap { subjectEntities($0, clause: current) } }
            if current == verb, isPassive(verb) { return agent(of: verb) }
            if tree.head(current) == nil, let opening = openingVocative() { return [opening] }
            if current != verb, let subject = tree.child(current, exactly: .nsubjPass) { return subjectEntities(subject, clause: current) }
            guard let head = tree.head(current) else { return [] }
            switch tree.relation(current).universal {
            case .xcomp:
                if let noun = nounBefore(current), let owner = tree.child(noun, exactly: .nmodPoss) { return entities(at: owner, asActor: true) }
                if let object = tree.children(head).first(where: { [.obj, .iobj].contains(tree.relation($0).universal) }) {
                    return entities(at: object, asActor: true)
                }
                current = head
            case .conj:
                guard [UPOS.verb, .aux, .noun, .adj].contains(tree.tag(head)) else { return [] }
                current = head
            case .advcl:
                // Only a clause without a finite verb takes its actor from the clause it adjoins:
                // "attacked Y, killing …", "moved to expel …"; "as the US presses …" has its own.
                let marks = tree.children(current).filter { tree.relation($0).universal == .mark }.map(tree.key)
                guard tree.key(current).hasSuffix("ing") || marks.contains("to") else { return [] }
                // "gratitude for Pakistan's offer to contribute": an infinitive right after an owned
                // noun completes that noun, wherever the parser hung it; the owner acts.
                if let noun = nounBefore(current), let owner = tree.child(noun, exactly: .nmodPoss) {
                    return entities(at: owner, asActor: true)
                }
                // "accused Pakistan of supporting", "blamed Chile for attacking": the object acts.
                if marks.contains(where: { ["of", "for"].contains($0) }),
                   let object = tree.children(head).first(where: { tree.relation($0).universal == .obj }) {
                    return entities(at: object, asActor: true)
                }
                guard [UPOS.verb, .aux, .noun, .adj].contains(tree.tag(head)) else { return [] }
                current = head
            case .acl:
                if tree.relation(current) == .aclRelcl { return [] }
                // A gerund on a name: "accused Iran of arming Hezbollah", "Chile, sending troops, …".
                if tree.key(current).hasSuffix("ing"), let name = tree.mention(at: head), EventFinder.actorTypes.contains(name.type) {
                    return [name]
                }
                if let owner = tree.child(head, exactly: .nmodPoss) { return entities(at: owner, asActor: true) }
                current = head
            default:
                return []
            }
        }
        return []
    }

    /// A name opening the sentence that the parser took for a vocative or a dislocated phrase
    /// ("Italy, which is hosting the summit, has invited …"). News addresses no one, so such a
    /// name is the subject of a main clause that has none.
    private func openingVocative() -> Mention? {
        guard let first = tree.sentence.mentions.first, first.range.lowerBound == 0, !isDateline(first),
              [.vocative, .dislocated].contains(tree.relation(tree.head(of: first)).universal) else { return nil }
        return first
    }

    /// The noun that ends just before the infinitive clause headed by `verb` ("offer" in "offer to contribute").
    private func nounBefore(_ verb: Int) -> Int? {
        guard let mark = tree.children(verb).first(where: { tree.relation($0).universal == .mark && tree.key($0) == "to" }),
              mark > 0, [.noun].contains(tree.tag(mark - 1)) else { return nil }
        return mark - 1
    }

    /// The entities of a subject, where a relative pronoun stands for the noun its clause modifies.
    private func subjectEntities(_ subject: Int, clause: Int) -> [Mention] {
        guard TreeReader.relativeWords.contains(tree.key(subject)), tree.tag(subject) == .pron else {
            return entities(at: subject, asActor: true)
        }
        if tree.relation(clause) == .aclRelcl, let noun = tree.head(clause) { return entities(at: noun, asActor: true) }
        // A relative clause the parser did not attach ("Peru, which has criticised …" read as a
        // coordinated clause): the pronoun stands for the name just before it.
        var before = subject - 1
        if before >= 0, tree.tokens[before].text == "," { before -= 1 }
        guard before >= 0, let name = tree.mention(at: before), name.range.upperBound == before + 1 else { return [] }
        return [name]
    }

    /// What the verb at `verb` acts on: for a passive, its subject (or the noun a participle
    /// modifies); else its object, the noun a relative clause modifies when the clause's object
    /// is that noun, or the oblique introduced by one of `preps` on any of the trigger's words.
    /// - Parameter actors: the ids of the verb's actors, which an object does not name as its target
    ///   ("recalled their ambassadors from Algeria": the envoys are the actors' own).
    func targets(of verb: Int, words: Range<Int>, preps: [String], prepositionOnly: Bool, actors: Set<String> = []) -> [Mention] {
        if isPassive(verb) {
            if let subject = tree.child(verb, exactly: .nsubjPass) { return subjectEntities(subject, clause: verb) }
            guard let head = tree.head(verb) else { return [] }
            if tree.relation(verb) == .acl || tree.tag(head) != .verb { return entities(at: head, asActor: false) }
            // Set off beside a clause: what the participle says is said of that clause's subject.
            return tree.children(head).filter { tree.relation($0) == .nsubj }.flatMap { entities(at: $0, asActor: false) }
        }
        var direct: [Mention] = []
        if !prepositionOnly {
            for object in tree.children(verb) where [.obj, .iobj].contains(tree.relation(object).universal) {
                if TreeReader.relativeWords.contains(tree.key(object)), tree.relation(verb) == .aclRelcl, let noun = tree.head(verb) {
                    direct += entities(at: noun, asActor: false)
                } else {
                    direct += entities(at: object, asActor: false)
                }
            }
            // "the force Pakistan joined": a relative clause without a pronoun whose object is the noun.
            if direct.isEmpty, tree.relation(verb) == .aclRelcl, tree.children(verb, .obj).isEmpty,
               tree.child(verb, exactly: .nsubj).map({ !TreeReader.relativeWords.contains(tree.key($0)) }) ?? false,
               let noun = tree.head(verb) {
                direct += entities(at: noun, asActor: false)
            }
        }
        direct.removeAll { $0.entityID.map(actors.contains) ?? true }
        if !direct.isEmpty { return direct }
        guard !preps.isEmpty else { return [] }
        var found: [Mention] = []
        for word in words where word < tree.count {
            for child in tree.children(word) where [.obl, .nmod, .advmod, .obj].contains(tree.relation(child).universal) {
                if let marker = tree.caseMarker(child), preps.contains(marker) {
                    found += entities(at: child, asActor: false)
                } else if tree.relation(child).universal == .obj {
                    // "contribute troops to the force": the preposition may hang on the object.
                    for inner in tree.children(child) where tree.relation(inner).universal == .nmod {
                        if let marker = tree.caseMarker(inner), preps.contains(marker) { found += entities(at: inner, asActor: false) }
                    }
                }
            }
        }
        return found
    }

    /// Whether the verb at `verb` has an argument where its target would stand: a passive
    /// subject, an object, or an oblique with one of `preps` on one of the trigger's words.
    func hasArgument(_ verb: Int, words: Range<Int>, preps: [String], prepositionOnly: Bool) -> Bool {
        if isPassive(verb) { return tree.child(verb, exactly: .nsubjPass) != nil || tree.relation(verb) == .acl }
        if !prepositionOnly, tree.children(verb).contains(where: { [.obj, .iobj].contains(tree.relation($0).universal) }) { return true }
        return words.contains { word in
            word < tree.count && tree.children(word).contains { tree.caseMarker($0).map(preps.contains) == true }
        }
    }

    /// What a verb of saying is about: the first actor named in the clause it reports (its
    /// complement or object, or the clause it is a parenthetical of: "“…,” Lin said").
    func speechTargets(of verb: Int, excluding speakers: Set<String>) -> [Mention] {
        var regions: [(root: Int, without: Int?)] = []
        for relation in [DependencyRelation.ccomp, .parataxis, .xcomp, .obj] {
            regions += tree.children(verb).filter { tree.relation($0).universal == relation }.map { ($0, nil) }
        }
        if [.parataxis, .ccomp].contains(tree.relation(verb).universal), let head = tree.head(verb) { regions.append((head, verb)) }
        // The first named in any of them: what was said may hang on the verb in more than one piece.
        for mention in tree.sentence.mentions {
            guard let id = mention.entityID, !speakers.contains(id), EventFinder.actorTypes.contains(mention.type), !isDateline(mention) else { continue }
            let head = tree.head(of: mention)
            // An aside is no part of what was said.
            guard !TreeReader.looseRelations.contains(tree.relation(head).universal) else { continue }
            if regions.contains(where: { tree.isInSubtree(head, of: $0.root) && !($0.without.map { tree.isInSubtree(head, of: $0) } ?? false) }) {
                return [mention]
            }
        }
        return []
    }

    // MARK: - Scope

    /// Whether the event at `verb` is negated: "not", "never" on it or on a verb it complements
    /// ("did not agree to send"), a negative verb it complements ("refused to meet"), or a denial
    /// whose complement it stands in ("denied that its troops attacked", "rejected claims that
    /// it had attacked", "dismissed reports that").
    func isNegated(_ verb: Int) -> Bool {
        var current = verb
        for _ in 0..<6 {
            if tree.children(current).contains(where: { [.advmod, .det, .cc].contains(tree.relation($0).universal) && cues.negationCues.contains(tree.key($0)) }) {
                return true
            }
            guard tree.relation(current).universal == .xcomp, let head = tree.head(current) else { break }
            if cues.negationCues.contains(tree.key(head)) { return true }
            current = head
        }
        return isDenied(verb)
    }

    /// Whether `token` stands in what a denial denies.
    private func isDenied(_ token: Int) -> Bool {
        var current = token
        for _ in 0..<6 {
            guard let head = tree.head(current) else { return false }
            let relation = tree.relation(current).universal
            if [.ccomp, .xcomp, .acl, .csubj, .advcl].contains(relation) {
                if cues.denialWords.contains(tree.key(head)) { return true }
                // "claims that …" as the object of a denial.
                if cues.claimNouns.contains(tree.key(head)), let verb = tree.head(head),
                   [.obj, .nsubj, .obl, .nmod].contains(tree.relation(head).universal), cues.denialWords.contains(tree.key(verb)) {
                    return true
                }
                current = head
                continue
            }
            if relation == .conj { current = head; continue }
            return false
        }
        return false
    }

    /// The modality of the event at `verb`: hypothetical under a modal, "if", "to" or a verb of
    /// proposal on the way up its clause chain; reported in the complement of a verb of saying
    /// or of an accusation, or in a sentence that credits a source ("reportedly", "according to").
    func modality(_ verb: Int, sentenceIsAttributed: Bool) -> Modality {
        var current = verb
        for step in 0..<6 {
            if tree.children(current).contains(where: { [.aux, .mark].contains(tree.relation($0).universal) && cues.hypotheticalCues.contains(tree.key($0)) }) {
                return .hypothetical
            }
            if step > 0, cues.hypotheticalCues.contains(tree.key(current)) { return .hypothetical }
            if tree.children(current).contains(where: { tree.relation($0).universal == .parataxis && cues.reportingCues.contains(tree.key($0)) }) {
                return .reported
            }
            guard let head = tree.head(current) else { break }
            let relation = tree.relation(current).universal
            if [.ccomp, .parataxis].contains(relation), cues.reportingCues.contains(tree.key(head)) { return .reported }
            guard [.xcomp, .ccomp, .advcl, .acl, .conj].contains(relation) else { break }
            current = head
        }
        return sentenceIsAttributed ? .reported : .asserted
    }
}
