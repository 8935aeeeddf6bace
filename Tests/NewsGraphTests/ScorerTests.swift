import Foundation
import XCTest
@testable import NewsGraph

final class ScorerTests: XCTestCase {
    private func fixture(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name).path
    }

    private func assertCounts(_ counts: ScoreReport.Counts, _ tp: Int, _ fp: Int, _ fn: Int,
                              file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual([counts.tp, counts.fp, counts.fn], [tp, fp, fn], file: file, line: line)
    }

    private func diagnostics(_ d: ScoreReport.Diagnostics) -> [Int] {
        [d.entityDuplicates, d.entityTypeErrors, d.relationFPEndNotGold, d.relationFPWrongTypeLenient, d.relationFPReversed]
    }

    // MARK: fold

    func testFoldMatchesScorePy() {
        XCTAssertEqual(NameFold.fold("Pakistan’s"), "pakistan")
        XCTAssertEqual(NameFold.fold("U.S."), "us")
        XCTAssertEqual(NameFold.fold("Israel–Hamas war"), "israel hamas war")
        XCTAssertEqual(NameFold.fold("The Hague"), "hague")
        XCTAssertEqual(NameFold.fold("Assimi Goïta"), "assimi goita")
        XCTAssertEqual(NameFold.fold("Hamas'"), "hamas")
        XCTAssertEqual(NameFold.fold("Trump’s Gaza plan"), "trump gaza plan")
        XCTAssertEqual(NameFold.fold("Gen-Z  activists"), "gen z activists")
        XCTAssertEqual(NameFold.fold("Straße"), "strasse")
        XCTAssertEqual(NameFold.fold("the"), "the")
    }

    // MARK: hand-made gold and graph

    /// Counted by hand (and checked with score.py): see the fixtures for which node and edge is which.
    func testSmallGoldWithOptionalItemsAltTypesAndAReversedEdge() throws {
        let report = try Scorer.score(goldPath: fixture("scorer-small-gold.json"), graphPaths: [fixture("scorer-small-graph.json")])
        XCTAssertEqual(report.articlesScored, 2)
        let a1 = report.articles[0]
        XCTAssertEqual([a1.nNodes, a1.nEdges, a1.nGoldEntities, a1.nGoldRelations], [7, 7, 4, 4])
        // Untyped: Jane Roe, Freedonia (a location node), ACME Corp (preferred over the person
        // "Acme", which becomes a duplicate) and River X; the optional rebels count for nothing.
        assertCounts(a1.entitiesUntyped, 4, 2, 0)
        // Typed: River X is a country node for a location, so it is an FP and an FN.
        assertCounts(a1.entitiesTyped, 3, 3, 1)
        // Strict: holds_role, and the alt_type engage_in_material_cooperation; assault ≠ fight.
        assertCounts(a1.relationsStrict, 2, 4, 2)
        // Lenient: assault is in fight's group; the reversed make_statement stays wrong.
        assertCounts(a1.relationsLenient, 3, 3, 1)
        XCTAssertEqual(diagnostics(a1.diagnostics), [1, 1, 1, 1, 1])
        let a2 = report.articles[1]
        assertCounts(a2.entitiesUntyped, 0, 0, 1)
        XCTAssertEqual([a2.entitiesUntyped.precision, a2.entitiesUntyped.recall, a2.entitiesUntyped.f1], [0, 0, 0])
        assertCounts(report.totals.entitiesUntyped, 4, 2, 1)
        assertCounts(report.totals.entitiesTyped, 3, 3, 2)
        assertCounts(report.totals.relationsStrict, 2, 4, 3)
        assertCounts(report.totals.relationsLenient, 3, 3, 2)
        XCTAssertEqual(report.totals.relationsStrict.precision, 2.0 / 6.0)
        XCTAssertEqual(report.warnings, [
            "gold a2: relation 0 target 'person:y' is not a gold entity",
            "no graph file covers article a2: all its gold items count as misses",
        ])
    }

    /// A corpus graph: edges go to the articles their evidence names, nodes to those they list,
    /// and nodes that list none only where they are an edge end.
    func testCorpusGraphIsSplitByArticle() throws {
        let corpus = fixture("scorer-small-corpus.json")
        let report = try Scorer.score(goldPath: fixture("scorer-small-gold.json"), graphPaths: [corpus])
        XCTAssertEqual(report.articles.map(\.nNodes), [4, 2])
        XCTAssertEqual(report.articles.map(\.nEdges), [2, 1])
        assertCounts(report.articles[0].relationsStrict, 2, 0, 2)
        assertCounts(report.articles[1].entitiesUntyped, 1, 1, 0)
        assertCounts(report.totals.entitiesTyped, 5, 1, 0)
        assertCounts(report.totals.relationsLenient, 2, 1, 3)
        XCTAssertEqual(report.warnings.count, 3)
        XCTAssertEqual(report.warnings[1],
                       "\(corpus): corpus graph nodes carry no per-article info; 2 node(s) counted for a1 only where they have an edge there")
    }

    // MARK: agreement with score.py

    /// Expected figures printed by the reference scorer, from Tests/NewsGraphTests/Fixtures:
    ///     python3 /work/shared/eval/score.py seeds.gold.json scorer-sample-graph.json [--json]
    func testAgreesWithScorePyOnSeedSample() throws {
        let report = try Scorer.score(goldPath: fixture("seeds.gold.json"), graphPaths: [fixture("scorer-sample-graph.json")])
        XCTAssertEqual(report.articlesScored, 5)
        assertCounts(report.totals.entitiesUntyped, 8, 2, 71)
        assertCounts(report.totals.entitiesTyped, 7, 3, 72)
        assertCounts(report.totals.relationsStrict, 4, 5, 57)
        assertCounts(report.totals.relationsLenient, 5, 4, 56)
        XCTAssertEqual(diagnostics(report.totals.diagnostics), [1, 1, 1, 2, 1])
        let first = report.articles[0]
        XCTAssertEqual(first.id, "000_fac70ba8665dccef")
        XCTAssertEqual([first.nNodes, first.nEdges], [11, 11])
        assertCounts(first.entitiesUntyped, 8, 2, 17)
        assertCounts(first.entitiesTyped, 7, 3, 18)
        assertCounts(first.relationsStrict, 4, 5, 9)
        assertCounts(first.relationsLenient, 5, 4, 8)
        XCTAssertEqual(report.warnings.count, 4)
        let lines = report.text.components(separatedBy: "\n")
        XCTAssertEqual(Array(lines[3...8]), [
            "micro-averaged              P      R     F1    TP    FP    FN",
            "entities (untyped)      0.800  0.101  0.180     8     2    71",
            "entities (typed)        0.700  0.089  0.157     7     3    72",
            "relations (strict)      0.444  0.066  0.114     4     5    57",
            "relations (lenient)     0.556  0.082  0.143     5     4    56",
            "diagnostics: entity_duplicates=1, entity_type_errors=1, relation_fp_end_not_gold=1, relation_fp_wrong_type_lenient=2, relation_fp_reversed=1",
        ])
        XCTAssertEqual(lines[11], "article                nodes edges ent untyped       ent typed         rel strict        rel lenient")
        XCTAssertEqual(lines[12], "000_fac70ba8665dccef      11    11 0.80/0.32/0.46    0.70/0.28/0.40    0.44/0.31/0.36    0.56/0.38/0.45")
    }

    /// From Tests/NewsGraphTests/Fixtures:
    ///     python3 /work/shared/eval/score.py dev.gold.json scorer-sample-graph.json --json
    func testDevGoldWithAGraphOfAnotherArticleCountsEverythingAsMissed() throws {
        let report = try Scorer.score(goldPath: fixture("dev.gold.json"), graphPaths: [fixture("scorer-sample-graph.json")])
        XCTAssertEqual(report.articlesScored, 10)
        assertCounts(report.totals.entitiesUntyped, 0, 0, 124)
        assertCounts(report.totals.relationsLenient, 0, 0, 109)
        XCTAssertEqual(report.warnings.count, 11)
        XCTAssertEqual(report.warnings.last, "\(fixture("scorer-sample-graph.json")) covers no gold article")
    }

    // MARK: JSON form and errors

    func testJSONUsesScorePyFieldNames() throws {
        let report = try Scorer.score(goldPath: fixture("scorer-small-gold.json"), graphPaths: [fixture("scorer-small-graph.json")])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: report.jsonData()) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["gold", "graphs", "articles_scored", "totals", "articles", "warnings"])
        let totals = try XCTUnwrap(object["totals"] as? [String: Any])
        XCTAssertEqual(Set(totals.keys), ["entities_untyped", "entities_typed", "relations_strict", "relations_lenient", "diagnostics"])
        let strict = try XCTUnwrap(totals["relations_strict"] as? [String: Any])
        XCTAssertEqual(Set(strict.keys), ["tp", "fp", "fn", "precision", "recall", "f1"])
        let article = try XCTUnwrap((object["articles"] as? [[String: Any]])?.first)
        XCTAssertEqual(article["n_gold_relations"] as? Int, 4)
        XCTAssertEqual(try JSONDecoder().decode(ScoreReport.self, from: report.jsonData()), report)
    }

    func testMissingAndMalformedFilesAreReported() throws {
        let gold = fixture("scorer-small-gold.json")
        XCTAssertThrowsError(try Scorer.score(goldPath: fixture("scorer-nope.json"), graphPaths: [])) { error in
            XCTAssertEqual((error as? ScoreInputError)?.kind, .missing)
        }
        XCTAssertThrowsError(try Scorer.score(goldPath: gold, graphPaths: [fixture("scorer-nope.json")])) { error in
            XCTAssertEqual((error as? ScoreInputError)?.kind, .missing)
        }
        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("scorer-broken-\(getpid()).json")
        try Data("{\"nodes\": [".utf8).write(to: broken)
        defer { try? FileManager.default.removeItem(at: broken) }
        XCTAssertThrowsError(try Scorer.score(goldPath: gold, graphPaths: [broken.path])) { error in
            XCTAssertEqual((error as? ScoreInputError)?.kind, .malformed)
        }
    }
}
