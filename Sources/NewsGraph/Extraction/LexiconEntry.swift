/// One entity the lexicon knows: its canonical name, type and the other names it goes by.
public struct LexiconEntry: Codable, Hashable, Sendable {
    public var name: String
    public var type: EntityType
    public var aliases: [String]?
    /// Adjectives and plural nouns naming a country's people ("Pakistani", "Americans").
    public var demonyms: [String]?
    /// Capitals and seats of government that stand for the state when they act ("Washington", "White House").
    public var capitals: [String]?
    /// The country a location or national organisation belongs to.
    public var country: String?
    /// Finer kind: organisation kind (`military`, `armed_group`…) or location kind (`city`, `region`…).
    public var kind: String?
    /// The organisation this one is part of.
    public var parent: String?
    /// When true, aliases match only with exactly the case written ("WHO", "AP").
    public var caseSensitive: Bool?

    public init(name: String, type: EntityType, aliases: [String]? = nil, demonyms: [String]? = nil,
                capitals: [String]? = nil, country: String? = nil, kind: String? = nil, parent: String? = nil,
                caseSensitive: Bool? = nil) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.demonyms = demonyms
        self.capitals = capitals
        self.country = country
        self.kind = kind
        self.parent = parent
        self.caseSensitive = caseSensitive
    }
}

/// A title of office ("Foreign Minister", "Field Marshal") and its other spellings.
public struct TitleEntry: Codable, Hashable, Sendable {
    public var title: String
    /// `head_of_state`, `minister`, `military`, `diplomat`…; `honorific` titles (Mr, Dr) make no role.
    public var kind: String
    public var variants: [String]?
}

/// A word or phrase that states a CAMEO event, with how it finds its actor and target.
public struct TriggerEntry: Codable, Hashable, Sendable {
    /// Base form; for a phrase the first word inflects ("hold talks").
    public var lemma: String
    public var type: RelationType
    /// `verb` or `noun`.
    public var pos: String
    /// Prepositions that introduce the target ("meet with", "pressure on").
    public var preps: [String]?
    /// When true the target comes only after one of `preps`, never as a direct object ("call on").
    public var prepOnly: Bool?
    /// For a noun, what "of X" names: `target` ("criticism of X") or `actor` ("disarmament of X").
    public var ofRole: String?
    /// Inflected forms that the regular rules do not make ("met", "sought").
    public var forms: [String]?
    /// A verb of saying: its target is the first actor named in what was said.
    public var speech: Bool?
    /// The type the relation has when negated ("has never recognised" → `reduce_relations`).
    public var negatedType: RelationType?
    /// For a noun: a name right before it is the target, not the actor ("his Washington visit").
    public var compoundTarget: Bool?
    /// For a noun: only read between a pair of names ("US–Pakistan relations").
    public var pairOnly: Bool?
    /// An event two parties take part in alike ("meet", "truce"): with no target, the first of
    /// several coordinated actors acts towards the others ("Doval, Wang hold talks").
    public var symmetric: Bool?
    /// For a noun naming the one who acts ("critic", "ally"): a possessor is the target ("Israel's
    /// critics"), and the actor is what the noun is said of ("Turkey, a critic of …", "Turkey is one of its critics").
    public var agentNoun: Bool?
    /// The object acts towards the subject: "The G7 includes Canada" makes Canada a member of the G7.
    public var inverse: Bool?
    /// A sentence showing the sense, for whoever reads or edits the lexicon.
    public var example: String?
}

/// The contents of one lexicon file.
struct LexiconFile: Codable {
    var format: String
    var entities: [LexiconEntry]?
    var titles: [TitleEntry]?
    var triggers: [TriggerEntry]?
    var givenNames: [String]?
    var commonWords: [String]?
    var headWords: [String: [String]]?
    var organizationKinds: [String: String]?
    var agentNouns: [String]?
    var locativePrepositions: [String]?
    var nameConnectors: [String]?
    var particleConnectors: [String]?
    var reportingCues: [String]?
    var hypotheticalCues: [String]?
    var negationCues: [String]?
    var auxiliaries: [String]?
    var clauseBreaks: [String]?
    var determiners: [String]?
    var collectiveNouns: [String]?
    var months: [String]?
    var timeWords: [String]?
    var motionWords: [String]?
    var planVerbs: [String]?
    var descriptiveHeads: [String: [String]]?
    var irregularVerbs: [String]?
    var denialWords: [String]?
    var claimNouns: [String]?
}

/// Closed word lists of news English that the extractor reads structure with (`cues.json`).
public struct Cues: Sendable {
    /// Head word key → the entity type a capitalised name ending in it has ("Council" → organization).
    public var headTypes: [String: EntityType] = [:]
    public var organizationKinds: [String: String] = [:]
    /// Nouns that stand for the state they belong to ("Pakistani officials", "Qatar's foreign ministry").
    public var agentNouns: Set<String> = []
    public var locativePrepositions: Set<String> = []
    public var nameConnectors: Set<String> = []
    public var particleConnectors: Set<String> = []
    public var reportingCues: Set<String> = []
    public var hypotheticalCues: Set<String> = []
    public var negationCues: Set<String> = []
    public var auxiliaries: Set<String> = []
    public var clauseBreaks: Set<String> = []
    public var determiners: Set<String> = []
    /// Plural nouns that make a named collective after a capitalised word ("Islamist groups").
    public var collectiveNouns: Set<String> = []
    public var months: Set<String> = []
    /// Words of time expressions that may stand between a subject and its verb ("this month", "on Monday").
    public var timeWords: Set<String> = []
    /// Verbs and nouns of movement, after which "to X" and "from X" name places ("travel from Moscow to Brussels").
    public var motionWords: Set<String> = []
    /// Verbs by which a plan asks for what it contains ("the plan calls for the disarmament of X").
    public var planVerbs: Set<String> = []
    /// Lowercase head nouns that make a descriptive name after a place or a pair of names
    /// ("Gaza peace framework" → plan, "Israel–Hamas war" → event, "Gaza stabilisation force" → organization).
    public var descriptiveHeads: [String: EntityType] = [:]
    /// Words known to be verb forms: the trigger verbs' inflections and common irregular pasts.
    public var knownVerbs: Set<String> = []
    /// Verbs whose complement is denied ("denied that", "rejected claims that", "dismissed reports that").
    public var denialWords: Set<String> = []
    /// Nouns for what is claimed, whose complement a denial denies ("claims", "reports", "allegations").
    public var claimNouns: Set<String> = []

    mutating func add(_ file: LexiconFile) {
        func keys(_ words: [String]?) -> [String] { (words ?? []).map { Lexicon.keys(of: $0).joined(separator: " ") } }
        for (typeName, words) in file.headWords ?? [:] {
            guard let type = EntityType(rawValue: typeName) else { continue }
            for word in keys(words) where headTypes[word] == nil { headTypes[word] = type }
        }
        for (word, kind) in file.organizationKinds ?? [:] { organizationKinds[Folding.word(Substring(word))] = kind }
        agentNouns.formUnion(keys(file.agentNouns))
        locativePrepositions.formUnion(keys(file.locativePrepositions))
        nameConnectors.formUnion(keys(file.nameConnectors))
        particleConnectors.formUnion(keys(file.particleConnectors))
        reportingCues.formUnion(keys(file.reportingCues))
        hypotheticalCues.formUnion(keys(file.hypotheticalCues))
        negationCues.formUnion(keys(file.negationCues))
        auxiliaries.formUnion(keys(file.auxiliaries))
        clauseBreaks.formUnion(keys(file.clauseBreaks))
        determiners.formUnion(keys(file.determiners))
        collectiveNouns.formUnion(keys(file.collectiveNouns))
        months.formUnion(keys(file.months))
        timeWords.formUnion(keys(file.timeWords))
        motionWords.formUnion(keys(file.motionWords))
        planVerbs.formUnion(keys(file.planVerbs))
        knownVerbs.formUnion(keys(file.irregularVerbs))
        denialWords.formUnion(keys(file.denialWords))
        claimNouns.formUnion(keys(file.claimNouns))
        for (typeName, words) in file.descriptiveHeads ?? [:] {
            guard let type = EntityType(rawValue: typeName) else { continue }
            for word in keys(words) { descriptiveHeads[word] = type }
        }
    }
}
