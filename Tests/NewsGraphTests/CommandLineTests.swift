import Foundation
import XCTest
@testable import NewsGraph

/// The real `newsgraph` binary, run as a user runs it: exit codes and output together.
final class CommandLineTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try ExtractionTestSupport.temporaryDirectory(self)
    }

    /// Runs `newsgraph` with `arguments` in the test's temporary directory.
    private func newsgraph(_ arguments: [String]) throws -> CommandRunner.Run {
        try CommandRunner(directory: directory)(arguments)
    }

    @discardableResult
    private func write(_ text: String, _ name: String) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }

    private func files(in name: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(name).path).sorted()
    }

    private let first = "Brazil Criticises Argentina Over Trade Curbs\nBrazil criticised Argentina on Monday. Chile said little.\n"
    private let second = "Talks Resume in Lima\nChile and Peru—both key mediators—have urged Bolivia to return to the table.\n"

    // MARK: build

    func testBuildWritesOneGraphPerArticleAndACorpusAndNoTemporaryFiles() throws {
        try write(first, "in/alpha.txt")
        try write(second, "in/beta.txt")
        let run = try newsgraph(["build", "--out", "graphs", "in/alpha.txt", "in/beta.txt"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, "")
        XCTAssertTrue(run.stderr.contains("built 2 article graph(s)"), run.stderr)
        XCTAssertEqual(try files(in: "graphs"), ["alpha.json", "beta.json", "corpus.json"], "no temporary or hidden files are left")

        let alpha = try Graph.load(path: directory.appendingPathComponent("graphs/alpha.json").path)
        XCTAssertEqual(alpha.articles.map(\.id), ["alpha"])
        XCTAssertEqual(alpha.articles.first?.path, "in/alpha.txt")
        XCTAssertEqual(alpha.articles.first?.title, "Brazil Criticises Argentina Over Trade Curbs")
        XCTAssertTrue(alpha.edgeIDs.contains("country:brazil|disapprove|country:argentina"), "\(alpha.edgeIDs)")
        let corpus = try Graph.load(path: directory.appendingPathComponent("graphs/corpus.json").path)
        XCTAssertEqual(corpus.articles.map(\.id), ["alpha", "beta"])
        XCTAssertTrue(corpus.edgeIDs.isSuperset(of: ["country:brazil|disapprove|country:argentina", "country:chile|appeal|country:bolivia"]))
        XCTAssertEqual(corpus.problems().map(\.description), [])

        // The bytes are what the library writes.
        let bytes = try Data(contentsOf: directory.appendingPathComponent("graphs/alpha.json"))
        XCTAssertEqual(bytes, try alpha.jsonData())

        // A second build over the same directory gives the same bytes and leaves nothing behind.
        XCTAssertEqual(try newsgraph(["build", "--out", "graphs", "in/alpha.txt", "in/beta.txt"]).status, 0)
        XCTAssertEqual(try Data(contentsOf: directory.appendingPathComponent("graphs/alpha.json")), bytes)
        XCTAssertEqual(try files(in: "graphs"), ["alpha.json", "beta.json", "corpus.json"])
    }

    func testMissingArticleExits66NamingTheFile() throws {
        try write(first, "alpha.txt")
        let run = try newsgraph(["build", "--out", "graphs", "alpha.txt", "nowhere/missing.txt"])
        XCTAssertEqual(run.status, 66, run.stderr)
        XCTAssertTrue(run.stderr.contains("nowhere/missing.txt"), run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("graphs/alpha.json").path),
                       "nothing is written when an input is missing")
    }

    func testTwoArticlesWithOneIdAreRefused() throws {
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("a"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("b"), withIntermediateDirectories: true)
        try write(first, "a/same.txt")
        try write(second, "b/same.txt")
        let run = try newsgraph(["build", "--out", "graphs", "a/same.txt", "b/same.txt"])
        XCTAssertEqual(run.status, 64, run.stderr)
        XCTAssertTrue(run.stderr.contains("b/same.txt") && run.stderr.contains("\"same\""), run.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("graphs/same.json").path))
    }

    func testMissingLexiconFileExits66NamingIt() throws {
        try write(first, "alpha.txt")
        let run = try newsgraph(["build", "--out", "graphs", "--lexicon", "mine.json", "alpha.txt"])
        XCTAssertEqual(run.status, 66, run.stderr)
        XCTAssertTrue(run.stderr.contains("mine.json"), run.stderr)
        XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
    }

    func testInvalidUTF8Exits65NamingTheByteOffset() throws {
        let url = directory.appendingPathComponent("latin1.txt")
        try Data([0x4B, 0x65, 0x6E, 0x79, 0x61, 0x20, 0xE9, 0x74, 0xE9, 0x0A]).write(to: url)  // "Kenya été" in Latin-1
        let run = try newsgraph(["build", "--out", "graphs", "latin1.txt"])
        XCTAssertEqual(run.status, 65, run.stderr)
        XCTAssertTrue(run.stderr.contains("latin1.txt"), run.stderr)
        XCTAssertTrue(run.stderr.contains("byte offset 6"), run.stderr)
    }

    func testDirectoryAsArticleExits66() throws {
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("folder.txt"), withIntermediateDirectories: true)
        let run = try newsgraph(["build", "--out", "graphs", "folder.txt"])
        XCTAssertEqual(run.status, 66, run.stderr)
        XCTAssertTrue(run.stderr.contains("folder.txt"), run.stderr)
        XCTAssertTrue(run.stderr.contains("directory"), run.stderr)
    }

    func testOutputThatWouldOverwriteAnInputIsRefused() throws {
        // An article named notes.json builds to OUT/notes.json: with --out . that is the article itself.
        let input = try write(first, "notes.json")
        let run = try newsgraph(["build", "--out", ".", "notes.json"])
        XCTAssertEqual(run.status, 64, run.stderr)
        XCTAssertTrue(run.stderr.contains("notes.json"), run.stderr)
        XCTAssertTrue(run.stderr.contains("input"), run.stderr)
        XCTAssertEqual(try String(contentsOf: input, encoding: .utf8), first, "the input is untouched")
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("corpus.json").path))
    }

    // MARK: validate

    func testValidateAcceptsABuiltGraph() throws {
        try write(first, "alpha.txt")
        XCTAssertEqual(try newsgraph(["build", "--out", "graphs", "alpha.txt"]).status, 0)
        let run = try newsgraph(["validate", "graphs/alpha.json", "graphs/corpus.json"])
        XCTAssertEqual(run.status, 0, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.contains("graphs/alpha.json: ok"), run.stdout)
        XCTAssertTrue(run.stdout.contains("graphs/corpus.json: ok"), run.stdout)
    }

    func testValidateRejectsAnEdgeToAnUnknownNodeWithItsJSONPath() throws {
        var graph = GraphJSONTests.sample()
        graph.edges = [Edge(source: "country:alpha", target: "person:nobody", type: .coerce, trigger: "pressures")]
        try graph.jsonData().write(to: directory.appendingPathComponent("broken.json"))
        let run = try newsgraph(["validate", "broken.json"])
        XCTAssertEqual(run.status, 65, run.stdout + run.stderr)
        XCTAssertTrue(run.stdout.contains("$.edges[0].target"), run.stdout)
        XCTAssertTrue(run.stdout.contains("person:nobody"), run.stdout)
        XCTAssertFalse(run.stdout.contains(": ok"), run.stdout)
    }

    // MARK: eval and annotate

    func testEvalPrintsTheScoreTable() throws {
        let gold = ExtractionTestSupport.fixtures.appendingPathComponent("scorer-small-gold.json").path
        let graph = ExtractionTestSupport.fixtures.appendingPathComponent("scorer-small-graph.json").path
        let run = try newsgraph(["eval", gold, graph])
        XCTAssertEqual(run.status, 0, run.stderr)
        let expected = try Scorer.score(goldPath: gold, graphPaths: [graph]).text
        XCTAssertEqual(run.stdout, expected + "\n")
        for row in ["entities (untyped)", "entities (typed)", "relations (strict)", "relations (lenient)", "per article (P/R/F1)"] {
            XCTAssertTrue(run.stdout.contains(row), row)
        }
    }

    func testAnnotateMarksNamesWithTheirIds() throws {
        try write("Report\nForeign Minister Jane Okafor said Kenyan police would stay in Haiti.\n", "okafor.txt")
        let run = try newsgraph(["annotate", "okafor.txt"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("{Foreign Minister} [Jane Okafor|person:jane-okafor]"), run.stdout)
        XCTAssertTrue(run.stdout.contains("[Kenyan|country:kenya~demonym]"), run.stdout)
        XCTAssertTrue(run.stdout.hasPrefix("0: Report\n1: "), run.stdout)
    }
}
