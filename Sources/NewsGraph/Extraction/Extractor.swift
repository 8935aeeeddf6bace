import Foundation

/// Reads an article into its knowledge graph: sentences → mentions → entities → relations → graph.
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    /// The tagger and parser every sentence is read with.
    public let syntax: SyntaxModel

    /// An extractor reading with `lexicon` and `syntax` (by default the bundled ones).
    public init(lexicon: Lexicon = .standard, syntax: SyntaxModel = .standard) {
        self.lexicon = lexicon
        self.syntax = syntax
    }

    /// The knowledge graph of one article.
    /// - Complexity: linear in the article's length (for a fixed lexicon).
    public func graph(of article: Article) -> Graph {
        read(article).graph
    }

    /// Each sentence of the article with the entities recognised in it marked as `[surface|id]`
    /// and titles as `{title}`, followed by the relations read from it: a readable dump of what
    /// the extractor saw.
    public func annotate(_ article: Article) -> String {
        let reading = read(article)
        var lines: [String] = []
        for sentence in reading.sentences {
            var marks: [(start: Int, end: Int, text: String)] = []
            for mention in sentence.mentions {
                let role = mention.role == .name ? "" : "~\(mention.role)"
                marks.append((mention.range.lowerBound, mention.range.upperBound, "[\(mention.surface)|\(mention.entityID ?? "?")\(role)]"))
            }
            for title in sentence.titles where !marks.contains(where: { $0.start < title.range.upperBound && title.range.lowerBound < $0.end }) {
                marks.append((title.range.lowerBound, title.range.upperBound, "{\(title.surface)}"))
            }
            marks.sort { ($0.start, $0.end) < ($1.start, $1.end) }
            var words: [String] = []
            var index = 0
            for mark in marks where mark.start >= index {
                words += sentence.tokens[index..<mark.start].map(\.text)
                words.append(mark.text)
                index = mark.end
            }
            words += sentence.tokens[index...].map(\.text)
            lines.append("\(sentence.sentence.index)\(sentence.isTitleCase ? "T" : ""): " + words.joined(separator: " "))
            for edge in reading.graph.edges where edge.evidence.contains(where: { $0.sentence == sentence.sentence.index }) {
                lines.append("    \(edge.source) -\(edge.type.rawValue)\(edge.negated ? "(not)" : "")-> \(edge.target)  \"\(edge.trigger)\" \(edge.modality.rawValue)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Each sentence of the article with the tags and dependency tree the extractor reads it
    /// with: names and titles parsed as one word each, then spread over their tokens.
    /// - Complexity: linear in the article's length.
    public func parses(of article: Article) -> [(sentence: Sentence, parse: DependencyParse)] {
        recognize(article, parsingAll: true).map { ($0.sentence, $0.parse!) }
    }

    /// The sentences with their mentions, titles and parses. Unless `parsingAll`, only the
    /// sentences a tree is read in are parsed: those with a trigger word, a title or a hyphenated word.
    private func recognize(_ article: Article, parsingAll: Bool = false) -> [AnalyzedSentence] {
        let sentences = SentenceSplitter.split(article)
        var analyzed = Recognizer(lexicon: lexicon).recognize(sentences) { syntax.tag($0.tokens.map(\.text)) }
        let parser = NameAwareParser(model: syntax)
        for index in analyzed.indices where parsingAll || readsTree(analyzed[index]) {
            analyzed[index].parse = parser.parse(analyzed[index])
        }
        return analyzed
    }

    /// Whether a finder reads the sentence's tree: it holds a trigger word, a title or a hyphenated word.
    private func readsTree(_ sentence: AnalyzedSentence) -> Bool {
        !sentence.titles.isEmpty || sentence.tokens.contains { token in
            token.kind == .word && (lexicon.triggerForms[token.key] != nil || token.text.contains("-" as Character))
        }
    }

    private func read(_ article: Article) -> (graph: Graph, sentences: [AnalyzedSentence]) {
        let sentences = SentenceSplitter.split(article)
        var analyzed = recognize(article)
        var entities = Resolver(lexicon: lexicon).resolve(&analyzed)

        var found: [FoundRelation] = []
        let roleFinder = RoleFinder(cues: lexicon.cues)
        var roles: [RoleFinder.Role] = []
        for sentence in analyzed {
            let words = roleFinder.roles(in: sentence)
            for role in words + roleFinder.treeRoles(in: sentence, known: words) {
                roles.append(role)
                if !role.title.isEmpty { entities[role.person]?.titles.insert(role.title) }
                if let owner = role.owner {
                    found.append(FoundRelation(source: role.person, target: owner, type: .holdsRole, trigger: role.phrase ?? role.title,
                                               sentence: sentence.sentence.index,
                                               attributes: role.title.isEmpty ? [:] : ["title": .string(role.title)]))
                }
            }
        }
        Coreference(cues: lexicon.cues).resolve(&analyzed, roles: roles)
        for sentence in analyzed {
            for mention in sentence.mentions where mention.role == .descriptor {
                entities[mention.entityID!]?.aliases.insert(mention.surface)
                entities[mention.entityID!]?.mentions += 1
            }
        }
        let events = EventFinder(lexicon: lexicon)
        let places = PlaceFinder(lexicon: lexicon)
        for sentence in analyzed { found += places.relations(in: sentence) + events.relations(in: sentence) }
        return (GraphBuilder.build(article: article, sentences: sentences, entities: entities, relations: found), analyzed)
    }
}

/// Turns an article's entities and relations into a `Graph` with evidence.
enum GraphBuilder {
    private struct EvidenceKey: Hashable {
        let edge: String
        let sentence: Int
    }

    static func build(article: Article, sentences: [Sentence], entities: [String: EntityDraft], relations: [FoundRelation]) -> Graph {
        let nodes = entities.values.map { draft -> Node in
            var attributes: [String: JSONValue] = [:]
            if !draft.titles.isEmpty { attributes["titles"] = .array(draft.titles.sorted().map(JSONValue.string)) }
            if let kind = draft.kind { attributes["kind"] = .string(kind) }
            var aliases = draft.aliases
            aliases.insert(draft.label)
            return Node(id: draft.id, type: draft.type, label: draft.label, aliases: Array(aliases), attributes: attributes,
                        mentions: draft.mentions, articles: [article.id: draft.mentions])
        }
        var edges: [String: Edge] = [:]
        var seen = Set<EvidenceKey>()
        for relation in relations where entities[relation.source] != nil && entities[relation.target] != nil {
            let sentence = sentences[relation.sentence]
            let evidence = Evidence(article: article.id, sentence: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text)
            let edge = Edge(source: relation.source, target: relation.target, type: relation.type, trigger: relation.trigger,
                            negated: relation.negated, modality: relation.modality, evidence: [evidence], attributes: relation.attributes)
            // In place, and each sentence once: an article may state one relation thousands of times.
            if edges[edge.id] != nil {
                if seen.insert(EvidenceKey(edge: edge.id, sentence: sentence.index)).inserted { edges[edge.id]!.evidence.append(evidence) }
                edges[edge.id]!.modality = min(edges[edge.id]!.modality, edge.modality)
            } else {
                seen.insert(EvidenceKey(edge: edge.id, sentence: sentence.index))
                edges[edge.id] = edge
            }
        }
        let title = sentences.first?.text ?? ""
        let ref = ArticleRef(id: article.id, path: article.path, title: title, sha256: article.sha256)
        return Graph(articles: [ref], nodes: nodes, edges: Array(edges.values))
    }
}

extension Extractor {
    /// The graphs of many articles, in the order given, read in parallel on all cores.
    public func graphs(of articles: [Article]) -> [Graph] {
        let results = ResultSlots<Graph>(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: articles.count) { index in
            results.set(index, graph(of: articles[index]))
        }
        return results.values
    }
}

/// Fixed slots that concurrent workers fill, each its own index.
private final class ResultSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] { slots.map { $0! } }
}
