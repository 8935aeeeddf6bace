import Foundation
import XCTest
@testable import NewsGraph

/// Shared helpers for the extraction tests: reading a made-up article, finding its nodes and
/// edges, and locating the package's own folders.
enum ExtractionTestSupport {
    /// One extractor for all tests: the bundled lexicon is loaded once.
    static let extractor = Extractor()

    /// An article made of `text`; its first line is its headline.
    static func article(_ text: String, id: String = "test") -> Article {
        Article(id: id, path: "\(id).txt", text: text)
    }

    /// The graph of an article made of `text`.
    static func graph(_ text: String) -> Graph {
        extractor.graph(of: article(text))
    }

    /// The `annotate` dump of an article made of `text`.
    static func annotate(_ text: String) -> String {
        extractor.annotate(article(text))
    }

    /// The root of the package (the folder holding Package.swift), found from this file's path.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    /// The test fixtures, as copied into the test bundle.
    static let fixtures: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    /// A fresh empty temporary directory; removed when the test case tears down.
    static func temporaryDirectory(_ testCase: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        testCase.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}

extension Graph {
    /// The ids of all edges.
    var edgeIDs: Set<String> { Set(edges.map(\.id)) }

    /// The ids of all nodes.
    var nodeIDs: Set<String> { Set(nodes.map(\.id)) }

    /// The edge with this id, if any.
    func edge(id: String) -> Edge? { edges.first { $0.id == id } }

    /// The nodes that have this name among their label and aliases.
    func nodes(named name: String) -> [Node] {
        nodes.filter { $0.label == name || $0.aliases.contains(name) }
    }

    /// The edges between these two nodes, either way round.
    func edges(between a: String, _ b: String) -> [Edge] {
        edges.filter { ($0.source == a && $0.target == b) || ($0.source == b && $0.target == a) }
    }
}
