import Foundation
import NewsGraph

/// Reads article files named on the command line, with one-line errors and sysexits codes.
enum ArticleInput {
    static func read(_ path: String) throws -> Article {
        let id = Article.id(forPath: path)
        let data = try inputFileBytes(path, kind: "an article file")
        do { return try Article(id: id, path: path, data: data) } catch let error as ArticleError {
            throw CommandFailure(message: error.description, code: .dataError)
        }
    }
}

/// The bytes of an input file named on the command line, or of standard input for "-".
/// - Throws: `CommandFailure` with exit code 66 for a missing, unreadable or directory path.
func inputFileBytes(_ path: String, kind: String) throws -> Data {
    if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw CommandFailure(message: "\(path): no such file", code: .noInput)
    }
    guard !isDirectory.boolValue else { throw CommandFailure(message: "\(path): is a directory, not \(kind)", code: .noInput) }
    guard let contents = FileManager.default.contents(atPath: path) else {
        throw CommandFailure(message: "\(path): cannot read file", code: .noInput)
    }
    return contents
}
