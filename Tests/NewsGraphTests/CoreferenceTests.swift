import XCTest
@testable import NewsGraph

/// Pronouns resolved to the entity they point back to, and the "it" of "it is likely" left alone.
final class CoreferenceTests: XCTestCase {
    private func graph(_ text: String) -> Graph { ExtractionTestSupport.graph(text) }
    private func annotate(_ text: String) -> String { ExtractionTestSupport.annotate(text) }

    func testHeResolvesToThePersonNamedBefore() {
        let text = "Prime Minister Samuel Adeyemi arrived in Accra on Monday. He later criticised Niger."
        XCTAssertTrue(annotate(text).contains("[He|person:samuel-adeyemi~pronoun] later criticised"), annotate(text))
        XCTAssertEqual(graph(text).edgeIDs, ["person:samuel-adeyemi|disapprove|country:niger"])
    }

    func testHisResolvesToThePersonAndActsAsOwnerOfANoun() {
        let text = "Foreign Minister Daniel Okafor arrived in Accra on Monday. His meeting with Ghana lasted an hour."
        XCTAssertTrue(annotate(text).contains("[His|person:daniel-okafor~pronoun] meeting"), annotate(text))
        XCTAssertEqual(graph(text).edgeIDs, ["person:daniel-okafor|consult|country:ghana"])
    }

    func testPronounsDoNotAddMentionsOrNodes() {
        let g = graph("Prime Minister Samuel Adeyemi arrived in Accra on Monday. He later criticised Niger. His remarks angered Niger.")
        XCTAssertEqual(g.nodeIDs, ["person:samuel-adeyemi", "location:accra", "country:niger"])
        XCTAssertEqual(g.node(id: "person:samuel-adeyemi")?.aliases, ["Samuel Adeyemi"])
    }

    func testItsResolvesToTheCountryThatOwnsTheNoun() {
        let text = "Nigeria said its troops would stay in the region."
        XCTAssertTrue(annotate(text).contains("[its|country:nigeria~pronoun] troops"), annotate(text))
    }

    func testItsBeforeAnAgentNounActsForTheOrganisation() {
        let text = "The Arab League met in Cairo on Monday. Its diplomats criticised Iran."
        XCTAssertTrue(annotate(text).contains("[Its|organization:arab-league~pronoun] diplomats"), annotate(text))
        XCTAssertEqual(graph(text).edgeIDs, ["organization:arab-league|disapprove|country:iran"])
    }

    func testItAsASubjectThatActsIsResolved() {
        let text = "The African Union said it was sending observers to Sudan."
        XCTAssertTrue(annotate(text).contains("[it|organization:african-union~pronoun] was sending"), annotate(text))
        XCTAssertNotNil(graph(text).edge(id: "organization:african-union|provide_aid|country:sudan"))
    }

    func testExpletiveItIsNotResolved() {
        for text in ["The African Union met in Addis Ababa. It is likely that Sudan will object.",
                     "The African Union met in Addis Ababa. It was reported that Sudan had objected."] {
            let dump = annotate(text)
            XCTAssertTrue(dump.contains("\n1: It "), dump)
            XCTAssertFalse(dump.contains("~pronoun"), dump)
            XCTAssertEqual(graph(text).edges.map(\.id), [], text)
        }
    }

    func testPronounWithNoPersonBeforeItIsNotResolved() {
        let text = "Talks resumed in Lima. He said the talks had failed, and Chile criticised Peru."
        let dump = annotate(text)
        XCTAssertFalse(dump.contains("~pronoun"), dump)
        XCTAssertEqual(graph(text).edgeIDs, ["country:chile|disapprove|country:peru"])
    }
}
