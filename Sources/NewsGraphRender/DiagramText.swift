/// Makes text safe to hand to Graphviz as a plain label or tooltip, so that names are shown as
/// written and never read as markup or escapes (graphviz.md, item 4).
public enum DiagramText {
    /// The longest label drawn; longer names are cut with "…" (the tooltip keeps more).
    public static let maxLabel = 60
    /// The longest tooltip.
    public static let maxTooltip = 1_500

    /// Text with control characters (XML 1.0 forbids most of them) turned into spaces,
    /// collapsed, and cut to `limit` characters.
    public static func clean(_ text: String, limit: Int, keepLineBreaks: Bool = false) -> String {
        var scalars = String.UnicodeScalarView()
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            if keepLineBreaks && scalar == "\n" {
                scalars.append(scalar)
                lastWasSpace = true
                continue
            }
            let isControl = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                || (0xD800...0xDFFF).contains(scalar.value)
            if isControl || scalar.properties.isWhitespace {
                if !lastWasSpace { scalars.append(" ") }
                lastWasSpace = true
            } else {
                scalars.append(scalar)
                lastWasSpace = false
            }
        }
        var cleaned = String(scalars).trimmingCharacters(in: " ")
        if cleaned.count > limit { cleaned = String(cleaned.prefix(limit - 1)) + "…" }
        return cleaned
    }

    /// Escapes plain text for Graphviz's escString attributes (label, tooltip, id, class):
    /// backslashes first, then `&` (so "&beta;" stays literal); line breaks are `\n`.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "&": out += "&amp;"
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// Escapes text for an HTML-like label.
    public static func html(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A token usable in an SVG `id` or `class`: letters, digits, `-` and `_`, others as `-`.
    public static func token(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar -> Character in
            let ok = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) || scalar == "-" || scalar == "_")
            return ok ? Character(scalar) : "-"
        })
    }
}

extension String {
    fileprivate func trimmingCharacters(in character: Character) -> String {
        var text = Substring(self)
        while text.first == character { text = text.dropFirst() }
        while text.last == character { text = text.dropLast() }
        return String(text)
    }
}
