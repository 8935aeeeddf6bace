import Foundation
import XCTest
@testable import NewsGraph

/// Properties of `Graph.merged` (the merge `build` and `merge` use) over generated graphs:
/// the bytes do not depend on the order of the inputs, and merging a graph with itself, or
/// with a graph already merged into it, changes nothing.
final class MergePropertyTests: XCTestCase {
    func testMergeGivesTheSameBytesWhateverTheOrderOfTheInputs() throws {
        var random = SeededRandom(seed: 0x4D45)
        for index in 0..<300 {
            let graphs = MergePropertyTests.related(&random)
            let expected = try Graph.merged(graphs).jsonData()
            for _ in 0..<3 {
                let shuffled = graphs.shuffled(using: &random)
                XCTAssertEqual(try Graph.merged(shuffled).jsonData(), expected,
                               "case \(index): order \(shuffled.map { $0.articles.map(\.id) })")
            }
            XCTAssertEqual(try Graph.merged(graphs.reversed()).jsonData(), expected, "case \(index): reversed")
        }
    }

    func testMergingAGraphWithItselfChangesNothing() throws {
        var random = SeededRandom(seed: 0x1DE)
        for index in 0..<300 {
            let graph = GraphGenerator.graph(&random)
            let bytes = try graph.jsonData()
            XCTAssertEqual(try Graph.merged([graph]).jsonData(), bytes, "case \(index)")
            XCTAssertEqual(try Graph.merged([graph, graph]).jsonData(), bytes, "case \(index)")
            XCTAssertEqual(try Graph.merged([graph, graph, graph]).jsonData(), bytes, "case \(index)")
        }
    }

    func testMergingAMergeWithOneOfItsInputsChangesNothing() throws {
        var random = SeededRandom(seed: 0xAB5)
        for index in 0..<200 {
            let graphs = MergePropertyTests.related(&random)
            let merged = Graph.merged(graphs)
            let bytes = try merged.jsonData()
            XCTAssertEqual(try Graph.merged([merged, merged]).jsonData(), bytes, "case \(index)")
            for graph in graphs {
                XCTAssertEqual(try Graph.merged([merged, graph]).jsonData(), bytes, "case \(index)")
            }
            // Merging in steps gives what merging at once gives.
            if graphs.count >= 2 {
                let stepwise = Graph.merged([Graph.merged(Array(graphs.prefix(2)))] + graphs.dropFirst(2))
                XCTAssertEqual(try stepwise.jsonData(), bytes, "case \(index)")
            }
        }
    }

    func testAMergeHoldsEveryElementOfItsInputs() {
        // Seen through the diff: nothing of an input is missing from the merge.
        var random = SeededRandom(seed: 0xC0)
        for index in 0..<200 {
            let graphs = MergePropertyTests.related(&random)
            let merged = Graph.merged(graphs)
            for graph in graphs {
                let diff = GraphDiff(graph, merged)
                XCTAssertEqual(diff.counts.entities[.removed, default: 0], 0, "case \(index)")
                XCTAssertEqual(diff.counts.relations[.removed, default: 0], 0, "case \(index)")
                XCTAssertTrue(diff.nodes.allSatisfy { node in node.changes.allSatisfy { $0.removed.isEmpty } },
                              "case \(index): no alias or title is lost")
            }
            XCTAssertEqual(merged.problems(), [], "case \(index)")
        }
    }

    func testMergedSeedGraphsAreTheCorpusGraph() throws {
        let directory = ExtractionTestSupport.packageRoot.appendingPathComponent("graphs")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".json") && $0 != "corpus.json" }.sorted()
        XCTAssertEqual(files.count, 5)
        let graphs = try files.map { try Graph.load(path: directory.appendingPathComponent($0).path) }
        let corpus = try Data(contentsOf: directory.appendingPathComponent("corpus.json"))
        XCTAssertEqual(try Graph.merged(graphs).jsonData(), corpus)
        XCTAssertEqual(try Graph.merged(graphs.reversed()).jsonData(), corpus)
    }

    /// Graphs that decode but break the contract (edges without evidence; mentions that are not
    /// the sum of the per-article counts) are where `Graph.merged` still depends on the order of
    /// its inputs or is not idempotent. Reported rather than fixed here (Model/ is not this
    /// suite's to change); the test skips, naming the failing case, until the merge handles them.
    func testMergeIsStableOutsideTheContract() throws {
        let nodes = [Node(id: "country:x", type: .country, label: "X"), Node(id: "country:y", type: .country, label: "Y")]
        let met = Graph(nodes: nodes, edges: [Edge(source: "country:x", target: "country:y", type: .consult, trigger: "met")])
        let talks = Graph(nodes: nodes, edges: [Edge(source: "country:x", target: "country:y", type: .consult, trigger: "talks")])
        let inconsistent = Graph(nodes: [Node(id: "country:x", type: .country, label: "X", mentions: 5, articles: ["q": 2])])
        XCTAssertEqual(try Graph.merged([met, talks]).jsonData(), try Graph.merged([talks, met]).jsonData(),
                       "two edges with one id, no evidence and different triggers")
        XCTAssertEqual(try Graph.merged([inconsistent, inconsistent]).jsonData(), try inconsistent.jsonData(),
                       "a node whose mentions exceed its per-article counts, merged with itself")
        let numbers = Graph(nodes: [Node(id: "country:x", type: .country, label: "X", attributes: ["codes": .array([.number(1)])])])
        let more = Graph(nodes: [Node(id: "country:x", type: .country, label: "X", attributes: ["codes": .array([.number(2)])])])
        XCTAssertEqual(Graph.merged([numbers, more]).nodes.first?.attributes["codes"], .array([.number(1), .number(2)]),
                       "non-string arrays are united, not dropped")
        let objectA = Graph(nodes: [Node(id: "country:x", type: .country, label: "X",
                                         attributes: ["meta": .object(["a": .number(1), "b": .string("x"), "c": .bool(true)])])])
        let objectB = Graph(nodes: [Node(id: "country:x", type: .country, label: "X",
                                         attributes: ["meta": .object(["a": .number(2), "d": .null, "e": .string("y")])])])
        XCTAssertEqual(try Graph.merged([objectA, objectB]).jsonData(), try Graph.merged([objectB, objectA]).jsonData(),
                       "clashing object values: the same one is kept whatever the order")
    }

    /// Two to four graphs that overlap a lot: edited copies of one graph, each read from its own
    /// article (as the graphs of several articles about one story are), plus sometimes an unrelated one.
    static func related(_ random: inout SeededRandom) -> [Graph] {
        let base = GraphGenerator.graph(&random)
        var graphs: [Graph] = []
        for index in 0..<Int.random(in: 2...4, using: &random) {
            var graph = GraphGenerator.edited(base, &random)
            let article = "r\(index)"
            graph.articles = [GraphGenerator.article(article)]
            for node in graph.nodes.indices {
                let mentions = max(1, graph.nodes[node].mentions)
                graph.nodes[node].articles = [article: mentions]
                graph.nodes[node].mentions = mentions
            }
            for edge in graph.edges.indices {
                graph.edges[edge].evidence = graph.edges[edge].evidence.map { GraphGenerator.evidence(article, $0.sentence) }
            }
            graph.normalize()
            graphs.append(graph)
        }
        if random.chance(0.3) { graphs.append(GraphGenerator.graph(&random)) }
        return graphs
    }
}
