import Foundation
import NewsGraph
import XCTest

/// Graphs made up for the render tests, and the package's own graphs/.
enum RenderTestSupport {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    /// The corpus graph the README's main command writes.
    static func corpus() throws -> Graph {
        try Graph.load(path: packageRoot.appendingPathComponent("graphs/corpus.json").path)
    }

    static func evidence(_ text: String = "A sentence.") -> [Evidence] {
        [Evidence(article: "a1", sentence: 0, start: 0, end: text.unicodeScalars.count, text: text)]
    }

    /// A graph with one node per label given, chained by `consult` edges.
    static func chain(_ labels: [String]) -> Graph {
        let nodes = labels.enumerated().map { index, label in
            Node(id: "person:p\(index)", type: .person, label: label, aliases: [label], mentions: 1, articles: ["a1": 1])
        }
        let edges = zip(nodes, nodes.dropFirst()).map { a, b in
            Edge(source: a.id, target: b.id, type: .consult, trigger: "met", evidence: evidence("\(a.label) met \(b.label)."))
        }
        return Graph(articles: [ArticleRef(id: "a1", path: "a1.txt", title: "Test", sha256: "0")], nodes: nodes, edges: edges)
    }

    /// A random graph of `nodes` nodes and `edges` edges (fixed seed, so always the same).
    static func random(nodes nodeCount: Int, edges edgeCount: Int) -> Graph {
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let types = EntityType.allCases
        let nodes = (0..<nodeCount).map { i in
            Node(id: "\(types[i % types.count].rawValue):n\(i)", type: types[i % types.count], label: "Entity \(i)", aliases: [], mentions: 1, articles: ["a1": 1])
        }
        var seen = Set<String>()
        var edges: [Edge] = []
        let relationTypes = RelationType.allCases
        while edges.count < edgeCount {
            let a = nodes[next(nodeCount)], b = nodes[next(nodeCount)]
            let type = relationTypes[next(relationTypes.count)]
            let edge = Edge(source: a.id, target: b.id, type: type, trigger: "t", evidence: evidence())
            if a.id != b.id, seen.insert(edge.id).inserted { edges.append(edge) }
        }
        return Graph(articles: [ArticleRef(id: "a1", path: "a1.txt", title: "Random", sha256: "0")], nodes: nodes, edges: edges)
    }

    /// Whether `data` is well-formed XML according to xmllint.
    static func xmllint(_ data: Data, file: StaticString = #filePath, line: UInt = #line) throws -> (ok: Bool, message: String) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("render-\(UUID().uuidString).svg")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xmllint", "--noout", url.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus == 0, "xmllint exited \(process.terminationStatus) (\(process.terminationReason.rawValue)): " + message)
    }

    /// The text of every `<text>` element of an SVG, with XML entities decoded.
    static func texts(_ svg: Data) -> [String] {
        let source = String(decoding: svg, as: UTF8.self)
        var result: [String] = []
        var rest = source[...]
        while let open = rest.range(of: "<text"), let close = rest.range(of: ">", range: open.upperBound..<rest.endIndex),
              let end = rest.range(of: "</text>", range: close.upperBound..<rest.endIndex) {
            result.append(decode(String(rest[close.upperBound..<end.lowerBound])))
            rest = rest[end.upperBound...]
        }
        return result
    }

    private static func decode(_ text: String) -> String {
        var out = text
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#45;", "-"), ("&#160;", "\u{A0}")] {
            out = out.replacingOccurrences(of: entity, with: character)
        }
        return out.replacingOccurrences(of: "&amp;", with: "&")
    }
}
