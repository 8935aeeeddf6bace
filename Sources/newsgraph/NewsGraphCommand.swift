import ArgumentParser

@main
struct NewsGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsgraph",
        abstract: "Build typed knowledge graphs of the actors named in news articles.",
        subcommands: [Build.self, Annotate.self, Eval.self, Validate.self, Render.self, Diff.self, Merge.self, Neighbors.self, Path.self, Entities.self, Parse.self, ParseScore.self, TrainSyntax.self]
    )
}
