import Foundation

/// A model file that cannot be read.
public struct SyntaxModelError: Error, CustomStringConvertible {
    public let reason: String
    public var description: String { reason }
}

/// The binary model format (little-endian):
///
///     "NGSYNTX1"
///     u32 byte count, then the relation labels, UTF-8, one per line (the label classes in order)
///     three tables (tagger, transitions, labels), each:
///         u32 classCount, u32 rowCount, f32 scale,
///         rowCount × u64 feature keys in ascending order,
///         rowCount × classCount × i16 weights (weight = i16 × scale)
enum ModelFile {
    static let magic = Array("NGSYNTX1".utf8)

    struct Contents {
        var relations: [DependencyRelation]
        var tagger: WeightTable
        var transitions: WeightTable
        var labels: WeightTable
    }

    static func encode(_ contents: Contents) -> Data {
        var data = Data(magic)
        func u32(_ value: Int) { withUnsafeBytes(of: UInt32(value).littleEndian) { data.append(contentsOf: $0) } }
        let labelBytes = Array(contents.relations.map(\.rawValue).joined(separator: "\n").utf8)
        u32(labelBytes.count)
        data.append(contentsOf: labelBytes)
        for table in [contents.tagger, contents.transitions, contents.labels] {
            u32(table.classCount)
            u32(table.sortedKeys.count)
            let largest = table.weights.reduce(Float(0)) { max($0, abs($1)) }
            let scale = largest > 0 ? largest / 32767 : 1
            withUnsafeBytes(of: scale.bitPattern.littleEndian) { data.append(contentsOf: $0) }
            for key in table.sortedKeys { withUnsafeBytes(of: key.littleEndian) { data.append(contentsOf: $0) } }
            var quantised = [UInt8]()
            quantised.reserveCapacity(table.weights.count * 2)
            for weight in table.weights {
                let q = UInt16(bitPattern: Int16((weight / scale).rounded()))
                quantised.append(UInt8(q & 0xff))
                quantised.append(UInt8(q >> 8))
            }
            data.append(contentsOf: quantised)
        }
        return data
    }

    static func decode(_ data: Data) throws -> Contents {
        let bytes = [UInt8](data)
        var offset = 0
        func need(_ count: Int) throws {
            guard count >= 0, offset + count <= bytes.count else { throw SyntaxModelError(reason: "truncated model file") }
        }
        func u32() throws -> Int {
            try need(4)
            let value = Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
            offset += 4
            return value
        }
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else { throw SyntaxModelError(reason: "not a NewsGraph syntax model") }
        offset = magic.count
        let labelByteCount = try u32()
        try need(labelByteCount)
        let labelText = String(decoding: bytes[offset..<offset + labelByteCount], as: UTF8.self)
        offset += labelByteCount
        var relations: [DependencyRelation] = []
        for name in labelText.split(separator: "\n") {
            guard let relation = DependencyRelation(rawValue: String(name)) else { throw SyntaxModelError(reason: "unknown relation '\(name)'") }
            relations.append(relation)
        }
        var tables: [WeightTable] = []
        for _ in 0..<3 {
            let classCount = try u32(), rowCount = try u32()
            let scale = Float(bitPattern: UInt32(try u32()))
            try need(rowCount * 8 + rowCount * classCount * 2)
            var keys = [UInt64](repeating: 0, count: rowCount)
            for i in 0..<rowCount {
                var key: UInt64 = 0
                for b in 0..<8 { key |= UInt64(bytes[offset + i * 8 + b]) << (8 * UInt64(b)) }
                keys[i] = key
            }
            offset += rowCount * 8
            var weights = [Float](repeating: 0, count: rowCount * classCount)
            for i in 0..<weights.count {
                let q = Int16(bitPattern: UInt16(bytes[offset + 2 * i]) | UInt16(bytes[offset + 2 * i + 1]) << 8)
                weights[i] = Float(q) * scale
            }
            offset += weights.count * 2
            guard classCount > 0, zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }), !keys.contains(0) else {
                throw SyntaxModelError(reason: "malformed weight table")
            }
            tables.append(WeightTable(classCount: classCount, sortedKeys: keys, weights: weights))
        }
        guard tables[0].classCount == UPOS.allCases.count, tables[1].classCount == 3, tables[2].classCount == relations.count,
              relations.contains(.root) else { throw SyntaxModelError(reason: "model tables do not match its labels") }
        return Contents(relations: relations, tagger: tables[0], transitions: tables[1], labels: tables[2])
    }
}
