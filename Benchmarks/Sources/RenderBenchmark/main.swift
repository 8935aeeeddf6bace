// Rendering in-process through libgraphviz against the `dot` command run as a subprocess on the
// very same DOT (same engine, same attributes), for the five seed graphs and the corpus graph;
// then a synthetic graph of 5,000 nodes and 20,000 edges laid out with sfdp.
// Usage: render-benchmark [GRAPHS_DIR] [RUNS]
import Foundation
import NewsGraph
import NewsGraphRender

let arguments = CommandLine.arguments
let directory = arguments.count > 1 ? arguments[1] : "graphs"
let runs = arguments.count > 2 ? Int(arguments[2])! : 15

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Runs `dot -K ENGINE -Tsvg` on a DOT file, as a separate process.
func dotCommand(_ dotFile: URL, engine: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["dot", "-K\(engine)", "-Tsvg", dotFile.path, "-o", "/dev/null"]
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { fatalError("dot failed on \(dotFile.path)") }
}

let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }.sorted()
guard !files.isEmpty else { fatalError("no graph JSON files in \(directory); run ./scripts/setup-and-run.sh first") }
let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("render-benchmark-\(getpid())")
try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: temporary) }

print("graph                          nodes edges engine  in-process  dot command   ratio")
var inProcessTotal: [Double] = [], commandTotal: [Double] = []
for file in files {
    let graph = try Graph.load(path: "\(directory)/\(file)")
    let (diagram, plan) = DiagramBuilder.diagram(of: graph)
    let dotFile = temporary.appendingPathComponent(file + ".dot")
    try Data(DOTWriter.dot(diagram).utf8).write(to: dotFile)
    _ = try Renderer.render(diagram, format: .svg)  // warm up: plugins, fonts
    let inProcess = try (0..<runs).map { _ in try seconds { _ = try Renderer.render(diagram, format: .svg) } }
    let command = try (0..<runs).map { _ in try seconds { try dotCommand(dotFile, engine: plan.engine.rawValue) } }
    inProcessTotal.append(median(inProcess))
    commandTotal.append(median(command))
    let name = file.padding(toLength: 30, withPad: " ", startingAt: 0), engine = plan.engine.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)
    print(name + String(format: " %5d %5d ", graph.nodes.count, graph.edges.count) + engine
          + String(format: " %8.1f ms %9.1f ms %6.2fx", median(inProcess) * 1000, median(command) * 1000, median(command) / median(inProcess)))
}
let sumIn = inProcessTotal.reduce(0, +), sumCommand = commandTotal.reduce(0, +)
print(String(format: "all %d graphs (sum of medians over %d runs): in-process %.1f ms, dot command %.1f ms: in-process %.2fx faster",
             files.count, runs, sumIn * 1000, sumCommand * 1000, sumCommand / sumIn))

// A synthetic large graph: 5,000 nodes, 20,000 edges.
/// A small deterministic generator, so the synthetic graph is the same on every run.
struct Generator {
    var state: UInt64 = 42
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }
}
var generator = Generator()
let types = EntityType.allCases, relations = RelationType.allCases
let nodes = (0..<5_000).map { Node(id: "\(types[$0 % types.count].rawValue):n\($0)", type: types[$0 % types.count], label: "Entity \($0)", mentions: 1) }
var seen = Set<String>(), edges: [Edge] = []
while edges.count < 20_000 {
    let a = nodes[generator.next(nodes.count)], b = nodes[generator.next(nodes.count)]
    let edge = Edge(source: a.id, target: b.id, type: relations[generator.next(relations.count)], trigger: "t",
                    evidence: [Evidence(article: "a", sentence: 0, start: 0, end: 1, text: "x")])
    if a.id != b.id, seen.insert(edge.id).inserted { edges.append(edge) }
}
let large = Graph(articles: [ArticleRef(id: "a", path: "a.txt", title: "Synthetic", sha256: "0")], nodes: nodes, edges: edges)
var largeOutput: Renderer.Output? = nil
let largeTime = try seconds { largeOutput = try Renderer.render(large, format: .svg) }
print(String(format: "synthetic 5,000 nodes / 20,000 edges: %@ layout, %.1f s, %.1f MB of SVG; peak memory %.0f MB resident",
             largeOutput!.plan.engine.rawValue as NSString, largeTime, Double(largeOutput!.data.count) / 1e6, peakMemoryMB()))
