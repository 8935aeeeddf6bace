import XCTest
@testable import NewsGraph

final class SentenceSplitterTests: XCTestCase {
    private func sentences(_ text: String) -> [String] {
        SentenceSplitter.split(Article(id: "t", path: "t.txt", text: text)).map(\.text)
    }

    func testHeadlineIsFirstSentenceAndHeadingsStandAlone() {
        let result = sentences("Leaders Meet in Geneva\n\nShare\n\nThe talks began. They ended late.\nA New Chapter\nMore followed.")
        XCTAssertEqual(result, ["Leaders Meet in Geneva", "The talks began.", "They ended late.", "A New Chapter", "More followed."])
    }

    func testAbbreviationsInitialsAndAcronymsDoNotEndSentences() {
        let result = sentences("Lt Gen. Ali met Mr. J. Smith in the U.S. capital. No. 10 said nothing. Dr. Sasa agreed.")
        XCTAssertEqual(result, ["Lt Gen. Ali met Mr. J. Smith in the U.S. capital.", "No. 10 said nothing.", "Dr. Sasa agreed."])
    }

    func testAcronymAtSentenceEndBeforeACommonStarter() {
        XCTAssertEqual(sentences("Talks stalled with the U.S. The envoy left."), ["Talks stalled with the U.S.", "The envoy left."])
    }

    func testQuotesAndDashesStayInsideTheSentence() {
        let text = "Egypt and Qatar—both key mediators in the Israel–Hamas conflict—have agreed. “We will go,” he said. ‘Fine.’ She left."
        XCTAssertEqual(sentences(text), [
            "Egypt and Qatar—both key mediators in the Israel–Hamas conflict—have agreed.",
            "“We will go,” he said.",
            "‘Fine.’",
            "She left.",
        ])
    }

    func testBoilerplateIsDroppedAndFootersEndTheArticle() {
        let text = "Title Here\nCategories: World\nBody text here.\n(With agency inputs)\nComment List\nRecent Random Post:\nAnother Story Entirely"
        XCTAssertEqual(sentences(text), ["Title Here", "Body text here."])
    }

    func testOffsetsAreUnicodeScalarOffsetsIntoTheText() {
        let text = "Pakistan’s army — “ready”.\nNext one."
        let article = Article(id: "t", path: "t.txt", text: text)
        let scalars = Array(text.unicodeScalars)
        for sentence in SentenceSplitter.split(article) {
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])), sentence.text)
        }
    }

    func testWindowsLineEndingsAreNormalised() {
        XCTAssertEqual(sentences("One line.\r\nTwo line."), ["One line.", "Two line."])
    }

    func testOverlongRunsAreCutAtACommaOrTheLimit() {
        let words = (0..<500).map { $0 % 50 == 49 ? "word," : "word" }.joined(separator: " ") + "."
        let sentences = SentenceSplitter.split(Article(id: "t", path: "t.txt", text: words))
        XCTAssertGreaterThan(sentences.count, 2)
        XCTAssertTrue(sentences.allSatisfy { $0.tokens.count <= SentenceSplitter.maxTokens })
        XCTAssertTrue(sentences.dropLast().allSatisfy { $0.text.hasSuffix(",") }, "cut after a comma")
        XCTAssertEqual(sentences.map(\.tokens.count).reduce(0, +), 511, "500 words, 10 commas and the period")
    }
}
