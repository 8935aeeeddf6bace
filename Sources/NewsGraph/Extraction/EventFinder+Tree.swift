extension EventFinder {
    /// The relations of one trigger read from the dependency tree. A noun trigger counts only
    /// where the tagger read a noun, so "they attack" is no "attack" noun.
    /// - Returns: nil when the tagger read no verb, or the tree gives the verb no actor or no
    ///   argument where a target could stand, so that the words may be read instead.
    func treeRelations(_ tree: TreeReader, _ reader: SentenceReader, _ trigger: TriggerEntry, _ form: Lexicon.TriggerForm,
                       _ span: Range<Int>) -> [FoundRelation]? {
        let anchor = span.lowerBound
        let tag = tree.tree.tag(anchor)
        if trigger.pos == "noun" {
            guard [UPOS.noun, .propn].contains(tag) else { return [] }
            return nounRelations(reader, trigger, span)
        }
        guard tag == .verb else { return nil }
        // A past participle with neither subject, auxiliary nor passive is no finite verb: "given
        // Islamabad's interest", "compared with Chile".
        let t = tree.tree
        if form.isParticiple, [.xcomp, .advcl, .amod].contains(t.relation(anchor).universal), !tree.isPassive(anchor),
           !t.children(anchor).contains(where: { [.nsubj, .aux].contains(t.relation($0).universal) }) { return [] }
        var actors = tree.actors(of: anchor)
        var targets = tree.targets(of: anchor, words: span, preps: trigger.preps ?? [], prepositionOnly: trigger.prepOnly == true,
                                   actors: Set(actors.compactMap(\.entityID)))
        if actors.isEmpty { return nil }
        // An object that names no one ("attended a private White House dinner") is a reading; no object at all may be a misparse.
        if targets.isEmpty, trigger.speech != true,
           !tree.hasArgument(anchor, words: span, preps: trigger.preps ?? [], prepositionOnly: trigger.prepOnly == true) { return nil }
        if trigger.speech == true, !tree.isPassive(anchor) {
            // What was said is a clause, or the object ("emphasized the mission's impact in Haiti");
            // a passive ("was described by X") names what the statement is about as its subject.
            let speakers = Set(actors.compactMap(\.entityID))
            targets = tree.speechTargets(of: anchor, excluding: speakers)
            if targets.isEmpty, tree.tree.children(anchor, .obj).isEmpty { targets = speechTarget(reader, after: span.upperBound, excluding: speakers) }
        }
        if trigger.inverse == true { swap(&actors, &targets) }
        let attributed = reader.reportingCuePositions.contains { !span.contains($0) }
        return pairs(actors, targets, trigger, span, reader, negated: tree.isNegated(anchor),
                     modality: tree.modality(anchor, sentenceIsAttributed: attributed))
    }
}

extension EventFinder {
    /// Relations stated by a hyphenated modifier made of a name and a trigger participle: in "the
    /// Brazil-brokered accord" and "Venezuelan-backed militias" the name acts on what the noun names.
    func hyphenatedModifierRelations(_ tree: TreeReader, _ reader: SentenceReader) -> [FoundRelation] {
        var found: [FoundRelation] = []
        let tokens = reader.tokens
        for index in tokens.indices where tokens[index].kind == .word && tokens[index].text.contains("-" as Character) {
            guard let last = tokens[index].text.split(separator: "-").last, last.first?.isLowercase == true,
                  let forms = lexicon.triggerForms[Folding.word(last)],
                  let form = forms.first(where: { $0.words.count == 1 && $0.isParticiple && lexicon.triggers[$0.trigger].pos == "verb" }),
                  let actor = tree.tree.mention(at: index), actor.range == index..<(index + 1),
                  [.amod, .compound, .acl, .nmod].contains(tree.tree.relation(index).universal),
                  let noun = tree.tree.head(index) else { continue }
            let trigger = lexicon.triggers[form.trigger]
            // "Hezbollah is an Iranian-backed militia": a predicate noun names its subject.
            let subject = tree.tree.children(noun, .cop).isEmpty ? nil : tree.tree.child(noun, exactly: .nsubj)
            let targets = tree.entities(at: subject ?? noun, asActor: false).filter { $0.range != actor.range }
            let attributed = reader.reportingCuePositions.contains { $0 != index }
            found += pairs([actor], targets, trigger, index..<(index + 1), reader, negated: false,
                           modality: tree.modality(noun, sentenceIsAttributed: attributed))
        }
        return found
    }
}
