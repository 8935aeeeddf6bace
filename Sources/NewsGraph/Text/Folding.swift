import Foundation

/// Folds names and words to the keys they are compared by.
///
/// Case, diacritics, curly quotes, periods ("U.S." = "US") and British spellings
/// ("stabilisation" = "stabilization", "defence" = "defense") fold away.
public enum Folding {
    /// The comparison key of one word.
    public static func word(_ text: Substring) -> String {
        var ascii = true
        for byte in text.utf8 where byte >= 0x80 { ascii = false; break }
        var folded: String
        if ascii {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 where byte != 0x2E {  // periods fold away: "U.S." = "US"
                bytes.append((byte >= 0x41 && byte <= 0x5A) ? byte + 32 : byte)
            }
            folded = String(decoding: bytes, as: UTF8.self)
        } else {
            folded = String(text).folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            folded = String(folded.unicodeScalars.compactMap { scalar -> Character? in
                switch scalar {
                case "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}": return "'"
                case ".": return nil
                case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}": return "-"
                default: return Character(scalar)
                }
            })
        }
        return americanSpelling(folded)
    }

    /// The comparison key of a name of several words: words folded and joined by one space;
    /// possessive endings and a leading "the" dropped; dashes and hyphens become spaces.
    public static func name(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            var w = word(Substring(current))
            if w.hasSuffix("'s") { w.removeLast(2) } else if w.hasSuffix("'") { w.removeLast() }
            if !w.isEmpty { words.append(w) }
            current = ""
        }
        for scalar in text.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) || scalar == "'" || scalar == "\u{2019}" || scalar == "." || scalar == "&" {
                current.unicodeScalars.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        if words.first == "the" && words.count > 1 { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// The slug of a name, for node ids: lowercase ASCII letters and digits joined by hyphens.
    public static func slug(_ text: String) -> String {
        let base = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var slug = ""
        var pendingHyphen = false
        for scalar in base.unicodeScalars {
            if scalar == "." || scalar == "'" || scalar == "\u{2019}" { continue }
            if scalar.isASCII && CharacterSet.alphanumerics.contains(scalar) {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else if !scalar.isASCII && CharacterSet.letters.contains(scalar) {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "unnamed" : slug
    }

    private static let britishEndings: [(String, String)] = [
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"),
        ("yses", "yzes"), ("ysing", "yzing"), ("ysed", "yzed"),
    ]
    private static let britishWords: [String: String] = [
        "defence": "defense", "centre": "center", "centres": "centers", "programme": "program", "programmes": "programs",
        "labour": "labor", "offence": "offense", "licence": "license", "honour": "honor", "favour": "favor",
        "criticise": "criticize", "recognise": "recognize", "organise": "organize", "mobilise": "mobilize",
        "demilitarise": "demilitarize", "stabilise": "stabilize", "legitimise": "legitimize", "apologise": "apologize",
        "pressurise": "pressurize", "authorise": "authorize", "emphasise": "emphasize", "prioritise": "prioritize",
        "normalise": "normalize", "militarise": "militarize", "neutralise": "neutralize", "finalise": "finalize",
        "colour": "color", "rumour": "rumor", "neighbour": "neighbor", "neighbours": "neighbors", "behaviour": "behavior",
        "endeavour": "endeavor", "counselling": "counseling", "travelled": "traveled", "travelling": "traveling",
        "signalled": "signaled", "signalling": "signaling", "cancelled": "canceled", "fuelled": "fueled",
    ]

    private static func americanSpelling(_ word: String) -> String {
        if let american = britishWords[word] { return american }
        guard word.count > 7 else { return word }
        for (british, american) in britishEndings where word.hasSuffix(british) {
            let stem = word.dropLast(british.count)
            // "-ise" endings after a short stem are usually not British spellings ("rise", "raised", "praised").
            if stem.count >= 4 { return stem + american }
        }
        return word
    }
}
