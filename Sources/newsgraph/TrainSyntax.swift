import ArgumentParser
import Foundation
import NewsGraph

struct TrainSyntax: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-syntax",
        abstract: "Train the part-of-speech tagger and dependency parser on the UD English treebanks.",
        discussion: "Reads EWT train and GUM train from --data, writes english.model and scores.txt (UPOS, UAS, LAS on EWT and GUM dev and test) to --out. Deterministic: the same data and options give the same bytes.")

    @Option(name: .long, help: "The directory to write english.model and scores.txt to.")
    var out: String = "Sources/NewsGraph/Resources/syntax"

    @Option(name: .long, help: "The treebank directory (with ewt/ and gum/).")
    var data: String = "data/ud"

    @Option(name: .long, help: "Tagger training epochs.")
    var taggerEpochs: Int = SyntaxTrainingOptions().taggerEpochs

    @Option(name: .long, help: "Parser training epochs.")
    var parserEpochs: Int = SyntaxTrainingOptions().parserEpochs

    @Option(name: .long, help: "Jackknife folds for the parser's training tags (1: gold tags).")
    var folds: Int = SyntaxTrainingOptions().folds

    @Option(name: .long, help: "Probability of following the model's own move in training.")
    var exploration: Double = SyntaxTrainingOptions().exploration

    @Option(name: .long, help: "Drop weight rows whose largest absolute weight is below this.")
    var prune: Float = SyntaxTrainingOptions().pruneThreshold

    @Flag(name: .long, help: "Train on non-projective trees as they are instead of lifting their arcs.")
    var noProjectivise = false

    @Flag(name: .long, help: "Score on the dev files only (for choosing settings).")
    var devOnly = false

    func run() throws { try reportingFailures(execute) }

    private func execute() throws {
        let started = Date()
        let train = try ["ewt/en_ewt-ud-train.conllu", "gum/en_gum-cc-by-train.conllu"].flatMap { try CoNLLUInput.read("\(data)/\($0)") }
        var options = SyntaxTrainingOptions()
        options.taggerEpochs = taggerEpochs
        options.parserEpochs = parserEpochs
        options.folds = folds
        options.exploration = exploration
        options.pruneThreshold = prune
        options.projectivise = !noProjectivise
        let model = SyntaxTrainer.train(train, options: options) { Diagnostics.note("train-syntax: " + $0) }
        let trainingSeconds = Date().timeIntervalSince(started)
        try OutputFile.prepareDirectory(out)
        let modelPath = "\(out)/english.model"
        try OutputFile.write(model, to: modelPath)
        let loaded = try CoNLLUInput.model(modelPath)
        var evaluation = ["ewt/en_ewt-ud-dev.conllu", "gum/en_gum-cc-by-dev.conllu"]
        if !devOnly { evaluation += ["ewt/en_ewt-ud-test.conllu", "gum/en_gum-cc-by-test.conllu"] }
        var lines = ["# NewsGraph syntax model: UPOS accuracy, UAS, LAS (universal relation, punctuation included), gold tokens",
                     "# written by: newsgraph train-syntax (\(model.count) bytes)"]
        for file in evaluation {
            let gold = try CoNLLUInput.read("\(data)/\(file)")
            lines.append(loaded.score(gold).line(file))
            if file == evaluation[0] {
                // The slice the test suite checks the shipped model against (quick in debug builds).
                lines.append(loaded.score(Array(gold.prefix(300))).line(file + " (first 300 sentences)"))
            }
        }
        let report = lines.joined(separator: "\n") + "\n"
        if !devOnly { try OutputFile.write(Data(report.utf8), to: "\(out)/scores.txt") }
        print(report, terminator: "")
        Diagnostics.note(String(format: "train-syntax: trained in %.0f s; wrote %@ (%.1f MB)", trainingSeconds, modelPath, Double(model.count) / 1e6))
    }
}
