import Foundation
import XCTest
@testable import NewsGraph

/// The bundled lexicon and user lexicon files (format in docs/lexicon.md).
final class LexiconTests: XCTestCase {
    private var standard: Lexicon { ExtractionTestSupport.extractor.lexicon }

    private func entry(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> LexiconEntry {
        try XCTUnwrap(standard.entry(named: name), "\(name) is not in the lexicon", file: file, line: line)
    }

    private func writeTemporary(_ contents: String, name: String) throws -> String {
        let url = try ExtractionTestSupport.temporaryDirectory(self).appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url.path
    }

    // MARK: the bundled lexicon

    func testBundledLexiconLoadsEveryKindOfEntry() throws {
        let entries = standard.entries
        for (type, atLeast) in [(EntityType.country, 249), (.location, 5000), (.organization, 500), (.group, 50)] {
            XCTAssertGreaterThanOrEqual(entries.filter { $0.type == type }.count, atLeast, "\(type)")
        }
        XCTAssertEqual(try entry("NATO").type, .organization)
        XCTAssertEqual(try entry("Pakistan").type, .country)
        XCTAssertEqual(try entry("Balochistan").country, "Pakistan")
        XCTAssertEqual(try entry("Central Intelligence Agency").country, "United States")
        XCTAssertNotNil(standard.title("foreign minister"), "titles are loaded")
        XCTAssertEqual(standard.title("defense minister")?.title, "Defence Minister")
        XCTAssertFalse(standard.triggers.isEmpty, "CAMEO triggers are loaded")
        XCTAssertFalse(standard.cues.agentNouns.isEmpty, "cues are loaded")
    }

    func testEverySovereignCountryHasADemonym() {
        // Territories (entries with a sovereign `country`) need none; docs/lexicon.md names the
        // three states whose adjectives belong to another entry.
        let documentedExceptions: Set<String> = ["Palestine", "Dominica", "Republic of the Congo"]
        let states = standard.entries.filter { $0.type == .country && $0.country == nil }
        XCTAssertGreaterThanOrEqual(states.count, 190)
        let missing = states.filter { ($0.demonyms ?? []).isEmpty }.map(\.name)
        XCTAssertEqual(Set(missing), documentedExceptions)
    }

    func testUnitedStatesHasItsAliasesDemonymsAndCapitals() throws {
        let us = try entry("United States")
        XCTAssertEqual(us.type, .country)
        XCTAssertTrue(Set(us.capitals ?? []).isSuperset(of: ["Washington", "White House"]), "\(us.capitals ?? [])")
        XCTAssertTrue(Set(us.aliases ?? []).isSuperset(of: ["US", "U.S.", "America"]), "\(us.aliases ?? [])")
        XCTAssertTrue(Set(us.demonyms ?? []).isSuperset(of: ["American", "Americans"]))
        XCTAssertFalse(Set(us.aliases ?? []).contains("Washington"), "a capital is never an alias")
    }

    func testCapitalCitiesAreAlsoLocationsOfTheirCountry() throws {
        for (city, country) in [("Ankara", "Turkey"), ("Nairobi", "Kenya"), ("Islamabad", "Pakistan")] {
            XCTAssertTrue(try entry(country).capitals?.contains(city) ?? false, city)
            let location = standard.entries.first { $0.type == .location && $0.name == city }
            XCTAssertEqual(location?.country, country, city)
            XCTAssertEqual(location?.kind, "city", city)
        }
    }

    // MARK: user lexicon files

    func testUserLexiconAddsAnOrganisationTheExtractorThenRecognises() throws {
        let path = try writeTemporary("""
        {"format": "newsgraph-lexicon/1",
         "entities": [
          {"name": "Blue Lotus", "type": "organization", "kind": "armed_group", "aliases": ["Lotus Brigades"]}
         ]}
        """, name: "my-lexicon.json")
        let text = "Blue Lotus attacked Niger on Sunday, and the Lotus Brigades later threatened Chad."
        let before = Extractor().graph(of: ExtractionTestSupport.article(text))
        XCTAssertNil(before.node(id: "organization:blue-lotus"))

        let lexicon = try Lexicon.standard(adding: [path])
        XCTAssertEqual(lexicon.entry(named: "Blue Lotus")?.type, .organization)
        XCTAssertNotNil(lexicon.entry(named: "NATO"), "the bundled entries are kept")
        let after = Extractor(lexicon: lexicon).graph(of: ExtractionTestSupport.article(text))
        let node = after.node(id: "organization:blue-lotus")
        XCTAssertEqual(node?.type, .organization)
        XCTAssertEqual(node?.attributes["kind"], .string("armed_group"))
        XCTAssertEqual(Set(node?.aliases ?? []), ["Blue Lotus", "Lotus Brigades"])
        XCTAssertEqual(after.edgeIDs, ["organization:blue-lotus|assault|country:niger", "organization:blue-lotus|threaten|country:chad"])
    }

    func testUserAliasWinsOverAShippedEntryWithTheSameAlias() throws {
        let text = "Congo criticised Gabon over the border closure."
        XCTAssertNotNil(Extractor().graph(of: ExtractionTestSupport.article(text)).node(id: "country:democratic-republic-of-the-congo"))
        let path = try writeTemporary("""
        {"format": "newsgraph-lexicon/1",
         "entities": [{"name": "Republic of the Congo", "type": "country", "aliases": ["Congo", "Congo-Brazzaville"]}]}
        """, name: "congo.json")
        let g = Extractor(lexicon: try Lexicon.standard(adding: [path])).graph(of: ExtractionTestSupport.article(text))
        XCTAssertEqual(g.edgeIDs, ["country:republic-of-the-congo|disapprove|country:gabon"])
        XCTAssertNil(g.node(id: "country:democratic-republic-of-the-congo"))
    }

    func testNoUserFilesIsTheStandardLexicon() throws {
        XCTAssertTrue(try Lexicon.standard(adding: []) === Lexicon.standard)
    }

    func testMalformedLexiconFileThrowsAnErrorNamingTheFile() throws {
        let cases = [
            ("not-json.json", "{\"format\": \"newsgraph-lexicon/1\", \"entities\": ["),
            ("wrong-field.json", "{\"format\": \"newsgraph-lexicon/1\", \"entities\": [{\"name\": 3, \"type\": \"country\"}]}"),
            ("unknown-type.json", "{\"format\": \"newsgraph-lexicon/1\", \"entities\": [{\"name\": \"X\", \"type\": \"planet\"}]}"),
            ("wrong-format.json", "{\"format\": \"something-else/2\", \"entities\": []}"),
        ]
        for (name, contents) in cases {
            let path = try writeTemporary(contents, name: name)
            XCTAssertThrowsError(try Lexicon.standard(adding: [path]), name) { error in
                guard let error = error as? LexiconError else { return XCTFail("\(name): \(error) is not a LexiconError") }
                XCTAssertEqual(error.path, path, name)
                XCTAssertTrue(error.description.contains(name), error.description)
            }
        }
    }

    func testMissingLexiconFileThrowsAnErrorNamingTheFile() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-lexicon-\(UUID().uuidString).json").path
        XCTAssertThrowsError(try Lexicon.standard(adding: [path])) { error in
            XCTAssertEqual((error as? LexiconError)?.path, path)
        }
    }
}
