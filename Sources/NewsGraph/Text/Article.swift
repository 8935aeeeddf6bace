import Foundation

/// An article to read: its id, where it came from, its text and that text's fingerprint.
public struct Article: Sendable {
    /// The file name without its extension (or "stdin").
    public let id: String
    public let path: String
    /// The text with line endings normalised to "\n".
    public let text: String
    /// SHA-256 of the raw bytes, lowercase hex.
    public let sha256: String

    /// Makes an article from text already in memory.
    public init(id: String, path: String, text: String) {
        self.id = id
        self.path = path
        self.text = Article.normalizeLineEndings(text)
        self.sha256 = SHA256.hex(Array(text.utf8))
    }

    /// Decodes an article from the bytes of a file.
    /// - Throws: `ArticleError` when the bytes are not UTF-8 text.
    public init(id: String, path: String, data: Data) throws {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // UTF-16 with a byte-order mark, as some scrapers and editors write it: decoded.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard bytes.count % 2 == 0, let text = String(bytes: bytes.dropFirst(2), encoding: encoding) else {
                throw ArticleError(path: path, message: "invalid UTF-16 (it starts with a byte-order mark)")
            }
            bytes = Array(text.utf8)
        }
        if let offset = bytes.firstIndex(of: 0) {
            throw ArticleError(path: path, message: "binary data (NUL byte at offset \(offset)), not text")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ArticleError(path: path, message: "invalid UTF-8 at byte offset \(Article.firstInvalidUTF8Offset(bytes))")
        }
        self.id = id
        self.path = path
        self.text = Article.normalizeLineEndings(text)
        self.sha256 = SHA256.hex(data)
    }

    /// The id an article file gets: its file name without the extension.
    public static func id(forPath path: String) -> String {
        if path == "-" { return "stdin" }
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }

    private static func normalizeLineEndings(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The offset of the first byte that does not begin or continue a valid UTF-8 sequence.
    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count,
                  String(validating: bytes[index..<(index + length)], as: UTF8.self) != nil else { return index }
            index += length
        }
        return index
    }
}

/// An article that could not be read.
public struct ArticleError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let message: String

    public var description: String { "\(path): \(message)" }
}
