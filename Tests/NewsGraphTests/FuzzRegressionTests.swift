import Foundation
import XCTest
import NewsGraph

/// Replays every input in `Fixtures/fuzz-regressions/` through the code paths and checks of the
/// libFuzzer targets in `Tests/Fuzz/` (docs/fuzzing.md): `extract-*` files as article bytes,
/// `graph-*` files as graph JSON. Each file is a crash, hang or broken invariant the fuzzers
/// found (named by its SHA-1), or a hand-made hostile input (named for what it holds).
final class FuzzRegressionTests: XCTestCase {
    private static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        .appendingPathComponent("fuzz-regressions")

    private func inputs(_ prefix: String) throws -> [URL] {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        for name in names where !name.hasPrefix("extract-") && !name.hasPrefix("graph-") {
            XCTFail("\(name): a fuzz regression input must be named extract-* or graph-*")
        }
        return names.filter { $0.hasPrefix(prefix) }.map { Self.folder.appendingPathComponent($0) }
    }

    func testEveryArticleInputReadsToAValidGraph() throws {
        let inputs = try inputs("extract-")
        XCTAssertGreaterThanOrEqual(inputs.count, 5)
        let extractor = Extractor()
        for url in inputs {
            let name = url.lastPathComponent
            let data = try Data(contentsOf: url)
            do {
                let article = try Article(id: "fuzz", path: name, data: data)
                try checkArticle(article, extractor, name)
            } catch let error as ArticleError {
                // Refused with a message; the fuzzer then reads the bytes leniently as well.
                XCTAssertEqual(error.path, name)
                XCTAssertFalse(error.message.isEmpty || error.message.contains(where: \.isNewline), "\(name): \(error.message)")
                try checkArticle(Article(id: "fuzz", path: name, text: String(decoding: data, as: UTF8.self)), extractor, name)
            }
        }
    }

    func testEveryGraphInputDecodesOrNamesItsFirstProblem() throws {
        let inputs = try inputs("graph-")
        XCTAssertGreaterThanOrEqual(inputs.count, 5)
        for url in inputs {
            let name = url.lastPathComponent
            let graph: Graph
            do {
                graph = try Graph.decode(try Data(contentsOf: url), path: name)
            } catch let error as GraphFileError {
                XCTAssertEqual(error.path, name)
                XCTAssertFalse(error.message.contains(where: \.isNewline), "\(name): \(error.message)")
                // A JSON path, except for bytes that are not JSON at all (there is no value to point at).
                XCTAssertTrue(error.message.hasPrefix("$") || error.message.hasPrefix("not valid JSON"), "\(name): \(error.message)")
                continue
            }
            for problem in graph.problems() {
                XCTAssertTrue(problem.path.hasPrefix("$."), "\(name): \(problem)")
                XCTAssertFalse(problem.description.contains(where: \.isNewline), "\(name): \(problem)")
            }
            let json = try graph.jsonData()
            let again = try Graph.decode(json, path: name)
            XCTAssertEqual(try again.jsonData(), json, "\(name): the canonical JSON changed in a round trip")
            let merged = Graph.merged([graph, graph])
            XCTAssertNoThrow(try merged.jsonData(), name)
            XCTAssertEqual(Graph.merged([merged, graph]), merged, "\(name): merge is not idempotent")
        }
    }

    /// The checks of `fuzz-extract`: sentences well formed and capped, a graph without contract
    /// problems whose evidence is its sentences, a JSON round trip, and the annotate dump.
    private func checkArticle(_ article: Article, _ extractor: Extractor, _ name: String) throws {
        let scalars = Array(article.text.unicodeScalars)
        let sentences = SentenceSplitter.split(article)
        for (position, sentence) in sentences.enumerated() {
            XCTAssertEqual(sentence.index, position, name)
            XCTAssertTrue(0 <= sentence.start && sentence.start < sentence.end && sentence.end <= scalars.count, "\(name): sentence \(position)")
            XCTAssertTrue((1...SentenceSplitter.maxTokens).contains(sentence.tokens.count), "\(name): sentence \(position) has \(sentence.tokens.count) tokens")
            XCTAssertEqual(sentence.text, String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])), "\(name): sentence \(position)")
            if position > 0 { XCTAssertLessThanOrEqual(sentences[position - 1].end, sentence.start, name) }
        }
        let graph = extractor.graph(of: article)
        XCTAssertEqual(graph.problems(), [], name)
        for edge in graph.edges {
            XCTAssertFalse(edge.evidence.isEmpty, "\(name): \(edge.id)")
            for evidence in edge.evidence {
                guard sentences.indices.contains(evidence.sentence) else {
                    XCTFail("\(name): \(edge.id) names sentence \(evidence.sentence) of \(sentences.count)")
                    continue
                }
                XCTAssertEqual(evidence.text, sentences[evidence.sentence].text, "\(name): \(edge.id)")
            }
        }
        let json = try graph.jsonData()
        let decoded = try Graph.decode(json, path: name)
        XCTAssertEqual(decoded, graph, "\(name): the graph changed in a JSON round trip")
        XCTAssertEqual(try decoded.jsonData(), json, name)
        if article.text.utf8.count <= 4096 { XCTAssertFalse(extractor.annotate(article).isEmpty, name) }
    }
}
