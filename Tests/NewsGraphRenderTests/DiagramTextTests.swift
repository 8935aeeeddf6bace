import XCTest
@testable import NewsGraphRender

final class DiagramTextTests: XCTestCase {
    func testEscapingKeepsBackslashesAmpersandsAndLineBreaksLiteral() {
        XCTAssertEqual(DiagramText.escape(#"x\Ny"#), #"x\\Ny"#)
        XCTAssertEqual(DiagramText.escape("&beta; and \\"), "&amp;beta; and \\\\")
        XCTAssertEqual(DiagramText.escape("two\nlines"), "two\\nlines")
    }

    func testCleaningDropsControlCharactersAndCutsLongText() {
        XCTAssertEqual(DiagramText.clean("a\u{0}b\u{7}\tc", limit: 10), "a b c")
        let long = DiagramText.clean(String(repeating: "x", count: 10_000), limit: 60)
        XCTAssertEqual(long.count, 60)
        XCTAssertTrue(long.hasSuffix("…"))
    }

    func testTokensAreSafeForSVGIdsAndClasses() {
        XCTAssertEqual(DiagramText.token("person:asim-munir|coerce|x y"), "person-asim-munir-coerce-x-y")
    }
}
