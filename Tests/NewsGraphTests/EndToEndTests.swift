import Foundation
import XCTest
@testable import NewsGraph

/// The whole pipeline on real articles: the five seeds (scored against their gold annotations),
/// the ten dev articles (likewise), byte-stable output, the graph contract and evidence offsets.
final class EndToEndTests: XCTestCase {
    /// The seed articles of the repository, read as the command line reads them.
    private func seedArticles() throws -> [Article] {
        try articles(in: ExtractionTestSupport.packageRoot.appendingPathComponent("seeds"), pathPrefix: "seeds/")
    }

    /// The dev articles copied into the fixtures.
    private func devArticles() throws -> [Article] {
        try articles(in: ExtractionTestSupport.fixtures.appendingPathComponent("dev-articles"), pathPrefix: "dev/articles/")
    }

    private func articles(in directory: URL, pathPrefix: String) throws -> [Article] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            let path = pathPrefix + name
            return try Article(id: Article.id(forPath: path), path: path, data: data)
        }
    }

    /// Builds the articles' graphs, writes them to a temporary directory and scores them.
    private func score(_ articles: [Article], gold: String) throws -> ScoreReport {
        let directory = try ExtractionTestSupport.temporaryDirectory(self)
        var paths: [String] = []
        for (article, graph) in zip(articles, ExtractionTestSupport.extractor.graphs(of: articles)) {
            let url = directory.appendingPathComponent("\(article.id).json")
            try graph.jsonData().write(to: url)
            paths.append(url.path)
        }
        return try Scorer.score(goldPath: ExtractionTestSupport.fixtures.appendingPathComponent(gold).path, graphPaths: paths)
    }

    private func figures(_ report: ScoreReport) -> String {
        let t = report.totals
        func f(_ c: ScoreReport.Counts) -> String { String(format: "P %.3f R %.3f F1 %.3f", c.precision, c.recall, c.f1) }
        return "entities typed \(f(t.entitiesTyped)); relations strict \(f(t.relationsStrict)); lenient \(f(t.relationsLenient))"
    }

    // MARK: quality bars

    func testSeedArticlesMeetTheQualityBar() throws {
        let articles = try seedArticles()
        XCTAssertEqual(articles.count, 5)
        let report = try score(articles, gold: "seeds.gold.json")
        XCTAssertEqual(report.articlesScored, 5)
        XCTAssertEqual(report.warnings, [], "every gold article is covered by a graph")
        let t = report.totals, about = figures(report)
        XCTAssertGreaterThanOrEqual(t.entitiesTyped.f1, 0.90, about)
        XCTAssertGreaterThanOrEqual(t.relationsLenient.f1, 0.70, about)
        XCTAssertGreaterThanOrEqual(t.relationsStrict.f1, 0.55, about)
        XCTAssertGreaterThanOrEqual(t.relationsStrict.precision, 0.80, about)
        XCTAssertGreaterThanOrEqual(t.relationsLenient.precision, 0.80, about)
    }

    func testDevArticlesMeetTheQualityBar() throws {
        let articles = try devArticles()
        XCTAssertEqual(articles.count, 10)
        let report = try score(articles, gold: "dev.gold.json")
        XCTAssertEqual(report.articlesScored, 10)
        XCTAssertEqual(report.warnings, [], "every gold article is covered by a graph")
        let t = report.totals, about = figures(report)
        XCTAssertGreaterThanOrEqual(t.entitiesTyped.f1, 0.85, about)
        XCTAssertGreaterThanOrEqual(t.relationsLenient.f1, 0.50, about)
        XCTAssertGreaterThanOrEqual(t.relationsStrict.precision, 0.80, about)
        XCTAssertGreaterThanOrEqual(t.relationsLenient.precision, 0.80, about)
    }

    // MARK: stable output and the contract

    func testBuildingTheSameArticleTwiceGivesIdenticalBytes() throws {
        let articles = try seedArticles()
        let parallel = ExtractionTestSupport.extractor.graphs(of: articles)
        for (article, graph) in zip(articles, parallel) {
            let first = try Extractor().graph(of: article).jsonData()
            let second = try ExtractionTestSupport.extractor.graph(of: article).jsonData()
            XCTAssertEqual(first, second, article.id)
            XCTAssertEqual(try graph.jsonData(), first, "parallel build of \(article.id)")
        }
        XCTAssertEqual(try Graph.merged(parallel).jsonData(), try Graph.merged(parallel.reversed()).jsonData())
    }

    func testSeedGraphsBreakNoContractRule() throws {
        let articles = try seedArticles()
        let graphs = ExtractionTestSupport.extractor.graphs(of: articles)
        for (article, graph) in zip(articles, graphs) {
            XCTAssertEqual(graph.problems().map(\.description), [], article.id)
            XCTAssertFalse(graph.nodes.isEmpty, article.id)
            XCTAssertEqual(graph.schema, Graph.schemaVersion)
            XCTAssertEqual(graph.articles.map(\.id), [article.id])
            XCTAssertEqual(graph.articles.first?.sha256, article.sha256)
            let decoded = try Graph.decode(try graph.jsonData(), path: article.id)
            XCTAssertEqual(decoded, graph, "JSON round trip of \(article.id)")
        }
        XCTAssertEqual(Graph.merged(graphs).problems().map(\.description), [])
    }

    func testEvidenceIsTheArticleTextAtItsUnicodeScalarOffsets() throws {
        let articles = try seedArticles() + devArticles()
        var checked = 0
        for (article, graph) in zip(articles, ExtractionTestSupport.extractor.graphs(of: articles)) {
            let scalars = Array(article.text.unicodeScalars)
            for edge in graph.edges {
                XCTAssertFalse(edge.evidence.isEmpty, edge.id)
                for evidence in edge.evidence {
                    XCTAssertEqual(evidence.article, article.id)
                    guard evidence.start >= 0, evidence.start < evidence.end, evidence.end <= scalars.count else {
                        XCTFail("\(article.id) \(edge.id): offsets \(evidence.start)..<\(evidence.end) outside the text")
                        continue
                    }
                    let text = String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end]))
                    XCTAssertEqual(text, evidence.text, "\(article.id) \(edge.id)")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 50, "the articles give edges to check")
    }
}
