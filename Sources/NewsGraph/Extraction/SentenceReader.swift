/// Reads the shallow structure of an analysed sentence: noun phrases that name entities,
/// their coordination, verb groups, parentheticals and clause edges. Shared by the relation finders.
struct SentenceReader {
    let sentence: AnalyzedSentence
    let cues: Cues
    /// Where the sentence attributes what it says to a source ("reportedly", "according to", "said").
    let reportingCuePositions: [Int]
    var tokens: [Token] { sentence.tokens }

    init(sentence: AnalyzedSentence, cues: Cues) {
        self.sentence = sentence
        self.cues = cues
        reportingCuePositions = sentence.tokens.indices.filter { sentence.tokens[$0].kind == .word && cues.reportingCues.contains(sentence.tokens[$0].key) }
    }

    /// Words after a name that end its noun phrase.
    static let phraseEnders: Set<String> = ["and", "or", "to", "in", "on", "at", "from", "with", "for", "over", "of", "by", "as",
                                            "that", "which", "who", "after", "before", "about", "against", "into", "while",
                                            "during", "amid", "despite", "since", "until", "without", "under", "through",
                                            "across", "near", "alongside", "ahead", "following", "when", "where"]

    /// Nouns after a person's name that make the name a modifier ("the Trump administration").
    static let personModifiedNouns: Set<String> = ["administration", "government", "team", "campaign", "family", "era", "camp",
                                                   "aides", "allies", "supporters", "loyalists", "officials", "doctrine", "plan"]

    /// Forms of "be", which make a participle passive.
    static let copulas: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "am"]

    /// The mention whose last token is `index` (the longest, when several end there).
    func mention(endingAt index: Int) -> Mention? { sentence.mention(endingAt: index) }

    /// The mention whose first token is `index`.
    func mention(startingAt index: Int) -> Mention? { sentence.mention(startingAt: index) }

    /// Whether a token is a verb or an auxiliary: a known verb form, a filler of a verb group, or a word in "-ed".
    func isVerb(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized
            && (isVerbGroupFiller(token) || cues.knownVerbs.contains(token.key) || token.key.hasSuffix("ed"))
    }

    /// Whether a word is an adverb or auxiliary that may stand inside a verb group.
    func isVerbGroupFiller(_ token: Token) -> Bool {
        token.kind == .word && (cues.auxiliaries.contains(token.key) || cues.negationCues.contains(token.key)
            || cues.timeWords.contains(token.key) || cues.months.contains(token.key)
            || (token.key.hasSuffix("ly") && token.key.count > 4 && !token.isCapitalized))
            || token.kind == .number
    }

    /// Whether token `index` is "on" or "in" before a time word ("on Monday", "in March").
    func isTimePreposition(_ index: Int) -> Bool {
        guard ["on", "in"].contains(tokens[index].key), index + 1 < tokens.count else { return false }
        let next = tokens[index + 1].key
        return cues.timeWords.contains(next) || cues.months.contains(next) || tokens[index + 1].kind == .number
    }

    /// Whether the phrase starting at token `start` sits inside a prepositional phrase
    /// ("the force in Lebanon"), so that it cannot be the subject of a following verb.
    func isInsidePrepositionalPhrase(_ start: Int) -> Bool {
        var j = start - 1
        while j >= 0, tokens[j].kind == .word, cues.determiners.contains(tokens[j].key), !tokens[j].isCapitalized { j -= 1 }
        guard j >= 0, tokens[j].kind == .word else { return false }
        return ["in", "of", "from", "at", "for", "with", "near", "inside", "outside", "across", "between", "among", "against", "on", "about", "over", "by"].contains(tokens[j].key)
    }

    /// The entities of a noun phrase ending at token `index`: a name, a coordination of names
    /// ("Egypt and Qatar"), or an agent noun owned by a country ("Pakistani officials", "Qatar's foreign ministry").
    /// - Returns: the mentions and the index of the phrase's first token.
    func phrase(endingAt index: Int) -> (mentions: [Mention], start: Int)? {
        guard index >= 0 else { return nil }
        if let head = mention(endingAt: index) {
            // A name that only modifies a following noun ("the Gaza proposal") is handled by the caller.
            var group = [head]
            var start = head.range.lowerBound
            var j = start - 1
            var listHasAnd = false
            while j >= 1 {
                let word = tokens[j].key
                if word == "and" || word == "or" || tokens[j].text == "," {
                    var k = j - 1
                    if word == "and" || word == "or", k >= 0, tokens[k].text == "," { k -= 1 }
                    // A bare comma joins names only in a list that opens the sentence or goes on before
                    // ("Taliban, Pakistan agree …"), not after "According to Kenya, …".
                    let commaOnly = tokens[j].text == ","
                    // After ", and" a name that ends another clause (an object, "criticised Nairobi, and
                    // Uganda held …") is not part of this phrase.
                    let commaAnd = !commaOnly && tokens[j - 1].text == ","
                    if let previous = mention(endingAt: k),
                       !commaOnly || listHasAnd || previous.range.lowerBound == 0 || [",", "and"].contains(tokens[previous.range.lowerBound - 1].text),
                       !commaAnd || previous.range.lowerBound == 0 || tokens[previous.range.lowerBound - 1].text == ","
                        || !(isVerb(tokens[previous.range.lowerBound - 1]) || SentenceReader.phraseEnders.contains(tokens[previous.range.lowerBound - 1].key)),
                       previous.type == head.type || [EntityType.country, .organization].contains(previous.type) && [EntityType.country, .organization].contains(head.type) {
                        if !commaOnly { listHasAnd = true }
                        group.insert(previous, at: 0)
                        start = previous.range.lowerBound
                        j = start - 1
                        continue
                    }
                }
                break
            }
            return (group, start)
        }
        // Agent noun phrases: "[Country]['s] [adjective] officials".
        var j = index
        var sawAgent = false
        while j >= 0, tokens[j].kind == .word, !tokens[j].isCapitalized || tokens[j].key == "army" {
            if cues.agentNouns.contains(tokens[j].key) || (j > 0 && cues.agentNouns.contains(tokens[j - 1].key + " " + tokens[j].key)) { sawAgent = true }
            if !sawAgent { return nil }
            j -= 1
            if index - j > 5 { return nil }
        }
        guard sawAgent, j >= 0 else { return nil }
        if tokens[j].kind == .possessive { j -= 1 }
        if let owner = mention(endingAt: j), [EntityType.country, .organization].contains(owner.type) {
            return ([owner], owner.range.lowerBound)
        }
        return nil
    }

    /// The entities of a noun phrase starting at token `index`, skipping determiners and adjectives.
    func phrase(startingAt index: Int) -> (mentions: [Mention], end: Int)? {
        guard let first = head(startingAt: index) else { return nil }
        // A name that modifies a following common noun names the phrase's entity only when it is a
        // country or an organisation ("Pakistani troops", "US defense firms", "Hamas targets"), never a
        // place ("the Gaza force") or a collective used as an adjective ("Western goals").
        var end = first.range.upperBound
        if end < tokens.count, tokens[end].kind == .word, !tokens[end].isCapitalized,
           ![EntityType.country, .organization].contains(first.type), first.role != .demonym,
           first.type != .person || SentenceReader.personModifiedNouns.contains(tokens[end].key),
           !SentenceReader.phraseEnders.contains(tokens[end].key), !cues.auxiliaries.contains(tokens[end].key) {
            return nil
        }
        var group = [first]
        var k = end
        while k < tokens.count {
            var n = k
            if tokens[n].text == "," { n += 1 }
            guard n < tokens.count, ["and", "or"].contains(tokens[n].key) || tokens[k].text == "," else { break }
            if ["and", "or"].contains(tokens[n].key) { n += 1 } else if n < tokens.count, isVerb(tokens[n]) { break }  // ", criticised Uganda"
            guard let next = head(startingAt: n) else { break }
            // "…with Venezuela, and Washington reportedly threatened…": a new clause, not a coordinated name.
            if tokens[k].text == ",", next.range.upperBound < tokens.count, isVerb(tokens[next.range.upperBound]) {
                break
            }
            group.append(next)
            end = next.range.upperBound
            k = end
        }
        return (group, end)
    }

    /// Quantity words that head "a number of X", "dozens of X".
    static let quantityNouns: Set<String> = ["number", "series", "range", "host", "group", "couple", "handful", "dozens", "hundreds",
                                             "thousands", "some", "many", "several", "one", "two", "three", "most", "all", "each", "both", "none", "part"]

    /// The entity a noun phrase starting at `index` names, skipping determiners, adjectives, quantities
    /// ("a number of Hezbollah targets") and titles ("President Trump"); a country or organisation
    /// followed by a title and a person, or by a possessive and another name, gives that person or
    /// name ("Chinese President Xi Jinping", "Pakistan’s Field Marshal Asim Munir", "Afghanistan's Taliban").
    func head(startingAt index: Int) -> Mention? {
        var i = index
        var skipped = 0
        while i < tokens.count, skipped < 5, tokens[i].kind == .word || tokens[i].kind == .number, !tokens[i].isCapitalized {
            let key = tokens[i].key
            if cues.determiners.contains(key) || tokens[i].text.contains("-" as Character) || tokens[i].kind == .number || SentenceReader.isAdjective(key) {
                i += 1
            } else if SentenceReader.quantityNouns.contains(key), i + 1 < tokens.count, tokens[i + 1].key == "of" {
                i += 2
            } else {
                break
            }
            skipped += 1
        }
        if let t = sentence.title(startingAt: i) { i = t.range.upperBound }
        guard i < tokens.count, var first = mention(startingAt: i) else { return nil }
        if first.type != .person, first.range.upperBound < tokens.count {
            var p = first.range.upperBound
            let possessive = tokens[p].kind == .possessive
            if possessive { p += 1 }
            var sawTitle = false
            while p < tokens.count {
                if let t = sentence.title(startingAt: p) { p = t.range.upperBound; sawTitle = true; continue }
                if sawTitle, tokens[p].text == "," { p += 1; continue }
                break
            }
            if p < tokens.count, let next = mention(startingAt: p), next.role != .pronoun,
               sawTitle ? next.type == .person : possessive {
                first = next
            }
        }
        return first
    }

    /// Whether a lowercase word has an adjective's ending ("neighboring", "violent", "regional").
    static func isAdjective(_ key: String) -> Bool {
        guard key.count > 4 else { return false }
        return ["ing", "ed", "al", "ive", "ous", "ic", "ful", "ent", "ant", "ary", "ern", "ese", "ian", "ish"].contains { key.hasSuffix($0) }
    }

    /// Whether the phrase at `index` follows the close of a quotation ("“…,” Lin said"), across
    /// a title and its owner ("…,” Danish Foreign Minister Lars Rasmussen said").
    func isAfterClosingQuote(_ index: Int) -> Bool {
        var j = index - 1
        while j >= 0, sentence.title(at: j) != nil || (sentence.mention(at: j) != nil && tokens[j].kind != .punctuation) { j -= 1 }
        if j >= 0, tokens[j].text == "," { j -= 1 }
        guard j >= 0 else { return false }
        return ["”", "\"", "’", "'"].contains(tokens[j].text) || (j >= 1 && tokens[j].text == "," && ["”", "\""].contains(tokens[j - 1].text))
    }

    /// Skips a parenthetical that ends at `index` ("—both key mediators in the conflict—", ", a senior fellow,"):
    /// - Returns: the index just before the parenthetical's opening mark, or nil when `index` closes none.
    func skipParenthetical(endingAt index: Int) -> Int? {
        let mark = tokens[index].text
        guard ["—", "–", ",", ")"].contains(mark) else { return nil }
        let opener = mark == ")" ? "(" : mark
        var j = index - 1
        while j > 0 {
            if tokens[j].text == opener { return j - 1 }
            if cues.clauseBreaks.contains(tokens[j].key) && mark != "," { return nil }
            if tokens[j].text == "." || tokens[j].text == ";" { return nil }
            j -= 1
            if index - j > 25 { return nil }
        }
        return nil
    }

}
