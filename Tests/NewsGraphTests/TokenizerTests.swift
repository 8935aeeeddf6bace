import XCTest
@testable import NewsGraph

final class TokenizerTests: XCTestCase {
    private func tokens(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return Tokenizer.tokenize(scalars, 0..<scalars.count).map(\.text)
    }

    func testPossessivesSplitOffWithStraightAndCurlyApostrophes() {
        XCTAssertEqual(tokens("Pakistan’s army and Hamas' leaders, Dar's remarks"),
                       ["Pakistan", "’s", "army", "and", "Hamas", "'", "leaders", ",", "Dar", "'s", "remarks"])
    }

    func testHyphenatedWordsAndAcronymsStayWhole() {
        XCTAssertEqual(tokens("Gen-Z and Muslim-majority U.S. 20-point"), ["Gen-Z", "and", "Muslim-majority", "U.S.", "20-point"])
    }

    func testDecimalPointsAndThousandsSeparatorsStayInNumbers() {
        XCTAssertEqual(tokens("a $11.1 billion sale of 2,900 troops in 2025. Then"),
                       ["a", "$", "11.1", "billion", "sale", "of", "2,900", "troops", "in", "2025", ".", "Then"])
    }

    func testDashesBetweenNamesAreSeparateTokens() {
        XCTAssertEqual(tokens("Israel–Hamas war—now"), ["Israel", "–", "Hamas", "war", "—", "now"])
    }

    func testInnerApostrophesStayInNames() {
        XCTAssertEqual(tokens("Côte d'Ivoire and O’Brien"), ["Côte", "d'Ivoire", "and", "O’Brien"])
    }

    func testKeysFoldCaseDiacriticsPeriodsAndBritishSpelling() {
        let scalars = Array("U.S. Stabilisation Defence Goïta".unicodeScalars)
        let keys = Tokenizer.tokenize(scalars, 0..<scalars.count).map(\.key)
        XCTAssertEqual(keys, ["us", "stabilization", "defense", "goita"])
    }
}
