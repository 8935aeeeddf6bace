import Foundation

/// Writes JSON in the project's canonical form: keys sorted, two-space indent, `"key": value`,
/// empty objects and arrays as `{}` and `[]`, a trailing newline. Same value, same bytes.
public enum CanonicalJSON {
    /// The canonical bytes of an `Encodable` value.
    public static func data<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return indent(try encoder.encode(value))
    }

    /// Re-indents compact JSON (as `JSONEncoder` writes it without `.prettyPrinted`).
    static func indent(_ compact: Data) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(compact.count * 2)
        var depth = 0
        var inString = false
        var escaped = false
        let bytes = [UInt8](compact)
        func newline() {
            out.append(0x0A)
            out.append(contentsOf: repeatElement(0x20, count: depth * 2))
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                out.append(byte)
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                index += 1
                continue
            }
            switch byte {
            case 0x22:  // "
                inString = true
                out.append(byte)
            case 0x7B, 0x5B:  // { [
                let close: UInt8 = byte == 0x7B ? 0x7D : 0x5D
                if index + 1 < bytes.count, bytes[index + 1] == close {
                    out.append(byte)
                    out.append(close)
                    index += 2
                    continue
                }
                out.append(byte)
                depth += 1
                newline()
            case 0x7D, 0x5D:  // } ]
                depth -= 1
                newline()
                out.append(byte)
            case 0x2C:  // ,
                out.append(byte)
                newline()
            case 0x3A:  // :
                out.append(contentsOf: [0x3A, 0x20])
            default:
                out.append(byte)
            }
            index += 1
        }
        out.append(0x0A)
        return Data(out)
    }
}
