import Foundation
import NewsGraph

/// Reads CoNLL-U files named on the command line, with one-line errors and sysexits codes.
enum CoNLLUInput {
    static func read(_ path: String) throws -> [CoNLLUSentence] {
        let data = try inputFileBytes(path, kind: "a CoNLL-U file")
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure(message: "\(path): not UTF-8 text", code: .dataError)
        }
        do { return try CoNLLU.read(text) } catch let error as CoNLLUError {
            throw CommandFailure(message: "\(path): \(error)", code: .dataError)
        }
    }

    /// The model at `path`, or the shipped one when `path` is nil.
    static func model(_ path: String?) throws -> SyntaxModel {
        guard let path else { return SyntaxModel.standard }
        guard FileManager.default.isReadableFile(atPath: path) else { throw CommandFailure(message: "\(path): no such model file", code: .noInput) }
        do { return try SyntaxModel(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw CommandFailure(message: "\(path): \(error)", code: .dataError)
        }
    }
}
