import Foundation

/// The reference scorer's name folding: a port of `fold` and `slug_name` in
/// `shared/eval/score.py`, step for step, with Python's Unicode-aware `\w` and `\s`.
public enum NameFold {
    /// Folds a name for comparison, as `score.py`'s `fold` does.
    ///
    /// NFKC; curly quotes to straight ones; NFKD with combining marks dropped; full case
    /// folding; dashes to spaces; possessives (`'s`, and a trailing `'` after a word) dropped;
    /// periods and apostrophes dropped ("U.S." = "US"); other punctuation to spaces; `_` to a
    /// space; whitespace collapsed; a leading "the " dropped.
    public static func fold(_ name: String) -> String {
        var quoted: [Unicode.Scalar] = []
        for scalar in name.precomposedStringWithCompatibilityMapping.unicodeScalars {
            quoted.append(quotes[scalar.value] ?? scalar)
        }
        let decomposed = String(String.UnicodeScalarView(quoted)).decomposedStringWithCompatibilityMapping
        var s: [Unicode.Scalar] = []
        for scalar in decomposed.unicodeScalars where scalar.properties.canonicalCombiningClass.rawValue == 0 {
            for folded in caseFolded(scalar) {
                s.append(dashes.contains(folded.value) ? " " : folded)
            }
        }
        s = dropPossessives(s)
        s = s.compactMap { c -> Unicode.Scalar? in
            if c == "'" || c == "." { return nil }
            if c == "_" { return " " }
            return isWord(c) || isSpace(c) ? c : " "
        }
        let words = s.split(whereSeparator: isSpace).map { String(String.UnicodeScalarView($0)) }
        let joined = words.joined(separator: " ")
        return joined.hasPrefix("the ") ? String(joined.unicodeScalars.dropFirst(4)) : joined
    }

    /// The folded name an entity id stands for when nothing else names it:
    /// `"person:asim-munir"` → `"asim munir"` (`score.py`'s `slug_name`).
    static func slugName(_ id: String) -> String {
        let scalars = Array(id.unicodeScalars)
        let tail = scalars.firstIndex(of: ":").map { scalars[($0 + 1)...] } ?? scalars[...]
        return fold(String(String.UnicodeScalarView(tail.map { $0 == "-" ? " " : $0 })))
    }

    /// Python's `re.sub(r"'s\b", "", s)` then `re.sub(r"(?<=\w)'(?=\s|$)", "", s)`.
    private static func dropPossessives(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var first: [Unicode.Scalar] = []
        var i = 0
        while i < s.count {
            if s[i] == "'", i + 1 < s.count, s[i + 1] == "s", i + 2 == s.count || !isWord(s[i + 2]) {
                i += 2
                continue
            }
            first.append(s[i])
            i += 1
        }
        return first.indices.compactMap { i in
            let bare = first[i] == "'" && i > 0 && isWord(first[i - 1]) && (i + 1 == first.count || isSpace(first[i + 1]))
            return bare ? nil : first[i]
        }
    }

    /// Python's `str.casefold` for one scalar: the full lowercase mapping, except where
    /// Unicode's case folding differs (ß, final sigma, Cherokee, old Cyrillic forms).
    private static func caseFolded(_ c: Unicode.Scalar) -> [Unicode.Scalar] {
        switch c.value {
        case 0xDF, 0x1E9E: return ["s", "s"]
        case 0x3C2: return ["\u{3C3}"]
        case 0x345: return ["\u{3B9}"]
        case 0x13A0...0x13F5: return [c]
        case 0x13F8...0x13FD: return [Unicode.Scalar(c.value - 8)!]
        case 0xAB70...0xABBF: return [Unicode.Scalar(c.value - 0xAB70 + 0x13A0)!]
        case 0x1C80...0x1C88: return [Unicode.Scalar(oldCyrillic[Int(c.value - 0x1C80)])!]
        default: return Array(c.properties.lowercaseMapping.unicodeScalars)
        }
    }

    /// Python's `\w`: letters, anything with a numeric value, and `_`.
    static func isWord(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return c == "_" || c.properties.numericType != nil
        }
    }

    /// Python's `\s` and `str.isspace`.
    static func isSpace(_ c: Unicode.Scalar) -> Bool { spaces.contains(c.value) }

    private static let spaces: Set<UInt32> = [
        0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680,
        0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
        0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
    ]

    private static let quotes: [UInt32: Unicode.Scalar] = [
        0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x2032: "'", 0x60: "'", 0xB4: "'", 0x2BC: "'",
        0x201C: "\"", 0x201D: "\"", 0x201E: "\"", 0x201F: "\"", 0x2033: "\"", 0xAB: "\"", 0xBB: "\"",
    ]

    private static let dashes: Set<UInt32> = [
        0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D, 0x2D,
    ]

    private static let oldCyrillic: [UInt32] = [0x432, 0x434, 0x43E, 0x441, 0x442, 0x442, 0x44A, 0x463, 0xA64B]
}
