import Foundation
import XCTest
@testable import NewsGraph

/// `newsgraph diff` and `newsgraph merge`, run as a user runs them: exit codes and output together.
final class DiffCommandLineTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try ExtractionTestSupport.temporaryDirectory(self)
    }

    /// Runs `newsgraph` with `arguments` in the test's temporary directory.
    private func newsgraph(_ arguments: [String]) throws -> CommandRunner.Run {
        try CommandRunner(directory: directory)(arguments)
    }

    private func seed(_ prefix: String) -> String { DiffTests.seedGraph(prefix) }

    private func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { !$0.hasPrefix(".std") }.sorted()
    }

    // MARK: diff

    func testDiffOfAGraphWithItselfExitsZeroWithExitCode() throws {
        let run = try newsgraph(["diff", seed("000"), seed("000"), "--exit-code"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("\nno differences\n"), run.stdout)
        XCTAssertTrue(run.stdout.contains("summary: entities 0 added, 0 removed, 0 changed, 31 unchanged;"), run.stdout)
        XCTAssertEqual(run.stderr, "")
    }

    func testDiffOfTwoSeedGraphsExitsOneWithExitCodeAndZeroWithout() throws {
        let run = try newsgraph(["diff", seed("001"), seed("002"), "--exit-code"])
        XCTAssertEqual(run.status, 1, run.stderr)
        XCTAssertEqual(run.stderr, "", "a difference is not an error")
        XCTAssertTrue(run.stdout.contains("\n+ organization:central-intelligence-agency  \"Central Intelligence Agency\"\n"), run.stdout)
        XCTAssertTrue(run.stdout.contains("\n+ organization:mossad  \"Mossad\"\n"), run.stdout)
        let plain = try newsgraph(["diff", seed("001"), seed("002")])
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertEqual(plain.stdout, run.stdout)
        // The output is what the library gives.
        let expected = GraphDiff(try Graph.load(path: seed("001")), try Graph.load(path: seed("002"))).text(aName: seed("001"), bName: seed("002"))
        XCTAssertEqual(run.stdout, expected)
    }

    func testEveryPairOfDifferentSeedGraphsExitsOne() throws {
        for (a, b) in [("000", "001"), ("002", "003"), ("003", "004"), ("004", "000")] {
            XCTAssertEqual(try newsgraph(["diff", seed(a), seed(b), "--exit-code", "--json"]).status, 1, "\(a) → \(b)")
        }
    }

    func testDiffJSONHasTheDocumentedShape() throws {
        let run = try newsgraph(["diff", "--json", seed("001"), seed("002")])
        XCTAssertEqual(run.status, 0, run.stderr)
        let data = Data(run.stdout.utf8)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(object.keys.sorted(), ["a", "agreement", "b", "entities", "format", "identical", "relations", "summary"])
        XCTAssertEqual(object["format"] as? String, "newsgraph-diff/1")
        XCTAssertEqual(object["identical"] as? Bool, false)
        let a = try XCTUnwrap(object["a"] as? [String: Any])
        XCTAssertEqual(a.keys.sorted(), ["articles", "entities", "name", "relations"])
        XCTAssertEqual(a["name"] as? String, seed("001"))
        XCTAssertEqual(a["entities"] as? Int, 17)
        let summary = try XCTUnwrap(object["summary"] as? [String: Any])
        XCTAssertEqual(summary.keys.sorted(), ["entities", "possible_matches", "relations"])
        XCTAssertEqual(summary["entities"] as? [String: Int], ["added": 18, "removed": 9, "changed": 3, "unchanged": 5])
        let agreement = try XCTUnwrap((object["agreement"] as? [String: Any])?["entities"] as? [String: Any])
        XCTAssertEqual(agreement.keys.sorted(), ["a", "b", "jaccard", "shared", "union"])
        XCTAssertEqual(agreement["shared"] as? Int, 8)
        XCTAssertEqual(agreement["jaccard"] as? Double, 0.2286)
        let entities = try XCTUnwrap(object["entities"] as? [[String: Any]])
        let mossad = try XCTUnwrap(entities.first { $0["id"] as? String == "organization:mossad" })
        XCTAssertEqual(mossad["status"] as? String, "added")
        XCTAssertEqual(mossad.keys.sorted(), ["changes", "id", "label", "possible_matches", "status", "type"])
        let munir = try XCTUnwrap(entities.first { $0["id"] as? String == "person:asim-munir" })
        let change = try XCTUnwrap((munir["changes"] as? [[String: Any]])?.first)
        XCTAssertEqual(change.keys.sorted(), ["a", "added", "b", "field", "removed"])
        XCTAssertEqual(change["field"] as? String, "aliases")
        let relations = try XCTUnwrap(object["relations"] as? [[String: Any]])
        let relation = try XCTUnwrap(relations.first { $0["id"] as? String == "person:asim-munir|consult|organization:mossad" })
        XCTAssertEqual(relation.keys.sorted(), ["a_id", "b_id", "changes", "evidence", "id", "modality", "negated", "source", "status",
                                                "target", "trigger", "type"])
        XCTAssertTrue(relation["a_id"] is NSNull, "absent values are written as null")
        let evidence = try XCTUnwrap(relation["evidence"] as? [String: [[String: Any]]])
        XCTAssertEqual(evidence["a"]?.count, 0)
        XCTAssertEqual(evidence["b"]?.first?["sentence"] as? Int, 2)
        // Canonical form: sorted keys, two-space indent, trailing newline.
        XCTAssertTrue(run.stdout.hasPrefix("{\n  \"a\": {\n    \"articles\": ["), run.stdout)
        XCTAssertTrue(run.stdout.hasSuffix("}\n"))
    }

    func testDiffOfAMissingFileExits66AndOfABrokenFileExits65() throws {
        let missing = try newsgraph(["diff", seed("000"), "nowhere.json"])
        XCTAssertEqual(missing.status, 66, missing.stderr)
        XCTAssertTrue(missing.stderr.contains("nowhere.json"), missing.stderr)
        XCTAssertEqual(missing.stdout, "")

        try Data("{\"schema\": \"kg-graph/1\"".utf8).write(to: directory.appendingPathComponent("broken.json"))
        let broken = try newsgraph(["diff", "broken.json", seed("000"), "--exit-code"])
        XCTAssertEqual(broken.status, 65, broken.stderr)
        XCTAssertTrue(broken.stderr.hasPrefix("newsgraph: error: broken.json: "), broken.stderr)

        var dangling = GraphJSONTests.sample()
        dangling.edges = [Edge(source: "country:alpha", target: "person:nobody", type: .coerce, trigger: "pressures")]
        try dangling.jsonData().write(to: directory.appendingPathComponent("dangling.json"))
        let invalid = try newsgraph(["diff", seed("000"), "dangling.json"])
        XCTAssertEqual(invalid.status, 65, invalid.stderr)
        XCTAssertTrue(invalid.stderr.contains("$.edges[0].target"), invalid.stderr)
    }

    func testDiffWithOneGraphIsAUsageError() throws {
        XCTAssertEqual(try newsgraph(["diff", seed("000")]).status, 64)
    }

    // MARK: merge

    func testMergeWritesWhatBuildWritesAsCorpusWhateverTheOrder() throws {
        let inputs = ["000", "001", "002", "003", "004"].map(seed)
        let forward = try newsgraph(["merge"] + inputs + ["--out", "forward.json"])
        XCTAssertEqual(forward.status, 0, forward.stderr)
        XCTAssertEqual(forward.stdout, "")
        let corpusGraph = try Graph.load(path: ExtractionTestSupport.packageRoot.appendingPathComponent("graphs/corpus.json").path)
        XCTAssertTrue(forward.stderr.contains("merged 5 graph(s) into forward.json (\(corpusGraph.nodes.count) nodes, \(corpusGraph.edges.count) edges)"),
                      forward.stderr)
        let backward = try newsgraph(["merge", "--out", "backward.json"] + inputs.reversed() + [inputs[0]])
        XCTAssertEqual(backward.status, 0, backward.stderr)
        let corpus = try Data(contentsOf: ExtractionTestSupport.packageRoot.appendingPathComponent("graphs/corpus.json"))
        XCTAssertEqual(try Data(contentsOf: directory.appendingPathComponent("forward.json")), corpus)
        XCTAssertEqual(try Data(contentsOf: directory.appendingPathComponent("backward.json")), corpus)
        XCTAssertEqual(try files(), ["backward.json", "forward.json"], "no temporary files are left")
        // Merging the corpus with itself changes nothing.
        XCTAssertEqual(try newsgraph(["merge", "forward.json", "forward.json", "--out", "again.json"]).status, 0)
        XCTAssertEqual(try Data(contentsOf: directory.appendingPathComponent("again.json")), corpus)
    }

    func testMergeRefusesAnOutputThatIsAlsoAnInput() throws {
        let original = try Data(contentsOf: URL(fileURLWithPath: seed("000")))
        try original.write(to: directory.appendingPathComponent("a.json"))
        try Data(contentsOf: URL(fileURLWithPath: seed("001"))).write(to: directory.appendingPathComponent("b.json"))
        for out in ["a.json", "./a.json", directory.appendingPathComponent("a.json").path] {
            let run = try newsgraph(["merge", "a.json", "b.json", "--out", out])
            XCTAssertEqual(run.status, 64, "\(out): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("is also an input"), run.stderr)
            XCTAssertEqual(try Data(contentsOf: directory.appendingPathComponent("a.json")), original, "the input is untouched")
        }
        XCTAssertEqual(try files(), ["a.json", "b.json"])
    }

    func testMergeOfAMissingGraphExits66AndWritesNothing() throws {
        let run = try newsgraph(["merge", seed("000"), "missing.json", "--out", "out.json"])
        XCTAssertEqual(run.status, 66, run.stderr)
        XCTAssertTrue(run.stderr.contains("missing.json"), run.stderr)
        XCTAssertEqual(try files(), [])
    }

    func testMergeWithoutOutIsAUsageError() throws {
        XCTAssertEqual(try newsgraph(["merge", seed("000")]).status, 64)
    }
}
