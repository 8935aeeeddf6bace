/// Per-word values the tagger and parser features are built from, computed once per word so
/// that no string work happens per feature.
struct WordFeatures {
    /// Hash of the normalised form (curly quotes straightened, digits mapped to 0), case kept.
    var form: UInt64
    /// Hash of the normalised form in lower case.
    var lower: UInt64
    var prefix1: UInt64
    var prefix3: UInt64
    var suffix1: UInt64
    var suffix2: UInt64
    var suffix3: UInt64
    var suffix4: UInt64
    /// Hash of the word's shape with runs collapsed ("Xx", "X.X.", "d,d", "x-x").
    var shape: UInt64
    /// Hash of the lower-cased part after the last hyphen, or 0.
    var afterHyphen: UInt64
    /// Bits: 1 first letter upper case, 2 all letters upper case, 4 has a digit, 8 has a hyphen,
    /// 16 has a letter, 32 long (more than 12 bytes).
    var flags: UInt64

    /// The features of a word. O(length).
    init(_ word: String) {
        var lowerBytes: [UInt8] = []
        var formBytes: [UInt8] = []
        var shapeBytes: [UInt8] = []
        lowerBytes.reserveCapacity(word.utf8.count)
        formBytes.reserveCapacity(word.utf8.count)
        var flags: UInt64 = 0
        var letters = 0, uppers = 0
        var lastHyphen = -1
        func appendShape(_ c: UInt8) {
            if shapeBytes.count >= 2 && shapeBytes[shapeBytes.count - 1] == c && shapeBytes[shapeBytes.count - 2] == c { return }
            shapeBytes.append(c)
        }
        for scalar in word.unicodeScalars {
            var s = scalar
            switch s.value {
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x60: s = "'"
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0xAB, 0xBB: s = "\""
            case 0x2010, 0x2011: s = "-"
            case 0x2013, 0x2014, 0x2015: s = "\u{2014}"
            default: break
            }
            if s.isASCII {
                var c = UInt8(s.value)
                if c >= 0x30 && c <= 0x39 { c = 0x30; flags |= 4; appendShape(0x64) }
                else if c >= 0x41 && c <= 0x5A {
                    if letters == 0 { flags |= 1 }
                    letters += 1; uppers += 1; appendShape(0x58)
                } else if c >= 0x61 && c <= 0x7A { letters += 1; appendShape(0x78) }
                else {
                    if c == 0x2D { flags |= 8; lastHyphen = lowerBytes.count }
                    appendShape(c)
                }
                formBytes.append(c)
                lowerBytes.append(c >= 0x41 && c <= 0x5A ? c + 32 : c)
            } else {
                let properties = s.properties
                let isUpper = properties.isUppercase
                if properties.isAlphabetic {
                    if letters == 0 && isUpper { flags |= 1 }
                    letters += 1
                    if isUpper { uppers += 1 }
                    appendShape(isUpper ? 0x58 : 0x78)
                } else if properties.numericType != nil { flags |= 4; appendShape(0x64) }
                else { appendShape(0x3F) }
                formBytes.append(contentsOf: String(s).utf8)
                lowerBytes.append(contentsOf: (isUpper ? properties.lowercaseMapping : String(s)).utf8)
            }
        }
        if letters > 0 { flags |= 16 }
        if letters > 1 && uppers == letters { flags |= 2 }
        if lowerBytes.count > 12 { flags |= 32 }
        self.flags = flags
        let n = lowerBytes.count
        (form, lower, prefix1, prefix3, suffix1, suffix2, suffix3, suffix4, shape, afterHyphen) = formBytes.withUnsafeBufferPointer { f in
            lowerBytes.withUnsafeBufferPointer { l in
                shapeBytes.withUnsafeBufferPointer { sh in
                    func slice(_ range: Range<Int>) -> UInt64 {
                        FeatureHash.bytes(UnsafeBufferPointer(rebasing: l[range]))
                    }
                    return (FeatureHash.bytes(f), FeatureHash.bytes(l), slice(0..<min(1, n)), slice(0..<min(3, n)),
                            slice(max(0, n - 1)..<n), slice(max(0, n - 2)..<n), slice(max(0, n - 3)..<n), slice(max(0, n - 4)..<n),
                            FeatureHash.bytes(sh), lastHyphen >= 0 && lastHyphen + 1 < n ? slice(lastHyphen + 1..<n) : 0)
                }
            }
        }
    }
}
