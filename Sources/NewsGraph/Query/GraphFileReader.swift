import Foundation

/// A fast reader of graph files, for large graphs: it reads the JSON bytes straight into
/// `Graph` values, several times faster than `JSONDecoder` and with far less memory.
///
/// It reads only what it is sure of: a well-formed file in the `kg-graph/1` shape, with plain
/// integers where the model has integers and no repeated keys. Anything else (a syntax error, a
/// missing field, an unknown type, a wrong schema version, escapes it cannot decode) makes it
/// give up and return nil, and the caller then decodes with `Graph.decode`, which reports the
/// problem. So the result is always the graph `Graph.decode` gives, and errors are `Graph.decode`'s.
struct GraphFileReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    /// Thrown when the reader meets something it leaves to `JSONDecoder`.
    struct GiveUp: Error {}

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The graph in `data`, normalised as `Graph.decode` normalises it, or nil when the reader
    /// leaves the data to `Graph.decode`.
    /// - Complexity: O(*b*) for *b* bytes, plus the normalisation of a graph that is not yet sorted.
    static func graph(from data: Data) -> Graph? {
        let graph: Graph? = data.withUnsafeBytes { raw in
            var reader = GraphFileReader(raw.bindMemory(to: UInt8.self))
            return try? reader.readDocument()
        }
        guard var graph, graph.schema == Graph.schemaVersion else { return nil }
        if !graph.isNormalized { graph.normalize() }
        return graph
    }

    // MARK: The graph's shape

    private mutating func readDocument() throws -> Graph {
        skipSpace()
        let graph = try readGraph()
        skipSpace()
        guard position == bytes.count else { throw GiveUp() }
        return graph
    }

    private mutating func readGraph() throws -> Graph {
        var seen: UInt32 = 0
        var schema: String?, articles: [ArticleRef]?, nodes: [Node]?, edges: [Edge]?
        try readObject { reader, key in
            switch key {
            case "schema":
                try Self.once(&seen, 0)
                schema = try reader.readString()
            case "articles":
                try Self.once(&seen, 1)
                articles = try reader.readArray { try $0.readArticle() }
            case "nodes":
                try Self.once(&seen, 2)
                nodes = try reader.readArray { try $0.readNode() }
            case "edges":
                try Self.once(&seen, 3)
                edges = try reader.readArray { try $0.readEdge() }
            default: try reader.skipValue()
            }
        }
        guard let schema, let articles, let nodes, let edges else { throw GiveUp() }
        var graph = Graph()
        graph.schema = schema
        graph.articles = articles
        graph.nodes = nodes
        graph.edges = edges
        return graph
    }

    private mutating func readArticle() throws -> ArticleRef {
        var seen: UInt32 = 0
        var id: String?, path: String?, title: String?, sha256: String?
        try readObject { reader, key in
            switch key {
            case "id":
                try Self.once(&seen, 0)
                id = try reader.readString()
            case "path":
                try Self.once(&seen, 1)
                path = try reader.readString()
            case "title":
                try Self.once(&seen, 2)
                title = try reader.readString()
            case "sha256":
                try Self.once(&seen, 3)
                sha256 = try reader.readString()
            default: try reader.skipValue()
            }
        }
        guard let id, let path, let title, let sha256 else { throw GiveUp() }
        return ArticleRef(id: id, path: path, title: title, sha256: sha256)
    }

    private mutating func readNode() throws -> Node {
        var seen: UInt32 = 0
        var id: String?, type: EntityType?, label: String?
        var aliases: [String] = [], attributes: [String: JSONValue] = [:], mentions = 0, articles: [String: Int] = [:]
        try readObject { reader, key in
            switch key {
            case "id":
                try Self.once(&seen, 0)
                id = try reader.readString()
            case "type":
                try Self.once(&seen, 1)
                type = EntityType(rawValue: try reader.readString())
            case "label":
                try Self.once(&seen, 2)
                label = try reader.readString()
            case "aliases":
                try Self.once(&seen, 3)
                if !reader.readNull() { aliases = try reader.readArray { try $0.readString() } }
            case "attributes":
                try Self.once(&seen, 4)
                if !reader.readNull() { attributes = try reader.readAttributes() }
            case "mentions":
                try Self.once(&seen, 5)
                if !reader.readNull() { mentions = try reader.readInt() }
            case "articles":
                try Self.once(&seen, 6)
                if !reader.readNull() {
                    try reader.readObject { reader, key in
                        guard articles[key] == nil else { throw GiveUp() }
                        articles[key] = try reader.readInt()
                    }
                }
            default: try reader.skipValue()
            }
        }
        guard let id, let type, let label else { throw GiveUp() }
        return Node(id: id, type: type, label: label, aliases: aliases, attributes: attributes, mentions: mentions, articles: articles)
    }

    private mutating func readEdge() throws -> Edge {
        var seen: UInt32 = 0
        var id: String?, source: String?, target: String?, type: RelationType?
        var trigger = "", negated = false, modality = Modality.asserted, evidence: [Evidence] = [], attributes: [String: JSONValue] = [:]
        try readObject { reader, key in
            switch key {
            case "id":
                try Self.once(&seen, 0)
                id = try reader.readString()
            case "source":
                try Self.once(&seen, 1)
                source = try reader.readString()
            case "target":
                try Self.once(&seen, 2)
                target = try reader.readString()
            case "type":
                try Self.once(&seen, 3)
                type = RelationType(rawValue: try reader.readString())
            case "trigger":
                try Self.once(&seen, 4)
                if !reader.readNull() { trigger = try reader.readString() }
            case "negated":
                try Self.once(&seen, 5)
                if !reader.readNull() { negated = try reader.readBool() }
            case "modality":
                try Self.once(&seen, 6)
                if !reader.readNull() {
                    guard let value = Modality(rawValue: try reader.readString()) else { throw GiveUp() }
                    modality = value
                }
            case "evidence":
                try Self.once(&seen, 7)
                if !reader.readNull() { evidence = try reader.readArray { try $0.readEvidence() } }
            case "attributes":
                try Self.once(&seen, 8)
                if !reader.readNull() { attributes = try reader.readAttributes() }
            default: try reader.skipValue()
            }
        }
        guard let id, let source, let target, let type else { throw GiveUp() }
        var edge = Edge(source: source, target: target, type: type, trigger: trigger, negated: negated, modality: modality,
                        evidence: evidence, attributes: attributes)
        edge.id = id
        return edge
    }

    private mutating func readEvidence() throws -> Evidence {
        var seen: UInt32 = 0
        var article: String?, sentence: Int?, start: Int?, end: Int?, text: String?
        try readObject { reader, key in
            switch key {
            case "article":
                try Self.once(&seen, 0)
                article = try reader.readString()
            case "sentence":
                try Self.once(&seen, 1)
                sentence = try reader.readInt()
            case "start":
                try Self.once(&seen, 2)
                start = try reader.readInt()
            case "end":
                try Self.once(&seen, 3)
                end = try reader.readInt()
            case "text":
                try Self.once(&seen, 4)
                text = try reader.readString()
            default: try reader.skipValue()
            }
        }
        guard let article, let sentence, let start, let end, let text else { throw GiveUp() }
        return Evidence(article: article, sentence: sentence, start: start, end: end, text: text)
    }
}
