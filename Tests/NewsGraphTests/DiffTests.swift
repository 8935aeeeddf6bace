import Foundation
import XCTest
@testable import NewsGraph

/// `GraphDiff` against a plain reference implementation on generated graphs, its properties
/// (empty against itself, mirrored when the sides swap), possible matches, negation changes,
/// and its text, JSON and union forms.
final class DiffTests: XCTestCase {
    // MARK: against the reference implementation

    func testDiffMatchesTheReferenceOnGeneratedGraphs() {
        var random = SeededRandom(seed: 0xD1FF)
        var seen: [String: Int] = [:]
        for index in 0..<400 {
            let a = GraphGenerator.graph(&random)
            // Half the cases compare a graph with an edited copy (close graphs, many changes and
            // negation flips); half compare two unrelated graphs.
            let b = index.isMultiple(of: 2) ? GraphGenerator.edited(a, &random) : GraphGenerator.graph(&random)
            let diff = GraphDiff(a, b)
            XCTAssertEqual(DiffTests.summary(of: diff), ReferenceDiff.summary(a, b), "case \(index)")
            for node in diff.nodes where node.status == .changed {
                let aliases = node.changes.first { $0.field == "aliases" }
                if let aliases {
                    XCTAssertEqual(Set(aliases.added), Set(node.b!.aliases).subtracting(node.a!.aliases), "case \(index) \(node.id)")
                    XCTAssertEqual(Set(aliases.removed), Set(node.a!.aliases).subtracting(node.b!.aliases), "case \(index) \(node.id)")
                }
            }
            for node in diff.nodes {
                seen[node.status.rawValue + " entity", default: 0] += 1
                if !node.possibleMatches.isEmpty { seen["possible match", default: 0] += 1 }
            }
            for edge in diff.edges {
                seen[edge.status.rawValue + " relation", default: 0] += 1
                if edge.negationChanged { seen["negation change", default: 0] += 1 }
            }
            XCTAssertEqual(diff.nodes.map(\.id), diff.nodes.map(\.id).sorted(), "case \(index): entities sorted by id")
            XCTAssertEqual(diff.edges.map(\.id), diff.edges.map(\.id).sorted(), "case \(index): relations sorted by id")
        }
        // The generated cases cover every kind of difference, many times.
        for kind in DiffStatus.allCases.flatMap({ [$0.rawValue + " entity", $0.rawValue + " relation"] }) + ["possible match", "negation change"] {
            XCTAssertGreaterThan(seen[kind, default: 0], 20, "\(kind): \(seen)")
        }
    }

    func testUnsortedInputWithDuplicatesIsReadAsSortedWithFirstOfEachId() {
        var random = SeededRandom(seed: 7)
        for index in 0..<100 {
            let a = GraphGenerator.graph(&random), b = GraphGenerator.edited(a, &random)
            var shuffledA = a, shuffledB = b
            shuffledA.nodes.shuffle(using: &random)
            shuffledA.edges.shuffle(using: &random)
            shuffledB.nodes.reverse()
            shuffledB.edges.reverse()
            XCTAssertEqual(GraphDiff(shuffledA, shuffledB), GraphDiff(a, b), "case \(index)")
        }
        var graph = GraphJSONTests.sample()
        var duplicate = graph.nodes[0]
        duplicate.label = "Someone Else"
        graph.nodes.append(duplicate)
        let diff = GraphDiff(graph, GraphJSONTests.sample())
        XCTAssertTrue(diff.isEmpty, "the first node of each id is the one compared")
    }

    // MARK: properties

    func testDiffOfAGraphWithItselfIsEmpty() {
        var random = SeededRandom(seed: 1)
        for index in 0..<300 {
            let graph = GraphGenerator.graph(&random)
            let diff = GraphDiff(graph, graph)
            XCTAssertTrue(diff.isEmpty, "case \(index)")
            XCTAssertTrue(diff.nodes.allSatisfy { $0.status == .unchanged && $0.changes.isEmpty && $0.possibleMatches.isEmpty }, "case \(index)")
            XCTAssertTrue(diff.edges.allSatisfy { $0.status == .unchanged && $0.changes.isEmpty }, "case \(index)")
            XCTAssertEqual(diff.nodes.count, graph.nodes.count)
            XCTAssertEqual(diff.edges.count, graph.edges.count)
            XCTAssertEqual(diff.agreement.entities.jaccard, 1)
            XCTAssertEqual(diff.agreement.relations.jaccard, 1)
        }
    }

    func testDiffsInOppositeDirectionsMirrorEachOther() {
        var random = SeededRandom(seed: 2)
        for index in 0..<300 {
            let a = GraphGenerator.graph(&random)
            let b = index.isMultiple(of: 2) ? GraphGenerator.edited(a, &random) : GraphGenerator.graph(&random)
            let forward = GraphDiff(a, b), backward = GraphDiff(b, a)
            XCTAssertEqual(backward, forward.mirrored, "case \(index)")
            XCTAssertEqual(forward.mirrored.mirrored, forward, "case \(index)")
            XCTAssertEqual(forward.isEmpty, backward.isEmpty)
            let f = forward.counts, r = backward.counts
            XCTAssertEqual(f.entities[.added], r.entities[.removed], "case \(index)")
            XCTAssertEqual(f.relations[.removed], r.relations[.added], "case \(index)")
            XCTAssertEqual(f.entities[.changed], r.entities[.changed])
            XCTAssertEqual(f.possibleMatches, r.possibleMatches)
        }
    }

    func testAgreementReadOffTheDiffEqualsAgreementOfTheGraphs() {
        var random = SeededRandom(seed: 3)
        for index in 0..<300 {
            let a = GraphGenerator.graph(&random)
            let b = index.isMultiple(of: 3) ? GraphGenerator.edited(a, &random) : GraphGenerator.graph(&random)
            let agreement = GraphAgreement(a, b)
            XCTAssertEqual(GraphDiff(a, b).agreement, agreement, "case \(index)")
            let sharedNodes = Set(a.nodes.map(\.id)).intersection(b.nodes.map(\.id)).count
            let unionNodes = Set(a.nodes.map(\.id)).union(b.nodes.map(\.id)).count
            XCTAssertEqual(agreement.entities.jaccard, unionNodes == 0 ? 1 : Double(sharedNodes) / Double(unionNodes), accuracy: 1e-12)
        }
    }

    func testUnionHoldsEveryElementWithItsStatusAndEdgeEndsThatExist() {
        var random = SeededRandom(seed: 4)
        for index in 0..<200 {
            let a = GraphGenerator.graph(&random), b = GraphGenerator.edited(a, &random)
            let diff = GraphDiff(a, b)
            let union = diff.union()
            XCTAssertEqual(union.graph.problems(), [], "case \(index)")
            XCTAssertEqual(union.graph.nodes.map(\.id), diff.nodes.map(\.id))
            XCTAssertEqual(union.graph.edges.map(\.id), diff.edges.map(\.id))
            for node in diff.nodes {
                XCTAssertEqual(union.nodeStatus[node.id], node.status)
                XCTAssertNotNil(union.nodeNotes[node.id])
            }
            for edge in diff.edges where edge.status == .changed {
                XCTAssertEqual(union.edgeNotes[edge.id], edge.changes.map(\.description).joined(separator: "\n"))
            }
        }
    }

    // MARK: possible matches and negation

    func testEntitiesUnderDifferentIdsSharingAFoldedAliasArePossibleMatches() {
        let a = Graph(nodes: [
            Node(id: "organization:central-intelligence-agency", type: .organization, label: "Central Intelligence Agency",
                 aliases: ["C.I.A.", "Central Intelligence Agency"]),
            Node(id: "country:pakistan", type: .country, label: "Pakistan", aliases: ["Pakistan"]),
        ])
        let b = Graph(nodes: [
            Node(id: "organization:cia", type: .organization, label: "CIA", aliases: ["CIA"]),
            Node(id: "country:pakistan", type: .country, label: "Pakistan", aliases: ["Pakistan"]),
            Node(id: "group:the-agency", type: .group, label: "the Agency", aliases: ["the Agency"]),
        ])
        let diff = GraphDiff(a, b)
        let removed = diff.nodes.first { $0.id == "organization:central-intelligence-agency" }!
        let added = diff.nodes.first { $0.id == "organization:cia" }!
        XCTAssertEqual(removed.status, .removed, "still listed as removed")
        XCTAssertEqual(added.status, .added, "still listed as added")
        XCTAssertEqual(removed.possibleMatches, ["organization:cia"], "\"C.I.A.\" folds to \"cia\"")
        XCTAssertEqual(added.possibleMatches, ["organization:central-intelligence-agency"])
        XCTAssertEqual(diff.nodes.first { $0.id == "group:the-agency" }!.possibleMatches, [])
        XCTAssertEqual(diff.counts.possibleMatches, 1)

        let text = diff.text()
        XCTAssertTrue(text.contains("- organization:central-intelligence-agency  \"Central Intelligence Agency\"\n    possible match: + organization:cia  \"CIA\"\n"), text)
        XCTAssertTrue(text.contains("+ organization:cia  \"CIA\"\n    possible match: - organization:central-intelligence-agency  \"Central Intelligence Agency\"\n"), text)
        XCTAssertTrue(text.contains("1 possible match\n"), text)
    }

    func testEntitiesInBothGraphsAreNeverPossibleMatches() {
        // Both sides have both nodes: nothing is added or removed, so nothing is flagged.
        let nodes = [Node(id: "person:a", type: .person, label: "Dar", aliases: ["Dar"]),
                     Node(id: "person:b", type: .person, label: "Dar", aliases: ["Dar"])]
        XCTAssertTrue(GraphDiff(Graph(nodes: nodes), Graph(nodes: nodes)).nodes.allSatisfy { $0.possibleMatches.isEmpty })
    }

    func testAnEdgeThatGainsANegationIsOneChangedRelation() {
        let nodes = [Node(id: "country:ethiopia", type: .country, label: "Ethiopia"), Node(id: "country:kenya", type: .country, label: "Kenya")]
        let said = Evidence(article: "a", sentence: 3, start: 10, end: 50, text: "Ethiopia would attack Kenya.")
        let denied = Evidence(article: "b", sentence: 1, start: 5, end: 45, text: "Ethiopia would not attack Kenya.")
        let a = Graph(nodes: nodes, edges: [Edge(source: "country:ethiopia", target: "country:kenya", type: .assault, trigger: "attack",
                                                 modality: .hypothetical, evidence: [said])])
        let b = Graph(nodes: nodes, edges: [Edge(source: "country:ethiopia", target: "country:kenya", type: .assault, trigger: "attack",
                                                 negated: true, modality: .hypothetical, evidence: [denied])])
        let diff = GraphDiff(a, b)
        XCTAssertEqual(diff.edges.count, 1, "not one removed plus one added")
        let edge = diff.edges[0]
        XCTAssertEqual(edge.status, .changed)
        XCTAssertEqual(edge.id, "country:ethiopia|assault|country:kenya|not")
        XCTAssertEqual(edge.a?.id, "country:ethiopia|assault|country:kenya")
        XCTAssertTrue(edge.negationChanged)
        XCTAssertEqual(edge.changes, [FieldChange(field: "negated", a: .bool(false), b: .bool(true))])
        XCTAssertEqual(diff.agreement.relations, GraphAgreement.Overlap(a: 1, b: 1, shared: 0), "the ids differ, so nothing is shared")
        XCTAssertEqual(diff.mirrored.edges[0].id, "country:ethiopia|assault|country:kenya")

        let text = diff.text(aName: "a.json", bName: "b.json")
        XCTAssertTrue(text.contains("""
            relations
            ~ country:ethiopia -assault(not)-> country:kenya  "attack", hypothetical
                negated: false → true
                - a sentence 3: Ethiopia would attack Kenya.
                + b sentence 1: Ethiopia would not attack Kenya.

            summary: entities 0 added, 0 removed, 0 changed, 2 unchanged; relations 0 added, 0 removed, 1 changed, 0 unchanged; 0 possible matches
            agreement: entities 2 shared of 2 (Jaccard 1.000); relations 0 shared of 2 (Jaccard 0.000)

            """), text)
    }

    func testAPlainAndANegatedEdgeInBothGraphsAreMatchedById() {
        let nodes = [Node(id: "country:x", type: .country, label: "X"), Node(id: "country:y", type: .country, label: "Y")]
        let plain = Edge(source: "country:x", target: "country:y", type: .consult, trigger: "met")
        let negated = Edge(source: "country:x", target: "country:y", type: .consult, trigger: "met", negated: true)
        // A has both polarities, B only the plain one: the negated edge is removed, not a negation change.
        let diff = GraphDiff(Graph(nodes: nodes, edges: [plain, negated]), Graph(nodes: nodes, edges: [plain]))
        XCTAssertEqual(diff.edges.map(\.status), [.unchanged, .removed])
    }

    // MARK: fields, text and JSON

    func testChangedFieldsOfEntitiesAndRelations() {
        let evidence = [Evidence(article: "a", sentence: 1, start: 0, end: 9, text: "Dar met.")]
        let a = Graph(nodes: [Node(id: "person:ishaq-dar", type: .person, label: "Ishaq Dar", aliases: ["Dar", "Ishaq Dar"],
                                   attributes: ["titles": .array([.string("Foreign Minister")])]),
                              Node(id: "country:pakistan", type: .country, label: "Pakistan")],
                      edges: [Edge(source: "person:ishaq-dar", target: "country:pakistan", type: .holdsRole, trigger: "Foreign Minister",
                                   evidence: evidence, attributes: ["title": .string("Foreign Minister")])])
        let b = Graph(nodes: [Node(id: "person:ishaq-dar", type: .person, label: "Ishaq Dar", aliases: ["Ishaq Dar", "Mr Dar"],
                                   attributes: ["titles": .array([.string("Finance Minister")]), "kind": .string("official")], mentions: 9),
                              Node(id: "country:pakistan", type: .country, label: "Pakistan")],
                      edges: [Edge(source: "person:ishaq-dar", target: "country:pakistan", type: .holdsRole, trigger: "Finance Minister",
                                   modality: .reported, evidence: evidence + evidence.map { var e = $0; e.sentence = 2; return e },
                                   attributes: ["title": .string("Finance Minister")])])
        let diff = GraphDiff(a, b)
        let dar = diff.nodes.first { $0.id == "person:ishaq-dar" }!
        XCTAssertEqual(dar.status, .changed)
        XCTAssertEqual(dar.changes.map(\.description), [
            "aliases: +\"Mr Dar\" -\"Dar\"",
            "attributes.kind: (none) → \"official\"",
            "attributes.titles: +\"Finance Minister\" -\"Foreign Minister\"",
        ], "mentions are not compared")
        XCTAssertEqual(diff.edges[0].changes.map(\.description), [
            "modality: \"asserted\" → \"reported\"",
            "trigger: \"Foreign Minister\" → \"Finance Minister\"",
            "evidence sentences: 1 → 2",
            "attributes.title: \"Foreign Minister\" → \"Finance Minister\"",
        ])
        XCTAssertEqual(diff.nodes.first { $0.id == "country:pakistan" }!.status, .unchanged)
        let text = diff.text()
        XCTAssertTrue(text.contains("    - a sentence 1: Dar met.\n") == false && text.contains("      a sentence 1: Dar met.\n"),
                      "evidence in both graphs is marked with a space: \(text)")
        XCTAssertTrue(text.contains("    + a sentence 2: Dar met.\n"), text)
    }

    func testTextListsAddedRemovedAndChangedWithEvidenceAndASummary() throws {
        let a = try Graph.load(path: DiffTests.seedGraph("001"))
        let b = try Graph.load(path: DiffTests.seedGraph("002"))
        let text = GraphDiff(a, b).text(aName: "001.json", bName: "002.json")
        XCTAssertTrue(text.hasPrefix("--- 001.json: \(a.nodes.count) entities, \(a.edges.count) relations\n      001_18a7f40c00327983  "), text)
        XCTAssertTrue(text.contains("\n+ organization:central-intelligence-agency  \"Central Intelligence Agency\"\n"), text)
        XCTAssertTrue(text.contains("\n+ organization:mossad  \"Mossad\"\n"), text)
        XCTAssertTrue(text.contains("\n- person:michael-kugelman  \"Michael Kugelman\"\n"), text)
        XCTAssertTrue(text.contains("\n~ person:asim-munir  \"Asim Munir\"\n"), text)
        XCTAssertTrue(text.contains("\n+ person:asim-munir -consult-> organization:mossad  \"negotiations\", asserted\n    002_a1675b48860a3eb5 sentence 2: "), text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let added = GraphDiff(a, b).edges.filter { $0.status == .added }.count
        XCTAssertGreaterThan(added, 0)
        XCTAssertTrue(lines[lines.count - 3].hasPrefix("summary: entities 18 added, 9 removed, 3 changed, 5 unchanged; relations \(added) added"), text)
        XCTAssertTrue(lines[lines.count - 2].hasPrefix("agreement: entities 8 shared of 35 (Jaccard 0.229)"), text)
        XCTAssertEqual(lines.last, "", "ends with a newline")
    }

    func testJSONHasStableFieldsAndMatchesTheDiff() throws {
        var random = SeededRandom(seed: 5)
        for index in 0..<50 {
            let a = GraphGenerator.graph(&random), b = GraphGenerator.edited(a, &random)
            let diff = GraphDiff(a, b)
            let data = try diff.jsonData(aName: "a.json", bName: "b.json")
            XCTAssertEqual(data, try diff.jsonData(aName: "a.json", bName: "b.json"))
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
            XCTAssertEqual(Set(object.keys), ["format", "a", "b", "identical", "summary", "agreement", "entities", "relations"])
            XCTAssertEqual(object["format"] as? String, "newsgraph-diff/1")
            XCTAssertEqual(object["identical"] as? Bool, diff.isEmpty)
            let entities = try XCTUnwrap(object["entities"] as? [[String: Any]])
            XCTAssertEqual(entities.map { $0["id"] as? String }, diff.nodes.map(\.id), "case \(index)")
            XCTAssertEqual(entities.map { $0["status"] as? String }, diff.nodes.map(\.status.rawValue))
            for entity in entities {
                XCTAssertEqual(Set(entity.keys), ["id", "status", "type", "label", "changes", "possible_matches"])
            }
            let relations = try XCTUnwrap(object["relations"] as? [[String: Any]])
            XCTAssertEqual(relations.map { $0["id"] as? String }, diff.edges.map(\.id), "case \(index)")
            for relation in relations {
                XCTAssertEqual(Set(relation.keys), ["id", "status", "a_id", "b_id", "source", "target", "type", "negated", "modality",
                                                    "trigger", "changes", "evidence"])
                for change in relation["changes"] as! [[String: Any]] {
                    XCTAssertEqual(Set(change.keys), ["field", "a", "b", "added", "removed"])
                }
            }
        }
    }

    // MARK: helpers

    static func seedGraph(_ prefix: String) -> String {
        let directory = ExtractionTestSupport.packageRoot.appendingPathComponent("graphs")
        let name = try! FileManager.default.contentsOfDirectory(atPath: directory.path).first { $0.hasPrefix(prefix + "_") && $0.hasSuffix(".json") }!
        return directory.appendingPathComponent(name).path
    }

    /// What the reference implementation is compared on: per element, its id, status, the
    /// ids on each side, the names of the changed fields and the possible matches.
    static func summary(of diff: GraphDiff) -> ReferenceDiff.Summary {
        ReferenceDiff.Summary(
            nodes: diff.nodes.map { .init(id: $0.id, status: $0.status, aID: $0.a?.id, bID: $0.b?.id,
                                          fields: $0.changes.map(\.field), possibleMatches: $0.possibleMatches) },
            edges: diff.edges.map { .init(id: $0.id, status: $0.status, aID: $0.a?.id, bID: $0.b?.id,
                                          fields: $0.changes.map(\.field), possibleMatches: []) })
    }
}

/// A deliberately plain diff: linear searches, every pair compared. Slow, but easy to check by eye.
enum ReferenceDiff {
    struct Element: Equatable, CustomStringConvertible {
        let id: String
        let status: DiffStatus
        let aID: String?
        let bID: String?
        let fields: [String]
        let possibleMatches: [String]
        var description: String { "\(status.mark)\(id) a=\(aID ?? "-") b=\(bID ?? "-") \(fields) \(possibleMatches)" }
    }

    struct Summary: Equatable {
        let nodes: [Element]
        let edges: [Element]
    }

    static func summary(_ a: Graph, _ b: Graph) -> Summary {
        // Nodes: every id of either side, in order.
        let nodeIDs = Array(Set(a.nodes.map(\.id) + b.nodes.map(\.id))).sorted()
        var nodes: [Element] = []
        for id in nodeIDs {
            let x = a.nodes.first { $0.id == id }, y = b.nodes.first { $0.id == id }
            var fields: [String] = []
            if let x, let y {
                if x.type != y.type { fields.append("type") }
                if x.label != y.label { fields.append("label") }
                if Set(x.aliases) != Set(y.aliases) { fields.append("aliases") }
                fields += attributeFields(x.attributes, y.attributes)
            }
            nodes.append(Element(id: id, status: status(x, y, fields), aID: x?.id, bID: y?.id, fields: fields, possibleMatches: []))
        }
        // Possible matches: every removed node against every added node.
        func names(_ node: Node) -> Set<String> { Set(([node.label] + node.aliases).map(Folding.name).filter { !$0.isEmpty }) }
        let all = a.nodes + b.nodes
        func node(_ id: String) -> Node { all.first { $0.id == id }! }
        nodes = nodes.map { element in
            guard element.status == .removed || element.status == .added else { return element }
            let others = nodes.filter { $0.status == element.status.mirrored }
                .filter { !names(node($0.id)).isDisjoint(with: names(node(element.id))) }.map(\.id).sorted()
            return Element(id: element.id, status: element.status, aID: element.aID, bID: element.bID, fields: [], possibleMatches: others)
        }

        // Edges: ids in both; then ids only in A whose other polarity is only in B.
        let aIDs = Set(a.edges.map(\.id)), bIDs = Set(b.edges.map(\.id))
        func other(_ id: String) -> String { id.hasSuffix("|not") ? String(id.dropLast(4)) : id + "|not" }
        var edges: [Element] = []
        var pairedB = Set<String>()
        for x in a.edges {
            var y = b.edges.first { $0.id == x.id }
            if y == nil, !aIDs.contains(other(x.id)), bIDs.contains(other(x.id)) {
                y = b.edges.first { $0.id == other(x.id) }
                pairedB.insert(other(x.id))
            }
            var fields: [String] = []
            if let y {
                if x.negated != y.negated { fields.append("negated") }
                if x.modality != y.modality { fields.append("modality") }
                if x.trigger != y.trigger { fields.append("trigger") }
                if x.evidence.count != y.evidence.count { fields.append("evidence") }
                fields += attributeFields(x.attributes, y.attributes)
            }
            edges.append(Element(id: y?.id ?? x.id, status: status(x, y, fields), aID: x.id, bID: y?.id, fields: fields, possibleMatches: []))
        }
        for y in b.edges where !aIDs.contains(y.id) && !pairedB.contains(y.id) {
            edges.append(Element(id: y.id, status: .added, aID: nil, bID: y.id, fields: [], possibleMatches: []))
        }
        return Summary(nodes: nodes, edges: edges.sorted { $0.id < $1.id })
    }

    private static func status<T>(_ x: T?, _ y: T?, _ fields: [String]) -> DiffStatus {
        switch (x, y) {
        case (nil, _): return .added
        case (_, nil): return .removed
        default: return fields.isEmpty ? .unchanged : .changed
        }
    }

    /// `attributes.KEY` for each key whose values differ; lists of strings compared as sets.
    private static func attributeFields(_ x: [String: JSONValue], _ y: [String: JSONValue]) -> [String] {
        func asSet(_ value: JSONValue?) -> Set<String>? {
            switch value {
            case nil, .null?: return []
            case .array(let items)?:
                let strings = items.compactMap { if case .string(let s) = $0 { return s } else { return nil } }
                return strings.count == items.count ? Set(strings) : nil
            default: return nil
            }
        }
        return Set(x.keys).union(y.keys).sorted().filter { key in
            if let s = asSet(x[key]), let t = asSet(y[key]) { return s != t }
            return (x[key] ?? .null) != (y[key] ?? .null)
        }.map { "attributes." + $0 }
    }
}

// MARK: generated graphs


/// Small random graphs that keep the contract (edge ends exist, ids match fields, at least one
/// evidence item per edge, mentions = the sum of the per-article counts, one text per sentence),
/// drawn from small pools so that graphs share ids, aliases and evidence often.
enum GraphGenerator {
    static let names = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"]
    static let types: [EntityType] = [.person, .country, .organization, .group]
    static let relationTypes: [RelationType] = [.consult, .coerce, .holdsRole, .assault, .appeal]
    static let triggers = ["met", "pressed", "urged", "attacked", "Minister"]
    static let sharedAliases = ["The Agency", "the agency’s", "Chief", "G.A.M.M.A."]
    static let titles = ["President", "Foreign Minister", "Finance Minister", "Chief"]
    static let articleIDs = ["a1", "a2", "a3"]

    static func article(_ id: String) -> ArticleRef { ArticleRef(id: id, path: "\(id).txt", title: "Headline of \(id)", sha256: id) }

    static func evidence(_ article: String, _ sentence: Int) -> Evidence {
        Evidence(article: article, sentence: sentence, start: sentence * 100, end: sentence * 100 + 40, text: "Sentence \(sentence) of \(article).")
    }

    static func node(_ id: String, _ articles: [String], _ random: inout SeededRandom) -> Node {
        let type = EntityType(rawValue: String(id.prefix { $0 != ":" }))!
        let name = String(id.drop { $0 != ":" }.dropFirst())
        let label = random.chance(0.7) ? name.capitalized : name.capitalized + " Republic"
        var aliases = [label]
        if random.chance(0.5) { aliases.append(name.uppercased()) }
        if random.chance(0.3) { aliases.append(sharedAliases.randomElement(using: &random)!) }
        var attributes: [String: JSONValue] = [:]
        if random.chance(0.4) {
            attributes["titles"] = .array(titles.filter { _ in random.chance(0.4) }.map(JSONValue.string))
        }
        if random.chance(0.2) { attributes["kind"] = .string(random.chance(0.5) ? "government" : "military") }
        var counts: [String: Int] = [:]
        for article in articles where random.chance(0.7) { counts[article] = Int.random(in: 1...3, using: &random) }
        return Node(id: id, type: type, label: label, aliases: aliases, attributes: attributes,
                    mentions: counts.values.reduce(0, +), articles: counts)
    }

    static func edge(_ source: String, _ target: String, _ articles: [String], _ random: inout SeededRandom) -> Edge {
        let type = relationTypes.randomElement(using: &random)!
        var evidence: [Evidence] = []
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            evidence.append(self.evidence(articles.randomElement(using: &random)!, Int.random(in: 0...4, using: &random)))
        }
        let title = titles.randomElement(using: &random)!
        return Edge(source: source, target: target, type: type, trigger: triggers.randomElement(using: &random)!,
                    negated: type != .holdsRole && random.chance(0.3),
                    modality: Modality.allCases.randomElement(using: &random)!, evidence: evidence,
                    attributes: type == .holdsRole ? ["title": .string(title)] : [:])
    }

    /// A random graph of up to 10 nodes and 12 edges read from one or two articles.
    static func graph(_ random: inout SeededRandom) -> Graph {
        let articles = Array(articleIDs.shuffled(using: &random).prefix(Int.random(in: 1...2, using: &random)))
        var ids = Set<String>()
        for _ in 0..<Int.random(in: 0...10, using: &random) {
            ids.insert("\(types.randomElement(using: &random)!.rawValue):\(names.randomElement(using: &random)!)")
        }
        let nodes = ids.sorted().map { node($0, articles, &random) }
        var edges: [String: Edge] = [:]
        if nodes.count >= 2 {
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                let pair = nodes.shuffled(using: &random).prefix(2).map(\.id)
                let edge = self.edge(pair[0], pair[1], articles, &random)
                edges[edge.id] = edges[edge.id] ?? edge
            }
        }
        return Graph(articles: articles.map(article), nodes: nodes, edges: Array(edges.values))
    }

    /// A copy of `graph` with random edits: nodes and edges dropped, added and changed, and
    /// edges whose negation flips.
    static func edited(_ graph: Graph, _ random: inout SeededRandom) -> Graph {
        var result = graph
        let articles = graph.articles.map(\.id).isEmpty ? ["a1"] : graph.articles.map(\.id)
        for index in result.nodes.indices {
            if random.chance(0.2) { result.nodes[index].aliases.append(names.randomElement(using: &random)!.capitalized) }
            if random.chance(0.1) { result.nodes[index].label += " Jr" }
            if random.chance(0.15) { result.nodes[index].attributes["titles"] = .array([.string(titles.randomElement(using: &random)!)]) }
            if random.chance(0.1) { result.nodes[index].aliases = [result.nodes[index].label] }
        }
        result.nodes.removeAll { _ in random.chance(0.15) }
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            let id = "\(types.randomElement(using: &random)!.rawValue):\(names.randomElement(using: &random)!)"
            if !result.nodes.contains(where: { $0.id == id }) { result.nodes.append(node(id, articles, &random)) }
        }
        let nodeIDs = Set(result.nodes.map(\.id))
        var edges: [String: Edge] = [:]
        for var edge in result.edges where nodeIDs.contains(edge.source) && nodeIDs.contains(edge.target) && !random.chance(0.15) {
            if random.chance(0.2) && edge.type != .holdsRole {
                edge = Edge(source: edge.source, target: edge.target, type: edge.type, trigger: edge.trigger, negated: !edge.negated,
                            modality: edge.modality, evidence: edge.evidence, attributes: edge.attributes)
            }
            if random.chance(0.15) { edge.modality = Modality.allCases.randomElement(using: &random)! }
            if random.chance(0.1) { edge.trigger = triggers.randomElement(using: &random)! }
            if random.chance(0.15) { edge.evidence.append(evidence(articles.randomElement(using: &random)!, 5 + edge.evidence.count)) }
            edges[edge.id] = edges[edge.id] ?? edge
        }
        let ids = nodeIDs.sorted()
        if ids.count >= 2 {
            for _ in 0..<Int.random(in: 0...2, using: &random) {
                let pair = ids.shuffled(using: &random).prefix(2)
                let edge = self.edge(pair.first!, pair.last!, articles, &random)
                edges[edge.id] = edges[edge.id] ?? edge
            }
        }
        result.edges = Array(edges.values)
        result.normalize()
        return result
    }
}
