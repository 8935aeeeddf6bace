/// Finds `holds_role` relations from titles of office and appositions:
/// "US President Donald Trump", "Pakistan’s Army Chief, Field Marshal Asim Munir",
/// "Michael Kugelman, Senior Fellow for South Asia at the Atlantic Council".
struct RoleFinder {
    let cues: Cues

    /// A person's title with the country or organisation it belongs to.
    struct Role: Hashable {
        let person: String
        let owner: String?
        /// The title of office; empty when only the phrase states the role ("Egypt’s Abdel Fattah al-Sisi").
        let title: String
        /// The words that state a role without a title.
        var phrase: String? = nil
    }

    /// The roles stated in one sentence.
    func roles(in sentence: AnalyzedSentence) -> [Role] {
        let reader = SentenceReader(sentence: sentence, cues: cues)
        let tokens = sentence.tokens
        var roles: [Role] = []
        for title in sentence.titles where title.title.kind != "honorific" {
            // The person: after the title (and any further titles or a comma), or before it across a comma.
            var i = title.range.upperBound
            var ownerAfter: Mention? = nil
            while true {
                if i < tokens.count, tokens[i].text == "," { i += 1; continue }
                if let next = sentence.title(startingAt: i) { i = next.range.upperBound; continue }
                // "Ambassador to Lebanon Lisa Johnson", "the leader of Mali, Assimi Goïta".
                if i + 1 < tokens.count, ["to", "for", "of"].contains(tokens[i].key) {
                    var n = i + 1
                    if tokens[n].key == "the" { n += 1 }
                    if let m = reader.mention(startingAt: n), m.type != .person {
                        if tokens[i].key == "of" { ownerAfter = m }
                        i = m.range.upperBound
                        continue
                    }
                }
                break
            }
            var person = reader.mention(startingAt: i).flatMap { $0.type == .person ? $0 : nil }
            var personBefore = false
            if person == nil {
                var j = title.range.lowerBound - 1
                if j >= 0, tokens[j].key == "the" || tokens[j].key == "a" { j -= 1 }
                while j >= 0, let owner = reader.mention(endingAt: j), owner.type != .person { j = owner.range.lowerBound - 1 }
                if j >= 0, tokens[j].kind == .possessive { j -= 2 }
                if j >= 0, tokens[j].key == "the" || tokens[j].key == "a" { j -= 1 }
                if j >= 0, tokens[j].text == ",", let before = reader.mention(endingAt: j - 1), before.type == .person {
                    person = before
                    personBefore = true
                }
            }
            guard let person, let personID = person.entityID else { continue }
            if ownerAfter != nil {
                roles.append(Role(person: personID, owner: ownerAfter?.entityID, title: title.title.title))
                continue
            }
            // The owner: a country or organisation right before the title ("US President", "Pakistan’s Army Chief").
            var owner: Mention? = nil
            var j = title.range.lowerBound - 1
            while j >= 0, let earlier = sentence.title(endingAt: j) { j = earlier.range.lowerBound - 1 }
            if j >= 0, tokens[j].kind == .possessive { j -= 1 }
            if j >= 0, let m = reader.mention(endingAt: j), [EntityType.country, .organization].contains(m.type), !personBefore || m.range.lowerBound > person.range.upperBound {
                owner = m
            }
            // Or after it: "Senior Fellow for South Asia at the Atlantic Council", "spokesperson of the ministry".
            if owner == nil {
                var k = title.range.upperBound
                let limit = min(tokens.count, k + 8)
                while k < limit {
                    if ["at", "of"].contains(tokens[k].key) {
                        var n = k + 1
                        if n < tokens.count, tokens[n].key == "the" { n += 1 }
                        if let m = reader.mention(startingAt: n), [EntityType.country, .organization].contains(m.type) { owner = m }
                        break
                    }
                    if tokens[k].text == "," || cues.clauseBreaks.contains(tokens[k].key) || (tokens[k].kind == .word && tokens[k].key == "to") { break }
                    k += 1
                }
                if let found = owner, found.range.lowerBound == i { owner = nil }  // the person, not an owner
            }
            // "Islamabad's delegation, led by Defence Minister X", "The Taliban, represented by …".
            if owner == nil, !personBefore, let led = leader(reader, before: title.range.lowerBound) { owner = led }
            roles.append(Role(person: personID, owner: owner?.entityID, title: title.title.title))
        }
        return roles
    }

    /// The country or organisation a title holder leads or represents: "[X’s delegation], led by".
    private func leader(_ reader: SentenceReader, before index: Int) -> Mention? {
        let tokens = reader.tokens
        guard index >= 3, tokens[index - 1].key == "by", ["led", "headed", "represented"].contains(tokens[index - 2].key),
              tokens[index - 3].text == "," else { return nil }
        guard let phrase = reader.phrase(endingAt: index - 4) ?? reader.phrase(endingAt: index - 5),
              let owner = phrase.mentions.first, [EntityType.country, .organization].contains(owner.type) else { return nil }
        return owner
    }
}
