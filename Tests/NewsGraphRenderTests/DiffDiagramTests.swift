import NewsGraph
import XCTest
@testable import NewsGraphRender

/// The diff diagram: the union of both graphs coloured by what happened to each element.
final class DiffDiagramTests: XCTestCase {
    private func graphs() -> (Graph, Graph) {
        let e = RenderTestSupport.evidence("Chile met Peru.")
        let chile = Node(id: "country:chile", type: .country, label: "Chile", mentions: 1)
        let peru = Node(id: "country:peru", type: .country, label: "Peru", mentions: 1)
        let bolivia = Node(id: "country:bolivia", type: .country, label: "Bolivia", mentions: 1)
        let ecuador = Node(id: "country:ecuador", type: .country, label: "Ecuador", mentions: 1)
        let a = Graph(nodes: [chile, peru, bolivia], edges: [
            Edge(source: "country:chile", target: "country:peru", type: .consult, trigger: "met", evidence: e),
            Edge(source: "country:chile", target: "country:bolivia", type: .disapprove, trigger: "criticised", evidence: e),
        ])
        var peruRenamed = peru
        peruRenamed.aliases = ["Peru", "Peruvian"]
        let b = Graph(nodes: [chile, peruRenamed, ecuador], edges: [
            Edge(source: "country:chile", target: "country:peru", type: .consult, trigger: "met", modality: .reported, evidence: e),
            Edge(source: "country:chile", target: "country:ecuador", type: .appeal, trigger: "urged", evidence: e),
        ])
        return (a, b)
    }

    func testStatusesAreColouredAndExplained() {
        let (a, b) = graphs()
        let union = GraphDiff(a, b).union()
        let (diagram, _) = DiagramBuilder.diagram(of: union.graph, options: DiffDiagram.options(for: union, title: "A → B"))
        func node(_ id: String) -> Diagram.Node? { diagram.nodes.first { $0.attributes["id"] == "node-" + DiagramText.token(id) } }
        XCTAssertEqual(node("country:ecuador")?.attributes["fillcolor"], DiffDiagram.colors(.added).fill)
        XCTAssertEqual(node("country:bolivia")?.attributes["fillcolor"], DiffDiagram.colors(.removed).fill)
        XCTAssertEqual(node("country:peru")?.attributes["fillcolor"], DiffDiagram.colors(.changed).fill)
        XCTAssertEqual(node("country:chile")?.attributes["fillcolor"], DiffDiagram.colors(.unchanged).fill)
        XCTAssertTrue(node("country:ecuador")?.attributes["tooltip"]?.hasPrefix("added") ?? false)
        XCTAssertEqual(node("country:peru")?.attributes["class"], "entity country diff-changed")
        let changedEdge = diagram.edges.first { $0.attributes["class"]?.contains("consult") == true && $0.attributes["class"]?.contains("diff-changed") == true }
        XCTAssertNotNil(changedEdge, "the consult edge whose modality changed")
        XCTAssertTrue(changedEdge?.attributes["tooltip"]?.contains("modality") ?? false, changedEdge?.attributes["tooltip"] ?? "")
        XCTAssertTrue(diagram.edges.contains { $0.attributes["id"] == "legend-edge-added" && $0.attributes["color"] == DiffDiagram.colors(.added).line })
    }

    func testTheDiffDiagramIsValidSVG() throws {
        let (a, b) = graphs()
        let union = GraphDiff(a, b).union()
        let svg = try Renderer.render(union.graph, format: .svg, options: DiffDiagram.options(for: union, title: "A → B")).data
        let lint = try RenderTestSupport.xmllint(svg)
        XCTAssertTrue(lint.ok, lint.message)
        XCTAssertTrue(RenderTestSupport.texts(svg).contains("Ecuador"))
    }
}
