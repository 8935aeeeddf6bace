/// A Universal Dependencies relation: the 37 universal relations and the English subtypes the
/// parser distinguishes. The raw value is the UD label ("nsubj", "nsubj:pass", "acl:relcl").
///
/// The treebanks the shipped model learns from (UD 2.15) write the former `:tmod` and `:npmod`
/// subtypes as `:unmarked`; the older names are kept so code may test for them, but the shipped
/// model never produces them.
public enum DependencyRelation: String, CaseIterable, Sendable {
    case acl, advcl, advmod, amod, appos, aux, `case`, cc, ccomp, clf, compound, conj, cop, csubj, dep, det
    case discourse, dislocated, expl, fixed, flat, goeswith, iobj, list, mark, nmod, nsubj, nummod, obj, obl
    case orphan, parataxis, punct, reparandum, root, vocative, xcomp
    case aclRelcl = "acl:relcl"
    case advclRelcl = "advcl:relcl"
    case auxPass = "aux:pass"
    case ccPreconj = "cc:preconj"
    case compoundPrt = "compound:prt"
    case csubjOuter = "csubj:outer"
    case csubjPass = "csubj:pass"
    case detPredet = "det:predet"
    case nmodDesc = "nmod:desc"
    case nmodNpmod = "nmod:npmod"
    case nmodPoss = "nmod:poss"
    case nmodTmod = "nmod:tmod"
    case nmodUnmarked = "nmod:unmarked"
    case nsubjOuter = "nsubj:outer"
    case nsubjPass = "nsubj:pass"
    case oblAgent = "obl:agent"
    case oblNpmod = "obl:npmod"
    case oblTmod = "obl:tmod"
    case oblUnmarked = "obl:unmarked"

    /// The relation without its subtype: `nsubj:pass` → `nsubj`. O(1).
    public var universal: DependencyRelation {
        guard let colon = rawValue.firstIndex(of: ":") else { return self }
        return DependencyRelation(rawValue: String(rawValue[..<colon]))!
    }

    /// The relation for a UD label: the label itself when it is a case here, else its universal
    /// part, else nil ("nsubj:xsubj" → `nsubj`). O(label length).
    public init?(label: String) {
        if let exact = DependencyRelation(rawValue: label) { self = exact; return }
        guard let colon = label.firstIndex(of: ":"), let base = DependencyRelation(rawValue: String(label[..<colon])) else { return nil }
        self = base
    }
}
