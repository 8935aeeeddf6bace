import Foundation

/// The JSON grammar of ``GraphFileReader``: objects, arrays, strings, numbers, booleans and null,
/// read from bytes; anything unusual throws ``GraphFileReader/GiveUp``.
extension GraphFileReader {
    /// Marks field `bit` of an object as read; gives up when it was read before.
    static func once(_ seen: inout UInt32, _ bit: UInt32) throws {
        guard seen & (1 << bit) == 0 else { throw GiveUp() }
        seen |= 1 << bit
    }

    /// Reads an object of any values, as `[String: JSONValue]` decodes it; a repeated key gives up.
    mutating func readAttributes() throws -> [String: JSONValue] {
        var attributes: [String: JSONValue] = [:]
        try readObject { reader, key in
            guard attributes[key] == nil else { throw GiveUp() }
            attributes[key] = try reader.readValue()
        }
        return attributes
    }

    /// Any JSON value, as `JSONValue` decodes it.
    mutating func readValue() throws -> JSONValue {
        guard position < bytes.count else { throw GiveUp() }
        switch bytes[position] {
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "{"): return .object(try readAttributes())
        case UInt8(ascii: "["): return .array(try readArray { try $0.readValue() })
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool(try readBool())
        case UInt8(ascii: "n"):
            guard readNull() else { throw GiveUp() }
            return .null
        default: return .number(try readDouble())
        }
    }

    /// Reads `{ "key": value, … }`, calling `body` with the reader at each value. The callers give
    /// up on a repeated key they read (`JSONDecoder` keeps the first; see ``once(_:_:)``).
    mutating func readObject(_ body: (inout GraphFileReader, String) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        skipSpace()
        if peek(UInt8(ascii: "}")) { position += 1; return }
        while true {
            skipSpace()
            let key = try readString()
            skipSpace()
            try expect(UInt8(ascii: ":"))
            skipSpace()
            try body(&self, key)
            skipSpace()
            if peek(UInt8(ascii: ",")) { position += 1; continue }
            try expect(UInt8(ascii: "}"))
            return
        }
    }

    /// Reads `[ element, … ]`.
    mutating func readArray<Element>(_ element: (inout GraphFileReader) throws -> Element) throws -> [Element] {
        try expect(UInt8(ascii: "["))
        skipSpace()
        var result: [Element] = []
        if peek(UInt8(ascii: "]")) { position += 1; return result }
        while true {
            skipSpace()
            result.append(try element(&self))
            skipSpace()
            if peek(UInt8(ascii: ",")) { position += 1; continue }
            try expect(UInt8(ascii: "]"))
            return result
        }
    }

    /// Reads a string. Bytes are checked to be UTF-8; control characters and bad escapes give up.
    mutating func readString() throws -> String {
        try expect(UInt8(ascii: "\""))
        let start = position
        var ascii = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
                position += 1
                if ascii { return String(decoding: slice, as: UTF8.self) }
                guard let text = String(bytes: slice, encoding: .utf8) else { throw GiveUp() }
                return text
            }
            if byte == UInt8(ascii: "\\") {
                position = start
                return try readEscapedString()
            }
            if byte < 0x20 { throw GiveUp() }
            if byte >= 0x80 { ascii = false }
            position += 1
        }
        throw GiveUp()
    }

    /// Reads the rest of a string that has escapes, from just after its opening quote.
    mutating func readEscapedString() throws -> String {
        var buffer: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(bytes: buffer, encoding: .utf8) else { throw GiveUp() }
                return text
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { throw GiveUp() }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escape)
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try readHex4()
                    if (0xD800..<0xDC00).contains(code) {
                        guard peek(UInt8(ascii: "\\")), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u") else { throw GiveUp() }
                        position += 2
                        let low = try readHex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw GiveUp() }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw GiveUp() }
                    buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
                default: throw GiveUp()
                }
            default:
                if byte < 0x20 { throw GiveUp() }
                buffer.append(byte)
            }
        }
        throw GiveUp()
    }

    mutating func readHex4() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw GiveUp() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            position += 1
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw GiveUp()
            }
            value = value * 16 + UInt32(digit)
        }
        return value
    }

    /// Reads a plain integer: an optional minus and digits, no leading zero, no fraction or exponent.
    mutating func readInt() throws -> Int {
        let negative = peek(UInt8(ascii: "-"))
        if negative { position += 1 }
        let start = position
        var value = 0
        while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int(bytes[position] - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { throw GiveUp() }
            value = sum
            position += 1
        }
        let digits = position - start
        guard digits > 0, digits == 1 || bytes[start] != UInt8(ascii: "0") else { throw GiveUp() }
        if position < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[position]) { throw GiveUp() }
        return negative ? -value : value
    }

    /// Reads any JSON number as a finite `Double`.
    mutating func readDouble() throws -> Double {
        let start = position
        while position < bytes.count, "+-.eE0123456789".utf8.contains(bytes[position]) { position += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard JSONNumber.isValid(text), let value = Double(text), value.isFinite else { throw GiveUp() }
        return value
    }

    mutating func readBool() throws -> Bool {
        if matches("true") { return true }
        if matches("false") { return false }
        throw GiveUp()
    }

    /// Reads `null` if it is next.
    mutating func readNull() -> Bool { matches("null") }

    /// Skips one value of any kind.
    mutating func skipValue() throws { _ = try readValue() }

    mutating func matches(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] { return false }
        position += count
        return true
    }

    func peek(_ byte: UInt8) -> Bool { position < bytes.count && bytes[position] == byte }

    mutating func expect(_ byte: UInt8) throws {
        guard peek(byte) else { throw GiveUp() }
        position += 1
    }

    mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }
}
/// The JSON number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
enum JSONNumber {
    static func isValid(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        func digits() -> Int {
            let count = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        if bytes.first == UInt8(ascii: "0") { bytes = bytes.dropFirst() } else if digits() == 0 { return false }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            if digits() == 0 { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            if digits() == 0 { return false }
        }
        return bytes.isEmpty
    }
}
