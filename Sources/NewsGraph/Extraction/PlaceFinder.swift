/// Finds `located_in` relations that a sentence states about a place: "Kazan, Russia",
/// "Port-au-Prince, the capital of Haiti". A place the lexicon knows must agree with it.
struct PlaceFinder {
    let lexicon: Lexicon

    /// The `located_in` relations of one sentence.
    func relations(in sentence: AnalyzedSentence) -> [FoundRelation] {
        let tokens = sentence.tokens
        var found: [FoundRelation] = []
        for place in sentence.mentions where place.type == .location && place.role == .name {
            var k = place.range.upperBound
            guard k < tokens.count, tokens[k].text == "," else { continue }
            k += 1
            var trigger = ","
            // "…, the capital of Haiti", "…, a city in Russia".
            if k + 2 < tokens.count, ["the", "a", "an"].contains(tokens[k].key), ["capital", "city", "province", "region", "town", "port"].contains(tokens[k + 1].key),
               ["of", "in"].contains(tokens[k + 2].key) {
                trigger = tokens[(k + 1)...(k + 2)].map(\.text).joined(separator: " ")
                k += 3
            }
            guard let country = sentence.mention(startingAt: k), country.type == .country, country.role == .name,
                  let placeID = place.entityID, let countryID = country.entityID else { continue }
            // "Kazan, Russia" ends its phrase: not "Kazan, Russia and China met".
            let after = country.range.upperBound
            if trigger == ",", after < tokens.count, !["," , ".", ";", ")", "—", "–"].contains(tokens[after].text) { continue }
            if let entry = place.entry, let known = lexicon.entries[entry].country,
               let countryEntry = country.entry, lexicon.entries[countryEntry].name != known { continue }
            found.append(FoundRelation(source: placeID, target: countryID, type: .locatedIn, trigger: trigger, sentence: sentence.sentence.index))
        }
        return found
    }
}
