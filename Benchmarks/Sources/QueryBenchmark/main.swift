// Query speed on a large synthetic graph: 100,000 nodes and 1,000,000 edges (fixed seed), written
// to a temporary JSON file. A second process loads the file (read + index) and times neighbour
// queries of depth 1 and 2 from 1,000 random nodes, path queries between random pairs and name
// lookups, and reports its peak resident memory; a third decodes the file with JSONDecoder for
// comparison. Each step is its own process so that each peak memory figure is its own.
//
//   swift run -c release --package-path Benchmarks query-benchmark [NODES EDGES QUERIES]
import Dispatch
import Foundation
import NewsGraph

/// SplitMix64: a small deterministic generator, so every run builds the same graph.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func seconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// The median, 90th percentile and maximum of some timings, in milliseconds.
func summary(_ timings: [Double]) -> String {
    let sorted = timings.sorted()
    let ms = { (value: Double) in String(format: "%.3f ms", value * 1000) }
    return "median \(ms(sorted[sorted.count / 2])), p90 \(ms(sorted[sorted.count * 9 / 10])), max \(ms(sorted.last!))"
}

/// A graph of `nodeCount` nodes of every type with two-word names, and `edgeCount` edges with
/// uniformly random ends, random types, one evidence sentence each, in 5,000 articles.
func syntheticGraph(nodes nodeCount: Int, edges edgeCount: Int, seed: UInt64) -> Graph {
    var random = SplitMix64(state: seed)
    let syllables = ["ka", "lo", "mi", "ra", "su", "te", "vo", "an", "el", "is", "or", "ub", "za", "ne", "di", "po"]
    func word() -> String {
        let count = 2 + Int(random.next() % 2)
        let text = (0..<count).map { _ in syllables[Int(random.next() % UInt64(syllables.count))] }.joined()
        return text.prefix(1).uppercased() + text.dropFirst()
    }
    let types = EntityType.allCases
    var nodes: [Node] = []
    nodes.reserveCapacity(nodeCount)
    for number in 0..<nodeCount {
        let type = types[number % types.count]
        let label = "\(word()) \(word()) \(number)"
        let id = "\(type.rawValue):\(Folding.slug(label))"
        nodes.append(Node(id: id, type: type, label: label, aliases: [label, "\(word()) \(number)"], mentions: 1 + Int(random.next() % 20),
                          articles: ["a\(random.next() % 5000)": 1]))
    }
    let relations = RelationType.allCases
    var edges: [Edge] = []
    edges.reserveCapacity(edgeCount)
    var seen = Set<String>()
    while edges.count < edgeCount {
        let source = Int(random.next() % UInt64(nodeCount)), target = Int(random.next() % UInt64(nodeCount))
        guard source != target else { continue }
        let type = relations[Int(random.next() % UInt64(relations.count))]
        let id = Edge.makeID(source: nodes[source].id, type: type, target: nodes[target].id, negated: false)
        guard seen.insert(id).inserted else { continue }
        let text = "\(nodes[source].label) and \(nodes[target].label) were named in sentence \(edges.count)."
        let evidence = Evidence(article: "a\(random.next() % 5000)", sentence: Int(random.next() % 40), start: 0, end: text.unicodeScalars.count, text: text)
        edges.append(Edge(source: nodes[source].id, target: nodes[target].id, type: type, trigger: "met",
                          modality: .asserted, evidence: [evidence]))
    }
    return Graph(nodes: nodes, edges: edges)
}

/// Loads the graph file and times the queries; runs in its own process.
func measure(path: String, queries: Int) throws {
    let start = DispatchTime.now().uptimeNanoseconds
    let index = try GraphIndex.load(path: path)
    print(String(format: "load: %.2f s (read the file and index it: GraphIndex.load)", seconds(since: start)))
    let graph = index.graph
    let namesStart = DispatchTime.now().uptimeNanoseconds
    _ = index.lookup(graph.nodes[0].label)
    print(String(format: "first name lookup (folds every name, once): %.2f s", seconds(since: namesStart)))

    var random = SplitMix64(state: 42)
    let ids = (0..<queries).map { _ in graph.nodes[Int(random.next() % UInt64(graph.nodes.count))].id }
    for depth in [1, 2] {
        var rows = 0
        for id in ids.prefix(50) { rows &+= try index.neighbors(of: id, depth: depth).count }  // warm up
        var timings: [Double] = []
        rows = 0
        for id in ids {
            let queryStart = DispatchTime.now().uptimeNanoseconds
            rows += try index.neighbors(of: id, depth: depth).count
            timings.append(seconds(since: queryStart))
        }
        print("neighbors depth \(depth), both directions, \(queries) random nodes: \(summary(timings)); \(rows / queries) rows per query on average")
    }
    var timings: [Double] = []
    var found = 0
    let pairs = min(queries, 100)
    for number in 0..<pairs {
        let queryStart = DispatchTime.now().uptimeNanoseconds
        let search = try index.paths(from: ids[number], to: ids[(number + 1) % ids.count], maxDepth: 6, limit: 10)
        timings.append(seconds(since: queryStart))
        if search.length != nil { found += 1 }
    }
    print("paths, \(pairs) random pairs (max depth 6, up to 10 chains): \(summary(timings)); \(found) connected")
    var lookups: [Double] = []
    for id in ids.prefix(200) {
        let label = index.node(id: id)!.label
        let queryStart = DispatchTime.now().uptimeNanoseconds
        precondition(index.lookup(label).node?.id == id)
        lookups.append(seconds(since: queryStart))
    }
    print("lookup by label, 200 names: \(summary(lookups))")
    print(String(format: "peak memory (load and queries): %.1f MB resident", peakMemoryMB()))
}

/// Decodes the graph file with Foundation's `JSONDecoder` (`Graph.load`), for comparison; runs in its own process.
func measureJSONDecoder(path: String) throws {
    let start = DispatchTime.now().uptimeNanoseconds
    let graph = try Graph.load(path: path)
    let decoded = seconds(since: start)
    let indexStart = DispatchTime.now().uptimeNanoseconds
    _ = GraphIndex(graph)
    print(String(format: "for comparison, Graph.load (JSONDecoder) then GraphIndex(_:): %.2f s + %.2f s, peak memory %.1f MB resident",
                 decoded, seconds(since: indexStart), peakMemoryMB()))
}

/// Writes the synthetic graph to `path`; runs in its own process.
func generate(path: String, nodes: Int, edges: Int) throws {
    let start = DispatchTime.now().uptimeNanoseconds
    try syntheticGraph(nodes: nodes, edges: edges, seed: 2026).jsonData().write(to: URL(fileURLWithPath: path))
    let bytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    print(String(format: "graph: %d nodes, %d edges, %.0f MB of JSON, generated and written in %.1f s", nodes, edges, Double(bytes) / 1e6, seconds(since: start)))
}

/// Runs this program again with `arguments` and waits for it. Each step runs in its own process,
/// started from this small one, so that each peak memory figure (getrusage's ru_maxrss, which a
/// child inherits from its parent on Linux) is that step's own.
func runChild(_ arguments: [String]) throws -> Int32 {
    fflush(nil)
    let child = Process()
    child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    if !FileManager.default.isExecutableFile(atPath: child.executableURL!.path), let path = Bundle.main.executablePath {
        child.executableURL = URL(fileURLWithPath: path)
    }
    child.arguments = arguments
    try child.run()
    child.waitUntilExit()
    return child.terminationStatus
}

let arguments = CommandLine.arguments
switch arguments.dropFirst().first {
case "--generate":
    try generate(path: arguments[2], nodes: Int(arguments[3])!, edges: Int(arguments[4])!)
case "--measure":
    try measure(path: arguments[2], queries: Int(arguments[3])!)
case "--measure-jsondecoder":
    try measureJSONDecoder(path: arguments[2])
default:
    let nodeCount = arguments.count > 1 ? Int(arguments[1])! : 100_000
    let edgeCount = arguments.count > 2 ? Int(arguments[2])! : 1_000_000
    let queries = arguments.count > 3 ? Int(arguments[3])! : 1_000
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-query-benchmark-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let file = directory.appendingPathComponent("graph.json").path
    var status = try runChild(["--generate", file, "\(nodeCount)", "\(edgeCount)"])
    if status == 0 { status = try runChild(["--measure", file, "\(queries)"]) }
    if status == 0 { status = try runChild(["--measure-jsondecoder", file]) }
    try? FileManager.default.removeItem(at: directory)
    if status != 0 { print("a step failed with status \(status)") }
    exit(status)
}
