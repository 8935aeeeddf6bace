import XCTest
@testable import NewsGraph

/// Relations read from the dependency tree: one test per construction, on sentences made up for
/// the test, asserting the exact edges (so direction and type), negation and modality.
final class TreeRelationTests: XCTestCase {
    /// The graph of a made-up article whose body is `text` (its headline names no one).
    private func graph(_ text: String) -> Graph { ExtractionTestSupport.graph("News in brief\n\n" + text) }

    private func edge(_ text: String, _ id: String, file: StaticString = #filePath, line: UInt = #line) -> Edge? {
        let g = graph(text)
        let found = g.edge(id: id)
        XCTAssertNotNil(found, "\(text) → \(g.edges.map(\.id))", file: file, line: line)
        return found
    }

    // MARK: coordination

    func testEveryCoordinatedSubjectActs() {
        let g = graph("Brazil, Spain, the Netherlands and Chile condemned Venezuela on Tuesday.")
        XCTAssertEqual(g.edgeIDs, ["country:brazil|disapprove|country:venezuela", "country:spain|disapprove|country:venezuela",
                                   "country:netherlands|disapprove|country:venezuela", "country:chile|disapprove|country:venezuela"])
    }

    func testEveryCoordinatedObjectIsATarget() {
        let g = graph("Peru criticised Chile, Bolivia and Ecuador over the new tariffs.")
        XCTAssertEqual(g.edgeIDs, ["country:peru|disapprove|country:chile", "country:peru|disapprove|country:bolivia",
                                   "country:peru|disapprove|country:ecuador"])
    }

    func testEnvoysFromSeveralCountriesAllAct() {
        let g = graph("Envoys from Chile, Peru and Bolivia criticised Argentina in Lima on Monday.")
        XCTAssertEqual(g.edgeIDs, ["country:chile|disapprove|country:argentina", "country:peru|disapprove|country:argentina",
                                   "country:bolivia|disapprove|country:argentina"])
    }

    func testMembersListedAfterIncludeJoinTheBody() {
        let g = graph("The African Union includes Kenya, Ghana and Senegal.")
        XCTAssertEqual(g.edgeIDs, ["country:kenya|member_of|organization:african-union", "country:ghana|member_of|organization:african-union",
                                   "country:senegal|member_of|organization:african-union"])
    }

    func testANameOpeningTheSentenceIsNoVocative() {
        XCTAssertNotNil(edge("Italy, which is hosting the summit, has invited Kenyan President William Ruto.",
                             "country:italy|appeal|person:william-ruto"))
    }

    func testAGerundClauseNamesItsSubject() {
        XCTAssertNotNil(edge("Russia insisted on Ukraine withdrawing from Donetsk.", "country:russia|demand|country:ukraine"))
    }

    func testBreakingWithAPartner() {
        XCTAssertNotNil(edge("Niger broke with the United States over the accord.", "country:niger|reduce_relations|country:united-states"))
    }

    func testAPrepositionBeforeATitledNameStaysOutOfTheName() {
        let g = graph("Peru's envoy Jorge Ruiz arrived in Lima. Ruiz met with President Gabriel Boric and Prime Minister Ana Soto.")
        XCTAssertNotNil(g.edge(id: "person:jorge-ruiz|consult|person:gabriel-boric"), "\(g.edgeIDs)")
        XCTAssertNotNil(g.edge(id: "person:jorge-ruiz|consult|person:ana-soto"), "\(g.edgeIDs)")
    }

    func testADatelineIsNeitherActorNorTarget() {
        let g = graph("LIMA, May 3 (Reuters) – President Gabriel Boric said on Friday that Chile will send troops to the African Union.")
        XCTAssertNotNil(g.edge(id: "person:gabriel-boric|make_statement|country:chile"), "\(g.edgeIDs)")
        XCTAssertFalse(g.edges.contains { $0.source == "location:lima" || $0.target == "location:lima" }, "\(g.edgeIDs)")
    }

    // MARK: clauses whose subject stands elsewhere

    func testObjectControlActsThroughTheObject() {
        let g = graph("Brazil urged Argentina to condemn Venezuela.")
        XCTAssertNotNil(g.edge(id: "country:brazil|appeal|country:argentina"), "\(g.edgeIDs)")
        XCTAssertEqual(g.edge(id: "country:argentina|disapprove|country:venezuela")?.modality, .hypothetical, "\(g.edgeIDs)")
    }

    func testSubjectControlActsThroughTheSubject() {
        XCTAssertEqual(edge("Morocco wants to join the African Union.", "country:morocco|member_of|organization:african-union")?.modality,
                       .hypothetical)
    }

    func testAClauseAfterANounTakesTheCopulasSubject() {
        XCTAssertNotNil(edge("Chile is in talks with Peru to contribute troops to the African Union.",
                             "country:chile|provide_aid|organization:african-union"))
    }

    func testAnInfinitiveAfterAnOwnedNounTakesTheOwner() {
        let g = graph("Brazil welcomed Chile's decision to send troops to the African Union.")
        XCTAssertNotNil(g.edge(id: "country:chile|provide_aid|organization:african-union"), "\(g.edgeIDs)")
        XCTAssertNil(g.edge(id: "country:brazil|provide_aid|organization:african-union"), "\(g.edgeIDs)")
    }

    func testTheAccusedActsInTheAccusation() {
        XCTAssertEqual(edge("Iran was accused of arming Hezbollah.", "country:iran|provide_aid|organization:hezbollah")?.modality, .reported)
        let g = graph("Israel accused Iran of arming Hezbollah.")
        XCTAssertNotNil(g.edge(id: "country:israel|disapprove|country:iran"), "\(g.edgeIDs)")
        XCTAssertEqual(g.edge(id: "country:iran|provide_aid|organization:hezbollah")?.modality, .reported, "\(g.edgeIDs)")
    }

    func testPassiveTakesItsActorFromBy() {
        XCTAssertNotNil(edge("Bolivia was attacked by Chile on Sunday.", "country:chile|assault|country:bolivia"))
    }

    func testRelativeClauseActsForTheNounItModifies() {
        XCTAssertNotNil(edge("Peru, which criticised Chile on Monday, will host the summit.", "country:peru|disapprove|country:chile"))
    }

    // MARK: nouns

    func testNominalTriggerTakesItsOwnerAndPreposition() {
        XCTAssertNotNil(edge("Peru's attack on Chile drew wide condemnation.", "country:peru|assault|country:chile"))
    }

    func testAHyphenatedModifierStatesARelation() {
        XCTAssertNotNil(edge("The Iranian-backed Hezbollah fired rockets at Israel.", "country:iran|engage_in_diplomatic_cooperation|organization:hezbollah"))
        XCTAssertNotNil(edge("Hezbollah is an Iranian-backed militia.", "country:iran|engage_in_diplomatic_cooperation|organization:hezbollah"))
    }

    // MARK: scope

    func testADeniedEventIsNegated() {
        XCTAssertEqual(edge("Thailand denied that its troops attacked Cambodia.", "country:thailand|assault|country:cambodia|not")?.negated, true)
        XCTAssertEqual(edge("Thailand rejected claims that it had attacked Cambodia.", "country:thailand|assault|country:cambodia|not")?.negated, true)
        XCTAssertNil(graph("Thailand denied that its troops attacked Cambodia.").edge(id: "country:thailand|assault|country:cambodia"))
    }

    func testAnAccusationIsReported() {
        let g = graph("Cambodia accused Thailand of attacking its border posts.")
        XCTAssertNotNil(g.edge(id: "country:cambodia|disapprove|country:thailand"), "\(g.edgeIDs)")
    }

    func testReportedVersusAsserted() {
        XCTAssertEqual(edge("Chile attacked Bolivia on Sunday.", "country:chile|assault|country:bolivia")?.modality, .asserted)
        XCTAssertEqual(edge("Chile attacked Bolivia on Sunday, Peruvian officials said.", "country:chile|assault|country:bolivia")?.modality,
                       .reported)
        XCTAssertEqual(edge("Chile could attack Bolivia.", "country:chile|assault|country:bolivia")?.modality, .hypothetical)
    }

    // MARK: trigger senses

    func testFiringAtIsAnAssaultButFiringAMinisterIsNot() {
        XCTAssertNotNil(edge("Bolivian gunboats fired at Chilean patrols on the lake.", "country:bolivia|assault|country:chile"))
        XCTAssertTrue(graph("Peru fired the Chilean coach on Friday.").edges.isEmpty)
    }

    func testSigningAnAccordWithAPartner() {
        XCTAssertNotNil(edge("Peru signed a border accord with Chile on Friday.", "country:peru|engage_in_diplomatic_cooperation|country:chile"))
    }

    func testJoiningABodyMakesAMember() {
        XCTAssertNotNil(edge("Peru joined the African Union in March.", "country:peru|member_of|organization:african-union"))
    }

    func testSendingTroopsToAMissionIsAid() {
        XCTAssertNotNil(edge("Kenya will send police officers to the United Nations.", "country:kenya|provide_aid|organization:united-nations"))
    }

    func testAttendingASummitIsConsulting() {
        XCTAssertNotNil(edge("Chile's foreign minister attended the African Union summit.",
                             "country:chile|consult|event:african-union-summit"))
    }

    func testConfrontingAndDismantling() {
        XCTAssertNotNil(edge("Peru confronted Chile over the fishing quotas.", "country:peru|disapprove|country:chile"))
        XCTAssertEqual(edge("Colombia vowed to dismantle the ELN.", "country:colombia|coerce|organization:national-liberation-army")?.modality,
                       .hypothetical)
    }

    func testRecallingEnvoysAndClosingBordersReduceRelations() {
        XCTAssertNotNil(edge("Peru recalled its ambassador from Chile.", "country:peru|reduce_relations|country:chile"))
        XCTAssertNotNil(edge("Lithuania closed its border with Belarus on Sunday.", "country:lithuania|reduce_relations|country:belarus"))
        XCTAssertNotNil(edge("Peru severed diplomatic ties with Mexico.", "country:peru|reduce_relations|country:mexico"))
    }

    // MARK: roles

    func testAPersonOfACountryHoldsARoleThere() {
        let g = graph("Chile criticised William Ruto of Kenya on Monday.")
        XCTAssertNotNil(g.edge(id: "person:william-ruto|holds_role|country:kenya"), "\(g.edgeIDs)")
        XCTAssertNotNil(g.edge(id: "country:chile|disapprove|person:william-ruto"), "\(g.edgeIDs)")
    }

    // MARK: title case

    func testABodySentenceFullOfTitlesAndNamesIsNotAHeadline() {
        let g = graph("Malaysian Foreign Minister Aziz Rahman hosted Thai Defence Minister Prasert Wongsuwan in Kuala Lumpur.")
        XCTAssertNotNil(g.node(id: "person:aziz-rahman"), "\(g.nodeIDs)")
        XCTAssertNotNil(g.edge(id: "person:aziz-rahman|consult|person:prasert-wongsuwan"), "\(g.edgeIDs)")
    }
}
