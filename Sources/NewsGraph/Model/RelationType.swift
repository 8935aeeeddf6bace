/// The class a relation type belongs to: structural, or one of CAMEO's four quad classes.
public enum RelationClass: String, Codable, Sendable, CaseIterable {
    case structural
    case verbalCooperation = "verbal_cooperation"
    case materialCooperation = "material_cooperation"
    case verbalConflict = "verbal_conflict"
    case materialConflict = "material_conflict"
}

/// Every relation type an edge can carry: three structural ones and the twenty CAMEO root codes.
public enum RelationType: String, Codable, CaseIterable, Sendable, Comparable {
    case holdsRole = "holds_role"
    case memberOf = "member_of"
    case locatedIn = "located_in"
    case makeStatement = "make_statement"
    case appeal
    case expressIntentToCooperate = "express_intent_to_cooperate"
    case consult
    case engageInDiplomaticCooperation = "engage_in_diplomatic_cooperation"
    case engageInMaterialCooperation = "engage_in_material_cooperation"
    case provideAid = "provide_aid"
    case yield
    case investigate
    case demand
    case disapprove
    case reject
    case threaten
    case protest
    case exhibitForcePosture = "exhibit_force_posture"
    case reduceRelations = "reduce_relations"
    case coerce
    case assault
    case fight
    case useUnconventionalMassViolence = "use_unconventional_mass_violence"

    public static func < (lhs: RelationType, rhs: RelationType) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The CAMEO root code (1...20), or nil for a structural relation.
    public var cameoCode: Int? {
        let all = RelationType.allCases
        guard let index = all.firstIndex(of: self), index >= 3 else { return nil }
        return index - 2
    }

    /// The lenient scoring group and diagram colour class of this type.
    public var relationClass: RelationClass {
        guard let code = cameoCode else { return .structural }
        switch code {
        case 1...5: return .verbalCooperation
        case 6...8: return .materialCooperation
        case 9...14: return .verbalConflict
        default: return .materialConflict
        }
    }
}
