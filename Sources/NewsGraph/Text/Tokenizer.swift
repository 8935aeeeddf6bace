/// Splits text into tokens: words (with inner hyphens, apostrophes and acronym periods),
/// numbers, possessive endings ("’s", "’") and single punctuation marks.
public enum Tokenizer {
    /// Words that keep a following period as part of themselves (titles, "No.", months, "Inc.").
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "gov", "sen", "rep",
        "st", "no", "nos", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "est", "fig", "brig", "cmdr", "rev",
        "hon", "pres", "messrs", "mt", "ft", "vol", "art", "para",
    ]

    /// The text of `scalars[range]`, built from bytes when it is ASCII (the common case, and much faster).
    static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count)
        for index in range {
            let scalar = scalars[index]
            guard scalar.isASCII else { return String(String.UnicodeScalarView(scalars[range])) }
            bytes.append(UInt8(scalar.value))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The tokens of `scalars[range]`; offsets are indices into `scalars`.
    public static func tokenize(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        var i = range.lowerBound
        let end = range.upperBound
        func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
            if s.isASCII {
                let v = s.value
                return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
            }
            return s.properties.isAlphabetic || s.properties.numericType != nil
        }
        func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }
        func make(_ from: Int, _ to: Int, _ kind: Token.Kind) {
            let text = Tokenizer.string(scalars, from..<to)
            tokens.append(Token(text: text, key: Folding.word(Substring(text)), start: from, end: to, kind: kind))
        }
        while i < end {
            let s = scalars[i]
            if s.value <= 0x20 || (!s.isASCII && s.properties.isWhitespace) { i += 1; continue }
            guard isLetterOrDigit(s) else {
                make(i, i + 1, .punctuation)
                i += 1
                continue
            }
            let start = i
            var j = i + 1
            var segmentLength = 1
            while j < end {
                let c = scalars[j]
                if isLetterOrDigit(c) { j += 1; segmentLength += 1; continue }
                let next: Unicode.Scalar? = j + 1 < end ? scalars[j + 1] : nil
                if c == "-" || c == "\u{2011}" || c == "&" {
                    if let next, isLetterOrDigit(next) { j += 1; segmentLength = 0; continue }
                } else if isApostrophe(c), let next, isLetterOrDigit(next) {
                    // "’s" followed by a non-letter is a possessive, not part of the word.
                    let afterS: Unicode.Scalar? = j + 2 < end ? scalars[j + 2] : nil
                    if (next == "s" || next == "S") && (afterS == nil || !isLetterOrDigit(afterS!)) { break }
                    j += 1; segmentLength = 0; continue
                } else if c == "." || c == ",", let next, next.isASCII, next.value >= 0x30 && next.value <= 0x39,
                          scalars[j - 1].isASCII, scalars[j - 1].value >= 0x30 && scalars[j - 1].value <= 0x39 {
                    // A decimal point or thousands separator inside a number: "11.1", "2,900".
                    j += 1; continue
                } else if c == "." {
                    // Acronyms with periods: U.S., U.N., U.S.A.
                    if segmentLength == 1, let next, next.properties.isAlphabetic, next.properties.isUppercase,
                       scalars[j - 1].properties.isUppercase {
                        j += 1; segmentLength = 0; continue
                    }
                }
                break
            }
            var wordEnd = j
            let word = Tokenizer.string(scalars, start..<j)
            // Keep the period of an acronym ("U.S.") or of a known abbreviation ("Gen.").
            if wordEnd < end, scalars[wordEnd] == "." {
                let lower = word.lowercased()
                let isAcronym = word.contains("." as Character) && word.unicodeScalars.allSatisfy { $0 == "." || $0.properties.isUppercase }
                let isInitial = word.count == 1 && word.unicodeScalars.first!.properties.isUppercase
                if isAcronym || isInitial || abbreviations.contains(lower) { wordEnd += 1 }
            }
            let isNumber = scalars[start].isASCII ? (scalars[start].value >= 0x30 && scalars[start].value <= 0x39) : scalars[start].properties.numericType != nil
            make(start, wordEnd, isNumber ? .number : .word)
            i = wordEnd
            // Possessive ending.
            if i < end, isApostrophe(scalars[i]) {
                if i + 1 < end, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                   i + 2 >= end || !isLetterOrDigit(scalars[i + 2]) {
                    make(i, i + 2, .possessive)
                    i += 2
                } else if i + 1 >= end || !isLetterOrDigit(scalars[i + 1]), word.last == "s" || word.last == "S" {
                    make(i, i + 1, .possessive)
                    i += 1
                }
            }
        }
        return tokens
    }
}
