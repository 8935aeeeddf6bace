/// Plain-text tables and shortened sentences for the query reports.
enum TextTable {
    /// Rows of cells as left-aligned columns two spaces apart; lines have no trailing spaces.
    static func render(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        var widths = [Int](repeating: 0, count: header.count)
        for row in all {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        return all.map { row in
            let line = row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
            return String(line.reversed().drop { $0 == " " }.reversed())  // no trailing spaces when the last cells are empty
        }.joined(separator: "\n")
    }

    /// The text cut to at most `limit` characters at a word boundary, with "…" when cut.
    static func shorten(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit - 1)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        let kept = atWord.count >= limit / 2 ? atWord : cut
        return kept.trimmingTrailingPunctuation() + "…"
    }
}

private extension Substring {
    func trimmingTrailingPunctuation() -> String {
        var text = self
        while let last = text.last, last == " " || last == "," || last == ";" || last == ":" { text.removeLast() }
        return String(text)
    }
}

extension Node {
    /// "Label (id)", as the reports name a node.
    var labelAndID: String { "\(label) (\(id))" }
}

extension Evidence {
    /// "article#sentence", as the reports cite a sentence.
    var citation: String { "\(article)#\(sentence)" }
}
