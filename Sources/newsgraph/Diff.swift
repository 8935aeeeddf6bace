import ArgumentParser
import Foundation
import NewsGraph
import NewsGraphRender

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two graphs: entities and relations added, removed and changed.",
        discussion: """
            Prints a changelog (+ added, - removed, ~ changed) with the evidence sentences under each relation \
            and a closing summary, or with --json the same diff as JSON (docs/diff.md). Entities and relations \
            are matched by id; entities of different ids that share an alias are flagged as possible matches. \
            With --exit-code, exits 1 when the graphs differ and 0 when they do not.
            """)

    @Argument(help: "Graph A, the 'before' side (a graph JSON file).")
    var a: String

    @Argument(help: "Graph B, the 'after' side (a graph JSON file).")
    var b: String

    @Flag(name: .long, help: "Print the diff as JSON.")
    var json = false

    @Flag(name: .long, help: "Exit 1 when the graphs differ, 0 when they do not (as git diff --exit-code).")
    var exitCode = false

    @Option(name: .long, help: "Also draw the diff (SVG, PNG, PDF or DOT by the file's extension): added green, removed red, changed amber, unchanged grey.")
    var render: String?

    func run() throws { try reportingFailures(execute) }

    private func execute() throws {
        let graphA = try GraphInput.read(a), graphB = try GraphInput.read(b)
        let diff = GraphDiff(graphA, graphB)
        if let render {
            try OutputFile.refuseOverwritingInputs(outputs: [render], inputs: [a, b])
            let union = diff.union()
            let title = "\(URL(fileURLWithPath: a).lastPathComponent) → \(URL(fileURLWithPath: b).lastPathComponent)"
            try RenderOutput.write(union.graph, from: "\(a) → \(b)", to: render, options: DiffDiagram.options(for: union, title: title))
        }
        if json {
            FileHandle.standardOutput.write(try diff.jsonData(aName: a, bName: b))
        } else {
            FileHandle.standardOutput.write(Data(diff.text(aName: a, bName: b).utf8))
        }
        if exitCode && !diff.isEmpty { throw ExitCode(1) }
    }
}
