import Foundation

/// The scores of graph files against gold annotations, per article and micro-averaged, with
/// the field names of `score.py --json`.
public struct ScoreReport: Codable, Sendable, Equatable {
    /// True and false positives, false negatives, and the precision, recall and F1 they give.
    public struct Counts: Codable, Sendable, Equatable {
        /// True positives.
        public var tp: Int
        /// False positives.
        public var fp: Int
        /// False negatives.
        public var fn: Int
        /// tp / (tp + fp); 1 when there is nothing to find and nothing was found.
        public var precision: Double
        /// tp / (tp + fn); 1 when there is nothing to find and nothing was found.
        public var recall: Double
        /// The harmonic mean of precision and recall.
        public var f1: Double

        /// Counts with their precision, recall and F1 (`score.py`'s `prf`).
        public init(tp: Int, fp: Int, fn: Int) {
            self.tp = tp
            self.fp = fp
            self.fn = fn
            if tp + fp == 0 && tp + fn == 0 {
                (precision, recall, f1) = (1, 1, 1)
            } else {
                precision = tp + fp > 0 ? Double(tp) / Double(tp + fp) : 0
                recall = tp + fn > 0 ? Double(tp) / Double(tp + fn) : 0
                f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            }
        }
    }

    /// Why predictions went wrong, counted.
    public struct Diagnostics: Codable, Sendable, Equatable {
        /// Unmatched nodes sharing a name with a matched gold entity.
        public var entityDuplicates = 0
        /// Matched nodes whose type is not the gold type or one of its alt_types.
        public var entityTypeErrors = 0
        /// Unmatched edges with an end that matches no gold entity.
        public var relationFPEndNotGold = 0
        /// Unmatched edges between the ends of a gold relation, in its direction.
        public var relationFPWrongTypeLenient = 0
        /// Unmatched edges that would match a gold relation read the other way round.
        public var relationFPReversed = 0

        /// All zero.
        public init() {}

        enum CodingKeys: String, CodingKey {
            case entityDuplicates = "entity_duplicates"
            case entityTypeErrors = "entity_type_errors"
            case relationFPEndNotGold = "relation_fp_end_not_gold"
            case relationFPWrongTypeLenient = "relation_fp_wrong_type_lenient"
            case relationFPReversed = "relation_fp_reversed"
        }

        /// The counts with their `score.py` names, in its order.
        public var named: [(String, Int)] {
            [("entity_duplicates", entityDuplicates), ("entity_type_errors", entityTypeErrors),
             ("relation_fp_end_not_gold", relationFPEndNotGold),
             ("relation_fp_wrong_type_lenient", relationFPWrongTypeLenient), ("relation_fp_reversed", relationFPReversed)]
        }

        /// Field-by-field sums.
        public static func + (a: Diagnostics, b: Diagnostics) -> Diagnostics {
            var sum = Diagnostics()
            sum.entityDuplicates = a.entityDuplicates + b.entityDuplicates
            sum.entityTypeErrors = a.entityTypeErrors + b.entityTypeErrors
            sum.relationFPEndNotGold = a.relationFPEndNotGold + b.relationFPEndNotGold
            sum.relationFPWrongTypeLenient = a.relationFPWrongTypeLenient + b.relationFPWrongTypeLenient
            sum.relationFPReversed = a.relationFPReversed + b.relationFPReversed
            return sum
        }
    }

    /// The scores of one article.
    public struct Article: Codable, Sendable, Equatable {
        /// The gold article id.
        public var id: String
        /// Nodes counted for the article.
        public var nNodes: Int
        /// Edges counted for the article, one per (source, type, target).
        public var nEdges: Int
        /// Gold entities that are not optional.
        public var nGoldEntities: Int
        /// Gold relations that are not optional.
        public var nGoldRelations: Int
        /// Entities matched by name.
        public var entitiesUntyped: Counts
        /// Entities matched by name and type.
        public var entitiesTyped: Counts
        /// Relations with matched ends and the gold type (or an alt_type).
        public var relationsStrict: Counts
        /// Relations with matched ends and a type of the same group.
        public var relationsLenient: Counts
        /// Why predictions went wrong.
        public var diagnostics: Diagnostics

        enum CodingKeys: String, CodingKey {
            case id, diagnostics
            case nNodes = "n_nodes", nEdges = "n_edges", nGoldEntities = "n_gold_entities", nGoldRelations = "n_gold_relations"
            case entitiesUntyped = "entities_untyped", entitiesTyped = "entities_typed"
            case relationsStrict = "relations_strict", relationsLenient = "relations_lenient"
        }
    }

    /// Micro-averaged scores over all scored articles.
    public struct Totals: Codable, Sendable, Equatable {
        /// Entities matched by name.
        public var entitiesUntyped: Counts
        /// Entities matched by name and type.
        public var entitiesTyped: Counts
        /// Relations with the gold type (or an alt_type).
        public var relationsStrict: Counts
        /// Relations with a type of the same group.
        public var relationsLenient: Counts
        /// Why predictions went wrong, summed.
        public var diagnostics: Diagnostics

        enum CodingKeys: String, CodingKey {
            case diagnostics
            case entitiesUntyped = "entities_untyped", entitiesTyped = "entities_typed"
            case relationsStrict = "relations_strict", relationsLenient = "relations_lenient"
        }
    }

    /// The gold file.
    public var gold: String
    /// The graph files scored.
    public var graphs: [String]
    /// How many gold articles were scored.
    public var articlesScored: Int
    /// Micro-averaged scores.
    public var totals: Totals
    /// Per-article scores, in gold order.
    public var articles: [Article]
    /// Problems with the inputs, each once, in the order found.
    public var warnings: [String]

    enum CodingKeys: String, CodingKey {
        case gold, graphs, totals, articles, warnings
        case articlesScored = "articles_scored"
    }

    /// A report of per-article scores, with totals summed over them.
    public init(gold: String, graphs: [String], articles: [Article], warnings: [String]) {
        func total(_ metric: KeyPath<Article, Counts>) -> Counts {
            Counts(tp: articles.reduce(0) { $0 + $1[keyPath: metric].tp }, fp: articles.reduce(0) { $0 + $1[keyPath: metric].fp },
                   fn: articles.reduce(0) { $0 + $1[keyPath: metric].fn })
        }
        self.gold = gold
        self.graphs = graphs
        self.articlesScored = articles.count
        self.totals = Totals(entitiesUntyped: total(\.entitiesUntyped), entitiesTyped: total(\.entitiesTyped),
                             relationsStrict: total(\.relationsStrict), relationsLenient: total(\.relationsLenient),
                             diagnostics: articles.reduce(Diagnostics()) { $0 + $1.diagnostics })
        self.articles = articles
        self.warnings = warnings
    }

    /// The report as JSON: pretty-printed, sorted keys, trailing newline.
    public func jsonData() throws -> Data {
        try CanonicalJSON.data(self)
    }

    /// The report as text, laid out as `score.py` prints it without `--details`.
    public var text: String {
        var out = ["gold: \(gold)", "graphs: \(graphs.count) file(s); articles scored: \(articlesScored)", ""]
        out.append(left("micro-averaged", 22) + " " + ["P", "R", "F1"].map { right($0, 6) }.joined(separator: " ") + " "
                   + ["TP", "FP", "FN"].map { right($0, 5) }.joined(separator: " "))
        let metrics: [(String, Counts)] = [("entities (untyped)", totals.entitiesUntyped), ("entities (typed)", totals.entitiesTyped),
                                           ("relations (strict)", totals.relationsStrict), ("relations (lenient)", totals.relationsLenient)]
        for (label, s) in metrics {
            out.append(left(label, 22) + " " + [s.precision, s.recall, s.f1].map { String(format: "%6.3f", $0) }.joined(separator: " ") + " "
                       + [s.tp, s.fp, s.fn].map { right(String($0), 5) }.joined(separator: " "))
        }
        // score.py sums the per-article diagnostics, so with no article there are none to list.
        out.append("diagnostics: " + (articles.isEmpty ? [] : totals.diagnostics.named).map { "\($0.0)=\($0.1)" }.joined(separator: ", "))
        out += ["", "per article (P/R/F1)"]
        let width = articles.reduce(22) { max($0, $1.id.unicodeScalars.count) }
        let header = ["ent untyped", "ent typed", "rel strict", "rel lenient"].map { left($0, 17) }
        out.append(rstrip(([left("article", width), right("nodes", 5), right("edges", 5)] + header).joined(separator: " ")))
        for article in articles {
            let cells = [article.entitiesUntyped, article.entitiesTyped, article.relationsStrict, article.relationsLenient].map {
                left(String(format: "%.2f/%.2f/%.2f", $0.precision, $0.recall, $0.f1), 17)
            }
            out.append(rstrip(([left(article.id, width), right(String(article.nNodes), 5), right(String(article.nEdges), 5)] + cells)
                .joined(separator: " ")))
        }
        if !warnings.isEmpty { out += [""] + warnings.map { "warning: " + $0 } }
        return out.joined(separator: "\n")
    }

    private func left(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - s.unicodeScalars.count))
    }

    private func right(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - s.unicodeScalars.count)) + s
    }

    /// Python's `str.rstrip()`.
    private func rstrip(_ s: String) -> String {
        var scalars = Array(s.unicodeScalars)
        while let last = scalars.last, NameFold.isSpace(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
