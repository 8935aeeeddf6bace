import ArgumentParser
import Foundation
import NewsGraph

struct ParseScore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse-score",
        abstract: "Score the tagger and parser on CoNLL-U files with gold tokens.",
        discussion: "Prints, per file, UPOS accuracy, UAS and LAS (universal relation without subtype; punctuation counts).")

    @Argument(help: "CoNLL-U files with gold tags and trees.")
    var files: [String]

    @Option(name: .long, help: "A model file instead of the shipped one.")
    var model: String?

    func run() throws { try reportingFailures(execute) }

    private func execute() throws {
        let model = try CoNLLUInput.model(self.model)
        for file in files {
            let gold = try CoNLLUInput.read(file)
            print(model.score(gold).line(file))
        }
    }
}
