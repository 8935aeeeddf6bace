/// One sentence of a CoNLL-U file: its comment lines and, for each word (multiword-token and
/// empty-node lines skipped), the FORM, UPOS, HEAD and DEPREL columns.
public struct CoNLLUSentence: Sendable, Equatable {
    /// The comment lines, without their leading "#" and one space ("sent_id = 1").
    public var comments: [String]
    public var words: [String]
    /// The UPOS column as written ("_" when absent).
    public var tags: [String]
    /// 0-based heads; -1 for the root and for a HEAD of "_".
    public var heads: [Int]
    /// The DEPREL column as written, subtype included ("_" when absent).
    public var relations: [String]

    public init(comments: [String], words: [String], tags: [String], heads: [Int], relations: [String]) {
        self.comments = comments
        self.words = words
        self.tags = tags
        self.heads = heads
        self.relations = relations
    }

    /// The sentence of a parse, with `comments` above it.
    public init(_ parse: DependencyParse, comments: [String]) {
        self.init(comments: comments, words: parse.words, tags: parse.tags.map(\.name), heads: parse.heads, relations: parse.relations.map(\.rawValue))
    }
}

/// A CoNLL-U line that cannot be read.
public struct CoNLLUError: Error, CustomStringConvertible, Equatable {
    public let line: Int
    public let reason: String
    public var description: String { "line \(line): \(reason)" }
}

/// Reads and writes CoNLL-U (https://universaldependencies.org/format.html). Both are O(size).
public enum CoNLLU {
    /// The sentences of a CoNLL-U text. Throws `CoNLLUError` for a word line without ten
    /// tab-separated columns, or with an ID or HEAD that is not a number.
    public static func read(_ text: String) throws -> [CoNLLUSentence] {
        var sentences: [CoNLLUSentence] = []
        var current = CoNLLUSentence(comments: [], words: [], tags: [], heads: [], relations: [])
        func finish() {
            if !current.words.isEmpty || !current.comments.isEmpty { sentences.append(current) }
            current = CoNLLUSentence(comments: [], words: [], tags: [], heads: [], relations: [])
        }
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.last == "\r" ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { finish(); continue }
            if line.first == "#" {
                var comment = line.dropFirst()
                if comment.first == " " { comment = comment.dropFirst() }
                current.comments.append(String(comment))
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else { throw CoNLLUError(line: lineNumber, reason: "expected 10 tab-separated columns, found \(columns.count)") }
            let id = columns[0]
            if id.contains("-") || id.contains(".") { continue }
            guard Int(id) != nil else { throw CoNLLUError(line: lineNumber, reason: "ID '\(id)' is not a number") }
            let head: Int
            if columns[6] == "_" { head = -1 } else {
                guard let value = Int(columns[6]), value >= 0 else { throw CoNLLUError(line: lineNumber, reason: "HEAD '\(columns[6])' is not a number") }
                head = value - 1
            }
            current.words.append(String(columns[1]))
            current.tags.append(String(columns[3]))
            current.heads.append(head)
            current.relations.append(String(columns[7]))
        }
        finish()
        return sentences
    }

    /// CoNLL-U text for `sentences`: comments, then one line per word with ID, FORM, UPOS, HEAD
    /// and DEPREL ("_" in the other columns), and a blank line after each sentence. A tab or
    /// line break inside a form or comment is written as a space, an empty form as "_", so the
    /// columns always line up.
    public static func format(_ sentences: [CoNLLUSentence]) -> String {
        var out = ""
        for sentence in sentences {
            for comment in sentence.comments { out += "# " + clean(comment) + "\n" }
            for index in sentence.words.indices {
                let form = sentence.words[index].isEmpty ? "_" : clean(sentence.words[index])
                out += "\(index + 1)\t\(form)\t_\t\(sentence.tags[index])\t_\t_\t\(sentence.heads[index] + 1)\t\(sentence.relations[index])\t_\t_\n"
            }
            out += "\n"
        }
        return out
    }

    private static func clean(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0.isNewline }) else { return text }
        return String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
