/// Finds the mentions of named entities and the titles of office in sentences.
///
/// Names come from the lexicon (longest match first) or from the text's own cues: runs of
/// capitalised words, typed by their head word ("… Council" is an organisation), by a title
/// before them ("President X" is a person), by a known given name, or as an acronym.
/// Headline-style sentences, where every word is capitalised, only yield names the lexicon
/// knows or that the article's other sentences named.
struct Recognizer {
    let lexicon: Lexicon
    private var cues: Cues { lexicon.cues }

    /// Mentions and titles of every sentence of one article.
    /// - Parameter tagger: the part-of-speech tags of a sentence, one per token, asked only of a
    ///   sentence whose capitals look like a headline's; nil to judge by the capitals alone.
    func recognize(_ sentences: [Sentence], tagger: ((Sentence) -> [UPOS])? = nil) -> [AnalyzedSentence] {
        var capitalizedElsewhere = Set<String>()
        let titleCase = sentences.map { sentence in
            isTitleCase(sentence) && !(tagger.map { hasLowercaseContentWord(sentence, $0(sentence)) } ?? false)
        }
        for sentence in sentences where !titleCase[sentence.index] {
            for (index, token) in sentence.tokens.enumerated() where index > 0 && token.kind == .word && token.isCapitalized {
                if !isSentenceInitial(sentence.tokens, index) { capitalizedElsewhere.insert(token.key) }
            }
        }
        var analyzed: [AnalyzedSentence?] = Array(repeating: nil, count: sentences.count)
        var knownNameWords = Set<String>()
        for sentence in sentences where !titleCase[sentence.index] {
            let result = analyze(sentence, capitalizedElsewhere: capitalizedElsewhere, knownNameWords: nil)
            for mention in result.mentions where mention.entry == nil {
                for index in mention.range { knownNameWords.insert(sentence.tokens[index].key) }
            }
            analyzed[sentence.index] = result
        }
        for sentence in sentences where titleCase[sentence.index] {
            analyzed[sentence.index] = analyze(sentence, capitalizedElsewhere: capitalizedElsewhere, knownNameWords: knownNameWords)
        }
        return analyzed.compactMap { $0 }
    }

    /// Whether a lowercase word of the sentence is tagged as a noun, verb, adjective or adverb:
    /// a headline in title case capitalises all of them, so the sentence is body text however
    /// many names and titles it holds ("Malaysian Foreign Minister Aziz Rahman hosted …").
    func hasLowercaseContentWord(_ sentence: Sentence, _ tags: [UPOS]) -> Bool {
        guard tags.count == sentence.tokens.count else { return false }
        return sentence.tokens.indices.contains { index in
            let token = sentence.tokens[index]
            return index > 0 && token.kind == .word && !token.isCapitalized && token.key.count >= 3
                && [UPOS.noun, .verb, .adj, .adv].contains(tags[index])
        }
    }

    /// Whether a sentence is in title case: most of its common words (not titles of office, not
    /// the first word) are capitalised, as in "Reset Faces Gaza Test as Trump Pressures Munir".
    func isTitleCase(_ sentence: Sentence) -> Bool {
        func counts(excluding excluded: Set<Int>) -> (common: Int, capitalized: Int) {
            var common = 0, capitalized = 0
            for (index, token) in sentence.tokens.enumerated() where index > 0 && token.kind == .word && token.key.count >= 3 {
                guard lexicon.commonWords.contains(token.key), lexicon.title(token.key) == nil, !excluded.contains(index),
                      !cues.timeWords.contains(token.key), !cues.months.contains(token.key) else { continue }
                common += 1
                if token.isCapitalized { capitalized += 1 }
            }
            return (common, capitalized)
        }
        var (common, capitalized) = counts(excluding: [])
        if capitalized * 10 > common * 6 {
            // Words inside titles of office ("Secretary of State") and inside names made with a head word
            // ("the Ministry of Foreign Affairs") are capitalised in any sentence.
            var inNames = Set<Int>()
            var t = 0
            let tokens = sentence.tokens
            while t < tokens.count {
                let length = titleMatch(tokens, at: t)
                if length > 0 { inNames.formUnion(t..<(t + length)); t += length; continue }
                if tokens[t].kind == .word, tokens[t].isCapitalized {
                    let run = capitalRun(tokens, from: t)
                    if run >= 2, headType(tokens, t..<(t + run)) != nil { inNames.formUnion(t..<(t + run)) }
                    t += run
                    continue
                }
                t += 1
            }
            (common, capitalized) = counts(excluding: inNames)
        }
        if common >= 2 && capitalized * 10 > common * 6 { return true }
        // A heading: no final punctuation and every longer word capitalised ("Asim Munir’s Strategic Dilemma").
        guard let last = sentence.tokens.last, ![".", "!", "?", "\"", "”", "’"].contains(last.text) else { return false }
        let words = sentence.tokens.filter { $0.kind == .word && $0.key.count >= 4 }
        return words.count >= 2 && words.allSatisfy(\.isCapitalized)
    }

    private func isSentenceInitial(_ tokens: [Token], _ index: Int) -> Bool {
        var j = index - 1
        while j >= 0 {
            if tokens[j].kind == .word || tokens[j].kind == .number { return false }
            if [":", ";"].contains(tokens[j].text) { return true }
            j -= 1
        }
        return true
    }

    /// Whether the capital of token `index` says it is (part of) a name.
    private func isNameCapital(_ tokens: [Token], _ index: Int, _ capitalizedElsewhere: Set<String>) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, !Recognizer.isHyphenatedAdjective(token) else { return false }
        guard isSentenceInitial(tokens, index) else { return true }
        if lexicon.commonWords.contains(token.key) { return false }
        if token.key.hasSuffix("ly") || token.key.hasSuffix("ing") { return false }
        if lexicon.givenNames.contains(token.key) || capitalizedElsewhere.contains(token.key) { return true }
        if token.isAllCaps { return true }
        return index + 1 < tokens.count && tokens[index + 1].kind == .word && tokens[index + 1].isCapitalized
    }

    // MARK: - One sentence

    private func analyze(_ sentence: Sentence, capitalizedElsewhere: Set<String>, knownNameWords: Set<String>?) -> AnalyzedSentence {
        let tokens = sentence.tokens
        var mentions: [Mention] = []
        var titles: [TitleMention] = []
        var i = 0
        func text(_ range: Range<Int>) -> String { Recognizer.surface(tokens, range) }
        while i < tokens.count {
            let token = tokens[i]
            guard token.kind == .word || token.kind == .number else { i += 1; continue }
            if let group = collective(sentence, at: i) {
                mentions.append(group)
                i = group.range.upperBound
                continue
            }
            var lexical = lexiconMatch(tokens, at: i)
            if let found = lexical, found.length > 1, titleMatch(tokens, at: i + found.length - 1) > 1 {
                lexical = lexiconMatch(tokens, at: i, maxLength: found.length - 1)
            }
            let run = isNameCapital(tokens, i, capitalizedElsewhere) ? capitalRun(tokens, from: i) : 0
            var titleLength = titleMatch(tokens, at: i)

            // A capitalised name ending in a head word ("Atlantic Council", "Pakistan Army") outranks
            // the shorter lexicon names inside it.
            if run > (lexical?.length ?? 0), titleLength == 0,
               knownNameWords == nil || (i..<(i + run)).allSatisfy({ knownNameWords!.contains(tokens[$0].key) }),
               let type = headType(tokens, i..<(i + run)) {
                let range = i..<(i + run)
                mentions.append(Mention(sentence: sentence.index, range: range, surface: text(range), type: type, role: .name,
                                        entry: nil, nameKey: Folding.name(text(range)),
                                        kind: type == .organization ? cues.organizationKinds[tokens[i + run - 1].key] : nil))
                i += run
                continue
            }
            // A city that is also a given name, before a surname ("Vladimir Putin", "Florence Parly"), is a person.
            if let lexical, run > lexical.length, lexicon.entries[lexical.match.entry].type == .location,
               lexicon.givenNames.contains(tokens[i].key), lexicon.phrases[tokens[i + lexical.length].key] == nil {
                let range = i..<(i + min(run, 4))
                mentions.append(Mention(sentence: sentence.index, range: range, surface: text(range), type: .person, role: .name,
                                        entry: nil, nameKey: Folding.name(text(range)), kind: nil))
                i = range.upperBound
                continue
            }
            // "UN Secretary-General": the organisation, then the title.
            if let lexical, titleLength > lexical.length, titleMatch(tokens, at: i + lexical.length) == titleLength - lexical.length {
                titleLength = 0
            }
            if let lexical, lexical.length >= titleLength {
                let range = i..<(i + lexical.length)
                mentions.append(lexiconMention(sentence, range, lexical.match))
                i += lexical.length
                continue
            }
            if titleLength > 0 {
                let range = i..<(i + titleLength)
                let key = tokens[range].map(\.key).joined(separator: " ")
                if let title = lexicon.title(key) { titles.append(TitleMention(range: range, title: title, surface: text(range))) }
                i += titleLength
                continue
            }
            if run > 0 {
                // Stop the run where a lexicon name or a title begins inside it.
                var end = i + 1
                let givenName = lexicon.givenNames.contains(tokens[i].key)
                while end < i + run && titleMatch(tokens, at: end) == 0 {
                    // A city after a given name is a surname ("Amina Bello").
                    if let inner = lexiconMatch(tokens, at: end),
                       !(givenName && end == i + 1 && lexicon.entries[inner.match.entry].type == .location) { break }
                    end += 1
                }
                while end > i + 1 && cues.nameConnectors.contains(tokens[end - 1].key) { end -= 1 }
                if let known = knownNameWords {
                    // In a headline, only words the article's other sentences use in names make a name.
                    var knownEnd = i
                    while knownEnd < end && known.contains(tokens[knownEnd].key) { knownEnd += 1 }
                    if knownEnd == i { i += 1; continue }
                    end = knownEnd
                }
                if let mention = unknownName(sentence, i..<end, titles: titles) { mentions.append(mention) }
                i = end
                continue
            }
            if token.text.contains("-" as Character) { mentions += hyphenPartMentions(sentence, i) }
            i += 1
        }
        return AnalyzedSentence(sentence: sentence, mentions: descriptiveNames(sentence, mentions), titles: titles,
                                isTitleCase: knownNameWords != nil)
    }

    /// Names made of a place, organisation, pair of names or month and a lowercase head noun:
    /// "Gaza peace framework" (plan), "Israel–Hamas war", "the May conflict" (event),
    /// "Gaza stabilisation force" (organization). The words before the head are kept as modifiers.
    private func descriptiveNames(_ sentence: Sentence, _ mentions: [Mention]) -> [Mention] {
        let tokens = sentence.tokens
        var result = mentions
        var endingAt: [Int: Mention] = [:]
        for mention in mentions { endingAt[mention.range.upperBound] = mention }
        var anchors: [(range: Range<Int>, ok: Bool)] = mentions.map {
            ($0.range, [EntityType.location, .country, .organization].contains($0.type) && $0.role != .demonym)
        }
        for (index, token) in tokens.enumerated() where token.isCapitalized && cues.months.contains(token.key) && index > 0 && tokens[index - 1].key == "the" {
            anchors.append((index..<(index + 1), true))
        }
        for anchor in anchors where anchor.ok {
            var start = anchor.range.lowerBound
            // A pair joined by a dash: "Israel–Hamas".
            if start >= 2, ["–", "-"].contains(tokens[start - 1].text), tokens[start - 1].start == tokens[start - 2].end,
               let pair = endingAt[start - 1], pair.type != .person {
                start = pair.range.lowerBound
            }
            var k = anchor.range.upperBound
            var modifiers = 0
            var type: EntityType? = nil
            var headEnd = k
            while k < tokens.count, modifiers <= 2, tokens[k].kind == .word, !tokens[k].isCapitalized {
                if k + 1 < tokens.count, let two = cues.descriptiveHeads[tokens[k].key + " " + tokens[k + 1].key] { type = two; headEnd = k + 2; break }
                if let one = cues.descriptiveHeads[tokens[k].key] { type = one; headEnd = k + 1; break }
                // Modifiers are nouns and adjectives: no articles, no verbs ("the Commission welcomed the deal").
                let key = tokens[k].key
                if SentenceReader.phraseEnders.contains(key) || cues.auxiliaries.contains(key) || Recognizer.articles.contains(key)
                    || key.hasSuffix("ed") || lexicon.triggerForms[key]?.contains(where: { lexicon.triggers[$0.trigger].pos == "verb" }) == true {
                    break
                }
                modifiers += 1
                k += 1
            }
            guard let type, type != .organization || modifiers >= 1 else { continue }
            // The head must end the phrase: "the Gaza force proposal" is a proposal, not a force.
            if headEnd < tokens.count, tokens[headEnd].kind == .word, !tokens[headEnd].isCapitalized,
               cues.descriptiveHeads[tokens[headEnd].key] != nil { continue }
            let range = start..<headEnd
            guard !result.contains(where: { $0.range.overlaps(range) && !range.contains(range: $0.range) }) else { continue }
            let surface = Recognizer.surface(tokens, range)
            let anchorWords = range.filter { tokens[$0].isCapitalized }.map { tokens[$0].key }
            let headWord = type == .event && ["war", "conflict"].contains(tokens[headEnd - 1].key) ? "war" : (type == .plan ? "plan" : tokens[headEnd - 1].key)
            result.removeAll { range.contains(range: $0.range) }
            result.append(Mention(sentence: sentence.index, range: range, surface: surface, type: type, role: .name, entry: nil,
                                  nameKey: (anchorWords + [headWord]).joined(separator: " "), kind: nil))
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// "Muslim-majority", "Kenyan-led": a capitalised word joined to a lowercase one is a modifier, not a name.
    static func isHyphenatedAdjective(_ token: Token) -> Bool {
        guard let last = token.text.split(separator: "-").last, token.text.contains("-" as Character) else { return false }
        return last.first?.isLowercase == true
    }

    static func surface(_ tokens: [Token], _ range: Range<Int>) -> String {
        var result = ""
        var previousEnd: Int? = nil
        for token in tokens[range] {
            if let previousEnd, token.start > previousEnd { result += " " }
            result += token.text
            previousEnd = token.end
        }
        return result
    }

    // MARK: - Lexicon names

    private func lexiconMatch(_ tokens: [Token], at i: Int, maxLength: Int = .max) -> (length: Int, match: Lexicon.PhraseMatch)? {
        guard tokens[i].kind == .word || tokens[i].kind == .number else { return nil }
        var chosen: Lexicon.PhraseMatch? = nil
        let found = lexicon.longestPhrase(lexicon.phrases, prefixes: lexicon.phrasePrefixes, tokens, from: i, maxLength: maxLength) { range, matches in
            guard tokens[range].allSatisfy({ $0.kind != .punctuation || $0.text == "&" }), tokens[range.upperBound - 1].kind != .possessive,
                  let match = bestMatch(matches, tokens, range) else { return false }
            chosen = match
            return true
        }
        if let found, let chosen { return (found.length, chosen) }
        // "Islamic State-linked": the name ends inside a hyphenated modifier.
        var end = i
        while end < tokens.count, end - i < min(lexicon.maxPhraseLength, maxLength), tokens[end].kind == .word {
            if Recognizer.isHyphenatedAdjective(tokens[end]), end > i, let head = tokens[end].key.split(separator: "-").first,
               let headText = tokens[end].text.split(separator: "-").first {
                let key = (tokens[i..<end].map(\.key) + [String(head)]).joined(separator: " ")
                let written = (tokens[i..<end].map { String($0.text.filter { $0 != "." }) } + [String(headText)]).joined(separator: " ")
                let match = lexicon.phrases[key]?.first { $0.caseSensitive ? $0.written == written : tokens[i].isCapitalized }
                return match.map { (end - i + 1, $0) }
            }
            end += 1
        }
        return nil
    }

    private func bestMatch(_ matches: [Lexicon.PhraseMatch], _ tokens: [Token], _ range: Range<Int>) -> Lexicon.PhraseMatch? {
        var written: String? = nil
        let usable = matches.filter { match in
            if match.caseSensitive {
                if written == nil { written = tokens[range].map { String($0.text.filter { $0 != "." }) }.joined(separator: " ") }
                return written == match.written
            }
            return tokens[range.lowerBound].isCapitalized && (tokens[range.upperBound - 1].isCapitalized || tokens[range.upperBound - 1].kind == .number)
        }
        let priority: [EntityType: Int] = [.country: 0, .organization: 1, .group: 2, .location: 3, .person: 4, .event: 5, .plan: 6]
        return usable.min { a, b in
            let ea = lexicon.entries[a.entry], eb = lexicon.entries[b.entry]
            // A capital or demonym stands for its country, which outranks a city of the same name.
            let pa = (priority[ea.type] ?? 9, a.role == .name ? 0 : 1, a.entry)
            let pb = (priority[eb.type] ?? 9, b.role == .name ? 0 : 1, b.entry)
            return pa < pb
        }
    }

    private func lexiconMention(_ sentence: Sentence, _ range: Range<Int>, _ match: Lexicon.PhraseMatch) -> Mention {
        let entry = lexicon.entries[match.entry]
        let tokens = sentence.tokens
        var role: Mention.Role = match.role == .demonym ? .demonym : (match.role == .capital ? .capital : .name)
        var type = entry.type
        var entryIndex = match.entry
        var name = entry.name
        if match.role == .capital {
            // A capital used as a place ("talks in Doha") is the city, not the state.
            if isPlace(tokens, range.lowerBound, range) {
                let city = Recognizer.surface(tokens, range)
                if let cityIndex = lexicon.entryIndexByName[Folding.name(city)], lexicon.entries[cityIndex].type == .location {
                    entryIndex = cityIndex
                    name = lexicon.entries[cityIndex].name
                    type = .location
                    role = .name
                }
            }
        }
        return Mention(sentence: sentence.index, range: range, surface: Recognizer.surface(tokens, range), type: type,
                       role: role, entry: entryIndex, nameKey: Folding.name(name), kind: lexicon.entries[entryIndex].kind)
    }

    static let articles: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"]

    /// Whether a name at `index` is used as a place: after "in", "at", "near"…, or after "to"/"from"
    /// following a word of movement ("travel from Moscow to Brussels", "his visit to Belgrade").
    private func isPlace(_ tokens: [Token], _ index: Int, _ range: Range<Int>) -> Bool {
        // A dateline: "BUENOS AIRES, March 3 (AP) –".
        if index == 0, range.allSatisfy({ tokens[$0].isAllCaps }), range.upperBound < tokens.count, tokens[range.upperBound].text == "," {
            return true
        }
        // "Port-au-Prince, the capital of Haiti".
        if range.upperBound + 2 < tokens.count, tokens[range.upperBound].text == ",", tokens[range.upperBound + 1].key == "the",
           tokens[range.upperBound + 2].key == "capital" {
            return true
        }
        // "Nairobi, Kenya": a city placed in its country.
        if range.upperBound + 1 < tokens.count, tokens[range.upperBound].text == ",",
           let next = lexiconMatch(tokens, at: range.upperBound + 1), lexicon.entries[next.match.entry].type == .country, next.match.role == .name {
            return true
        }
        var j = index - 1
        if j >= 0, tokens[j].key == "the" { j -= 1 }
        guard j >= 0 else { return false }
        if cues.locativePrepositions.contains(tokens[j].key) { return true }
        guard ["to", "from", "into"].contains(tokens[j].key) else { return false }
        for k in stride(from: j - 1, through: max(0, j - 6), by: -1) where cues.motionWords.contains(tokens[k].key) { return true }
        return false
    }

    /// Lexicon names inside a hyphenated word ("Kenyan-led", "Syria-Lebanon", "pro-Palestinian").
    private func hyphenPartMentions(_ sentence: Sentence, _ i: Int) -> [Mention] {
        let token = sentence.tokens[i]
        var mentions: [Mention] = []
        for part in token.text.split(separator: "-") where part.first?.isUppercase == true {
            let key = Folding.word(part)
            guard let matches = lexicon.phrases[key] else { continue }
            let written = String(part)
            let match = matches.first { !$0.caseSensitive || $0.surface.replacingOccurrences(of: ".", with: "") == written }
            guard let match else { continue }
            var mention = lexiconMention(sentence, i..<(i + 1), match)
            guard [EntityType.country, .organization].contains(mention.type) else { continue }
            mention.surface = written
            mentions.append(mention)
        }
        return mentions
    }

    /// A named collective: a capitalised word that is not a country's demonym, before a collective
    /// noun ("Islamist groups", "Gen-Z activists", "Muslim-majority countries").
    private func collective(_ sentence: Sentence, at i: Int) -> Mention? {
        let tokens = sentence.tokens
        guard i + 1 < tokens.count, tokens[i].kind == .word, tokens[i].isCapitalized, !tokens[i].isAllCaps,
              cues.collectiveNouns.contains(tokens[i + 1].key), !tokens[i + 1].isCapitalized else { return nil }
        if let matches = lexicon.phrases[tokens[i].key], matches.contains(where: { lexicon.entries[$0.entry].type == .country || $0.role != .name }) {
            return nil
        }
        if lexicon.commonWords.contains(tokens[i].key) && !tokens[i].text.contains("-" as Character) { return nil }
        if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized { return nil }
        let range = i..<(i + 2)
        let surface = Recognizer.surface(tokens, range)
        return Mention(sentence: sentence.index, range: range, surface: surface, type: .group, role: .name, entry: nil,
                       nameKey: Folding.name(surface), kind: nil)
    }

    // MARK: - Titles

    private func titleMatch(_ tokens: [Token], at i: Int) -> Int {
        guard tokens[i].kind == .word else { return 0 }
        let found = lexicon.longestPhrase(lexicon.titles, prefixes: lexicon.titlePrefixes, tokens, from: i, maxLength: lexicon.maxTitleLength) { range, _ in
            guard tokens[range].allSatisfy({ $0.kind == .word || $0.text == "-" }) else { return false }
            // A title written in capitals ("PM", "HE") matches only in capitals.
            let key = tokens[range].map(\.key).joined(separator: " ")
            return !lexicon.capitalTitles.contains(key) || tokens[range].allSatisfy(\.isAllCaps)
        }
        return found?.length ?? 0
    }

    // MARK: - Names found from cues

    /// How many tokens from `i` form a run of capitalised words (with connectors inside names).
    private func capitalRun(_ tokens: [Token], from i: Int) -> Int {
        var end = i + 1
        var hasHead = cues.headTypes[tokens[i].key] != nil
        while end < tokens.count {
            let token = tokens[end]
            if token.kind == .word && token.isCapitalized && !Recognizer.isHyphenatedAdjective(token) || token.kind == .number && end > i && hasHead {
                if cues.headTypes[token.key] != nil { hasHead = true }
                end += 1
                continue
            }
            if token.kind == .word, end + 1 < tokens.count, tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized,
               cues.particleConnectors.contains(token.key) || (hasHead && cues.nameConnectors.contains(token.key)) {
                end += 1
                continue
            }
            if token.kind == .word, token.key == "the", hasHead, end + 1 < tokens.count, tokens[end + 1].isCapitalized,
               end > i, cues.nameConnectors.contains(tokens[end - 1].key) {
                end += 1
                continue
            }
            break
        }
        while end > i + 1 && (cues.nameConnectors.contains(tokens[end - 1].key) && !tokens[end - 1].isCapitalized) { end -= 1 }
        return end - i
    }

    /// The type a name has from its last word, when that word is a head word ("Council", "War", "Plan").
    private func headType(_ tokens: [Token], _ range: Range<Int>) -> EntityType? {
        guard range.count >= 2 else { return nil }
        if let type = cues.headTypes[tokens[range.upperBound - 1].key] { return type }
        // "Ministry of Foreign Affairs", "Council on Foreign Relations": the head comes before a connector.
        if range.contains(where: { !tokens[$0].isCapitalized && cues.nameConnectors.contains(tokens[$0].key) }) {
            return cues.headTypes[tokens[range.lowerBound].key]
        }
        return nil
    }

    /// A name no lexicon holds, typed from the text around it; nil when the cues do not say.
    private func unknownName(_ sentence: Sentence, _ range: Range<Int>, titles: [TitleMention]) -> Mention? {
        let tokens = sentence.tokens
        let surface = Recognizer.surface(tokens, range)
        let afterTitle = titles.contains { $0.range.upperBound == range.lowerBound && $0.title.kind != "honorific" || $0.range.upperBound == range.lowerBound }
        let firstIsGivenName = lexicon.givenNames.contains(tokens[range.lowerBound].key)
        let next = range.upperBound < tokens.count ? tokens[range.upperBound].key : ""
        let nextIsSpeech = ["said", "says", "told", "added", "noted", "stated", "wrote"].contains(next)
        let previous = range.lowerBound > 0 ? tokens[range.lowerBound - 1].key : ""
        var type: EntityType? = nil
        if range.count == 1 && tokens[range.lowerBound].isAllCaps && tokens[range.lowerBound].key.count <= 7 {
            type = .organization
        } else if afterTitle || firstIsGivenName || nextIsSpeech {
            type = .person
        } else if range.count >= 2 && range.count <= 4 && previous != "the"
                    && range.allSatisfy({ !lexicon.commonWords.contains(tokens[$0].key) && tokens[$0].kind == .word }) {
            type = .person
        } else if range.count == 1 {
            // A lone capitalised word: kept for the resolver, which joins it to a known person or drops it.
            type = .person
        }
        guard let type else { return nil }
        let confident = range.count >= 2 || afterTitle || nextIsSpeech || type == .organization
        return Mention(sentence: sentence.index, range: range, surface: surface, type: type, role: .name, entry: nil,
                       nameKey: Folding.name(surface), kind: nil, confident: confident)
    }
}
