import XCTest
@testable import NewsGraph

/// How relations are read from sentence structure: one test per construction, on made-up
/// sentences, asserting the exact edges (ids, so direction and type), their negation and modality.
final class RelationFinderTests: XCTestCase {
    private func graph(_ text: String) -> Graph { ExtractionTestSupport.graph(text) }

    /// The only edge of the graph of `text`, failing when there is not exactly one.
    private func onlyEdge(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Edge? {
        let edges = graph(text).edges
        XCTAssertEqual(edges.count, 1, "\(text) → \(edges.map(\.id))", file: file, line: line)
        return edges.count == 1 ? edges[0] : nil
    }

    // MARK: verbs

    func testSubjectVerbObjectGoesFromSubjectToObject() {
        let edge = onlyEdge("Brazil criticised Argentina on Monday over its new import tariffs.")
        XCTAssertEqual(edge?.id, "country:brazil|disapprove|country:argentina")
        XCTAssertEqual(edge?.trigger, "criticised")
        XCTAssertEqual(edge?.negated, false)
        XCTAssertEqual(edge?.modality, .asserted)
        XCTAssertEqual(onlyEdge("Argentina criticised Brazil on Monday.")?.id, "country:argentina|disapprove|country:brazil")
    }

    func testPassiveTakesTheActorFromBy() {
        let g = graph("The Sudan peace framework was endorsed by the African Union.")
        let plan = g.nodes(named: "Sudan peace framework").first
        XCTAssertNotNil(plan)
        XCTAssertEqual(g.edgeIDs, ["organization:african-union|engage_in_diplomatic_cooperation|\(plan?.id ?? "?")"])
        XCTAssertEqual(onlyEdge("Argentina was criticised by Brazil over the decision.")?.id,
                       "country:brazil|disapprove|country:argentina")
    }

    func testCoordinatedSubjectsMakeOneEdgeEach() {
        let g = graph("Egypt and Jordan condemned Israel after the raid.")
        XCTAssertEqual(g.edgeIDs, ["country:egypt|disapprove|country:israel", "country:jordan|disapprove|country:israel"])
    }

    func testCoordinatedSubjectsAcrossAnApposition() {
        let g = graph("Chile and Peru—both key mediators in the talks—have urged Bolivia to return to the table.")
        XCTAssertEqual(g.edgeIDs, ["country:chile|appeal|country:bolivia", "country:peru|appeal|country:bolivia"])
    }

    func testTargetIsThePersonAfterADemonymAndATitle() {
        let g = graph("Chilean President Gabriel Boric did not meet Peruvian President Dina Boluarte in Lima.")
        XCTAssertEqual(g.edgeIDs, ["person:gabriel-boric|consult|person:dina-boluarte|not",
                                   "person:gabriel-boric|holds_role|country:chile",
                                   "person:dina-boluarte|holds_role|country:peru"])
    }

    func testPronounSubjectActsForItsAntecedent() {
        let g = graph("Prime Minister Samuel Adeyemi arrived in Accra on Monday. He later met President Kofi Boateng.")
        XCTAssertEqual(g.edgeIDs, ["person:samuel-adeyemi|consult|person:kofi-boateng"])
        XCTAssertEqual(g.edges.first?.evidence.map(\.sentence), [1])
    }

    // MARK: nouns and prepositions

    func testPossessiveNominalisationKeepsItsActorAndTarget() {
        let edge = onlyEdge("President William Ruto’s meeting with António Guterres on Monday lasted an hour.")
        XCTAssertEqual(edge?.id, "person:william-ruto|consult|person:antonio-guterres")
        XCTAssertEqual(edge?.trigger, "meeting")
    }

    func testCalledOnTakesItsTargetAfterThePreposition() {
        for text in ["Norway called on Sweden to reopen the border crossing.",
                     "Norway has called upon Sweden to reopen the border crossing."] {
            XCTAssertEqual(onlyEdge(text)?.id, "country:norway|appeal|country:sweden", text)
        }
    }

    func testSanctionsOnTakeTheSubjectOfTheLightVerbAsActor() {
        let edge = onlyEdge("The EU imposed sanctions on Belarus.")
        XCTAssertEqual(edge?.id, "organization:european-union|coerce|country:belarus")
        XCTAssertEqual(edge?.trigger, "sanctions")
    }

    func testTalksBetweenTwoParties() {
        let edge = onlyEdge("Talks between Chile and Peru began in Lima.")
        XCTAssertEqual(edge?.id, "country:chile|consult|country:peru")
    }

    func testVerbWithAPrepositionalTargetAfterItsObject() {
        XCTAssertEqual(onlyEdge("Kenya sent police officers to Haiti.")?.id, "country:kenya|provide_aid|country:haiti")
    }

    // MARK: negation and modality

    func testNegatedVerbIsANegatedEdge() {
        let edge = onlyEdge("Gabriel Boric did not meet Dina Boluarte.")
        XCTAssertEqual(edge?.id, "person:gabriel-boric|consult|person:dina-boluarte|not")
        XCTAssertEqual(edge?.negated, true)
        XCTAssertEqual(onlyEdge("Chile did not criticise Peru.")?.id, "country:chile|disapprove|country:peru|not")
    }

    func testNegatedRecognitionBecomesReducedRelations() {
        let edge = onlyEdge("Chile has never recognised Kosovo.")
        XCTAssertEqual(edge?.id, "country:chile|reduce_relations|country:kosovo")
        XCTAssertEqual(edge?.negated, false)
    }

    func testPlainStatementIsAsserted() {
        XCTAssertEqual(onlyEdge("Colombia threatened Venezuela.")?.modality, .asserted)
    }

    func testReportedModality() {
        for text in ["Colombia reportedly threatened Venezuela.",
                     "According to diplomats, Colombia threatened Venezuela.",
                     "Colombia threatened Venezuela, officials said."] {
            let edge = onlyEdge(text)
            XCTAssertEqual(edge?.id, "country:colombia|threaten|country:venezuela", text)
            XCTAssertEqual(edge?.modality, .reported, text)
        }
    }

    func testHypotheticalModality() {
        for (text, id) in [("Colombia could threaten Venezuela.", "country:colombia|threaten|country:venezuela"),
                           ("Colombia plans to sanction Venezuela.", "country:colombia|coerce|country:venezuela"),
                           ("Japan pledged to send troops to Haiti.", "country:japan|provide_aid|country:haiti")] {
            let edge = onlyEdge(text)
            XCTAssertEqual(edge?.id, id, text)
            XCTAssertEqual(edge?.modality, .hypothetical, text)
        }
    }

    // MARK: roles and statements

    func testHoldsRoleFromANationalTitleBeforeTheName() {
        let g = graph("US Secretary of State Marco Delgado met Mexican officials.")
        let role = g.edge(id: "person:marco-delgado|holds_role|country:united-states")
        XCTAssertNotNil(role, "\(g.edgeIDs)")
        XCTAssertEqual(role?.attributes["title"], .string("Secretary of State"))
        XCTAssertEqual(g.node(id: "person:marco-delgado")?.attributes["titles"], .array([.string("Secretary of State")]))
    }

    func testHoldsRoleFromAnAppositionWithAt() {
        let g = graph("Elena Varga, Senior Fellow at the Carpathian Policy Institute, said the talks were useful.")
        XCTAssertEqual(g.edgeIDs, ["person:elena-varga|holds_role|organization:carpathian-policy-institute"])
        XCTAssertEqual(g.edges.first?.attributes["title"], .string("Senior Fellow"))
    }

    func testMakeStatementTargetsTheFirstActorOfWhatWasSaid() {
        let edge = onlyEdge("Peter Szabo said that Slovakia had made serious mistakes.")
        XCTAssertEqual(edge?.id, "person:peter-szabo|make_statement|country:slovakia")
        XCTAssertEqual(edge?.trigger, "said")
    }

    func testMakeStatementAfterAQuotation() {
        let edge = onlyEdge("“We will not accept this,” Peter Szabo said of Slovakia.")
        XCTAssertEqual(edge?.id, "person:peter-szabo|make_statement|country:slovakia")
    }

    // MARK: precision: no edge

    func testNameNearAVerbButNotItsArgumentMakesNoEdge() {
        for text in ["In Brazil, protesters criticised the new tax on Argentina.",
                     "Brazil's economy grew while analysts criticised Argentina.",
                     "The report on Brazil criticised Argentina.",
                     "Visitors to Brazil praised the beaches of Uruguay."] {
            XCTAssertEqual(graph(text).edges.map(\.id), [], text)
        }
    }

    func testNameThatClassifiesANounMakesNoEdge() {
        let g = graph("Gabriel Boric attended a private White House dinner.")
        XCTAssertNotNil(g.node(id: "country:united-states"))
        XCTAssertEqual(g.edges.map(\.id), [])
    }

    func testVerbUsedAsANounMakesNoEdge() {
        let g = graph("Colombia repeated its claim that Venezuela had moved troops.")
        XCTAssertEqual(g.nodeIDs, ["country:colombia", "country:venezuela"])
        XCTAssertEqual(g.edges.map(\.id), [])
    }

    func testEveryEdgeCarriesItsSentenceAsEvidence() {
        let text = "Talks stalled in Lima. Colombia threatened Venezuela. Chile said nothing."
        let g = graph(text)
        XCTAssertEqual(g.edges.count, 1)
        let evidence = g.edges.first?.evidence
        XCTAssertEqual(evidence?.count, 1)
        XCTAssertEqual(evidence?.first?.sentence, 1)
        XCTAssertEqual(evidence?.first?.text, "Colombia threatened Venezuela.")
        XCTAssertEqual(evidence?.first?.article, "test")
    }
}
