import Foundation
import NewsGraph
import NewsGraphRender

/// Draws a graph into a file for the commands that render (`render`, `neighbors --render`,
/// `diff --render`): format from the option or the file's extension, warnings on stderr,
/// atomic write, and Graphviz failures as one-line errors.
enum RenderOutput {
    /// - Parameter source: the input file, named in error messages.
    static func write(_ graph: Graph, from source: String, to path: String, format: Renderer.Format? = nil,
                      options: DiagramBuilder.Options) throws {
        let chosen = format ?? Renderer.Format(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased()) ?? .svg
        let output: Renderer.Output
        do {
            output = try Renderer.render(graph, format: chosen, options: options)
        } catch let error as RenderError {
            if case .tooLarge = error { throw CommandFailure(message: "\(source): \(error)", code: .dataError) }
            throw CommandFailure(message: "\(source): \(error)", code: .software)
        }
        if let note = output.plan.note { Diagnostics.note("warning: \(note)") }
        try OutputFile.write(output.data, to: path)
    }

    /// Draws a graph with the standard look and this caption.
    static func write(_ graph: Graph, from source: String, to path: String, title: String) throws {
        try write(graph, from: source, to: path, options: DiagramBuilder.Options(title: title))
    }
}
