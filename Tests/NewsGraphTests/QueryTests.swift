import Foundation
import XCTest
@testable import NewsGraph

/// The query library: entity lookup, neighbours, paths and entity lists. The indexed queries are
/// checked against simple reference implementations (linear scans over every edge) on many small
/// generated graphs, as swift-collections checks its optimised operations.
final class QueryTests: XCTestCase {
    /// `graphs/corpus.json`, the merged graph of the seed articles.
    static let corpus: GraphIndex = {
        let path = ExtractionTestSupport.packageRoot.appendingPathComponent("graphs/corpus.json").path
        return try! GraphIndex.load(path: path)
    }()

    // MARK: A small hand-made graph

    /// Alpha (country) and Beta (country) quarrel; Ann Smith (person) leads Alpha; John Smith
    /// (person) speaks about Beta; Gamma (organization) is in Beta; Delta is alone.
    static func small() -> Graph {
        func evidence(_ article: String, _ sentence: Int, _ text: String) -> Evidence {
            Evidence(article: article, sentence: sentence, start: sentence * 100, end: sentence * 100 + text.count, text: text)
        }
        let nodes = [
            Node(id: "country:alpha", type: .country, label: "Alpha", aliases: ["Alpha", "Alphan", "Capital City"], mentions: 5, articles: ["a1": 3, "a2": 2]),
            Node(id: "country:beta", type: .country, label: "Beta", aliases: ["Beta", "Béta Republic"], mentions: 4, articles: ["a1": 4]),
            Node(id: "person:ann-smith", type: .person, label: "Ann Smith", aliases: ["Ann Smith", "Smith"],
                 attributes: ["titles": .array([.string("Prime Minister")])], mentions: 3, articles: ["a1": 3]),
            Node(id: "person:john-smith", type: .person, label: "John Smith", aliases: ["John Smith"],
                 attributes: ["titles": .array([.string("Senior Fellow")])], mentions: 1, articles: ["a2": 1]),
            Node(id: "organization:gamma", type: .organization, label: "Gamma Council", aliases: ["Gamma Council"], mentions: 2, articles: ["a2": 2]),
            Node(id: "location:capital-city", type: .location, label: "Capital City", aliases: ["Capital City"], mentions: 1, articles: ["a2": 1]),
            Node(id: "group:delta", type: .group, label: "Delta", aliases: ["Delta"], mentions: 9, articles: ["a1": 9]),
        ]
        let edges = [
            Edge(source: "country:alpha", target: "country:beta", type: .disapprove, trigger: "criticised",
                 evidence: [evidence("a2", 3, "Alpha criticised Beta again."), evidence("a1", 2, "Alpha criticised Beta.")]),
            Edge(source: "country:beta", target: "country:alpha", type: .consult, trigger: "met", modality: .reported,
                 evidence: [evidence("a1", 4, "Beta reportedly met Alpha.")]),
            Edge(source: "country:alpha", target: "country:beta", type: .assault, trigger: "attack", negated: true, modality: .hypothetical,
                 evidence: [evidence("a1", 5, "Alpha would not attack Beta.")]),
            Edge(source: "person:ann-smith", target: "country:alpha", type: .holdsRole, trigger: "Prime Minister",
                 evidence: [evidence("a1", 1, "Prime Minister Ann Smith spoke."), evidence("a1", 6, "Ann Smith, Alpha's leader.")]),
            Edge(source: "person:john-smith", target: "country:beta", type: .makeStatement, trigger: "said",
                 evidence: [evidence("a2", 1, "John Smith said Beta was ready.")]),
            Edge(source: "organization:gamma", target: "country:beta", type: .locatedIn, trigger: "in",
                 evidence: [evidence("a2", 2, "Gamma Council, in Beta.")]),
        ]
        return Graph(nodes: nodes, edges: edges)
    }

    private func ids(_ lookup: EntityLookup) -> [String] {
        switch lookup {
        case .found(let node, _): return [node.id]
        case .ambiguous(let candidates): return candidates.map(\.node.id)
        case .unknown(let suggestions): return suggestions.map(\.node.id)
        }
    }

    // MARK: Lookup

    func testLookupFoldsCaseAccentsApostrophesPossessivesAndTitles() {
        let index = QueryTests.corpus
        let cases: [(String, NameMatch)] = [
            ("munir", .name), ("Munir", .name), ("MUNIR", .name), ("Asim Munir", .name), ("asím múnir", .name),
            ("person:asim-munir", .id), ("Person:Asim-Munir", .id), ("  person:asim-munir ", .id),
            ("Field Marshal Asim Munir", .titledName), ("General Munir", .titledName),
            ("Pakistan’s Field Marshal Asim Munir", .titledName), ("Pakistan’s Army Chief", .name), ("Pakistan's army chief", .name),
        ]
        for (query, match) in cases {
            XCTAssertEqual(index.lookup(query), .found(index.node(id: "person:asim-munir")!, match), query)
        }
        for query in ["Pakistan’s", "Pakistan's", "pakistan", "PAKISTAN", "Pakistani", "Islamabad", "country:pakistan"] {
            XCTAssertEqual(index.lookup(query).node?.id, "country:pakistan", query)
        }
        XCTAssertEqual(index.lookup("U.S.").node?.id, "country:united-states")
        XCTAssertEqual(index.lookup("us").node?.id, "country:united-states")
        XCTAssertEqual(index.lookup("the West").node?.id, "group:the-west")
        XCTAssertEqual(index.lookup("Israel–Hamas War").node?.id, "event:israel-hamas-war", "an en dash folds like a space")
        XCTAssertEqual(index.lookup("President Donald Trump"), .found(index.node(id: "person:donald-trump")!, .titledName))
    }

    func testLookupMatchesTheLastWordsOfANameWhenUnique() {
        let index = QueryTests.corpus
        XCTAssertEqual(index.lookup("Rubio"), .found(index.node(id: "person:marco-rubio")!, .nameSuffix))
        XCTAssertEqual(index.lookup("kugelman").node?.id, "person:michael-kugelman")
        XCTAssertEqual(index.lookup("Hamas"), .found(index.node(id: "organization:hamas")!, .name))
        // Two names end with "council": ambiguous, listed by id.
        XCTAssertEqual(index.lookup("Council"), .ambiguous([
            EntityCandidate(node: index.node(id: "organization:atlantic-council")!, name: "council", distance: 0),
            EntityCandidate(node: index.node(id: "organization:un-security-council")!, name: "council", distance: 0),
        ]))
    }

    func testAmbiguousNamesListTheCandidatesByID() {
        let index = QueryTests.corpus
        // "Washington" is the city and an alias of the United States.
        XCTAssertEqual(ids(index.lookup("Washington")), ["country:united-states", "location:washington"])
        guard case .ambiguous = index.lookup("washington") else { return XCTFail("Washington should be ambiguous") }
        XCTAssertEqual(ids(index.lookup("Gaza peace framework")), ["plan:gaza-peace-framework", "plan:gaza-plan"])
        // An id is never ambiguous.
        XCTAssertEqual(index.lookup("location:washington").node?.id, "location:washington")

        let small = GraphIndex(QueryTests.small())
        // "Smith" is an alias of Ann Smith: the exact name wins over John Smith's last word.
        XCTAssertEqual(small.lookup("Smith"), .found(small.node(id: "person:ann-smith")!, .name))
        // "Capital City" is Alpha's alias and the city's label.
        XCTAssertEqual(ids(small.lookup("capital city")), ["country:alpha", "location:capital-city"])
    }

    func testUnknownNamesSuggestTheNearestFive() {
        let index = QueryTests.corpus
        guard case .unknown(let suggestions) = index.lookup("Munnir") else { return XCTFail("Munnir is unknown") }
        XCTAssertEqual(suggestions.count, 5)
        XCTAssertEqual(suggestions.first?.node.id, "person:asim-munir")
        XCTAssertEqual(suggestions.first?.distance, 1)
        XCTAssertEqual(suggestions.map(\.distance), suggestions.map(\.distance).sorted(), "nearest first")
        XCTAssertEqual(Set(suggestions.map(\.node.id)).count, 5, "one entry per node")
        XCTAssertEqual(ids(index.lookup("Marko Rubio")).first, "person:marco-rubio")
        XCTAssertEqual(ids(index.lookup("Rubbio")).first, "person:marco-rubio", "last words of names are suggested too")
        XCTAssertEqual(ids(index.lookup("Pakistn")).first, "country:pakistan")
        XCTAssertEqual(index.lookup("   "), .unknown(suggestions: []))
        XCTAssertEqual(index.suggestions(for: "Munnir", limit: 2).count, 2)
    }

    func testTitlesOnlyStripWhenTheyAreTheEntitysOwn() {
        let small = GraphIndex(QueryTests.small())
        XCTAssertEqual(small.lookup("Prime Minister Ann Smith").node?.id, "person:ann-smith", "a full name after any words")
        XCTAssertEqual(small.lookup("Prime Minister Smith"), .found(small.node(id: "person:ann-smith")!, .titledName))
        XCTAssertEqual(small.lookup("Senior Fellow John Smith").node?.id, "person:john-smith")
        // "Senior Fellow" is John Smith's title, not Ann Smith's; "Smith" alone names Ann Smith.
        guard case .unknown = small.lookup("Senior Fellow Smith") else { return XCTFail("titles of another entity do not strip") }
        XCTAssertEqual(small.lookup("béta republic").node?.id, "country:beta")
        XCTAssertEqual(small.lookup("Beta’s").node?.id, "country:beta")
        XCTAssertEqual(small.lookup("Republic").node?.id, "country:beta")
    }

    // MARK: Neighbours

    private func rows(_ neighbors: [Neighbor]) -> [String] {
        neighbors.map { "\($0.depth) \($0.via) \($0.direction == .outgoing ? "-" : "<-")\($0.relation.rawValue)\($0.edge.negated ? "(not)" : "")\($0.direction == .outgoing ? "->" : "-") \($0.node.id)" }
    }

    func testNeighboursByDirectionDepthTypeAndClass() throws {
        let index = GraphIndex(QueryTests.small())
        XCTAssertEqual(rows(try index.neighbors(of: "country:alpha")), [
            "1 country:alpha -assault(not)-> country:beta",
            "1 country:alpha <-consult- country:beta",
            "1 country:alpha -disapprove-> country:beta",
            "1 country:alpha <-holds_role- person:ann-smith",
        ])
        XCTAssertEqual(rows(try index.neighbors(of: "country:alpha", direction: .outgoing)), [
            "1 country:alpha -assault(not)-> country:beta",
            "1 country:alpha -disapprove-> country:beta",
        ])
        XCTAssertEqual(rows(try index.neighbors(of: "country:alpha", direction: .incoming)), [
            "1 country:alpha <-consult- country:beta",
            "1 country:alpha <-holds_role- person:ann-smith",
        ])
        XCTAssertEqual(rows(try index.neighbors(of: "country:alpha", depth: 2)), [
            "1 country:alpha -assault(not)-> country:beta",
            "1 country:alpha <-consult- country:beta",
            "1 country:alpha -disapprove-> country:beta",
            "1 country:alpha <-holds_role- person:ann-smith",
            "2 country:beta <-located_in- organization:gamma",
            "2 country:beta <-make_statement- person:john-smith",
        ])
        XCTAssertEqual(rows(try index.neighbors(of: "person:ann-smith", depth: 3, direction: .outgoing)), [
            "1 person:ann-smith -holds_role-> country:alpha",
            "2 country:alpha -assault(not)-> country:beta",
            "2 country:alpha -disapprove-> country:beta",
        ])
        XCTAssertEqual(rows(try index.neighbors(of: "country:alpha", depth: 2, class: .structural)), [
            "1 country:alpha <-holds_role- person:ann-smith",
        ])
        XCTAssertEqual(rows(try index.neighbors(of: "country:alpha", depth: 2, class: .conflict)), [
            "1 country:alpha -assault(not)-> country:beta",
            "1 country:alpha -disapprove-> country:beta",
        ])
        XCTAssertEqual(rows(try index.neighbors(of: "country:beta", depth: 2, types: [.consult, .holdsRole])), [
            "1 country:beta -consult-> country:alpha",
            "2 country:alpha <-holds_role- person:ann-smith",
        ])
        XCTAssertEqual(rows(try index.neighbors(of: "country:beta", types: [.consult, .holdsRole], class: .structural)), [],
                       "types and class must both allow an edge")
        XCTAssertEqual(try index.neighbors(of: "group:delta", depth: 3), [])
        XCTAssertEqual(try index.neighbors(of: "country:alpha", depth: 0), [])
        XCTAssertThrowsError(try index.neighbors(of: "person:nobody")) { error in
            XCTAssertEqual(error as? QueryError, .unknownNode("person:nobody"))
        }
    }

    func testNeighbourRowsCountArticlesAndGiveTheEarliestEvidence() throws {
        let index = GraphIndex(QueryTests.small())
        let disapprove = try XCTUnwrap(try index.neighbors(of: "country:alpha").first { $0.relation == .disapprove })
        XCTAssertEqual(disapprove.articleCount, 2)
        XCTAssertEqual(disapprove.firstEvidence?.text, "Alpha criticised Beta.", "earliest by article, then sentence")
        let role = try XCTUnwrap(try index.neighbors(of: "country:alpha").first { $0.relation == .holdsRole })
        XCTAssertEqual(role.articleCount, 1, "two sentences of one article are one article")
        XCTAssertEqual(role.firstEvidence?.sentence, 1)
    }

    func testMunirsNeighboursInTheCorpus() throws {
        let index = QueryTests.corpus
        let munir = try XCTUnwrap(index.lookup("Munir").node)
        let neighbors = try index.neighbors(of: munir.id)
        var types: [String: Set<RelationType>] = [:]
        for row in neighbors { types[row.node.id, default: []].insert(row.relation) }
        XCTAssertEqual(types["person:donald-trump"], [.coerce, .consult, .engageInDiplomaticCooperation])
        XCTAssertEqual(types["country:pakistan"], [.holdsRole])
        XCTAssertTrue(types["country:united-states"]?.contains(.consult) ?? false, "\(types)")
        for row in neighbors {
            XCTAssertNotNil(row.firstEvidence, row.edge.id)
            XCTAssertGreaterThanOrEqual(row.articleCount, 1)
        }
        let coerce = try XCTUnwrap(neighbors.first { $0.relation == .coerce })
        XCTAssertEqual(coerce.direction, .incoming)
        XCTAssertEqual(coerce.firstEvidence?.text, "US–Pakistan Reset Faces Gaza Test as Trump Pressures Asim Munir")
    }

    func testIndexedNeighboursMatchALinearScanOnGeneratedGraphs() throws {
        let filters: [RelationFilter] = [
            .all, RelationFilter(group: .cooperation), RelationFilter(group: .conflict), RelationFilter(group: .structural),
            RelationFilter(types: [.consult, .holdsRole, .assault]), RelationFilter(types: [.consult, .assault], group: .conflict),
        ]
        var generator = SeededRandom(seed: 2026)
        var compared = 0
        for trial in 0..<150 {
            let graph = QueryTests.randomGraph(&generator, nodes: 1 + trial % 8, edges: trial % 19)
            let index = GraphIndex(graph)
            for node in graph.nodes {
                for depth in 1...3 {
                    for direction in TraversalDirection.allCases {
                        for filter in filters {
                            let fast = try index.neighbors(of: node.id, depth: depth, direction: direction, filter: filter)
                            let reference = QueryTests.referenceNeighbors(graph, of: node.id, depth: depth, direction: direction, filter: filter)
                            XCTAssertEqual(fast.map(QueryTests.key), reference,
                                           "trial \(trial), \(node.id), depth \(depth), \(direction), \(filter)")
                            compared += 1
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(compared, 10_000)
    }

    // MARK: Paths

    func testPathsBetweenTwoEntities() throws {
        let index = GraphIndex(QueryTests.small())
        let search = try index.paths(from: "person:ann-smith", to: "person:john-smith")
        XCTAssertEqual(search.length, 3)
        XCTAssertEqual(search.count, 1)
        let path = try XCTUnwrap(search.paths.first)
        XCTAssertEqual(path.nodes.map(\.id), ["person:ann-smith", "country:alpha", "country:beta", "person:john-smith"])
        XCTAssertEqual(path.steps[0].relations.map(\.direction), [.outgoing])
        // Every edge between Alpha and Beta, by type, with its real direction.
        XCTAssertEqual(path.steps[1].relations.map { "\($0.relation.rawValue) \($0.direction.rawValue)" },
                       ["assault out", "consult in", "disapprove out"])
        XCTAssertEqual(path.steps[2].relations.map(\.direction), [.incoming], "John Smith is the source of the last edge")
        XCTAssertEqual(path.steps[2].relations.first?.firstEvidence?.text, "John Smith said Beta was ready.")

        XCTAssertNil(try index.paths(from: "person:ann-smith", to: "person:john-smith", maxDepth: 2).length, "too far for 2 steps")
        XCTAssertEqual(try index.paths(from: "person:ann-smith", to: "person:john-smith", maxDepth: 2).paths, [])
        XCTAssertNil(try index.paths(from: "group:delta", to: "country:alpha").length, "no chain at all")
        let same = try index.paths(from: "country:beta", to: "country:beta")
        XCTAssertEqual(same.length, 0)
        XCTAssertEqual(same.paths.map(\.nodes.count), [1])
        XCTAssertThrowsError(try index.paths(from: "country:beta", to: "person:nobody"))
    }

    func testPathsMatchAReferenceSearchOnGeneratedGraphs() throws {
        var generator = SeededRandom(seed: 7)
        var withChains = 0
        for trial in 0..<120 {
            let graph = QueryTests.randomGraph(&generator, nodes: 2 + trial % 6, edges: trial % 14)
            let index = GraphIndex(graph)
            for from in graph.nodes {
                for to in graph.nodes {
                    for maxDepth in [1, 2, 6] {
                        let reference = QueryTests.referencePaths(graph, from: from.id, to: to.id, maxDepth: maxDepth)
                        let search = try index.paths(from: from.id, to: to.id, maxDepth: maxDepth, limit: 1000)
                        let context = "trial \(trial) \(from.id) → \(to.id) within \(maxDepth)"
                        XCTAssertEqual(search.paths.map { $0.nodes.map(\.id) }, reference, context)
                        XCTAssertEqual(search.length, reference.first.map { $0.count - 1 }, context)
                        XCTAssertEqual(search.count, reference.count, context)
                        for path in search.paths {
                            for step in path.steps {
                                let between = graph.edges.filter {
                                    ($0.source == step.from.id && $0.target == step.to.id) || ($0.source == step.to.id && $0.target == step.from.id)
                                }
                                XCTAssertEqual(Set(step.relations.map(\.edge.id)), Set(between.map(\.id)), context)
                                for relation in step.relations {
                                    XCTAssertEqual(relation.direction == .outgoing, relation.edge.source == step.from.id, context)
                                }
                            }
                        }
                        // A limit keeps the first chains in the same order.
                        let limited = try index.paths(from: from.id, to: to.id, maxDepth: maxDepth, limit: 2)
                        XCTAssertEqual(limited.paths.map { $0.nodes.map(\.id) }, Array(reference.prefix(2)), context)
                        XCTAssertEqual(limited.isTruncated, reference.count > 2, context)
                        if from.id != to.id && !reference.isEmpty { withChains += 1 }
                    }
                }
            }
        }
        XCTAssertGreaterThan(withChains, 500)
    }

    func testRubioToHamasInTheCorpusAgreesWithAReferenceSearch() throws {
        let index = QueryTests.corpus
        let rubio = try XCTUnwrap(index.lookup("Marco Rubio").node)
        let hamas = try XCTUnwrap(index.lookup("Hamas").node)
        let search = try index.paths(from: rubio.id, to: hamas.id, maxDepth: 8, limit: 1000)
        let reference = QueryTests.referenceDistance(index.graph, from: rubio.id, to: hamas.id)
        XCTAssertEqual(search.length, reference.flatMap { $0 <= 8 ? $0 : nil })
        // Rubio and Munir are two steps apart, through Pakistan and through the United States.
        let munir = try index.paths(from: rubio.id, to: "person:asim-munir")
        XCTAssertEqual(munir.paths.map { $0.nodes.map(\.id) }, [
            ["person:marco-rubio", "country:pakistan", "person:asim-munir"],
            ["person:marco-rubio", "country:united-states", "person:asim-munir"],
        ])
    }

    // MARK: Entities

    func testEntitiesWithDegreesInEachOrder() {
        let index = GraphIndex(QueryTests.small())
        let byDegree = index.entities()
        XCTAssertEqual(byDegree.map(\.node.id), [
            "country:beta", "country:alpha", "organization:gamma", "person:ann-smith", "person:john-smith", "group:delta", "location:capital-city",
        ])
        XCTAssertEqual(byDegree.map(\.degree), [5, 4, 1, 1, 1, 0, 0])
        XCTAssertEqual(byDegree.first.map { [$0.outDegree, $0.inDegree] }, [1, 4])
        XCTAssertEqual(index.entities(sort: .mentions).map(\.node.id).prefix(3), ["group:delta", "country:alpha", "country:beta"])
        XCTAssertEqual(index.entities(sort: .name).map(\.node.label), ["Alpha", "Ann Smith", "Beta", "Capital City", "Delta", "Gamma Council", "John Smith"])
        XCTAssertEqual(index.entities(type: .person, sort: .name).map(\.node.id), ["person:ann-smith", "person:john-smith"])
        XCTAssertEqual(index.entities(type: .plan), [])
    }

    func testDegreesMatchACountOfEdges() {
        var generator = SeededRandom(seed: 11)
        for trial in 0..<60 {
            let graph = QueryTests.randomGraph(&generator, nodes: 1 + trial % 7, edges: trial % 17)
            for entry in GraphIndex(graph).entities() {
                let touching = graph.edges.filter { $0.source == entry.node.id || $0.target == entry.node.id }
                XCTAssertEqual(entry.degree, touching.count)
                XCTAssertEqual(entry.outDegree, graph.edges.filter { $0.source == entry.node.id }.count)
                XCTAssertEqual(entry.inDegree, graph.edges.filter { $0.target == entry.node.id }.count)
            }
        }
        let corpus = QueryTests.corpus.entities()
        XCTAssertEqual(corpus.count, QueryTests.corpus.graph.nodes.count)
        XCTAssertEqual(corpus.first?.node.id, "country:pakistan")
    }

    // MARK: Index

    func testAdjacencyListsHoldExactlyTheEdgesOfEachNode() {
        var generator = SeededRandom(seed: 5)
        var graphs = [QueryTests.corpus.graph, QueryTests.small()]
        for trial in 0..<40 { graphs.append(QueryTests.randomGraph(&generator, nodes: 1 + trial % 9, edges: trial % 23)) }
        for graph in graphs {
            let index = GraphIndex(graph)
            for node in graph.nodes {
                XCTAssertEqual(index.outgoingEdges(of: node.id), graph.edges.filter { $0.source == node.id }, node.id)
                XCTAssertEqual(index.incomingEdges(of: node.id), graph.edges.filter { $0.target == node.id }, node.id)
            }
        }
    }

    func testUnsortedNodesAndDanglingEdgesAreTolerated() throws {
        var graph = QueryTests.small()
        graph.nodes.reverse()
        graph.edges.append(Edge(source: "country:alpha", target: "person:nobody", type: .consult, trigger: "met"))
        let index = GraphIndex(graph)
        XCTAssertEqual(index.graph.nodes.map(\.id), graph.nodes.map(\.id).sorted())
        XCTAssertEqual(rows(try index.neighbors(of: "country:alpha", direction: .outgoing)), [
            "1 country:alpha -assault(not)-> country:beta",
            "1 country:alpha -disapprove-> country:beta",
        ], "the edge to an unknown node is not indexed")
    }

    // MARK: The fast graph reader

    /// The fast reader gives `Graph.decode`'s graph, or nil, and nil whenever `Graph.decode` fails.
    private func assertReadsLikeGraphDecode(_ data: Data, mustRead: Bool = false, _ context: String, line: UInt = #line) {
        let fast = GraphFileReader.graph(from: data)
        if let decoded = try? Graph.decode(data, path: "x.json") {
            if let fast { XCTAssertEqual(fast, decoded, context, line: line) }
            if mustRead { XCTAssertNotNil(fast, "the fast reader should read \(context)", line: line) }
        } else {
            XCTAssertNil(fast, "Graph.decode refuses \(context)", line: line)
        }
    }

    func testFastReaderReadsEveryGraphFileLikeGraphDecode() throws {
        let graphs = ExtractionTestSupport.packageRoot.appendingPathComponent("graphs")
        let files = try FileManager.default.contentsOfDirectory(atPath: graphs.path).filter { $0.hasSuffix(".json") }
        XCTAssertFalse(files.isEmpty)
        for file in files {
            assertReadsLikeGraphDecode(try Data(contentsOf: graphs.appendingPathComponent(file)), mustRead: true, file)
        }
        for file in try FileManager.default.contentsOfDirectory(atPath: ExtractionTestSupport.fixtures.path) where file.hasSuffix(".json") {
            assertReadsLikeGraphDecode(try Data(contentsOf: ExtractionTestSupport.fixtures.appendingPathComponent(file)), file)
        }
        XCTAssertEqual(try GraphIndex.load(path: graphs.appendingPathComponent("corpus.json").path).graph,
                       try Graph.load(path: graphs.appendingPathComponent("corpus.json").path))
    }

    func testFastReaderReadsGeneratedGraphsWithAwkwardTextAndAttributes() throws {
        var generator = SeededRandom(seed: 99)
        let pieces = ["a", "É", "ß", "’", "\"", "\\", "/", "\n", "\t", "\u{01}", "\u{1F}", "😀", "👩‍👩‍👧", "\u{2028}", " ", "中", "\u{7F}"]
        func text() -> String { (0..<Int(generator.next() % 6)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined() }
        for trial in 0..<80 {
            var graph = QueryTests.randomGraph(&generator, nodes: 1 + trial % 6, edges: trial % 9)
            for index in graph.nodes.indices {
                graph.nodes[index].label = "L" + text()
                graph.nodes[index].aliases.append(text())
                graph.nodes[index].attributes = ["titles": .array([.string(text()), .string(text())]), "n": .number(Double(trial) / 4),
                                                 "big": .number(1e20), "neg": .number(-3), "flag": .bool(trial % 2 == 0), "none": .null,
                                                 "nested": .object(["k": .array([.number(1), .object([:]), .array([])])])]
                graph.nodes[index].articles = ["a" + text(): trial]
            }
            for index in graph.edges.indices {
                graph.edges[index].trigger = text()
                graph.edges[index].evidence.append(Evidence(article: "x" + text(), sentence: trial, start: -1, end: Int.max, text: text()))
                graph.edges[index].attributes = ["title": .string(text())]
            }
            graph.articles = [ArticleRef(id: text(), path: text(), title: text(), sha256: "0")]
            assertReadsLikeGraphDecode(try graph.jsonData(), mustRead: true, "trial \(trial)")
            // Compact JSON, not sorted: the same graph.
            assertReadsLikeGraphDecode(try JSONEncoder().encode(graph), mustRead: true, "trial \(trial), compact")
        }
    }

    func testFastReaderLeavesOddFilesToGraphDecode() {
        let node = #"{"id": "person:x", "type": "person", "label": "X"}"#
        let edge = #"{"id": "person:x|consult|person:x", "source": "person:x", "target": "person:x", "type": "consult"}"#
        func file(nodes: String = node, edges: String = edge, extra: String = "") -> Data {
            Data(#"{"schema": "kg-graph/1", "articles": [], "nodes": [\#(nodes)], "edges": [\#(edges)]\#(extra)}"#.utf8)
        }
        // Defaults, nulls and unknown keys: read.
        assertReadsLikeGraphDecode(file(), mustRead: true, "only required fields")
        assertReadsLikeGraphDecode(file(nodes: #"{"id": "person:x", "type": "person", "label": "X", "aliases": null, "mentions": null, "extra": [1, {"a": null}]}"#),
                                   mustRead: true, "nulls and unknown keys")
        assertReadsLikeGraphDecode(file(extra: #", "comment": "hi", "more": {"x": [true, false, -1.5e3]}"#), mustRead: true, "unknown top-level keys")
        assertReadsLikeGraphDecode(file(nodes: #"{"id": "person:y", "type": "person", "label": "Y"}, \#(node)"#), mustRead: true, "unsorted nodes")
        assertReadsLikeGraphDecode(Data("\n \(String(decoding: file(), as: UTF8.self)) \n".utf8), mustRead: true, "surrounding space")
        assertReadsLikeGraphDecode(file(nodes: #"{"\u0069d": "person:\u00e9", "type": "person", "label": "\ud83d\ude00"}"#), mustRead: true, "escapes")
        // Left to Graph.decode, whatever it makes of them.
        let odd: [(String, Data)] = [
            ("a repeated key", file(nodes: #"{"id": "person:x", "id": "person:y", "type": "person", "label": "X"}"#)),
            ("a fractional integer", file(nodes: #"{"id": "person:x", "type": "person", "label": "X", "mentions": 1.0}"#)),
            ("an exponent integer", file(nodes: #"{"id": "person:x", "type": "person", "label": "X", "mentions": 1e2}"#)),
            ("a leading zero", file(nodes: #"{"id": "person:x", "type": "person", "label": "X", "mentions": 01}"#)),
            ("an unknown type", file(nodes: #"{"id": "person:x", "type": "robot", "label": "X"}"#)),
            ("an unknown relation", file(edges: #"{"id": "a", "source": "a", "target": "b", "type": "hug"}"#)),
            ("an unknown modality", file(edges: #"{"id": "a", "source": "a", "target": "b", "type": "consult", "modality": "maybe"}"#)),
            ("a missing label", file(nodes: #"{"id": "person:x", "type": "person"}"#)),
            ("a null label", file(nodes: #"{"id": "person:x", "type": "person", "label": null}"#)),
            ("a number label", file(nodes: #"{"id": "person:x", "type": "person", "label": 3}"#)),
            ("a lone surrogate", file(nodes: #"{"id": "person:x", "type": "person", "label": "\ud83d"}"#)),
            ("a raw control character", file(nodes: "{\"id\": \"person:x\", \"type\": \"person\", \"label\": \"a\u{01}b\"}")),
            ("a wrong schema", Data(#"{"schema": "kg-graph/2", "articles": [], "nodes": [], "edges": []}"#.utf8)),
            ("a missing list", Data(#"{"schema": "kg-graph/1", "articles": [], "nodes": []}"#.utf8)),
            ("a byte-order mark", Data([0xEF, 0xBB, 0xBF]) + file()),
            ("invalid UTF-8", Data(#"{"schema": "kg-graph/1", "articles": [], "nodes": [{"id": "person:x", "type": "person", "label": ""#.utf8) + Data([0xFF]) + Data(#""}], "edges": []}"#.utf8)),
            ("trailing text", file() + Data("x".utf8)),
            ("a trailing comma", Data(#"{"schema": "kg-graph/1", "articles": [], "nodes": [], "edges": [],}"#.utf8)),
            ("truncated", file().prefix(40)),
            ("empty", Data()),
            ("an array", Data("[]".utf8)),
        ]
        for (context, data) in odd {
            XCTAssertNil(GraphFileReader.graph(from: data), context)
            assertReadsLikeGraphDecode(data, context)
        }
    }

    // MARK: Reports

    func testReportJSONFieldNames() throws {
        let index = QueryTests.corpus
        let munir = index.node(id: "person:asim-munir")!
        let neighbors = try QueryTests.object(try NeighborReport(index: index, entity: munir).jsonData())
        XCTAssertEqual(Set(neighbors.keys), ["entity", "depth", "direction", "types", "class", "count", "neighbors"])
        XCTAssertTrue(neighbors["class"] is NSNull)
        let row = try XCTUnwrap((neighbors["neighbors"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(row.keys), ["id", "label", "entity_type", "relation", "relation_class", "direction", "depth", "via", "edge",
                                       "negated", "modality", "articles", "first_evidence"])
        XCTAssertEqual(Set((row["first_evidence"] as? [String: Any] ?? [:]).keys), ["article", "sentence", "start", "end", "text"])

        let path = try QueryTests.object(PathReport(try index.paths(from: "person:marco-rubio", to: munir.id)).jsonData())
        XCTAssertEqual(Set(path.keys), ["from", "to", "max_depth", "length", "count", "truncated", "paths"])
        let chain = try XCTUnwrap((path["paths"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(chain.keys), ["length", "nodes", "steps"])
        let step = try XCTUnwrap((chain["steps"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(step.keys), ["from", "to", "relations"])
        let relation = try XCTUnwrap((step["relations"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(relation.keys), ["edge", "relation", "source", "target", "direction", "negated", "modality", "articles", "first_evidence"])
        let none = try QueryTests.object(PathReport(try index.paths(from: "person:marco-rubio", to: "group:the-west")).jsonData())
        XCTAssertTrue(none["length"] is NSNull)

        let entities = try QueryTests.object(EntityReport(index: index).jsonData())
        XCTAssertEqual(Set(entities.keys), ["type", "sort", "count", "entities"])
        let entity = try XCTUnwrap((entities["entities"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(entity.keys), ["id", "label", "type", "aliases", "mentions", "articles", "degree", "out_degree", "in_degree"])
    }

    func testTextTableShortensSentencesAtWords() {
        XCTAssertEqual(TextTable.shorten("short", to: 10), "short")
        XCTAssertEqual(TextTable.shorten("one two three four five", to: 12), "one two…")
        XCTAssertEqual(TextTable.shorten("one, two three", to: 8), "one…")
        XCTAssertEqual(TextTable.shorten("abcdefghijklmnop", to: 8), "abcdefg…")
        XCTAssertEqual(TextTable.render(header: ["A", "BB"], rows: [["xxx", "y"]]), "A    BB\nxxx  y")
        XCTAssertEqual(TextTable.render(header: ["A", "B", "C"], rows: [["xxx", "", ""]]), "A    B  C\nxxx")
    }

    // MARK: Reference implementations and generated graphs

    /// A neighbour row as text, for comparing with the reference.
    static func key(_ row: Neighbor) -> String {
        "\(row.depth) \(row.node.id) \(row.relation.rawValue) \(row.direction.rawValue) \(row.via) \(row.edge.id)"
    }

    /// Neighbours by scanning every edge once per depth: levels first, then the rows joining one level to the next.
    static func referenceNeighbors(_ graph: Graph, of id: String, depth: Int, direction: TraversalDirection, filter: RelationFilter) -> [String] {
        let edges = graph.edges.filter { filter.allows($0.type) }
        let followOut = direction != .incoming, followIn = direction != .outgoing
        var level = [id: 0]
        for step in 1...depth {
            for edge in edges {
                if followOut, level[edge.source] == step - 1, level[edge.target] == nil { level[edge.target] = step }
                if followIn, level[edge.target] == step - 1, level[edge.source] == nil { level[edge.source] = step }
            }
        }
        var rows: [(Int, String, String, Int, String, String)] = []
        for edge in edges {
            if followOut, let a = level[edge.source], let b = level[edge.target], b == a + 1 {
                rows.append((b, edge.target, edge.type.rawValue, 0, edge.source, edge.id))
            }
            if followIn, let a = level[edge.target], let b = level[edge.source], b == a + 1 {
                rows.append((b, edge.source, edge.type.rawValue, 1, edge.target, edge.id))
            }
        }
        rows.sort { $0 < $1 }
        return rows.map { "\($0.0) \($0.1) \($0.2) \($0.3 == 0 ? "out" : "in") \($0.4) \($0.5)" }
    }

    /// Every shortest chain of node ids, by trying every simple chain up to `maxDepth` steps.
    static func referencePaths(_ graph: Graph, from: String, to: String, maxDepth: Int) -> [[String]] {
        if from == to { return [[from]] }
        var found: [[String]] = []
        var chain = [from]
        func walk() {
            guard chain.count <= maxDepth else { return }
            let last = chain[chain.count - 1]
            var next = Set<String>()
            for edge in graph.edges {
                if edge.source == last { next.insert(edge.target) }
                if edge.target == last { next.insert(edge.source) }
            }
            for node in next where !chain.contains(node) {
                chain.append(node)
                if node == to { found.append(chain) } else { walk() }
                chain.removeLast()
            }
        }
        walk()
        guard let shortest = found.map(\.count).min() else { return [] }
        return found.filter { $0.count == shortest }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// The least number of steps between two nodes, edges taken either way, by repeated scans.
    static func referenceDistance(_ graph: Graph, from: String, to: String) -> Int? {
        var level = [from: 0]
        var step = 0
        while level[to] == nil {
            step += 1
            var grew = false
            for edge in graph.edges {
                if level[edge.source] == step - 1, level[edge.target] == nil { level[edge.target] = step; grew = true }
                if level[edge.target] == step - 1, level[edge.source] == nil { level[edge.source] = step; grew = true }
            }
            if !grew { return nil }
        }
        return level[to]
    }

    /// A random graph: nodes of random types; edges with random ends (self-loops included), types
    /// and polarity, parallel edges of different types, evidence in one or two articles.
    static func randomGraph(_ generator: inout SeededRandom, nodes count: Int, edges edgeCount: Int) -> Graph {
        let types: [EntityType] = [.person, .country, .organization]
        let nodes = (0..<count).map { number -> Node in
            let type = types[Int(generator.next() % 3)]
            return Node(id: "\(type.rawValue):n\(number)", type: type, label: "N\(number)", aliases: ["N\(number)"], mentions: Int(generator.next() % 5))
        }
        guard !nodes.isEmpty else { return Graph() }
        let relations: [RelationType] = [.consult, .assault, .holdsRole, .appeal, .coerce]
        var edges: [String: Edge] = [:]
        for _ in 0..<edgeCount {
            let source = nodes[Int(generator.next() % UInt64(nodes.count))].id
            let target = nodes[Int(generator.next() % UInt64(nodes.count))].id
            let type = relations[Int(generator.next() % UInt64(relations.count))]
            let evidence = (0...(generator.next() % 2)).map { n in
                Evidence(article: "a\(generator.next() % 3)", sentence: Int(n), start: 0, end: 1, text: "s")
            }
            let edge = Edge(source: source, target: target, type: type, trigger: "t", negated: generator.next() % 5 == 0, evidence: evidence)
            edges[edge.id] = edge
        }
        return Graph(nodes: nodes, edges: Array(edges.values))
    }

    static func object(_ data: Data) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}

