import ArgumentParser
import Dispatch
import Foundation
import NewsGraph

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract the knowledge graph of each article, and of all of them together.",
        discussion: "Writes DIR/ARTICLE-ID.json for each article and DIR/corpus.json merging them.")

    @Argument(help: "Article text files (UTF-8), or - for standard input.")
    var articles: [String]

    @Option(name: .long, help: "Directory to write the graphs to.")
    var out: String

    @Option(name: .long, help: "A lexicon file of your own entities and titles (repeatable).")
    var lexicon: [String] = []

    func run() throws { try reportingFailures(execute) }

    private func execute() throws {
        let lexicon = try loadLexicon(adding: self.lexicon)
        let inputs = try articles.map(ArticleInput.read)
        var seen: [String: String] = [:]
        for (path, article) in zip(articles, inputs) {
            if let other = seen[article.id] {
                throw CommandFailure(message: "\(path): has the same article id \"\(article.id)\" as \(other); rename one", code: .usage)
            }
            seen[article.id] = path
        }
        try OutputFile.prepareDirectory(out)
        let extractor = Extractor(lexicon: lexicon)
        let graphs = extractor.graphs(of: inputs)
        let outputs = inputs.map { "\(out)/\($0.id).json" } + ["\(out)/corpus.json"]
        try OutputFile.refuseOverwritingInputs(outputs: outputs, inputs: articles)
        for (article, graph) in zip(inputs, graphs) {
            try OutputFile.write(try graph.jsonData(), to: "\(out)/\(article.id).json")
        }
        let corpus = Graph.merged(graphs)
        try OutputFile.write(try corpus.jsonData(), to: "\(out)/corpus.json")
        let edges = graphs.reduce(0) { $0 + $1.edges.count }
        Diagnostics.note("built \(inputs.count) article graph(s) (\(edges) edges) and corpus.json (\(corpus.nodes.count) nodes, \(corpus.edges.count) edges) in \(out)")
    }
}
