import ArgumentParser
import Foundation
import NewsGraph

struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what the extractor recognises in an article, sentence by sentence.",
        discussion: "Entities are marked [surface|id] (with ~role for demonyms, capitals, pronouns and descriptors), titles {title}; T marks a headline-style sentence.")

    @Argument(help: "An article text file, or - for standard input.")
    var article: String

    @Option(name: .long, help: "A lexicon file of your own entities and titles (repeatable).")
    var lexicon: [String] = []

    func run() throws { try reportingFailures(execute) }

    private func execute() throws {
        let lexicon = try loadLexicon(adding: self.lexicon)
        print(Extractor(lexicon: lexicon).annotate(try ArticleInput.read(article)), terminator: "")
    }
}
