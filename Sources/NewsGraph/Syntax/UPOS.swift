/// The seventeen Universal Dependencies part-of-speech tags.
public enum UPOS: UInt8, CaseIterable, Sendable {
    case adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj, sym, verb, x

    private static let names = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"]

    /// The UD name, e.g. "ADJ". O(1).
    public var name: String { UPOS.names[Int(rawValue)] }

    /// The tag named `name` ("ADJ", …), or nil. O(1) average.
    public init?(name: String) {
        guard let index = UPOS.index[name] else { return nil }
        self = index
    }

    private static let index: [String: UPOS] = Dictionary(uniqueKeysWithValues: UPOS.allCases.map { ($0.name, $0) })
}
