import ArgumentParser
import Foundation
import NewsGraph

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score graphs against gold annotations.",
        discussion: "Gives the figures of shared/eval/score.py: entities untyped and typed, relations strict and lenient, micro-averaged and per article.")

    @Argument(help: "The gold annotations file.")
    var gold: String

    @Argument(help: "Graph JSON files, or directories of them (their *.json files).")
    var graphs: [String]

    @Option(name: .long, help: "Score only this gold article.")
    var article: String?

    @Flag(name: .long, help: "Print the scores as JSON.")
    var json = false

    func run() throws { try reportingFailures(execute) }

    private func execute() throws {
        let report: ScoreReport
        do {
            report = try Scorer.score(goldPath: gold, graphPaths: Scorer.graphFiles(graphs), article: article)
        } catch let error as ScoreInputError {
            let code: ExitStatus
            switch error.kind {
            case .missing: code = .noInput
            case .malformed: code = .dataError
            case .unknownArticle: code = .usage
            }
            throw CommandFailure(message: error.description, code: code)
        }
        if json {
            FileHandle.standardOutput.write(try report.jsonData())
        } else {
            print(report.text)
        }
    }
}
