import Foundation

/// A model file that cannot be read.
public struct SyntaxModelError: Error, CustomStringConvertible {
    public let reason: String
    public var description: String { reason }
}

/// The binary model format (little-endian):
///
///     "NGSYNTX2"
///     u32 byte count, then the relation labels, UTF-8, one per line (the label classes in order)
///     three tables (tagger, transitions, labels), each:
///         u32 classCount, u32 rowCount, u32 entryCount, f32 scale,
///         rowCount × u32 feature keys in ascending order,
///         rowCount × u8 entry counts,
///         entryCount × (u8 class, i16 weight), row after row (weight = i16 × scale)
enum ModelFile {
    static let magic = Array("NGSYNTX2".utf8)

    struct Contents {
        var relations: [DependencyRelation]
        var tagger: WeightTable
        var transitions: WeightTable
        var labels: WeightTable
    }

    static func encode(_ contents: Contents) -> Data {
        var bytes = magic
        func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) } }
        let labelBytes = Array(contents.relations.map(\.rawValue).joined(separator: "\n").utf8)
        u32(UInt32(labelBytes.count))
        bytes.append(contentsOf: labelBytes)
        for table in [contents.tagger, contents.transitions, contents.labels] {
            u32(UInt32(table.classCount))
            u32(UInt32(table.sortedKeys.count))
            u32(UInt32(table.entries.count))
            u32(table.scale.bitPattern)
            for key in table.sortedKeys { u32(key) }
            bytes.append(contentsOf: table.counts)
            for entry in table.entries {
                bytes.append(UInt8(entry >> 16))
                bytes.append(UInt8(entry & 0xff))
                bytes.append(UInt8((entry >> 8) & 0xff))
            }
        }
        return Data(bytes)
    }

    static func decode(_ data: Data) throws -> Contents {
        let bytes = [UInt8](data)
        var offset = 0
        func need(_ count: Int) throws {
            guard count >= 0, offset + count <= bytes.count else { throw SyntaxModelError(reason: "truncated model file") }
        }
        func u32() throws -> UInt32 {
            try need(4)
            let value = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
            offset += 4
            return value
        }
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else { throw SyntaxModelError(reason: "not a NewsGraph syntax model") }
        offset = magic.count
        let labelByteCount = Int(try u32())
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
            let classCount = Int(try u32()), rowCount = Int(try u32()), entryCount = Int(try u32())
            let scale = Float(bitPattern: try u32())
            guard classCount > 0, classCount < 256, entryCount < WeightTable.maxEntries, scale.isFinite else {
                throw SyntaxModelError(reason: "malformed weight table")
            }
            var keys = [UInt32](repeating: 0, count: rowCount)
            for i in 0..<rowCount { keys[i] = try u32() }
            try need(rowCount)
            let counts = Array(bytes[offset..<offset + rowCount])
            offset += rowCount
            try need(entryCount * 3)
            var entries = [UInt32]()
            entries.reserveCapacity(entryCount)
            for i in 0..<entryCount {
                let base = offset + 3 * i
                entries.append(UInt32(bytes[base]) << 16 | UInt32(bytes[base + 1]) | UInt32(bytes[base + 2]) << 8)
            }
            offset += entryCount * 3
            guard counts.reduce(0, { $0 + Int($1) }) == entryCount, entries.allSatisfy({ Int($0 >> 16) < classCount }),
                  zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }), !keys.contains(0) else {
                throw SyntaxModelError(reason: "malformed weight table")
            }
            tables.append(WeightTable(classCount: classCount, scale: scale, sortedKeys: keys, counts: counts, entries: entries))
        }
        guard offset == bytes.count, tables[0].classCount == UPOS.allCases.count, tables[1].classCount == 3,
              tables[2].classCount == relations.count, relations.contains(.root) else {
            throw SyntaxModelError(reason: "model tables do not match its labels")
        }
        return Contents(relations: relations, tagger: tables[0], transitions: tables[1], labels: tables[2])
    }
}
