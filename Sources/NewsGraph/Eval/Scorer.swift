import Foundation

/// Scores graph files against gold annotations: a faithful port of `shared/eval/score.py`,
/// giving the same counts, scores, diagnostics and warnings on the same files.
///
/// Graph files are read generically, as `score.py` reads them: any JSON object with `nodes`
/// and `edges`, missing fields tolerated. A file may hold one article or several (a corpus
/// graph, whose edge evidence names articles and whose nodes list their `articles`).
public enum Scorer {
    /// Scores graph files against a gold file.
    /// - Parameters:
    ///   - goldPath: the gold annotations (`seeds.gold.json` shape).
    ///   - graphPaths: graph JSON files (expand directories first with ``graphFiles(_:)``).
    ///   - article: score only this gold article id.
    /// - Throws: `ScoreInputError` when a file is missing or not JSON of the expected shape,
    ///   or `article` is not in the gold file.
    public static func score(goldPath: String, graphPaths: [String], article: String? = nil) throws -> ScoreReport {
        var gold = try Gold.load(path: goldPath)
        if let article {
            guard let only = gold.first(where: { $0.id == article }) else {
                throw ScoreInputError(kind: .unknownArticle, path: goldPath, message: "article \(article) is not in the gold file")
            }
            gold = [only]
        }
        var graphs = try graphPaths.map(GraphFile.init(path:))
        for index in graphs.indices { graphs[index].resolve(goldIDs: gold.map(\.id)) }
        var warnings: [String] = []
        for art in gold {
            let ids = Set(art.entities.map(\.id))
            for relation in art.relations {
                for (end, value) in [("source", relation.source), ("target", relation.target)] where !ids.contains(value) {
                    warnings.append("gold \(art.id): relation \(relation.index) \(end) \(value.pyRepr) is not a gold entity")
                }
            }
        }
        var rows: [ScoreReport.Article] = []
        for art in gold {
            let covering = graphs.filter { $0.covered.contains(art.id) }
            if covering.isEmpty {
                warnings.append("no graph file covers article \(art.id): all its gold items count as misses")
            }
            var nodes = NodeTable()
            var edges: [LooseJSON] = []
            for graph in covering {
                let part = graph.part(for: art.id, warnings: &warnings)
                for id in part.nodes.order { nodes.merge(id, part.nodes.byID[id]!) }
                edges += part.edges
            }
            for edge in edges {
                for end in ["source", "target"] {
                    let value = edge[end] ?? .null
                    if nodes.byID[value.pyStr] == nil { warnings.append("\(art.id): edge end \(value.pyRepr) is not a node") }
                }
            }
            rows.append(ArticleScorer(gold: art, nodes: nodes, edges: edges).score())
        }
        for graph in graphs where graph.covered.isEmpty { warnings.append("\(graph.path) covers no gold article") }
        var seen = Set<String>()
        return ScoreReport(gold: goldPath, graphs: graphPaths, articles: rows, warnings: warnings.filter { seen.insert($0).inserted })
    }

    /// The graph files named by command-line arguments: files as given, directories replaced
    /// by their `*.json` files in sorted order (as `score.py` does).
    public static func graphFiles(_ arguments: [String]) -> [String] {
        arguments.flatMap { argument -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue,
                  let names = try? FileManager.default.contentsOfDirectory(atPath: argument) else { return [argument] }
            let directory = argument.hasSuffix("/") || argument.isEmpty ? argument : argument + "/"
            return names.filter { $0.unicodeScalars.reversed().starts(with: ".json".unicodeScalars.reversed()) }
                .map { directory + $0 }
                .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        }
    }
}

/// Nodes by id, in first-seen order (Python's OrderedDict).
struct NodeTable {
    var order: [String] = []
    var byID: [String: LooseJSON] = [:]

    /// Sets a node; a repeated id keeps its first position.
    mutating func set(_ id: String, _ node: LooseJSON) {
        if byID[id] == nil { order.append(id) }
        byID[id] = node
    }

    /// Adds a node from another file; for an id already present, its label and aliases join
    /// the aliases of the one kept.
    mutating func merge(_ id: String, _ node: LooseJSON) {
        guard let existing = byID[id], case .object(var merged) = existing else { return set(id, node) }
        merged["aliases"] = .array((existing["aliases"]?.items ?? []) + [node["label"] ?? .string("")] + (node["aliases"]?.items ?? []))
        byID[id] = .object(merged)
    }
}

/// One graph file as the scorer sees it (`score.py`'s `GraphFile`).
struct GraphFile {
    let path: String
    private(set) var nodes = NodeTable()
    private(set) var edges: [LooseJSON] = []
    /// Article references of the `articles` list, or of edge evidence when it has none.
    private var references: [String] = []
    /// The gold article ids this file covers, once resolved.
    private(set) var covered: [String] = []
    /// Whether the file holds a single article (all its nodes and edges belong to it).
    private var single = false

    init(path: String) throws {
        self.path = path
        let data = try LooseJSON.read(path: path)
        guard data.isObject else {
            throw ScoreInputError(kind: .malformed, path: path, message: "expected a graph object with \"nodes\" and \"edges\"")
        }
        for node in data["nodes"]?.items ?? [] {
            guard let id = node["id"] else { continue }
            if case .null = id { continue }
            nodes.set(id.pyStr, node)
        }
        edges = (data["edges"]?.items ?? []).filter(\.isObject)
        var declared: [String] = []
        for article in data["articles"]?.items ?? [] {
            if article.isObject {
                if let ref = ["id", "path"].lazy.compactMap({ article[$0] }).first(where: \.isTruthy) { declared.append(ref.pyStr) }
            } else if let ref = article.string {
                declared.append(ref)
            }
        }
        var evidence: [String] = []
        for edge in edges {
            for ref in GraphFile.evidenceArticles(edge) where !evidence.contains(ref) { evidence.append(ref) }
        }
        references = declared.isEmpty ? evidence : declared
    }

    mutating func resolve(goldIDs: [String]) {
        covered = goldIDs.filter { id in references.contains { GraphFile.idMatches($0, id) } }
        if references.isEmpty {
            // Last resort: the file name contains the article id.
            let base = Array(GraphFile.basename(path).unicodeScalars)
            covered += goldIDs.filter { id in
                let needle = Array(id.unicodeScalars)
                guard base.count >= needle.count else { return false }
                return (0...(base.count - needle.count)).contains { base[$0..<($0 + needle.count)].elementsEqual(needle) }
            }
        }
        let distinct = references.isEmpty ? (covered.isEmpty ? 0 : 1) : Set(references.map { LooseJSON.string($0) }).count
        single = distinct == 1
    }

    /// The nodes and edges of this file that belong to one article (`part_for`).
    func part(for articleID: String, warnings: inout [String]) -> (nodes: NodeTable, edges: [LooseJSON]) {
        let edges = self.edges.filter { edge in
            let refs = GraphFile.evidenceArticles(edge)
            return refs.isEmpty ? single : refs.contains { GraphFile.idMatches($0, articleID) }
        }
        if single { return (nodes, edges) }
        var part = NodeTable()
        let ends = Set(edges.flatMap { [($0["source"] ?? .null).pyStr, ($0["target"] ?? .null).pyStr] })
        var noInfo = 0
        for id in nodes.order {
            let node = nodes.byID[id]!
            let articles = GraphFile.nodeArticles(node)
            if articles == nil { noInfo += 1 }
            if ends.contains(id) || (articles ?? []).contains(where: { GraphFile.idMatches($0, articleID) }) {
                part.set(id, node)
            }
        }
        if noInfo > 0 {
            warnings.append("\(path): corpus graph nodes carry no per-article info; \(noInfo) node(s) counted for \(articleID) only where they have an edge there")
        }
        return (part, edges)
    }

    /// Whether an article reference names the article: exactly, or by the stem of a file name.
    static func idMatches(_ candidate: String, _ articleID: String) -> Bool {
        if LooseJSON.string(candidate) == .string(articleID) { return true }
        var base = Array(basename(candidate).unicodeScalars)
        for ext in [".txt", ".json", ".graph"] {
            let suffix = Array(ext.unicodeScalars)
            if base.count >= suffix.count, base.suffix(suffix.count).elementsEqual(suffix) { base.removeLast(suffix.count) }
        }
        return base.elementsEqual(articleID.unicodeScalars)
    }

    /// Python's `os.path.basename`: what follows the last "/".
    private static func basename(_ path: String) -> String {
        let scalars = Array(path.unicodeScalars)
        let start = scalars.lastIndex(of: "/").map { $0 + 1 } ?? 0
        return String(String.UnicodeScalarView(scalars[start...]))
    }

    /// The articles named by an edge's evidence items.
    static func evidenceArticles(_ edge: LooseJSON) -> [String] {
        var evidence = edge["evidence"] ?? .null
        if evidence.isObject { evidence = .array([evidence]) }
        guard case .array(let items) = evidence else { return [] }
        return items.compactMap { item in
            guard let article = item["article"] else { return nil }
            if case .null = article { return nil }
            return article.pyStr
        }
    }

    /// The articles a node says it comes from, or nil when it carries no such information
    /// (`_node_articles`: `articles`, `article`, `evidence`, `mentions`, `provenance`, on the
    /// node or in its `attributes`).
    static func nodeArticles(_ node: LooseJSON) -> [String]? {
        var found: [String] = []
        var seenField = false
        let attributes = node["attributes"].flatMap { $0.isTruthy ? $0 : nil } ?? .object([:])
        for holder in [node, attributes] where holder.isObject {
            for key in ["articles", "article", "evidence", "mentions", "provenance"] {
                let named = key == "articles" || key == "article"
                switch holder[key] {
                case .string(let value)? where named:
                    seenField = true
                    found.append(value)
                case .array(let items)?:
                    for item in items {
                        if case .string(let value) = item {
                            if named { seenField = true; found.append(value) }
                        } else if item.isObject {
                            var ref = item["article"] ?? .null
                            if case .null = ref, key == "articles" { ref = item["id"] ?? .null }
                            if case .null = ref { continue }
                            seenField = true
                            found.append(ref.pyStr)
                        }
                    }
                case .object(let counts)? where key == "articles" || key == "mentions":
                    seenField = true
                    found += counts.keys
                default:
                    break
                }
            }
        }
        return seenField ? found : nil
    }
}

/// A possible pairing for greedy matching; lower `priority` goes first, then the left key and
/// the right index as strings (as `score.py` sorts them).
struct Candidate<Left: Hashable> {
    var priority: [Int]
    var left: Left
    var leftKey: String
    var right: Int

    /// Pairs candidates one-to-one, best first (`greedy`).
    static func greedy(_ candidates: [Candidate]) -> [Left: Int] {
        func precedes(_ a: String, _ b: String) -> Bool { a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) }
        let ordered = candidates.sorted { a, b in
            if a.priority != b.priority { return a.priority.lexicographicallyPrecedes(b.priority) }
            if !a.leftKey.unicodeScalars.elementsEqual(b.leftKey.unicodeScalars) { return precedes(a.leftKey, b.leftKey) }
            return precedes(String(a.right), String(b.right))
        }
        var pairs: [Left: Int] = [:]
        var usedRight = Set<Int>()
        for candidate in ordered where pairs[candidate.left] == nil && !usedRight.contains(candidate.right) {
            pairs[candidate.left] = candidate.right
            usedRight.insert(candidate.right)
        }
        return pairs
    }
}

/// Scores one article's nodes and edges against its gold annotations (`score_article`).
struct ArticleScorer {
    let gold: GoldArticle
    let nodes: NodeTable
    /// The edges, one per (source, type, target).
    let edges: [LooseJSON]
    private let names: [String: Set<String>]

    init(gold: GoldArticle, nodes: NodeTable, edges: [LooseJSON]) {
        self.gold = gold
        self.nodes = nodes
        var seen = Set<[LooseJSON]>()
        self.edges = edges.filter { seen.insert([.string(ArticleScorer.end($0, "source")), $0["type"] ?? .null, .string(ArticleScorer.end($0, "target"))]).inserted }
        self.names = nodes.byID.mapValues(ArticleScorer.names(of:))
    }

    func score() -> ScoreReport.Article {
        let untyped = matchEntities(typed: false)
        let typed = matchEntities(typed: true)
        let lenient = matchRelations(untyped, lenient: true)
        let entityOptional = gold.entities.map(\.optional), relationOptional = gold.relations.map(\.optional)
        return ScoreReport.Article(
            id: gold.id, nNodes: nodes.order.count, nEdges: edges.count,
            nGoldEntities: entityOptional.filter { !$0 }.count, nGoldRelations: relationOptional.filter { !$0 }.count,
            entitiesUntyped: Self.counts(untyped, predicted: nodes.order.count, optional: entityOptional),
            entitiesTyped: Self.counts(typed, predicted: nodes.order.count, optional: entityOptional),
            relationsStrict: Self.counts(matchRelations(untyped, lenient: false), predicted: edges.count, optional: relationOptional),
            relationsLenient: Self.counts(lenient, predicted: edges.count, optional: relationOptional),
            diagnostics: diagnostics(untyped, lenient))
    }

    private func matchEntities(typed: Bool) -> [String: Int] {
        var candidates: [Candidate<String>] = []
        for id in nodes.order {
            let node = nodes.byID[id]!, names = self.names[id]!
            let label = Gold.foldValue(node["label"] ?? .string(""))
            let type = node["type"] ?? .null
            for (index, entity) in gold.entities.enumerated() {
                let overlap = names.intersection(entity.names)
                if overlap.isEmpty { continue }
                let compatible = entity.types.contains(type)
                if typed && !compatible { continue }
                let priority = [compatible ? 0 : 1, entity.optional ? 1 : 0, type == entity.type ? 0 : 1, -overlap.count,
                                entity.names.contains(label) ? 0 : 1, label == entity.canonical ? 0 : 1]
                candidates.append(Candidate(priority: priority, left: id, leftKey: id, right: index))
            }
        }
        return Candidate.greedy(candidates)
    }

    private func matchRelations(_ nodeToGold: [String: Int], lenient: Bool) -> [Int: Int] {
        let goldIDs = Set(gold.entities.map(\.id))
        var candidates: [Candidate<Int>] = []
        for (edgeIndex, edge) in edges.enumerated() {
            guard let source = nodeToGold[Self.end(edge, "source")], let target = nodeToGold[Self.end(edge, "target")] else { continue }
            let sourceID = gold.entities[source].id, targetID = gold.entities[target].id
            let type = edge["type"] ?? .null
            for (index, relation) in gold.relations.enumerated()
            where relation.source == sourceID && relation.target == targetID
                && goldIDs.contains(relation.source) && goldIDs.contains(relation.target)
                && Self.compatible(type, relation, lenient: lenient) {
                let level = type == relation.type ? 0 : relation.types.contains(type) ? 1 : 2
                candidates.append(Candidate(priority: [level, relation.optional ? 1 : 0], left: edgeIndex, leftKey: String(edgeIndex), right: index))
            }
        }
        return Candidate.greedy(candidates)
    }

    private func diagnostics(_ untyped: [String: Int], _ lenient: [Int: Int]) -> ScoreReport.Diagnostics {
        var result = ScoreReport.Diagnostics()
        let matchedGold = Set(untyped.values)
        for id in nodes.order where untyped[id] == nil {
            if matchedGold.contains(where: { !names[id]!.isDisjoint(with: gold.entities[$0].names) }) { result.entityDuplicates += 1 }
        }
        result.entityTypeErrors = untyped.filter { !gold.entities[$0.value].types.contains(nodes.byID[$0.key]!["type"] ?? .null) }.count
        for (index, edge) in edges.enumerated() where lenient[index] == nil {
            guard let source = untyped[Self.end(edge, "source")], let target = untyped[Self.end(edge, "target")] else {
                result.relationFPEndNotGold += 1
                continue
            }
            let sourceID = gold.entities[source].id, targetID = gold.entities[target].id
            if gold.relations.contains(where: { $0.source == sourceID && $0.target == targetID }) {
                result.relationFPWrongTypeLenient += 1
            } else if gold.relations.contains(where: {
                $0.source == targetID && $0.target == sourceID && Self.compatible(edge["type"] ?? .null, $0, lenient: true)
            }) {
                result.relationFPReversed += 1
            }
        }
        return result
    }

    private static func counts<Left>(_ pairs: [Left: Int], predicted: Int, optional: [Bool]) -> ScoreReport.Counts {
        let tp = pairs.values.filter { !optional[$0] }.count
        let matchedOptional = pairs.count - tp
        let matched = Set(pairs.values)
        let fn = optional.indices.filter { !optional[$0] && !matched.contains($0) }.count
        return ScoreReport.Counts(tp: tp, fp: predicted - tp - matchedOptional, fn: fn)
    }

    private static func compatible(_ type: LooseJSON, _ relation: GoldRelation, lenient: Bool) -> Bool {
        lenient ? relation.groups.contains(Gold.relationGroup(type)) : relation.types.contains(type)
    }

    /// `str(edge.get(end))`.
    private static func end(_ edge: LooseJSON, _ end: String) -> String { (edge[end] ?? .null).pyStr }

    /// The folded label and aliases of a node; its id's slug when it has neither (`node_names`).
    private static func names(of node: LooseJSON) -> Set<String> {
        var names = Set(([node["label"] ?? .string("")] + (node["aliases"]?.items ?? [])).map(Gold.foldValue).filter { !$0.isEmpty })
        if names.isEmpty { names.insert(NameFold.slugName((node["id"] ?? .string("")).pyStr)) }
        return names
    }
}
