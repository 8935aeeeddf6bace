import Foundation
import XCTest
@testable import NewsGraph

/// The query commands (`neighbors`, `path`, `entities`) run on the real binary: output, JSON
/// shape and exit codes together.
final class QueryCommandLineTests: XCTestCase {
    private typealias Run = CommandRunner.Run
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try ExtractionTestSupport.temporaryDirectory(self)
    }

    /// Runs `newsgraph` with `arguments` in the test's temporary directory.
    private func newsgraph(_ arguments: [String]) throws -> CommandRunner.Run {
        try CommandRunner(directory: directory)(arguments)
    }

    private func json(_ run: Run) throws -> [String: Any] {
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.hasSuffix("}\n"), "pretty-printed with a trailing newline")
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], run.stdout)
    }

    // MARK: neighbors

    func testNeighboursOfMunirListTrumpTheUnitedStatesAndPakistanWithEvidence() throws {
        let run = try newsgraph(["neighbors", QueryTests.corpusPath, "Munir"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stderr, "")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.first?.hasPrefix("Asim Munir (person:asim-munir): ") ?? false, run.stdout)
        func row(_ neighbour: String, _ relation: String, _ arrow: String) -> String? {
            lines.first { $0.contains(neighbour) && $0.contains(" \(relation) ") && $0.contains(" \(arrow) ") }
        }
        XCTAssertNotNil(row("Donald Trump (person:donald-trump)", "coerce", "←"), run.stdout)
        XCTAssertNotNil(row("Donald Trump (person:donald-trump)", "consult", "→"), run.stdout)
        XCTAssertNotNil(row("United States (country:united-states)", "consult", "←"), run.stdout)
        XCTAssertNotNil(row("Pakistan (country:pakistan)", "holds_role", "→"), run.stdout)
        XCTAssertTrue(row("Donald Trump (person:donald-trump)", "coerce", "←")?
            .hasSuffix("000_fac70ba8665dccef#0 US–Pakistan Reset Faces Gaza Test as Trump Pressures Asim Munir") ?? false, run.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("DEPTH") && $0.contains("FIRST EVIDENCE") }, run.stdout)
        XCTAssertTrue(lines.allSatisfy { $0.count < 260 }, "evidence is shortened in the table")
    }

    func testNeighboursJSONCarriesTheIdsAndTheDocumentedFields() throws {
        let object = try json(try newsgraph(["neighbors", QueryTests.corpusPath, "Munir", "--json"]))
        XCTAssertEqual(Set(object.keys), ["entity", "depth", "direction", "types", "class", "count", "neighbors"])
        XCTAssertEqual((object["entity"] as? [String: Any])?["id"] as? String, "person:asim-munir")
        XCTAssertEqual(Set(((object["entity"] as? [String: Any]) ?? [:]).keys), ["id", "label", "type"])
        XCTAssertEqual(object["direction"] as? String, "both")
        XCTAssertEqual(object["depth"] as? Int, 1)
        let rows = try XCTUnwrap(object["neighbors"] as? [[String: Any]])
        XCTAssertEqual(object["count"] as? Int, rows.count)
        let ids = Set(rows.compactMap { $0["id"] as? String })
        XCTAssertTrue(ids.isSuperset(of: ["person:donald-trump", "country:united-states", "country:pakistan"]), "\(ids)")
        for row in rows {
            XCTAssertEqual(Set(row.keys), ["id", "label", "entity_type", "relation", "relation_class", "direction", "depth", "via",
                                           "edge", "negated", "modality", "articles", "first_evidence"])
            let evidence = try XCTUnwrap(row["first_evidence"] as? [String: Any])
            XCTAssertEqual(Set(evidence.keys), ["article", "sentence", "start", "end", "text"])
            XCTAssertTrue(["out", "in"].contains(row["direction"] as? String ?? ""))
        }
        let coerce = try XCTUnwrap(rows.first { $0["relation"] as? String == "coerce" })
        XCTAssertEqual(coerce["id"] as? String, "person:donald-trump")
        XCTAssertEqual(coerce["direction"] as? String, "in")
        XCTAssertEqual(coerce["edge"] as? String, "person:donald-trump|coerce|person:asim-munir")
        XCTAssertEqual(coerce["relation_class"] as? String, "material_conflict")
    }

    func testNeighboursFiltersAndDepth() throws {
        let conflict = try json(try newsgraph(["neighbors", QueryTests.corpusPath, "person:asim-munir", "--class", "conflict", "--json"]))
        XCTAssertEqual((conflict["neighbors"] as? [[String: Any]])?.compactMap { $0["edge"] as? String },
                       ["person:donald-trump|coerce|person:asim-munir"])
        XCTAssertEqual(conflict["class"] as? String, "conflict")

        let typed = try json(try newsgraph(["neighbors", QueryTests.corpusPath, "Munir", "--type", "holds_role,coerce", "--type", "make_statement", "--json"]))
        XCTAssertEqual(typed["types"] as? [String], ["coerce", "holds_role", "make_statement"])
        XCTAssertEqual(Set((typed["neighbors"] as? [[String: Any]] ?? []).compactMap { $0["relation"] as? String }),
                       ["coerce", "holds_role", "make_statement"])

        let outward = try json(try newsgraph(["neighbors", QueryTests.corpusPath, "Munir", "--direction", "out", "--depth", "2", "--json"]))
        let rows = try XCTUnwrap(outward["neighbors"] as? [[String: Any]])
        XCTAssertTrue(rows.allSatisfy { $0["direction"] as? String == "out" })
        XCTAssertEqual(Set(rows.compactMap { $0["depth"] as? Int }), [1, 2])
        let expected = try GraphIndex.load(path: QueryTests.corpusPath).neighbors(of: "person:asim-munir", depth: 2, direction: .outgoing)
        XCTAssertEqual(rows.compactMap { $0["edge"] as? String }, expected.map(\.edge.id), "the library's rows, in its order")

        let text = try newsgraph(["neighbors", QueryTests.corpusPath, "Munir", "--depth", "2"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("VIA"), "a depth above 1 shows the node each row is reached through")

        let none = try newsgraph(["neighbors", QueryTests.corpusPath, "The West"])
        XCTAssertEqual(none.status, 0, none.stderr)
        XCTAssertEqual(none.stdout, "The West (group:the-west): no neighbours within 1 step, both directions\n")
    }

    func testAmbiguousAndUnknownEntitiesExit64OnOneLine() throws {
        let ambiguous = try newsgraph(["neighbors", QueryTests.corpusPath, "Washington"])
        XCTAssertEqual(ambiguous.status, 64)
        XCTAssertEqual(ambiguous.stdout, "")
        XCTAssertEqual(ambiguous.stderr.split(separator: "\n").count, 1, ambiguous.stderr)
        XCTAssertTrue(ambiguous.stderr.contains("ambiguous"), ambiguous.stderr)
        XCTAssertTrue(ambiguous.stderr.contains("country:united-states") && ambiguous.stderr.contains("location:washington"), ambiguous.stderr)

        let unknown = try newsgraph(["neighbors", QueryTests.corpusPath, "Munnir"])
        XCTAssertEqual(unknown.status, 64)
        XCTAssertEqual(unknown.stderr.split(separator: "\n").count, 1, unknown.stderr)
        XCTAssertTrue(unknown.stderr.contains("did you mean Asim Munir (person:asim-munir)"), unknown.stderr)

        let path = try newsgraph(["path", QueryTests.corpusPath, "Munir", "Hammas"])
        XCTAssertEqual(path.status, 64)
        XCTAssertTrue(path.stderr.contains("organization:hamas"), path.stderr)

        let empty = try newsgraph(["neighbors", QueryTests.corpusPath, " "])
        XCTAssertEqual(empty.status, 64, empty.stderr)
    }

    func testBadInputsAndOptionsExitWithTheirCodes() throws {
        XCTAssertEqual(try newsgraph(["neighbors", "missing.json", "Munir"]).status, 66)
        XCTAssertEqual(try newsgraph(["entities", "missing.json"]).status, 66)
        try Data("{not json".utf8).write(to: directory.appendingPathComponent("broken.json"))
        let broken = try newsgraph(["path", "broken.json", "a", "b"])
        XCTAssertEqual(broken.status, 65, broken.stderr)
        XCTAssertTrue(broken.stderr.contains("broken.json"), broken.stderr)
        var invalid = QueryTests.small()
        invalid.edges.append(Edge(source: "country:alpha", target: "person:nobody", type: .consult, trigger: "met"))
        try invalid.jsonData().write(to: directory.appendingPathComponent("invalid.json"))
        let dangling = try newsgraph(["neighbors", "invalid.json", "Alpha"])
        XCTAssertEqual(dangling.status, 65, dangling.stderr)
        XCTAssertTrue(dangling.stderr.contains("invalid.json: $.edges[") && dangling.stderr.contains("person:nobody"), dangling.stderr)
        XCTAssertEqual(try newsgraph(["neighbors", QueryTests.corpusPath, "Munir", "--direction", "sideways"]).status, 64)
        XCTAssertEqual(try newsgraph(["neighbors", QueryTests.corpusPath, "Munir", "--class", "friendly"]).status, 64)
        XCTAssertEqual(try newsgraph(["neighbors", QueryTests.corpusPath, "Munir", "--depth", "0"]).status, 64)
        let type = try newsgraph(["neighbors", QueryTests.corpusPath, "Munir", "--type", "hug"])
        XCTAssertEqual(type.status, 64)
        XCTAssertTrue(type.stderr.contains("hug") && type.stderr.contains("holds_role"), type.stderr)
        XCTAssertEqual(try newsgraph(["path", QueryTests.corpusPath, "Munir", "Trump", "--max-depth", "0"]).status, 64)
        XCTAssertEqual(try newsgraph(["entities", QueryTests.corpusPath, "--type", "robot"]).status, 64)
        XCTAssertEqual(try newsgraph(["entities", QueryTests.corpusPath, "--sort", "size"]).status, 64)
    }

    // MARK: path

    func testPathFromRubioToHamasAgreesWithTheLibrary() throws {
        let run = try newsgraph(["path", QueryTests.corpusPath, "Marco Rubio", "Hamas"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let search = try GraphIndex.load(path: QueryTests.corpusPath).paths(from: "person:marco-rubio", to: "organization:hamas")
        if let length = search.length {
            XCTAssertTrue(run.stdout.hasPrefix("Marco Rubio (person:marco-rubio) to Hamas (organization:hamas): "), run.stdout)
            XCTAssertTrue(run.stdout.contains("of \(length) step"), run.stdout)
            XCTAssertTrue(run.stdout.contains("\npath 1: Marco Rubio → "), run.stdout)
        } else {
            XCTAssertEqual(run.stdout, "no path from Marco Rubio (person:marco-rubio) to Hamas (organization:hamas) within 6 steps\n")
        }
        let object = try json(try newsgraph(["path", QueryTests.corpusPath, "Marco Rubio", "Hamas", "--json"]))
        XCTAssertEqual(object["length"] as? Int, search.length)
        XCTAssertEqual((object["paths"] as? [Any])?.count, search.paths.count)
    }

    func testPathTextShowsEachStepWithItsDirectionAndEvidence() throws {
        let run = try newsgraph(["path", QueryTests.corpusPath, "Marco Rubio", "Field Marshal Asim Munir"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("Marco Rubio (person:marco-rubio) to Asim Munir (person:asim-munir): 2 shortest paths of 2 steps\n"), run.stdout)
        XCTAssertTrue(run.stdout.contains("path 1: Marco Rubio → Pakistan → Asim Munir"), run.stdout)
        XCTAssertTrue(run.stdout.contains("path 2: Marco Rubio → United States → Asim Munir"), run.stdout)
        XCTAssertTrue(run.stdout.contains("    Marco Rubio -make_statement-> Pakistan  (asserted, 1 article)\n"
                                          + "      004_f827ccbf9b847811#8: In public remarks, US Secretary of State Marco Rubio"), run.stdout)
        XCTAssertTrue(run.stdout.contains("    Asim Munir -holds_role-> Pakistan  (asserted, 2 articles)"), "the real direction of the step's edge")

        let limited = try newsgraph(["path", QueryTests.corpusPath, "Marco Rubio", "Munir", "--limit", "1"])
        XCTAssertTrue(limited.stdout.contains("showing the first 1"), limited.stdout)
        XCTAssertFalse(limited.stdout.contains("path 2:"), limited.stdout)

        let tooShort = try newsgraph(["path", QueryTests.corpusPath, "Marco Rubio", "Munir", "--max-depth", "1"])
        XCTAssertEqual(tooShort.status, 0)
        XCTAssertEqual(tooShort.stdout, "no path from Marco Rubio (person:marco-rubio) to Asim Munir (person:asim-munir) within 1 step\n")
    }

    func testPathJSONShape() throws {
        let object = try json(try newsgraph(["path", QueryTests.corpusPath, "Rubio", "Munir", "--json"]))
        XCTAssertEqual(Set(object.keys), ["from", "to", "max_depth", "length", "count", "truncated", "paths"])
        XCTAssertEqual((object["from"] as? [String: Any])?["id"] as? String, "person:marco-rubio")
        XCTAssertEqual((object["to"] as? [String: Any])?["id"] as? String, "person:asim-munir")
        XCTAssertEqual(object["length"] as? Int, 2)
        XCTAssertEqual(object["count"] as? Int, 2)
        XCTAssertEqual(object["truncated"] as? Bool, false)
        XCTAssertEqual(object["max_depth"] as? Int, 6)
        let paths = try XCTUnwrap(object["paths"] as? [[String: Any]])
        XCTAssertEqual(paths.map { ($0["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }, [
            ["person:marco-rubio", "country:pakistan", "person:asim-munir"],
            ["person:marco-rubio", "country:united-states", "person:asim-munir"],
        ])
        for path in paths {
            XCTAssertEqual(Set(path.keys), ["length", "nodes", "steps"])
            for step in path["steps"] as? [[String: Any]] ?? [] {
                XCTAssertEqual(Set(step.keys), ["from", "to", "relations"])
                for relation in step["relations"] as? [[String: Any]] ?? [] {
                    XCTAssertEqual(Set(relation.keys), ["edge", "relation", "source", "target", "direction", "negated", "modality", "articles", "first_evidence"])
                    let outward = relation["direction"] as? String == "out"
                    XCTAssertEqual(relation[outward ? "source" : "target"] as? String, step["from"] as? String)
                }
            }
        }
        let none = try json(try newsgraph(["path", QueryTests.corpusPath, "Rubio", "The West", "--json"]))
        XCTAssertTrue(none["length"] is NSNull)
        XCTAssertEqual((none["paths"] as? [Any])?.count, 0)
    }

    // MARK: entities

    func testEntitiesTableAndJSON() throws {
        let index = try GraphIndex.load(path: QueryTests.corpusPath)
        let run = try newsgraph(["entities", QueryTests.corpusPath])
        XCTAssertEqual(run.status, 0, run.stderr)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "\(index.graph.nodes.count) entities, by degree")
        XCTAssertTrue(lines[1].hasPrefix("DEGREE"), run.stdout)
        XCTAssertTrue(lines[2].contains("country:pakistan"), "Pakistan has the most edges")

        let people = try json(try newsgraph(["entities", QueryTests.corpusPath, "--type", "person", "--sort", "name", "--json"]))
        XCTAssertEqual(Set(people.keys), ["type", "sort", "count", "entities"])
        XCTAssertEqual(people["type"] as? String, "person")
        XCTAssertEqual(people["sort"] as? String, "name")
        let entries = try XCTUnwrap(people["entities"] as? [[String: Any]])
        XCTAssertEqual(entries.compactMap { $0["id"] as? String }, [
            "person:asim-munir", "person:donald-trump", "person:ishaq-dar", "person:marco-rubio", "person:michael-kugelman", "person:shehbaz-sharif",
        ])
        let munir = try XCTUnwrap(entries.first)
        XCTAssertEqual(Set(munir.keys), ["id", "label", "type", "aliases", "mentions", "articles", "degree", "out_degree", "in_degree"])
        let node = try XCTUnwrap(index.node(id: "person:asim-munir"))
        XCTAssertEqual(munir["mentions"] as? Int, node.mentions)
        XCTAssertEqual(munir["articles"] as? Int, node.articles.count)
        XCTAssertEqual(munir["aliases"] as? [String], node.aliases)
        XCTAssertEqual(munir["degree"] as? Int, index.outgoingEdges(of: node.id).count + index.incomingEdges(of: node.id).count)

        let all = try json(try newsgraph(["entities", QueryTests.corpusPath, "--sort", "mentions", "--json"]))
        XCTAssertTrue(all["type"] is NSNull)
        let mentions = (all["entities"] as? [[String: Any]] ?? []).compactMap { $0["mentions"] as? Int }
        XCTAssertEqual(mentions, mentions.sorted(by: >))
        XCTAssertEqual(mentions.count, index.graph.nodes.count)
    }
}

extension QueryTests {
    /// The path of `graphs/corpus.json`.
    static var corpusPath: String { ExtractionTestSupport.packageRoot.appendingPathComponent("graphs/corpus.json").path }
}

extension QueryCommandLineTests {
    func testNeighborsRenderDrawsTheNeighbourhood() throws {
        let run = try newsgraph(["neighbors", QueryTests.corpusPath, "Munir", "--render", "munir.svg"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let svg = try String(contentsOf: directory.appendingPathComponent("munir.svg"), encoding: .utf8)
        XCTAssertTrue(svg.contains("<svg") && svg.contains(">Donald Trump<") && svg.contains(">Asim Munir<"))
        XCTAssertFalse(svg.contains(">Hamas<"), "only the neighbourhood is drawn")
    }

    func testRenderFocusNamesAnAmbiguousEntityAsAUsageError() throws {
        let run = try newsgraph(["render", QueryTests.corpusPath, "--focus", "Washington", "--out", "w.svg"])
        XCTAssertEqual(run.status, 64, run.stderr)
        XCTAssertTrue(run.stderr.contains("ambiguous") && run.stderr.contains("country:united-states"), run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("w.svg").path))
    }
}
