import XCTest
@testable import NewsGraph

final class GraphJSONTests: XCTestCase {
    static func sample() -> Graph {
        let evidence = Evidence(article: "a1", sentence: 0, start: 0, end: 20, text: "Alpha pressures Beta")
        return Graph(
            articles: [ArticleRef(id: "a1", path: "a1.txt", title: "Alpha pressures Beta", sha256: String(repeating: "0", count: 64))],
            nodes: [
                Node(id: "person:beta", type: .person, label: "Beta", aliases: ["Beta"], mentions: 1, articles: ["a1": 1]),
                Node(id: "country:alpha", type: .country, label: "Alpha", aliases: ["Alpha", "Alphan"], attributes: ["kind": .string("x")], mentions: 2, articles: ["a1": 2]),
            ],
            edges: [Edge(source: "country:alpha", target: "person:beta", type: .coerce, trigger: "pressures", evidence: [evidence])])
    }

    func testRoundTripKeepsEveryField() throws {
        let graph = GraphJSONTests.sample()
        let decoded = try Graph.decode(try graph.jsonData(), path: "mem")
        XCTAssertEqual(decoded, graph)
    }

    func testBytesAreSortedAndStable() throws {
        let graph = GraphJSONTests.sample()
        var shuffled = graph
        shuffled.nodes.reverse()
        XCTAssertEqual(try graph.jsonData(), try shuffled.jsonData())
        let text = String(decoding: try graph.jsonData(), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("{\n  \"articles\""), text)
        XCTAssertLessThan(text.range(of: "country:alpha")!.lowerBound, text.range(of: "person:beta")!.lowerBound)
    }

    func testWrongSchemaVersionIsNamed() {
        let data = Data(#"{"schema": "kg-graph/9", "articles": [], "nodes": [], "edges": []}"#.utf8)
        XCTAssertThrowsError(try Graph.decode(data, path: "g.json")) { error in
            XCTAssertTrue("\(error)".contains("$.schema"), "\(error)")
        }
    }

    func testMissingFieldIsNamedWithItsPath() {
        let data = Data(#"{"schema": "kg-graph/1", "articles": [], "nodes": [{"id": "person:x", "type": "person"}], "edges": []}"#.utf8)
        XCTAssertThrowsError(try Graph.decode(data, path: "g.json")) { error in
            XCTAssertTrue("\(error)".contains("$.nodes[0].label"), "\(error)")
        }
    }

    func testValidationFindsDanglingEdgesAndDuplicates() {
        var graph = GraphJSONTests.sample()
        graph.nodes.append(graph.nodes[0])
        graph.edges.append(Edge(source: "country:alpha", target: "person:nobody", type: .consult, trigger: "met"))
        let messages = graph.problems().map(\.description)
        XCTAssertTrue(messages.contains { $0.contains("duplicate node id") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("$.edges[1].target") && $0.contains("person:nobody") }, "\(messages)")
        XCTAssertTrue(GraphJSONTests.sample().problems().isEmpty)
    }

    func testMergeIsOrderIndependentAndIdempotent() {
        let a = GraphJSONTests.sample()
        var b = a
        b.articles = [ArticleRef(id: "a2", path: "a2.txt", title: "t", sha256: "1")]
        b.nodes[0].aliases = ["Alpha Republic"]
        b.nodes[0].label = "Alpha Republic"
        b.nodes[0].articles = ["a2": 2]
        b.edges[0].evidence = [Evidence(article: "a2", sentence: 3, start: 9, end: 30, text: "x")]
        b.edges[0].modality = .reported
        XCTAssertEqual(Graph.merged([a, b]), Graph.merged([b, a]))
        XCTAssertEqual(Graph.merged([a, a]), a)
        let merged = Graph.merged([a, b])
        XCTAssertEqual(merged.node(id: "country:alpha")?.label, "Alpha Republic")
        XCTAssertEqual(merged.edges[0].evidence.count, 2)
        XCTAssertEqual(merged.node(id: "country:alpha")?.mentions, 4)
        XCTAssertEqual(merged.edges[0].modality, .asserted)
        XCTAssertEqual(merged.articles.map(\.id), ["a1", "a2"])
    }
}
