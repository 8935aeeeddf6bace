import Foundation
import XCTest
@testable import NewsGraph

/// What users' scrapers and other tools produce, fed to the real binary: each case gives a graph
/// or a one-line error naming the file, with the documented exit code, and leaves no partial file.
final class HostileInputTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try ExtractionTestSupport.temporaryDirectory(self)
    }

    private func newsgraph(_ arguments: [String]) throws -> CommandRunner.Run {
        try CommandRunner(directory: directory)(arguments)
    }

    private func write(_ bytes: [UInt8], _ name: String) throws {
        try Data(bytes).write(to: directory.appendingPathComponent(name))
    }

    /// The files the command left in `out`, hidden ones (temporary files) included.
    private func leftovers(_ out: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(out).path).sorted()) ?? []
    }

    private func assertOneLineError(_ run: CommandRunner.Run, status: Int32, naming file: String, _ what: String,
                                    file source: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(run.status, status, run.stderr, file: source, line: line)
        XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr, file: source, line: line)
        XCTAssertTrue(run.stderr.contains(file) && run.stderr.contains(what), run.stderr, file: source, line: line)
    }

    // MARK: articles

    func testEmptyAndWhitespaceArticlesGiveEmptyGraphs() throws {
        try write([], "empty.txt")
        try write(Array(" \n\t\n  ".utf8), "blank.txt")
        let run = try newsgraph(["build", "empty.txt", "blank.txt", "--out", "out"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(leftovers("out"), ["blank.json", "corpus.json", "empty.json"])
        let graph = try Graph.load(path: directory.appendingPathComponent("out/empty.json").path)
        XCTAssertTrue(graph.nodes.isEmpty && graph.edges.isEmpty)
    }

    func testBinaryDataIsRefusedNamingTheNulByte() throws {
        try write([0x50, 0x4B, 0x03, 0x04, 0x00, 0x10], "archive.txt")
        assertOneLineError(try newsgraph(["build", "archive.txt", "--out", "out"]), status: 65, naming: "archive.txt", "offset 4")
        XCTAssertEqual(leftovers("out"), [])
    }

    func testUTF16WithAByteOrderMarkIsRead() throws {
        let text = "Chile Talks\nChile criticised Peru."
        try write([0xFF, 0xFE] + Array(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), "wide.txt")
        let run = try newsgraph(["build", "wide.txt", "--out", "out"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let graph = try Graph.load(path: directory.appendingPathComponent("out/wide.json").path)
        XCTAssertEqual(graph.edges.map(\.id), ["country:chile|disapprove|country:peru"])
    }

    func testWindowsLineEndingsAndHTMLMarkupStillGiveAGraph() throws {
        try write(Array("Chile Talks\r\n<p>Chile <b>criticised</b> Peru.</p>\r\n".utf8), "page.txt")
        let run = try newsgraph(["build", "page.txt", "--out", "out"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let graph = try Graph.load(path: directory.appendingPathComponent("out/page.json").path)
        XCTAssertTrue(graph.nodes.contains { $0.id == "country:chile" } && graph.nodes.contains { $0.id == "country:peru" })
        XCTAssertTrue(graph.problems().isEmpty)
    }

    func testAMegabyteLineWithoutPunctuationGivesAGraph() throws {
        let words = ["Chile", "met", "Peru", "and", "the", "talks", "went", "on"]
        let line = (0..<150_000).map { words[$0 % words.count] }.joined(separator: " ")
        try write(Array(line.utf8), "line.txt")
        let run = try newsgraph(["build", "line.txt", "--out", "out"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let graph = try Graph.load(path: directory.appendingPathComponent("out/line.json").path)
        XCTAssertTrue(graph.edges.allSatisfy { $0.evidence.allSatisfy { $0.text.unicodeScalars.count < 2_000 } }, "evidence stays sentence-sized")
    }

    func testAFiftyMegabyteArticleGivesAGraph() throws {
        // 50 MB as scrapers make it: a sentence of news, then a long line of page data (tracking
        // blobs, inline images), over and over. Every byte is read; the graph stays small.
        let sentence = "Chile criticised Peru over the border talks, officials said on Monday.\n"
        let blob = String(repeating: "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo", count: 57) + "\n"
        let block = sentence + blob
        let copies = 50_000_000 / block.utf8.count
        let text = "Border Row\n" + String(repeating: block, count: copies)
        XCTAssertGreaterThanOrEqual(text.utf8.count, 49_900_000)
        try Data(text.utf8).write(to: directory.appendingPathComponent("long.txt"))
        let run = try newsgraph(["build", "long.txt", "--out", "out"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let graph = try Graph.load(path: directory.appendingPathComponent("out/long.json").path)
        XCTAssertEqual(graph.node(id: "country:chile")?.mentions, copies)
        XCTAssertEqual(graph.edge(id: "country:chile|disapprove|country:peru")?.evidence.count, copies)
    }

    // MARK: graph files

    func testAGraphFileOfAbsurdSizeIsRefusedWithoutReadingIt() throws {
        let url = directory.appendingPathComponent("absurd.json")
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: Data("{".utf8)))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(Graph.maxFileSize) + 1)  // sparse: no disk used
        try handle.close()
        for command in [["validate", "absurd.json"], ["render", "absurd.json", "--out", "a.svg"], ["neighbors", "absurd.json", "x"]] {
            let run = try newsgraph(command)
            XCTAssertEqual(run.status, 65, "\(command): \(run.stdout) \(run.stderr)")
            XCTAssertTrue((run.stdout + run.stderr).contains("absurd.json") && (run.stdout + run.stderr).contains("bytes is more than"),
                          run.stdout + run.stderr)
        }
    }

    func testBrokenGraphFilesAreNamedWithTheFirstProblemsJSONPath() throws {
        let good = try String(contentsOf: ExtractionTestSupport.packageRoot.appendingPathComponent("graphs/000_fac70ba8665dccef.json"), encoding: .utf8)
        let cases: [(name: String, text: String, expected: String)] = [
            ("notjson.json", "this is not JSON", "not valid JSON"),
            ("truncated.json", String(good.prefix(good.count / 2)), "not valid JSON"),
            ("version.json", good.replacingOccurrences(of: "\"kg-graph/1\"", with: "\"kg-graph/7\""), "$.schema"),
            ("missing.json", #"{"schema": "kg-graph/1", "articles": [], "nodes": [{"id": "person:x", "type": "person"}], "edges": []}"#, "$.nodes[0].label"),
            ("type.json", good.replacingOccurrences(of: "\"type\": \"coerce\"", with: "\"type\": \"befriend\""), "$.edges["),
            ("dangling.json", #"{"schema": "kg-graph/1", "articles": [], "nodes": [], "edges": [{"id": "a|consult|b", "source": "a", "target": "b", "type": "consult"}]}"#, "$.edges[0].source"),
        ]
        for (name, text, expected) in cases {
            try write(Array(text.utf8), name)
            let run = try newsgraph(["render", name, "--out", "out.svg"])
            assertOneLineError(run, status: 65, naming: name, expected)
            XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.svg").path))
        }
    }

    func testDuplicateNodeIdsAreReportedByValidate() throws {
        let node = #"{"id": "person:x", "type": "person", "label": "X"}"#
        try write(Array(#"{"schema": "kg-graph/1", "articles": [], "nodes": [\#(node), \#(node)], "edges": []}"#.utf8), "dup.json")
        let run = try newsgraph(["validate", "dup.json"])
        XCTAssertEqual(run.status, 65)
        XCTAssertTrue(run.stdout.contains("$.nodes[1].id: duplicate node id"), run.stdout)
    }

    // MARK: rendering

    func testAGraphTooLargeToDrawIsRefusedBeforeLayout() throws {
        let nodes = (0..<10_001).map { Node(id: "person:p\($0)", type: .person, label: "P\($0)") }
        let data = try Graph(nodes: nodes).jsonData()
        try data.write(to: directory.appendingPathComponent("huge.json"))
        let run = try newsgraph(["render", "huge.json", "--out", "huge.svg"])
        assertOneLineError(run, status: 65, naming: "huge.json", "too many to draw")
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent("huge.svg").path))
    }

    func testRenderRefusesToOverwriteItsInput() throws {
        let graph = ExtractionTestSupport.packageRoot.appendingPathComponent("graphs/000_fac70ba8665dccef.json")
        try FileManager.default.copyItem(at: graph, to: directory.appendingPathComponent("g.json"))
        let before = try Data(contentsOf: directory.appendingPathComponent("g.json"))
        let run = try newsgraph(["render", "g.json", "--out", "g.json", "--format", "dot"])
        XCTAssertEqual(run.status, 64, run.stderr)
        XCTAssertEqual(try Data(contentsOf: directory.appendingPathComponent("g.json")), before)
    }
}
