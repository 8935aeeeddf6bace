import NewsGraph
import XCTest
@testable import NewsGraphRender

/// The visual language, checked on the diagram before any Graphviz call.
final class DiagramBuilderTests: XCTestCase {
    private func sample() -> Graph {
        let nodes = [
            Node(id: "country:chile", type: .country, label: "Chile", aliases: ["Chile", "Chilean"], mentions: 3, articles: ["a1": 3]),
            Node(id: "country:peru", type: .country, label: "Peru", mentions: 2, articles: ["a1": 2]),
            Node(id: "person:ana-soto", type: .person, label: "Ana Soto", attributes: ["titles": .array([.string("President")])], mentions: 1, articles: ["a1": 1]),
        ]
        let e = RenderTestSupport.evidence("Chile criticised Peru.")
        let edges = [
            Edge(source: "country:chile", target: "country:peru", type: .disapprove, trigger: "criticised", evidence: e),
            Edge(source: "person:ana-soto", target: "country:chile", type: .holdsRole, trigger: "President", evidence: e),
            Edge(source: "country:peru", target: "country:chile", type: .consult, trigger: "meet", negated: true, modality: .reported, evidence: e),
        ]
        return Graph(articles: [ArticleRef(id: "a1", path: "a1.txt", title: "Chile and Peru", sha256: "0")], nodes: nodes, edges: edges)
    }

    func testShapesAndFillsFollowTheEntityType() {
        let (diagram, _) = DiagramBuilder.diagram(of: sample())
        let person = diagram.nodes.first { $0.attributes["id"] == "node-person-ana-soto" }
        XCTAssertEqual(person?.attributes["shape"], "ellipse")
        XCTAssertEqual(person?.attributes["class"], "entity person")
        let country = diagram.nodes.first { $0.attributes["id"] == "node-country-chile" }
        XCTAssertEqual(country?.attributes["shape"], "box")
        XCTAssertEqual(country?.attributes["fillcolor"], DiagramStyle.node(.country).fill)
        XCTAssertTrue(country?.attributes["tooltip"]?.contains("Chilean") ?? false, "aliases in the tooltip")
    }

    func testEdgesAreColouredByClassAndStyledByNegationAndModality() {
        let (diagram, plan) = DiagramBuilder.diagram(of: sample())
        XCTAssertTrue(plan.edgeLabels)
        let conflict = diagram.edges.first { $0.attributes["class"]?.contains("disapprove") ?? false }!
        XCTAssertEqual(conflict.attributes["color"], "#ef6c00")
        XCTAssertEqual(conflict.attributes["style"], "solid")
        XCTAssertEqual(conflict.attributes["label"], "disapprove")
        let role = diagram.edges.first { $0.attributes["class"]?.contains("holds_role") ?? false }!
        XCTAssertEqual(role.attributes["style"], "dashed")
        XCTAssertEqual(role.attributes["label"], "holds role")
        let negated = diagram.edges.first { $0.attributes["class"]?.contains("negated") ?? false }!
        XCTAssertEqual(negated.attributes["style"], "dotted")
        XCTAssertEqual(negated.attributes["label"], "not consult")
        XCTAssertNotEqual(negated.attributes["color"], DiagramStyle.color(.verbalCooperation), "reported edges are paler")
        XCTAssertTrue(negated.attributes["tooltip"]?.contains("Chile criticised Peru.") ?? false, "evidence in the tooltip")
    }

    func testEveryElementHasAUniqueIdAndOnlyAllowedAttributes() {
        let (diagram, _) = DiagramBuilder.diagram(of: RenderTestSupport.random(nodes: 40, edges: 120))
        let ids = diagram.nodes.compactMap { $0.attributes["id"] } + diagram.edges.compactMap { $0.attributes["id"] }
        XCTAssertEqual(ids.count, diagram.nodes.count + diagram.edges.count)
        XCTAssertEqual(Set(ids).count, ids.count)
        XCTAssertTrue(diagram.usesOnlyAllowedAttributes)
        XCTAssertTrue(diagram.nodes.contains { $0.attributes["id"] == "legend" && $0.attributes["label"] == "Legend" })
        XCTAssertTrue(diagram.nodes.contains { $0.attributes["id"] == "legend-person" && $0.attributes["shape"] == "ellipse" })
        XCTAssertTrue(diagram.edges.contains { $0.attributes["id"] == "legend-edge-material_conflict" && $0.attributes["color"] == "#c62828" })
    }

    func testThreeOrMoreRelationsBetweenOnePairAreBundledWithACount() {
        var graph = sample()
        let e = RenderTestSupport.evidence()
        graph.edges += [
            Edge(source: "country:chile", target: "country:peru", type: .threaten, trigger: "warned", evidence: e),
            Edge(source: "country:chile", target: "country:peru", type: .consult, trigger: "met", evidence: e),
        ]
        graph.normalize()
        let (diagram, _) = DiagramBuilder.diagram(of: graph)
        let bundle = diagram.edges.filter { $0.attributes["class"]?.hasPrefix("relation bundle") ?? false }
        XCTAssertEqual(bundle.count, 1)
        XCTAssertEqual(bundle.first?.attributes["label"], "3 relations")
        XCTAssertEqual(bundle.first?.attributes["color"], DiagramStyle.color(.verbalConflict), "the most frequent class")
    }

    func testTheLayoutPlanFollowsTheGraphSize() {
        XCTAssertEqual(LayoutPlan.choose(nodes: 30, edges: 40, requested: nil), LayoutPlan(engine: .dot, edgeLabels: true, note: nil))
        XCTAssertEqual(LayoutPlan.choose(nodes: 120, edges: 200, requested: nil).edgeLabels, false)
        XCTAssertEqual(LayoutPlan.choose(nodes: 5_000, edges: 20_000, requested: nil).engine, .sfdp)
        let forced = LayoutPlan.choose(nodes: 5_000, edges: 20_000, requested: .dot)
        XCTAssertEqual(forced.engine, .sfdp)
        XCTAssertNotNil(forced.note)
        XCTAssertEqual(LayoutPlan.choose(nodes: 20, edges: 20, requested: .circo).engine, .circo)
    }

    func testDOTQuotesEveryValue() {
        let dot = DOTWriter.dot(DiagramBuilder.diagram(of: RenderTestSupport.chain(["Say \"hi\"", #"back\slash"#])).diagram)
        XCTAssertTrue(dot.contains(#"label="Say \"hi\"""#), dot)
        XCTAssertTrue(dot.contains(#"label="back\\slash""#), dot)
        XCTAssertTrue(dot.hasPrefix("digraph \"newsgraph\" {"))
    }
}
