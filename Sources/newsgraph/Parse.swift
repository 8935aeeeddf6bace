import ArgumentParser
import Foundation
import NewsGraph

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the part-of-speech tags and dependency tree of each sentence as CoNLL-U.",
        discussion: "With articles, sentences, tokens and trees are the extractor's own: names and titles parsed as one word, then spread over their tokens. With --tokens, the words are the FORM column of a CoNLL-U file (multiword and empty-node lines skipped) and the output has one line per input word, its comments kept.")

    @Argument(help: "Article text files, or - for standard input.")
    var articles: [String] = []

    @Option(name: .long, help: "Parse the words of this CoNLL-U file instead of articles.")
    var tokens: String?

    @Option(name: .long, help: "A model file instead of the shipped one.")
    var model: String?

    func validate() throws {
        if tokens == nil && articles.isEmpty { throw ValidationError("name an article, or give --tokens FILE.conllu") }
        if tokens != nil && !articles.isEmpty { throw ValidationError("give either articles or --tokens, not both") }
    }

    func run() throws { try reportingFailures(execute) }

    private func execute() throws {
        let model = try CoNLLUInput.model(self.model)
        var output: [CoNLLUSentence] = []
        if let tokens {
            for sentence in try CoNLLUInput.read(tokens) {
                output.append(CoNLLUSentence(model.parse(sentence.words), comments: sentence.comments))
            }
        } else {
            for path in articles {
                let article = try ArticleInput.read(path)
                for (sentence, parse) in Extractor(syntax: model).parses(of: article) where !sentence.tokens.isEmpty {
                    let comments = ["sent_id = \(article.id)-\(sentence.index + 1)", "text = \(sentence.text)"]
                    output.append(CoNLLUSentence(parse, comments: comments))
                }
            }
        }
        FileHandle.standardOutput.write(Data(CoNLLU.format(output).utf8))
    }
}
