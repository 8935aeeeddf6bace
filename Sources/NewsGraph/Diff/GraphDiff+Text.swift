import Foundation

extension GraphDiff {
    /// The diff as a changelog: a header naming both sides and their articles, the entities and
    /// the relations that were added (`+`), removed (`-`) or changed (`~`, with one line per
    /// changed field), the evidence sentences under each relation, and a closing summary of
    /// counts and agreement. Unchanged elements are only counted.
    ///
    /// ```
    /// entities
    /// + organization:mossad  "Mossad"
    /// relations
    /// + person:asim-munir -consult-> organization:mossad  "met", reported
    ///     002_a1675b48860a3eb5 sentence 4: Munir reportedly met …
    /// summary: entities 9 added, 4 removed, 3 changed, 13 unchanged; …
    /// agreement: entities 13 shared of 30 (Jaccard 0.433); …
    /// ```
    /// - Parameters:
    ///   - aName: how the header names graph A, such as its file path.
    ///   - bName: how the header names graph B.
    /// - Returns: lines joined by newlines, ending with a newline.
    /// - Complexity: O(n) in the size of the two graphs.
    public func text(aName: String = "A", bName: String = "B") -> String {
        var out: [String] = []
        let agreement = self.agreement
        out.append("--- \(aName): \(plural(agreement.entities.a, "entity", "entities")), \(plural(agreement.relations.a, "relation", "relations"))")
        out += aArticles.map { "      \($0.id)  \($0.title)" }
        out.append("+++ \(bName): \(plural(agreement.entities.b, "entity", "entities")), \(plural(agreement.relations.b, "relation", "relations"))")
        out += bArticles.map { "      \($0.id)  \($0.title)" }
        out.append("")

        if isEmpty {
            out.append("no differences")
        } else {
            let changedNodes = [DiffStatus.added, .removed, .changed].flatMap { status in nodes.filter { $0.status == status } }
            if !changedNodes.isEmpty {
                out.append("entities")
                for node in changedNodes {
                    out.append("\(node.status.mark) \(node.id)  \(quoted(node.node.label))")
                    out += node.changes.map { "    \($0)" }
                    for id in node.possibleMatches {
                        let label = nodeIndex(id).map { nodes[$0].node.label } ?? ""
                        out.append("    possible match: \(node.status.mirrored.mark) \(id)  \(quoted(label))")
                    }
                }
            }
            let changedEdges = [DiffStatus.added, .removed, .changed].flatMap { status in edges.filter { $0.status == status } }
            if !changedEdges.isEmpty {
                if !changedNodes.isEmpty { out.append("") }
                out.append("relations")
                for edge in changedEdges {
                    out.append("\(edge.status.mark) \(GraphDiff.describe(edge.edge))")
                    out += edge.changes.map { "    \($0)" }
                    out += GraphDiff.evidenceLines(edge)
                }
            }
        }
        out.append("")
        let counts = self.counts
        func tally(_ byStatus: [DiffStatus: Int]) -> String {
            DiffStatus.allCases.map { "\(byStatus[$0, default: 0]) \($0.rawValue)" }.joined(separator: ", ")
        }
        out.append("summary: entities \(tally(counts.entities)); relations \(tally(counts.relations)); "
                   + plural(counts.possibleMatches, "possible match", "possible matches"))
        func overlap(_ o: GraphAgreement.Overlap) -> String {
            "\(o.shared) shared of \(o.union) (Jaccard \(String(format: "%.3f", o.jaccard)))"
        }
        out.append("agreement: entities \(overlap(agreement.entities)); relations \(overlap(agreement.relations))")
        return out.joined(separator: "\n") + "\n"
    }

    /// The index of the node with this id in `nodes`, by binary search.
    func nodeIndex(_ id: String) -> Int? {
        var low = 0, high = nodes.count
        while low < high {
            let mid = (low + high) / 2
            if nodes[mid].id < id { low = mid + 1 } else { high = mid }
        }
        return low < nodes.count && nodes[low].id == id ? low : nil
    }

    /// `source -type-> target  "trigger", modality`, with `(not)` after the type when negated.
    static func describe(_ edge: Edge) -> String {
        "\(edge.source) -\(edge.type.rawValue)\(edge.negated ? "(not)" : "")-> \(edge.target)  \(quoted(edge.trigger)), \(edge.modality.rawValue)"
    }

    /// The evidence sentences of a relation, one per line. For a relation in both graphs each
    /// line is marked `-` (only in A), `+` (only in B) or a space (in both).
    static func evidenceLines(_ edge: EdgeDiff) -> [String] {
        func line(_ evidence: Evidence) -> String { "\(evidence.article) sentence \(evidence.sentence): \(evidence.text)" }
        guard let a = edge.a, let b = edge.b else { return edge.edge.evidence.map { "    " + line($0) } }
        let inA = Set(a.evidence), inB = Set(b.evidence)
        return inA.union(inB).sorted { ($0.article, $0.sentence, $0.start, $0.text) < ($1.article, $1.sentence, $1.start, $1.text) }.map { evidence in
            let mark = inA.contains(evidence) ? (inB.contains(evidence) ? " " : "-") : "+"
            return "    \(mark) " + line(evidence)
        }
    }
}

/// `1 entity`, `2 entities`.
func plural(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }
