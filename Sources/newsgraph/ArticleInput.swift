import Foundation
import NewsGraph

/// Reads article files named on the command line, with one-line errors and sysexits codes.
enum ArticleInput {
    static func read(_ path: String) throws -> Article {
        let id = Article.id(forPath: path)
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CommandFailure(message: "\(path): no such file", code: .noInput)
            }
            guard !isDirectory.boolValue else { throw CommandFailure(message: "\(path): is a directory, not an article file", code: .noInput) }
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw CommandFailure(message: "\(path): cannot read file", code: .noInput)
            }
            data = contents
        }
        do { return try Article(id: id, path: path, data: data) } catch let error as ArticleError {
            throw CommandFailure(message: error.description, code: .dataError)
        }
    }
}
