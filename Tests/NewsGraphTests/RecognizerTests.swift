import XCTest
@testable import NewsGraph

/// What the recogniser finds in a sentence: lexicon names, demonyms, capitals, names after
/// titles, names typed by their head word, acronyms, descriptive names and collectives.
/// Every sentence is made up for the test; none comes from the seed articles.
final class RecognizerTests: XCTestCase {
    private func graph(_ text: String) -> Graph { ExtractionTestSupport.graph(text) }
    private func annotate(_ text: String) -> String { ExtractionTestSupport.annotate(text) }

    // MARK: lexicon names

    func testLexiconOrganisationsAndCountries() {
        let g = graph("Officials from the United Nations and NATO met Norway's delegation in Oslo on Monday.")
        XCTAssertEqual(g.node(id: "organization:united-nations")?.type, .organization)
        XCTAssertEqual(g.node(id: "organization:nato")?.type, .organization)
        XCTAssertEqual(g.node(id: "organization:nato")?.aliases, ["NATO"])
        XCTAssertEqual(g.node(id: "country:norway")?.type, .country)
        XCTAssertEqual(g.node(id: "organization:united-nations")?.attributes["kind"], .string("intergovernmental"))
    }

    func testUSAndUSWithPeriodsAndAmericaAreOneCountry() {
        let g = graph("The US and Canada signed the accord. Later the U.S. objected to a clause, and America stayed silent.")
        let us = g.node(id: "country:united-states")
        XCTAssertEqual(us?.label, "United States")
        for name in ["US", "U.S.", "America"] {
            XCTAssertTrue(us?.aliases.contains(name) ?? false, "\(name) not an alias of the United States: \(us?.aliases ?? [])")
            XCTAssertEqual(g.nodes(named: name).map(\.id), ["country:united-states"], name)
        }
        XCTAssertEqual(us?.mentions, 3)
    }

    func testLowercaseUsIsNotTheUnitedStates() {
        let g = graph("Let us hope the Canadian envoy arrives soon, a Mexican diplomat said.")
        XCTAssertNil(g.node(id: "country:united-states"))
        XCTAssertNotNil(g.node(id: "country:canada"))
    }

    // MARK: demonyms and capitals

    func testDemonymBeforeAnActorNamesItsCountry() {
        let text = "Kenyan police detained three men near the border."
        XCTAssertTrue(annotate(text).contains("[Kenyan|country:kenya~demonym] police"), annotate(text))
        let kenya = graph(text).node(id: "country:kenya")
        XCTAssertEqual(kenya?.type, .country)
        XCTAssertTrue(kenya?.aliases.contains("Kenyan") ?? false)
    }

    func testCapitalThatActsIsItsState() {
        let text = "Ankara said the decision on the pipeline was final."
        XCTAssertTrue(annotate(text).contains("[Ankara|country:turkey~capital] said"), annotate(text))
        let g = graph(text)
        XCTAssertEqual(g.node(id: "country:turkey")?.aliases.contains("Ankara"), true)
        XCTAssertNil(g.node(id: "location:ankara"))
    }

    func testCapitalAsAPlaceIsALocation() {
        let text = "Delegates from Chile gathered for talks in Ankara on Friday."
        XCTAssertTrue(annotate(text).contains("in [Ankara|location:ankara]"), annotate(text))
        let g = graph(text)
        XCTAssertEqual(g.node(id: "location:ankara")?.type, .location)
        XCTAssertNil(g.node(id: "country:turkey"))
    }

    func testSeatOfGovernmentActsForItsState() {
        let g = graph("The Kremlin criticised Kyiv over the prisoner exchange.")
        XCTAssertTrue(g.node(id: "country:russia")?.aliases.contains("Kremlin") ?? false)
        XCTAssertTrue(g.node(id: "country:ukraine")?.aliases.contains("Kyiv") ?? false)
        XCTAssertEqual(g.edgeIDs, ["country:russia|disapprove|country:ukraine"])
    }

    // MARK: names found from cues

    func testNameAfterATitleIsAPersonAndTheTitleIsRecognised() {
        let text = "Foreign Minister Jane Okafor arrived in Accra late on Tuesday."
        XCTAssertTrue(annotate(text).contains("{Foreign Minister} [Jane Okafor|person:jane-okafor]"), annotate(text))
        let person = graph(text).node(id: "person:jane-okafor")
        XCTAssertEqual(person?.type, .person)
        XCTAssertEqual(person?.label, "Jane Okafor")
        XCTAssertEqual(person?.attributes["titles"], .array([.string("Foreign Minister")]))
    }

    func testCapitalisedNameIsTypedByItsHeadWord() {
        let g = graph("The Baltic Maritime Council issued a warning, and the Carpathian Policy Institute published a study.")
        XCTAssertEqual(g.node(id: "organization:baltic-maritime-council")?.type, .organization)
        XCTAssertEqual(g.node(id: "organization:baltic-maritime-council")?.label, "Baltic Maritime Council")
        XCTAssertEqual(g.node(id: "organization:carpathian-policy-institute")?.attributes["kind"], .string("think_tank"))
        XCTAssertTrue(g.nodes(named: "Baltic").isEmpty && g.nodes(named: "Maritime Council").isEmpty)
    }

    func testAcronymInParenthesesIsTheSameNodeAsItsExpansion() {
        let text = "The Northern Relief Agency (NRA) opened an office in Juba; the NRA said food aid would follow."
        let dump = annotate(text)
        XCTAssertTrue(dump.contains("[Northern Relief Agency|organization:northern-relief-agency] ( [NRA|organization:northern-relief-agency] )"), dump)
        let g = graph(text)
        XCTAssertEqual(g.nodes(named: "NRA").map(\.id), ["organization:northern-relief-agency"])
        XCTAssertEqual(g.node(id: "organization:northern-relief-agency")?.mentions, 3)
        XCTAssertNil(g.node(id: "organization:nra"))
    }

    func testDescriptiveNameOfAPlan() {
        let g = graph("Diplomats in Cairo discussed the Sudan peace framework for a second day.")
        let plans = g.nodes(named: "Sudan peace framework")
        XCTAssertEqual(plans.map(\.type), [.plan])
        XCTAssertTrue(plans.first?.id.hasPrefix("plan:sudan") ?? false, "\(plans.map(\.id))")
    }

    func testDescriptiveNameOfAWarBetweenTwoCountries() {
        let g = graph("The Ethiopia–Eritrea war displaced hundreds of thousands of people.")
        XCTAssertEqual(g.node(id: "event:ethiopia-eritrea-war")?.type, .event)
        XCTAssertEqual(g.node(id: "event:ethiopia-eritrea-war")?.label, "Ethiopia–Eritrea war")
    }

    func testDescriptiveNameTakesNoVerbAsModifier() {
        let g = graph("Ecuador hosts a summit of Andean leaders next week, where Peru will attend.")
        XCTAssertEqual(g.nodeIDs, ["country:ecuador", "country:peru"])
    }

    func testCollectivesAreGroups() {
        let g = graph("Islamist groups gained ground in the north, while Gen-Z activists marched in Lima.")
        XCTAssertEqual(g.node(id: "group:islamist-groups")?.type, .group)
        XCTAssertEqual(g.node(id: "group:gen-z-activists")?.label, "Gen-Z activists")
    }

    func testDemonymBeforeACollectiveNounIsTheCountryNotAGroup() {
        let g = graph("Chilean protesters blocked the road to the mine.")
        XCTAssertNotNil(g.node(id: "country:chile"))
        XCTAssertTrue(g.nodes.allSatisfy { $0.type != .group }, "\(g.nodeIDs)")
    }

    // MARK: headlines

    func testHeadlineTitleCaseMakesNoJunkNames() {
        let text = """
        Okafor Criticises Lagos Over Border Closure
        Foreign Minister Jane Okafor spoke to reporters in Abuja on Monday. She said the closure hurt traders in Lagos.
        """
        let dump = annotate(text)
        XCTAssertTrue(dump.hasPrefix("0T: [Okafor|person:jane-okafor] Criticises [Lagos|location:lagos] Over Border Closure\n"), dump)
        XCTAssertEqual(graph(text).nodeIDs, ["person:jane-okafor", "location:lagos", "location:abuja"])
    }

    func testHeadlineEndingInAHeadWordMakesNoNewName() {
        for text in ["Ghana Rejects New Trade Deal\nGhana said the offer from Togo was unfair.",
                     "Chile Presses Peru Over Stalled Border Talks\nChile said the talks with Peru had stalled."] {
            let g = graph(text)
            XCTAssertTrue(g.nodes.allSatisfy { $0.type == .country }, "\(g.nodeIDs)")
        }
        XCTAssertTrue(graph("Chile Presses Peru Over Stalled Border Talks\nChile said the talks with Peru had stalled.")
            .edgeIDs.contains("country:chile|coerce|country:peru"))
    }

    func testAllCapitalDatelineIsAPlace() {
        let text = "Kenyan Police Arrive in Haiti\nNAIROBI, Kenya — Kenyan police arrived in Haiti on Monday."
        XCTAssertTrue(annotate(text).contains("[NAIROBI|location:nairobi] , [Kenya|country:kenya]"), annotate(text))
        XCTAssertFalse(graph(text).node(id: "country:kenya")?.aliases.contains { $0.lowercased() == "nairobi" } ?? true)
    }

    func testHeadlineVerbBetweenTwoKnownNamesStillMakesAnEdge() {
        let text = """
        Brazil Criticises Argentina Over Trade Curbs
        Brazil said the curbs on soybean exports were unfair.
        """
        let g = graph(text)
        XCTAssertEqual(g.nodeIDs, ["country:brazil", "country:argentina"])
        XCTAssertEqual(g.edgeIDs, ["country:brazil|disapprove|country:argentina"])
    }
}
