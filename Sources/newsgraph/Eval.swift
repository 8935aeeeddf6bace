import ArgumentParser
import Foundation
import NewsGraph

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Score graphs against gold annotations.")

    @Argument(help: "The gold annotations file.")
    var gold: String

    @Argument(help: "Graph JSON files.")
    var graphs: [String]

    @Flag(name: .long, help: "Print the scores as JSON.")
    var json = false

    func run() throws { throw CommandFailure(message: "not yet", code: .software) }
}
