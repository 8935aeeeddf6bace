import NewsGraph

/// The visual language of NewsGraph diagrams, read without a manual: shape and fill say what
/// an entity is; colour says whether a relation is cooperation (greens, blues), conflict
/// (oranges, reds) or structural (grey, dashed); dotted means negated; paler means reported
/// or hypothetical.
public enum DiagramStyle {
    /// Shape, Graphviz style and fill colour of each entity type.
    public static func node(_ type: EntityType) -> (shape: String, style: String, fill: String) {
        switch type {
        case .person: return ("ellipse", "filled", "#fde2c8")
        case .country: return ("box", "filled,rounded", "#cfe2f3")
        case .location: return ("tab", "filled", "#d9ead3")
        case .organization: return ("box", "filled", "#e1d9f5")
        case .group: return ("hexagon", "filled", "#fff2cc")
        case .event: return ("octagon", "filled", "#f4cccc")
        case .plan: return ("note", "filled", "#eeeeee")
        }
    }

    /// The colour of a relation class.
    public static func color(_ relationClass: RelationClass) -> String {
        switch relationClass {
        case .verbalCooperation: return "#2e7d32"
        case .materialCooperation: return "#1565c0"
        case .verbalConflict: return "#ef6c00"
        case .materialConflict: return "#c62828"
        case .structural: return "#8a8a8a"
        }
    }

    /// The colour of an edge of this class with this modality: paler when not asserted.
    public static func color(_ relationClass: RelationClass, _ modality: Modality) -> String {
        let base = color(relationClass)
        switch modality {
        case .asserted: return base
        case .reported: return base + "a0"
        case .hypothetical: return base + "70"
        }
    }

    /// The line style of an edge.
    public static func lineStyle(_ relationClass: RelationClass, negated: Bool) -> String {
        if negated { return "dotted" }
        return relationClass == .structural ? "dashed" : "solid"
    }

    /// The short name a relation type is labelled with ("holds role", "consult", "diplomatic coop.").
    public static func shortName(_ type: RelationType) -> String {
        switch type {
        case .holdsRole: return "holds role"
        case .memberOf: return "member of"
        case .locatedIn: return "located in"
        case .makeStatement: return "statement"
        case .expressIntentToCooperate: return "intends to cooperate"
        case .engageInDiplomaticCooperation: return "diplomatic cooperation"
        case .engageInMaterialCooperation: return "material cooperation"
        case .provideAid: return "aid"
        case .exhibitForcePosture: return "force posture"
        case .reduceRelations: return "reduces relations"
        case .useUnconventionalMassViolence: return "mass violence"
        default: return type.rawValue
        }
    }

    /// Human names of the relation classes, for the legend.
    public static func name(_ relationClass: RelationClass) -> String {
        switch relationClass {
        case .verbalCooperation: return "verbal cooperation"
        case .materialCooperation: return "material cooperation"
        case .verbalConflict: return "verbal conflict"
        case .materialConflict: return "material conflict"
        case .structural: return "structural (role, member, place)"
        }
    }
}
