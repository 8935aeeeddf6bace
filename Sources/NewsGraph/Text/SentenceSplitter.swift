/// Splits an article into sentences, dropping page furniture.
///
/// Every line is a paragraph; a line without final punctuation (a headline, a heading) is one
/// sentence. Within a line, a sentence ends at ".", "!" or "?" (and any closing quotes) before a
/// capital, a digit or an opening quote, unless the period belongs to an abbreviation, an initial
/// or an acronym (kept inside its token by the `Tokenizer`).
public enum SentenceSplitter {
    /// Words that start a new sentence after an acronym such as "U.S.".
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "this", "that", "these", "those",
        "however", "his", "her", "its", "their", "there", "on", "at", "for", "as", "after", "meanwhile", "while", "if",
    ]

    /// The most tokens a sentence may have; a longer run without sentence punctuation (a scraped
    /// list, a table flattened to one line) is cut at its last comma or semicolon before the limit,
    /// or at the limit, so that work and evidence stay bounded.
    public static let maxTokens = 200

    /// The sentences of `article`, numbered from 0.
    public static func split(_ article: Article) -> [Sentence] {
        let scalars = Array(article.text.unicodeScalars)
        return split(scalars)
    }

    /// The sentences of a text given as Unicode scalars.
    public static func split(_ scalars: [Unicode.Scalar]) -> [Sentence] {
        var sentences: [Sentence] = []
        var lineStart = 0
        while lineStart <= scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count && scalars[lineEnd] != "\n" { lineEnd += 1 }
            var a = lineStart, b = lineEnd
            while a < b && scalars[a].properties.isWhitespace { a += 1 }
            while b > a && scalars[b - 1].properties.isWhitespace { b -= 1 }
            if a < b {
                // Page furniture is short; long lines are text.
                let verdict = b - a > Boilerplate.longestLine ? .text : Boilerplate.classify(Tokenizer.string(scalars, a..<b))
                switch verdict {
                case .footer: return sentences
                case .furniture: break
                case .text: splitLine(scalars, a..<b, into: &sentences)
                }
            }
            lineStart = lineEnd + 1
        }
        return sentences
    }

    private static func isClosing(_ token: Token) -> Bool {
        ["\"", "\u{201D}", "\u{2019}", "'", ")", "]"].contains(token.text)
    }

    private static func splitLine(_ scalars: [Unicode.Scalar], _ range: Range<Int>, into sentences: inout [Sentence]) {
        let tokens = Tokenizer.tokenize(scalars, range)
        guard !tokens.isEmpty else { return }
        var first = 0
        var i = 0
        while i < tokens.count {
            var boundaryEnd: Int? = nil
            let token = tokens[i]
            if token.kind == .punctuation && [".", "!", "?"].contains(token.text) {
                var j = i + 1
                while j < tokens.count && isClosing(tokens[j]) && tokens[j].start == tokens[j - 1].end { j += 1 }
                if j >= tokens.count || startsSentence(tokens[j]) { boundaryEnd = j }
            } else if token.kind == .word, token.text.hasSuffix("."), token.text.contains("." as Character), i + 1 < tokens.count,
                      token.text.dropLast().contains("." as Character), sentenceStarters.contains(tokens[i + 1].key), tokens[i + 1].isCapitalized {
                boundaryEnd = i + 1  // "… with the U.S. The talks …"
            }
            if let boundaryEnd {
                append(scalars, Array(tokens[first..<boundaryEnd]), into: &sentences)
                first = boundaryEnd
                i = boundaryEnd
            } else {
                i += 1
            }
        }
        if first < tokens.count { append(scalars, Array(tokens[first...]), into: &sentences) }
    }

    private static func startsSentence(_ token: Token) -> Bool {
        guard let s = token.text.unicodeScalars.first else { return false }
        if s.properties.isUppercase || s.properties.numericType != nil { return true }
        return ["\"", "\u{201C}", "\u{2018}", "'", "("].contains(token.text)
    }

    private static func append(_ scalars: [Unicode.Scalar], _ tokens: [Token], into sentences: inout [Sentence]) {
        var tokens = tokens[...]
        while tokens.count > maxTokens {
            let window = tokens.prefix(maxTokens)
            let cut = window.lastIndex { $0.text == "," || $0.text == ";" }.map { $0 + 1 } ?? window.endIndex
            appendOne(scalars, Array(tokens[..<cut]), into: &sentences)
            tokens = tokens[cut...]
        }
        appendOne(scalars, Array(tokens), into: &sentences)
    }

    private static func appendOne(_ scalars: [Unicode.Scalar], _ tokens: [Token], into sentences: inout [Sentence]) {
        guard let firstToken = tokens.first, let lastToken = tokens.last else { return }
        let text = Tokenizer.string(scalars, firstToken.start..<lastToken.end)
        sentences.append(Sentence(index: sentences.count, start: firstToken.start, end: lastToken.end, text: text, tokens: tokens))
    }
}
