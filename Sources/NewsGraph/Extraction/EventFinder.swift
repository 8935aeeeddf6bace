/// Finds CAMEO event relations: a trigger word from the lexicon, its actor and its target, read
/// from the sentence's structure.
///
/// Verbs take their actor from the subject before the verb group (across appositions and
/// coordination) and their target from the direct object or a trigger's preposition; passives
/// take the actor from "by". Nouns take the actor from a possessive or a name before them
/// ("Munir’s third meeting", "US pressure") or from the phrase they stand in apposition to,
/// and the target from their preposition ("with Trump", "on Islamabad", "of Hamas").
struct EventFinder {
    let lexicon: Lexicon
    private var cues: Cues { lexicon.cues }

    /// Verbs whose object noun carries the event ("imposed sanctions", "carried out strikes", "held talks").
    static let lightVerbs: Set<String> = ["carried", "carries", "carry", "out", "launched", "launches", "launch", "conducted", "conducts",
                                          "conduct", "held", "holds", "hold", "imposed", "imposes", "impose", "lodged", "lodges", "issued",
                                          "issues", "staged", "stages", "mounted", "mounts", "made", "makes", "gave", "gives", "expressed",
                                          "expresses", "voiced", "voices", "announced", "announces", "signed", "signs", "began", "begins",
                                          "resumed", "resumes", "renewed", "renews", "stepped", "intensified", "escalated", "agreed", "agree",
                                          "agrees", "accepted", "accept", "accepts", "reached", "reach", "brokered", "declared", "declare"]

    static let actorTypes: Set<EntityType> = [.person, .country, .organization, .group]
    static let targetTypes: Set<EntityType> = [.person, .country, .organization, .group, .event, .plan]
    /// Relations whose target may be a place: strikes and fighting happen somewhere.
    static let placeTargetTypes: Set<RelationType> = [.assault, .fight, .exhibitForcePosture, .useUnconventionalMassViolence]

    /// The event relations of one sentence.
    func relations(in sentence: AnalyzedSentence) -> [FoundRelation] {
        let reader = SentenceReader(sentence: sentence, cues: cues)
        let tokens = sentence.tokens
        let tree = sentence.parse.flatMap { $0.words.count == tokens.count ? SentenceTree(sentence: sentence, parse: $0) : nil }
        var found: [FoundRelation] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind == .word, sentence.mention(at: i) == nil, sentence.title(at: i) == nil,
                  let forms = lexicon.triggerForms[tokens[i].key] else { i += 1; continue }
            var matched = false
            for form in forms.sorted(by: { $0.words.count > $1.words.count }) {
                let end = i + form.words.count
                guard end <= tokens.count, (1..<form.words.count).allSatisfy({ tokens[i + $0].key == form.words[$0] }) else { continue }
                let trigger = lexicon.triggers[form.trigger]
                // A capitalised noun trigger inside a name ("Peace Talks") or a verb form used as a noun is skipped by the readers.
                let relations: [FoundRelation]
                if let tree, !sentence.isTitleCase, sentence.sentence.index > 0 {
                    // Where the tree gives a verb no actor (a misparse), its words are read instead.
                    relations = treeRelations(TreeReader(tree: tree, cues: cues), reader, trigger, form, i..<end)
                        ?? verbRelations(reader, trigger, form, i..<end)
                } else {
                    relations = trigger.pos == "verb" ? verbRelations(reader, trigger, form, i..<end) : nounRelations(reader, trigger, i..<end)
                }
                if !relations.isEmpty {
                    found += relations
                    matched = true
                    i = end
                    break
                }
            }
            if !matched { i += 1 }
        }
        if let tree, !sentence.isTitleCase, sentence.sentence.index > 0 { found += hyphenatedModifierRelations(TreeReader(tree: tree, cues: cues), reader) }
        found += attributions(reader) + planOwners(reader)
        return found.filter { $0.source != $0.target }
    }

    /// "According to X, …" and "…, according to X": X says something about the first actor named
    /// in what it is credited with.
    private func attributions(_ reader: SentenceReader) -> [FoundRelation] {
        let tokens = reader.tokens
        var found: [FoundRelation] = []
        for i in tokens.indices where tokens[i].key == "according" && i + 1 < tokens.count && tokens[i + 1].key == "to" {
            guard let source = reader.phrase(startingAt: i + 2), let speaker = source.mentions.first,
                  EventFinder.actorTypes.contains(speaker.type) || speaker.role == .pronoun, let speakerID = speaker.entityID else { continue }
            let leading = source.end < tokens.count && tokens[source.end].text == ","
            let said = leading ? speechTarget(reader, after: source.end + 1, excluding: [speakerID])
                               : reader.sentence.mentions.filter { $0.range.upperBound <= i && $0.entityID != speakerID && EventFinder.actorTypes.contains($0.type) }.prefix(1).map { $0 }
            for target in said {
                guard let targetID = target.entityID else { continue }
                found.append(FoundRelation(source: speakerID, target: targetID, type: .makeStatement, trigger: "according to",
                                           modality: .reported, sentence: reader.sentence.sentence.index))
            }
        }
        return found
    }

    // MARK: - Verbs

    private func verbRelations(_ reader: SentenceReader, _ trigger: TriggerEntry, _ form: Lexicon.TriggerForm, _ span: Range<Int>) -> [FoundRelation] {
        let tokens = reader.tokens
        // After a determiner or possessive ("its claim", "the call") the word is a noun.
        if span.lowerBound > 0, ["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"].contains(tokens[span.lowerBound - 1].key) {
            return []
        }
        // The verb group before the trigger: auxiliaries, adverbs, negation.
        var j = span.lowerBound - 1
        var group: [Token] = []
        while j >= 0, reader.isVerbGroupFiller(tokens[j]) || reader.isTimePreposition(j) { group.append(tokens[j]); j -= 1 }
        let passive = form.isParticiple && group.contains { SentenceReader.copulas.contains($0.key) }
        // A participle right after a comma ("framework, reportedly cleared by the UN") modifies the phrase before it.
        let reducedRelative = form.isParticiple && j >= 0 && tokens[j].text == "," && !passive
            && byAgent(reader, after: span.upperBound) != nil
        // A bare participle or gerund with no verb group is not a finite verb; only "by" phrases make it an event.
        if (form.isParticiple || form.isGerund) && group.isEmpty && !reducedRelative && subject(reader, endingAt: j) == nil { return [] }
        // A control verb before "to": "Munir has worked deliberately to rebuild trust", "Pakistan wants to join".
        if group.first?.key == "to", j >= 0, tokens[j].kind == .word, !tokens[j].isCapitalized, reader.sentence.mention(at: j) == nil,
           subject(reader, endingAt: j) == nil {
            j -= 1
            while j >= 0, reader.isVerbGroupFiller(tokens[j]) { group.append(tokens[j]); j -= 1 }
        }

        var actors: [Mention] = []
        var targets: [Mention] = []
        if passive || reducedRelative {
            guard let agent = byAgent(reader, after: span.upperBound) else { return [] }
            actors = agent
            var k = j
            if reducedRelative { k -= 1 }
            if let subject = subject(reader, endingAt: k) { targets = subject.mentions }
        } else {
            guard let subject = subject(reader, endingAt: j) else { return [] }
            actors = subject.mentions
            targets = object(reader, trigger, after: span.upperBound)
        }
        if trigger.speech == true {
            let speakers = Set(actors.compactMap(\.entityID))
            targets = speechTarget(reader, after: span.upperBound, excluding: speakers)
            // "“…,” Lin said.": what was said comes first, before the speaker.
            let quoteBefore = actors.first.map { reader.isAfterClosingQuote($0.range.lowerBound) } ?? false
            if targets.isEmpty || quoteBefore, quoteBefore || reader.tokens[span.upperBound...].allSatisfy({ $0.kind == .punctuation }) {
                let quoted = speechTarget(reader, after: 0, excluding: speakers)
                if !quoted.isEmpty { targets = quoted }
            }
        }
        if trigger.inverse == true { swap(&actors, &targets) }
        let window = tokens[max(0, j + 1 - 3)..<span.lowerBound].map(\.key)
        let negated = group.contains { cues.negationCues.contains($0.key) }
        let modality = self.modality(reader, window: window + group.map(\.key), trigger: span)
        return pairs(actors, targets, trigger, span, reader, negated: negated, modality: modality)
    }

    /// The subject phrase ending at token `index`, across an apposition ("Egypt and Qatar—both key mediators—have").
    private func subject(_ reader: SentenceReader, endingAt index: Int) -> (mentions: [Mention], start: Int)? {
        guard index >= 0 else { return nil }
        let tokens = reader.tokens
        // A second verb phrase shares the first one's subject: "Pakistan has never recognised Israel and has been …".
        if ["and", "but"].contains(tokens[index].key) { return sharedSubject(reader, before: index) }
        if let phrase = reader.phrase(endingAt: index) {
            return reader.isInsidePrepositionalPhrase(phrase.start) ? nil : phrase
        }
        if let before = reader.skipParenthetical(endingAt: index), before >= 0 {
            // "South Asia experts, including Michael Kugelman, argue …": the named example speaks.
            let inside = before + 2
            if inside < index, ["including", "like", "notably"].contains(tokens[inside].key),
               let named = reader.phrase(startingAt: inside + 1), named.end == index {
                return (named.mentions, inside + 1)
            }
            if let phrase = reader.phrase(endingAt: before), !reader.isInsidePrepositionalPhrase(phrase.start) { return phrase }
        }
        // A control verb: "Munir has worked to rebuild …", "Pakistan wants to join …".
        if tokens[index].key == "to", index >= 2, tokens[index - 1].kind == .word, !tokens[index - 1].isCapitalized,
           reader.sentence.mention(at: index - 1) == nil {
            var j = index - 2
            while j >= 0, reader.isVerbGroupFiller(tokens[j]) { j -= 1 }
            if j >= 0, let phrase = reader.phrase(endingAt: j) { return phrase }
        }
        return nil
    }

    /// The subject of the verb phrase before a coordinating "and"/"but": the nearest phrase, within
    /// the sentence and before any ";", that a verb group follows.
    private func sharedSubject(_ reader: SentenceReader, before index: Int) -> (mentions: [Mention], start: Int)? {
        let tokens = reader.tokens
        var p = index - 1
        while p >= 0, index - p <= 40, tokens[p].text != ";" {
            if !["and", "but"].contains(tokens[p].key), let found = subject(reader, endingAt: p) {
                var v = p + 1
                while v < index, reader.isVerbGroupFiller(tokens[v]) { v += 1 }
                let isVerb = v < index && (v > p + 1 || tokens[v].key.hasSuffix("ed")
                    || lexicon.triggerForms[tokens[v].key]?.contains { lexicon.triggers[$0.trigger].pos == "verb" } == true)
                if isVerb, tokens[v].kind == .word, !tokens[v].isCapitalized, reader.sentence.mention(at: v) == nil {
                    return found
                }
            }
            p -= 1
        }
        return nil
    }

    /// The target of a verb: its direct object, or the phrase after one of its prepositions.
    private func object(_ reader: SentenceReader, _ trigger: TriggerEntry, after index: Int) -> [Mention] {
        let tokens = reader.tokens
        var k = index
        while k < tokens.count, reader.isVerbGroupFiller(tokens[k]), tokens[k].key != "to" { k += 1 }
        guard k < tokens.count else { return [] }
        let preps = trigger.preps ?? []
        if preps.contains(tokens[k].key) {
            return reader.phrase(startingAt: k + 1)?.mentions ?? []
        }
        // A seat of government after "a" only classifies the noun it modifies: "attended a private White House dinner".
        if trigger.prepOnly != true, let direct = reader.phrase(startingAt: k),
           !direct.mentions.contains(where: { $0.role == .capital && EventFinder.isClassifier(reader, $0) }) { return direct.mentions }
        return afterPreposition(reader, preps, from: k)
    }

    /// The phrase after one of `preps` within a short stretch of lowercase words
    /// ("contribute troops to the force", "seeking participation from Islamic countries").
    private func afterPreposition(_ reader: SentenceReader, _ preps: [String], from index: Int) -> [Mention] {
        let tokens = reader.tokens
        var n = index
        let limit = min(tokens.count, index + 6)
        while n < limit, tokens[n].kind == .word || tokens[n].kind == .number,
              !tokens[n].isCapitalized || preps.contains(tokens[n].key) || tokens[n].text.contains(where: \.isNumber),
              !cues.clauseBreaks.contains(tokens[n].key), reader.sentence.mention(at: n) == nil {
            // "offer to contribute troops to the force": the first "to" opens no name; read on.
            if preps.contains(tokens[n].key), let phrase = reader.phrase(startingAt: n + 1) { return phrase.mentions }
            n += 1
        }
        return []
    }

    /// The agent of a passive: "by X" within a few words.
    private func byAgent(_ reader: SentenceReader, after index: Int) -> [Mention]? {
        let tokens = reader.tokens
        var k = index
        while k < min(tokens.count, index + 3) {
            if tokens[k].key == "by" { return reader.phrase(startingAt: k + 1)?.mentions }
            if tokens[k].kind == .punctuation { return nil }
            k += 1
        }
        return nil
    }

    /// What a speaker speaks about: the first entity named after the verb of saying.
    func speechTarget(_ reader: SentenceReader, after index: Int, excluding: Set<String>) -> [Mention] {
        let tokens = reader.tokens
        // What was said ends at the first clause mark after a few words.
        var end = index
        while end < tokens.count, !([",", ";", "—", "–", ":"].contains(tokens[end].text) && end > index + 1) { end += 1 }
        for mention in reader.sentence.mentions where mention.range.lowerBound >= index && mention.range.upperBound <= end {
            if let id = mention.entityID, !excluding.contains(id), EventFinder.actorTypes.contains(mention.type) { return [mention] }
        }
        return []
    }

    // MARK: - Nouns

    func nounRelations(_ reader: SentenceReader, _ trigger: TriggerEntry, _ span: Range<Int>) -> [FoundRelation] {
        let tokens = reader.tokens
        if tokens[span.lowerBound].isCapitalized && span.lowerBound > 0 { return [] }
        if trigger.agentNoun == true, let relations = agentNounRelations(reader, trigger, span) { return relations }
        // Actor: a possessive or a name right before the noun, skipping a few modifiers.
        var j = span.lowerBound - 1
        var modifiers = 0
        while j >= 0, modifiers < 3, tokens[j].kind == .word || tokens[j].kind == .number, !tokens[j].isCapitalized || tokens[j].kind == .number,
              reader.sentence.mention(at: j) == nil, lexicon.triggerForms[tokens[j].key] == nil || cues.determiners.contains(tokens[j].key),
              !SentenceReader.phraseEnders.contains(tokens[j].key), !["but", "nor", "than"].contains(tokens[j].key) {
            j -= 1
            modifiers += 1
        }
        var actors: [Mention] = []
        var targets: [Mention] = []
        var membership: [FoundRelation] = []
        let preps = trigger.preps ?? []
        if j >= 0, tokens[j].kind == .possessive, let owner = reader.phrase(endingAt: j - 1) {
            actors = owner.mentions
        } else if j >= 0, let owner = reader.mention(endingAt: j), trigger.ofRole == "target", owner.type == .organization,
                  let head = appositionHead(reader, before: owner.range.lowerBound - 1) {
            // "Denmark, a NATO ally of the United States": Denmark is the ally, and a member of NATO.
            actors = head
            membership = head.compactMap { member in
                member.entityID.flatMap { id in owner.entityID.map { FoundRelation(source: id, target: $0, type: .memberOf,
                    trigger: Recognizer.surface(tokens, owner.range.lowerBound..<span.upperBound), sentence: reader.sentence.sentence.index) } }
            }
            if trigger.type == .memberOf { targets = [owner] }
        } else if j >= 0, let owner = reader.mention(endingAt: j), owner.role != .pronoun || ["its", "his", "her", "their"].contains(tokens[j].key),
                  !EventFinder.isClassifier(reader, owner) {
            actors = [owner]
            // "US–Pakistan relations": a pair of names joined by a dash.
            if owner.range.lowerBound >= 2, ["–", "-", "—"].contains(tokens[owner.range.lowerBound - 1].text),
               let first = reader.mention(endingAt: owner.range.lowerBound - 2) {
                actors = [first]
                targets = [owner]
            } else if trigger.compoundTarget == true {
                // "his Washington visit": the name is where the visit goes; the possessive before it visits.
                targets = [owner]
                var k = owner.range.lowerBound - 1
                if k >= 0, tokens[k].kind == .possessive { k -= 1 }
                actors = k >= 0 ? reader.mention(endingAt: k).map { [$0] } ?? [] : []
            }
        } else if j >= 0, let before = appositionHead(reader, before: j) {
            actors = before
        } else if j >= 0, EventFinder.lightVerbs.contains(tokens[j].key)
                    || (j >= 1 && tokens[j].key == "to" && EventFinder.lightVerbs.contains(tokens[j - 1].key)) {
            // "Israel carried out airstrikes", "China imposed sanctions on …", "agreed to a truce": the light verb's subject acts.
            var k = j - 1
            if k >= 0, tokens[j].key == "out" || tokens[j].key == "to" { k -= 1 }
            while k >= 0, reader.isVerbGroupFiller(tokens[k]) { k -= 1 }
            if let subject = subject(reader, endingAt: k) { actors = subject.mentions }
        }
        if trigger.pairOnly == true && targets.isEmpty { return [] }
        let k = span.upperBound
        if actors.isEmpty, k < tokens.count, ["between", "among"].contains(tokens[k].key),
           let parties = reader.phrase(startingAt: k + 1), parties.mentions.count >= 2 {
            // "negotiations between Munir, the CIA and Mossad": the first party acts towards the others.
            actors = [parties.mentions[0]]
            targets = Array(parties.mentions.dropFirst())
        }
        // "the disarmament of Hamas", "Israel's withdrawal": the one named yields, towards the plan that calls for it.
        if trigger.ofRole == "actor", targets.isEmpty {
            if actors.isEmpty, k < tokens.count, tokens[k].key == "of" { actors = reader.phrase(startingAt: k + 1)?.mentions ?? [] }
            guard !actors.isEmpty, let plan = planCallingFor(reader, before: span.lowerBound) else { return membership }
            return membership + pairs(actors, [plan], trigger, span, reader, negated: false, modality: .hypothetical)
        }
        guard !actors.isEmpty else { return membership }
        if targets.isEmpty {
            if k < tokens.count, tokens[k].key == "of", trigger.ofRole == "target" {
                targets = reader.phrase(startingAt: k + 1)?.mentions ?? []
            } else {
                targets = afterPreposition(reader, preps, from: k)
            }
        }
        let window = tokens[max(0, min(actors.first?.range.lowerBound ?? span.lowerBound, span.lowerBound) - 3)..<span.lowerBound].map(\.key)
        let negated = window.contains("no") || window.contains("without")
        let modality = self.modality(reader, window: window, trigger: span)
        return membership + pairs(actors, targets, trigger, span, reader, negated: negated, modality: modality)
    }

    /// Whether a name before a noun only classifies it ("a private White House lunch"): it follows an
    /// indefinite article, directly or across adjectives.
    static func isClassifier(_ reader: SentenceReader, _ mention: Mention) -> Bool {
        var j = mention.range.lowerBound - 1
        while j >= 0, reader.tokens[j].kind == .word, !reader.tokens[j].isCapitalized, !["a", "an"].contains(reader.tokens[j].key),
              !SentenceReader.phraseEnders.contains(reader.tokens[j].key), mention.range.lowerBound - j <= 3 { j -= 1 }
        return j >= 0 && ["a", "an"].contains(reader.tokens[j].key)
    }

    /// "Pakistan has been one of its strongest critics", "Iran, a close ally of Syria": the noun names
    /// the actor, given by the copula's subject; the target is a possessor before the noun.
    /// - Returns: nil when the noun is not a predicate of this shape, so the general reading applies.
    func agentNounRelations(_ reader: SentenceReader, _ trigger: TriggerEntry, _ span: Range<Int>) -> [FoundRelation]? {
        let tokens = reader.tokens
        var j = span.lowerBound - 1
        var targets: [Mention] = []
        while j >= 0 {
            if let m = reader.mention(endingAt: j), m.type == .group { j = m.range.lowerBound - 1; continue }  // "Muslim critics"
            if tokens[j].kind == .word, ["its", "their", "his", "her"].contains(tokens[j].key), let m = reader.mention(endingAt: j) {
                targets = [m]; j -= 1; continue
            }
            if tokens[j].kind == .possessive, let owner = reader.phrase(endingAt: j - 1) {
                targets = owner.mentions; j = owner.start - 1; continue
            }
            if tokens[j].kind == .word, !tokens[j].isCapitalized, reader.sentence.mention(at: j) == nil,
               cues.determiners.contains(tokens[j].key) || SentenceReader.isAdjective(tokens[j].key) || ["one", "of", "among", "most", "closest", "strongest", "staunchest", "fiercest", "biggest", "key", "main"].contains(tokens[j].key)
                || tokens[j].key.hasSuffix("est") {
                j -= 1; continue
            }
            break
        }
        guard j >= 0, tokens[j].kind == .word, SentenceReader.copulas.contains(tokens[j].key) || ["remains", "remain", "became", "become"].contains(tokens[j].key) else { return nil }
        var k = j - 1
        while k >= 0, reader.isVerbGroupFiller(tokens[k]) { k -= 1 }
        guard let subject = subject(reader, endingAt: k) else { return nil }
        if targets.isEmpty, span.upperBound < tokens.count, tokens[span.upperBound].key == "of" {
            targets = reader.phrase(startingAt: span.upperBound + 1)?.mentions ?? []
        }
        // No one is their own critic: a pronoun that points back to the subject means the other actor named before it.
        let subjectIDs = Set(subject.mentions.compactMap(\.entityID))
        if targets.count == 1, targets[0].role == .pronoun, let id = targets[0].entityID, subjectIDs.contains(id),
           let other = reader.sentence.mentions.last(where: { $0.range.upperBound <= targets[0].range.lowerBound && $0.role != .pronoun
                && $0.entityID.map { !subjectIDs.contains($0) } ?? false && EventFinder.actorTypes.contains($0.type) }) {
            targets = [other]
        }
        return pairs(subject.mentions, targets, trigger, span, reader, negated: false, modality: modality(reader, window: [], trigger: span))
    }

    /// The plan named earlier in the sentence that asks for what follows ("His 20-point plan …
    /// calls for Israel's withdrawal, the disarmament of Hamas …").
    func planCallingFor(_ reader: SentenceReader, before index: Int) -> Mention? {
        let tokens = reader.tokens
        guard let plan = reader.sentence.mentions.last(where: { $0.type == .plan && $0.range.upperBound <= index }),
              (plan.range.upperBound..<index).contains(where: { cues.planVerbs.contains(tokens[$0].key) }) else { return nil }
        return plan
    }

    /// "Trump’s Gaza plan", "his proposed 20-point framework": whoever a plan belongs to proposes it.
    private func planOwners(_ reader: SentenceReader) -> [FoundRelation] {
        let tokens = reader.tokens
        var found: [FoundRelation] = []
        for plan in reader.sentence.mentions where plan.type == .plan && plan.role == .name {
            var j = plan.range.lowerBound - 1
            while j >= 0, plan.range.lowerBound - j <= 3, tokens[j].kind == .word || tokens[j].kind == .number, !tokens[j].isCapitalized,
                  reader.sentence.mention(at: j) == nil, cues.determiners.contains(tokens[j].key) || tokens[j].text.contains("-" as Character)
                    || SentenceReader.isAdjective(tokens[j].key) { j -= 1 }
            var owner: Mention? = nil
            if j >= 1, tokens[j].kind == .possessive { owner = reader.mention(endingAt: j - 1) }
            else if j >= 0, ["his", "her", "its", "their"].contains(tokens[j].key) { owner = reader.mention(endingAt: j) }
            guard let owner, EventFinder.actorTypes.contains(owner.type), let source = owner.entityID, let target = plan.entityID else { continue }
            found.append(FoundRelation(source: source, target: target, type: .expressIntentToCooperate,
                                       trigger: Recognizer.surface(tokens, owner.range.lowerBound..<plan.range.upperBound),
                                       sentence: reader.sentence.sentence.index))
        }
        return found
    }

    /// The names a noun stands in apposition to: "Egypt and Qatar—both key mediators in …".
    private func appositionHead(_ reader: SentenceReader, before index: Int) -> [Mention]? {
        let tokens = reader.tokens
        var j = index
        while j >= 0, tokens[j].kind == .word, ["both", "all", "a", "an", "the", "two", "three", "key", "main", "chief", "leading"].contains(tokens[j].key) { j -= 1 }
        guard j >= 1, ["—", "–", ",", "("].contains(tokens[j].text) else { return nil }
        return reader.phrase(endingAt: j - 1)?.mentions
    }

    // MARK: - Modality and output

    /// Hypothetical when a modal or similar cue stands in the words before the trigger; reported when
    /// the sentence attributes what it says to a source; asserted otherwise.
    func modality(_ reader: SentenceReader, window: [String], trigger: Range<Int>) -> Modality {
        if window.contains(where: { cues.hypotheticalCues.contains($0) }) { return .hypothetical }
        if reader.reportingCuePositions.contains(where: { !trigger.contains($0) }) { return .reported }
        return .asserted
    }

    func pairs(_ actors: [Mention], _ targets: [Mention], _ trigger: TriggerEntry, _ span: Range<Int>,
                       _ reader: SentenceReader, negated: Bool, modality: Modality) -> [FoundRelation] {
        var actors = actors, targets = targets
        if targets.isEmpty, trigger.symmetric == true, actors.count >= 2 {
            targets = Array(actors.dropFirst())
            actors = [actors[0]]
        }
        let triggerText = Recognizer.surface(reader.tokens, span)
        var result: [FoundRelation] = []
        for actor in actors where EventFinder.actorTypes.contains(actor.type) {
            for target in targets where EventFinder.targetTypes.contains(target.type)
                    || (target.type == .location && EventFinder.placeTargetTypes.contains(trigger.type)) {
                guard let source = actor.entityID, let targetID = target.entityID, source != targetID,
                      trigger.type != .memberOf || target.type == .organization else { continue }
                let type = negated ? (trigger.negatedType ?? trigger.type) : trigger.type
                result.append(FoundRelation(source: source, target: targetID, type: type, trigger: triggerText,
                                            negated: negated && trigger.negatedType == nil, modality: modality,
                                            sentence: reader.sentence.sentence.index))
            }
        }
        return result
    }
}
