// Diff speed: two synthetic graphs of 100,000 edges each (20,000 nodes), B a copy of A with 10%
// of its edges changed: 2.5% removed, 2.5% added, 2.5% with another modality, trigger or evidence
// count, and 2.5% negated (a change of negation). 2% of the nodes gain an alias, and 1% more
// nodes, without edges, are renamed in B (removed and added under a new id with the same aliases,
// so they are possible matches).
// Prints the median time of GraphDiff(a, b) over the runs, the time to render the changelog and
// the JSON, and the peak resident memory of the process.
//   swift run -c release --package-path Benchmarks diff-benchmark [EDGES] [RUNS]
import Foundation
import NewsGraph

let arguments = CommandLine.arguments
let edgeCount = arguments.count > 1 ? Int(arguments[1])! : 100_000
let runs = arguments.count > 2 ? Int(arguments[2])! : 11
let nodeCount = max(2, edgeCount / 5)

/// A fixed-seed generator (SplitMix64), so every run builds the same graphs.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D1_049B_B133_111E
        return z ^ (z >> 31)
    }
}
var random = SplitMix(state: 42)

let types: [EntityType] = [.person, .country, .organization, .group]
let relations: [RelationType] = RelationType.allCases
let article = ArticleRef(id: "synthetic-a", path: "a.txt", title: "Synthetic A", sha256: String(repeating: "0", count: 64))
func evidence(_ article: String, _ sentence: Int) -> Evidence {
    Evidence(article: article, sentence: sentence, start: sentence * 120, end: sentence * 120 + 100,
             text: "Sentence \(sentence) of the synthetic article, long enough to look like a real one.")
}

// 1% more nodes without edges ("bystanders"): B renames them, so they are possible matches.
let bystanders = max(1, nodeCount / 100)
var nodes: [Node] = (0..<nodeCount).map { index in
    let type = types[index % types.count]
    let name = "Actor \(index)"
    return Node(id: "\(type.rawValue):actor-\(index)", type: type, label: name, aliases: [name, "A\(index)"],
                attributes: index % 10 == 0 ? ["titles": .array([.string("Minister")])] : [:], mentions: 1, articles: [article.id: 1])
}
var edgesByID: [String: Edge] = [:]
while edgesByID.count < edgeCount {
    let source = nodes[Int.random(in: 0..<nodeCount, using: &random)].id
    let target = nodes[Int.random(in: 0..<nodeCount, using: &random)].id
    guard source != target else { continue }
    let edge = Edge(source: source, target: target, type: relations.randomElement(using: &random)!, trigger: "met",
                    modality: .asserted, evidence: [evidence(article.id, Int.random(in: 0..<500, using: &random))])
    edgesByID[edge.id] = edge
}
for index in 0..<bystanders {
    nodes.append(Node(id: "person:bystander-\(index)", type: .person, label: "Bystander \(index)", aliases: ["Bystander \(index)"],
                      mentions: 1, articles: [article.id: 1]))
}
let a = Graph(articles: [article], nodes: nodes, edges: Array(edgesByID.values))

// B: 10% of the edges changed.
var bEdges = a.edges
var bNodes = a.nodes
let tenth = edgeCount / 40  // each of the four kinds of change touches 2.5% of the edges
var indices = Array(bEdges.indices).shuffled(using: &random)
let removed = Set(indices.prefix(tenth)); indices.removeFirst(tenth)
for index in indices.prefix(tenth) {  // other modality, trigger or evidence count
    switch index % 3 {
    case 0: bEdges[index].modality = .reported
    case 1: bEdges[index].trigger = "held talks"
    default: bEdges[index].evidence.append(evidence(article.id, 999))
    }
}
indices.removeFirst(tenth)
for index in indices.prefix(tenth) {  // negated: the id gains |not
    let e = bEdges[index]
    bEdges[index] = Edge(source: e.source, target: e.target, type: e.type, trigger: e.trigger, negated: !e.negated,
                         modality: e.modality, evidence: e.evidence, attributes: e.attributes)
}
bEdges = bEdges.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
var added = 0
var existing = Set(bEdges.map(\.id)).union(a.edges.map(\.id))
while added < tenth {
    let source = bNodes[Int.random(in: 0..<nodeCount, using: &random)].id
    let target = bNodes[Int.random(in: 0..<nodeCount, using: &random)].id
    let edge = Edge(source: source, target: target, type: .fight, trigger: "fought", evidence: [evidence(article.id, 7)])
    guard source != target, existing.insert(edge.id).inserted else { continue }
    bEdges.append(edge)
    added += 1
}
for index in stride(from: 0, to: nodeCount, by: 50) { bNodes[index].aliases.append("New alias \(index)") }
for index in bNodes.indices where bNodes[index].id.hasPrefix("person:bystander-") {
    let old = bNodes[index]
    bNodes[index] = Node(id: old.id + "-renamed", type: old.type, label: old.label + " (renamed)", aliases: old.aliases,
                         mentions: 1, articles: old.articles)
}
let b = Graph(articles: [article], nodes: bNodes, edges: bEdges)
precondition(a.problems().isEmpty && b.problems().isEmpty, "synthetic graphs must be valid")

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
let graphsPeak = Double(usage.ru_maxrss) / 1024

var times: [Double] = []
var diff = GraphDiff(a, b)  // warm up
for run in 1...runs {
    times.append(seconds { diff = GraphDiff(a, b) })
    print(String(format: "run %d: %.3f s", run, times.last!))
}
times.sort()
getrusage(RUSAGE_SELF.rawValue, &usage)
let diffPeak = Double(usage.ru_maxrss) / 1024
let counts = diff.counts
var textBytes = 0, jsonBytes = 0
let textTime = seconds { textBytes = diff.text(aName: "a.json", bName: "b.json").utf8.count }
let jsonTime = try seconds { jsonBytes = try diff.jsonData(aName: "a.json", bName: "b.json").count }
getrusage(RUSAGE_SELF.rawValue, &usage)
func tally(_ byStatus: [DiffStatus: Int]) -> String {
    DiffStatus.allCases.map { "\(byStatus[$0, default: 0]) \($0.rawValue)" }.joined(separator: ", ")
}
print("graphs: A \(a.nodes.count) nodes, \(a.edges.count) edges; B \(b.nodes.count) nodes, \(b.edges.count) edges (\(bystanders) nodes without edges renamed)")
print("diff: entities \(tally(counts.entities)); relations \(tally(counts.relations)); \(counts.possibleMatches) possible matches")
print(String(format: "median: %.3f s per diff (min %.3f, max %.3f over %d runs)", times[times.count / 2], times.first!, times.last!, runs))
print(String(format: "changelog text: %.3f s (%.1f MB); JSON: %.3f s (%.1f MB)", textTime, Double(textBytes) / 1e6, jsonTime, Double(jsonBytes) / 1e6))
print(String(format: "peak memory (resident): %.1f MB with the two graphs built; %.1f MB after the diffs; %.1f MB after rendering",
             graphsPeak, diffPeak, Double(usage.ru_maxrss) / 1024))
