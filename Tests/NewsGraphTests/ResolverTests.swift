import XCTest
@testable import NewsGraph

/// How mentions of one entity are merged into one node with a stable `type:slug` id.
final class ResolverTests: XCTestCase {
    private func graph(_ text: String) -> Graph { ExtractionTestSupport.graph(text) }

    func testSurnameAloneJoinsTheFullName() {
        let g = graph("Jane Okafor arrived in Abuja on Monday. Okafor said the border would reopen within a week.")
        XCTAssertEqual(g.nodes.filter { $0.type == .person }.map(\.id), ["person:jane-okafor"])
        let person = g.node(id: "person:jane-okafor")
        XCTAssertEqual(person?.label, "Jane Okafor")
        XCTAssertEqual(person?.aliases, ["Jane Okafor", "Okafor"])
        XCTAssertEqual(person?.mentions, 2)
    }

    func testSurnameBeforeTheFullNameJoinsItToo() {
        let g = graph("Okafor said the border would reopen. Foreign Minister Jane Okafor spoke in Abuja on Monday.")
        XCTAssertEqual(g.nodes(named: "Okafor").map(\.id), ["person:jane-okafor"])
        XCTAssertNil(g.node(id: "person:okafor"))
    }

    func testSurnameJoinsTheRightOneOfTwoPeople() {
        let g = graph("""
        Prime Minister Samuel Adeyemi visited Ghana. Adeyemi later met President Kofi Boateng. \
        Boateng said Adeyemi was welcome.
        """)
        XCTAssertEqual(Set(g.nodes.filter { $0.type == .person }.map(\.id)), ["person:samuel-adeyemi", "person:kofi-boateng"])
        XCTAssertEqual(g.node(id: "person:samuel-adeyemi")?.aliases, ["Adeyemi", "Samuel Adeyemi"])
        XCTAssertEqual(g.node(id: "person:kofi-boateng")?.aliases, ["Boateng", "Kofi Boateng"])
        XCTAssertNotNil(g.edge(id: "person:kofi-boateng|make_statement|person:samuel-adeyemi"))
    }

    func testTitlePlusNameAndNameAreOneNode() {
        let g = graph("Foreign Minister Jane Okafor met reporters in Abuja. Jane Okafor said little. Minister Okafor left early.")
        let persons = g.nodes.filter { $0.type == .person }
        XCTAssertEqual(persons.map(\.id), ["person:jane-okafor"])
        XCTAssertEqual(persons.first?.mentions, 3)
        XCTAssertEqual(persons.first?.attributes["titles"]?.strings.contains("Foreign Minister"), true)
        XCTAssertFalse(persons.first?.aliases.contains { $0.contains("Minister") } ?? true, "a title is not part of the name")
    }

    func testBritishAndAmericanSpellingsAreOneNode() {
        let g = graph("""
        The Regional Stabilisation Mission will deploy along the coast. \
        Critics of the Regional Stabilization Mission said it lacked funds.
        """)
        let missions = g.nodes.filter { $0.type == .organization }
        XCTAssertEqual(missions.count, 1, "\(g.nodeIDs)")
        XCTAssertEqual(Set(missions.first?.aliases ?? []), ["Regional Stabilisation Mission", "Regional Stabilization Mission"])
    }

    func testIdDoesNotDependOnWhichSpellingComesFirst() {
        let british = graph("The Regional Stabilisation Mission will deploy along the coast. The Regional Stabilization Mission has no funds.")
        let american = graph("The Regional Stabilization Mission will deploy along the coast. The Regional Stabilisation Mission has no funds.")
        XCTAssertEqual(british.nodeIDs, american.nodeIDs)
        XCTAssertEqual(british.nodeIDs.count, 1)
    }

    func testAcronymAndExpansionAreOneNodeWhicheverComesFirst() {
        for text in ["The NRA opened an office in Juba. The Northern Relief Agency said aid would follow.",
                     "The Northern Relief Agency opened an office in Juba. The NRA said aid would follow."] {
            let g = graph(text)
            XCTAssertEqual(g.nodeIDs.filter { $0.hasPrefix("organization:") }, ["organization:northern-relief-agency"], text)
            XCTAssertEqual(Set(g.node(id: "organization:northern-relief-agency")?.aliases ?? []), ["NRA", "Northern Relief Agency"], text)
        }
    }

    func testDescriptorTitleJoinsThePersonWhoHoldsIt() {
        let g = graph("""
        Kenya's Interior Minister, Jane Wanjiru, visited the border post on Monday. \
        Kenya's Interior Minister said the crossing would reopen next week.
        """)
        let persons = g.nodes.filter { $0.type == .person }
        XCTAssertEqual(persons.map(\.id), ["person:jane-wanjiru"])
        XCTAssertEqual(Set(persons.first?.aliases ?? []), ["Jane Wanjiru", "Kenya's Interior Minister"])
        XCTAssertNotNil(g.edge(id: "person:jane-wanjiru|holds_role|country:kenya"))
    }

    func testIdsAreTypeColonSlugOfTheCanonicalName() {
        let g = graph("""
        Foreign Minister José Núñez met the Andean Water Commission in Quito. \
        Núñez said Ecuador and the U.S. would back the Andean Water Commission.
        """)
        XCTAssertEqual(g.node(id: "person:jose-nunez")?.label, "José Núñez")
        XCTAssertNotNil(g.node(id: "organization:andean-water-commission"))
        XCTAssertNotNil(g.node(id: "country:united-states"))
        for node in g.nodes {
            XCTAssertTrue(node.id.hasPrefix(node.type.rawValue + ":"), node.id)
            let slug = node.id.dropFirst(node.type.rawValue.count + 1)
            XCTAssertFalse(slug.isEmpty, node.id)
            XCTAssertTrue(slug.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" }, node.id)
            XCTAssertFalse(slug.hasPrefix("-") || slug.hasSuffix("-") || slug.contains("--"), node.id)
        }
    }

    func testSameEntityGetsTheSameIdInDifferentArticles() {
        let first = ExtractionTestSupport.extractor.graph(of: ExtractionTestSupport.article(
            "Foreign Minister Jane Okafor arrived in Ghana on Monday.", id: "one"))
        let second = ExtractionTestSupport.extractor.graph(of: ExtractionTestSupport.article(
            "Talks went on. Okafor, whose full name is Jane Okafor, left Ghana on Friday.", id: "two"))
        XCTAssertTrue(first.nodeIDs.isSubset(of: second.nodeIDs), "\(first.nodeIDs) vs \(second.nodeIDs)")
        let corpus = Graph.merged([first, second])
        XCTAssertEqual(corpus.node(id: "person:jane-okafor")?.articles, ["one": 1, "two": 2])
    }
}
