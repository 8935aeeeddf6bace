/// Regular English inflection, for expanding trigger lemmas to the forms found in text.
enum Inflection {
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// Third person singular, past, and present participle of a regular verb.
    static func verbForms(_ lemma: String) -> [String] {
        guard let last = lemma.last else { return [] }
        let beforeLast = lemma.dropLast().last
        if last == "e" {
            let stem = lemma.dropLast()
            return [lemma + "s", lemma + "d", stem + "ing"]
        }
        if last == "y", let beforeLast, !vowels.contains(beforeLast) {
            let stem = lemma.dropLast()
            return [stem + "ies", stem + "ied", lemma + "ing"]
        }
        if lemma.hasSuffix("s") || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") || lemma.hasSuffix("x") || lemma.hasSuffix("z") {
            return [lemma + "es", lemma + "ed", lemma + "ing"]
        }
        return [lemma + "s", lemma + "ed", lemma + "ing"]
    }

    /// The regular plural of a noun.
    static func plural(_ noun: String) -> String {
        guard let last = noun.last else { return noun }
        if noun.hasSuffix("is") && noun.count > 4 { return noun.dropLast(2) + "es" }  // crisis → crises
        if noun.hasSuffix("s") || noun.hasSuffix("sh") || noun.hasSuffix("ch") || noun.hasSuffix("x") { return noun + "es" }
        if last == "y", let beforeLast = noun.dropLast().last, !vowels.contains(beforeLast) { return noun.dropLast() + "ies" }
        return noun + "s"
    }
}
