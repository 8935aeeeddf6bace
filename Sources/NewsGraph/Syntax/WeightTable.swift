/// Something that scores classes for a set of feature keys: the sum of each key's weight row.
protocol LinearScorer {
    var classCount: Int { get }
    /// Adds the weight rows of `keys[0..<count]` to `scores[0..<classCount]`.
    func addScores(_ keys: UnsafePointer<UInt64>, _ count: Int, _ scores: UnsafeMutablePointer<Float>)
}

/// The frozen weights of one averaged-perceptron classifier, quantised to 16 bits and stored
/// sparsely: for each feature key that survived pruning, its non-zero (class, weight) entries.
/// Scores come out in units of `scale`; only their order matters.
///
/// Keys are found by linear probing in a table at most 70% full. For three classes (the
/// transitions) a slot packs a 16-bit fingerprint of the key with the three weights, so a
/// feature costs one 8-byte read; otherwise a slot packs the key with its entries' position.
/// Scoring is O(keys) expected, and reads the slots of all keys before using any, so that the
/// cache misses, which dominate the cost, overlap.
struct WeightTable: LinearScorer, Sendable {
    let classCount: Int
    let scale: Float
    /// Keys in ascending order, each with `counts[i]` entries; entries are in key order.
    let sortedKeys: [UInt32]
    let counts: [UInt8]
    /// class << 16 | UInt16(bitPattern: weight)
    let entries: [UInt32]
    private let slots: [UInt64]
    private let mask: Int
    private var isInline: Bool { classCount <= 3 }

    static let maxEntries = 1 << 24

    init(classCount: Int, scale: Float, sortedKeys: [UInt32], counts: [UInt8], entries: [UInt32]) {
        precondition(counts.count == sortedKeys.count && entries.count < WeightTable.maxEntries)
        self.classCount = classCount
        self.scale = scale
        var size = 16
        while size * 7 < sortedKeys.count * 10 { size <<= 1 }
        mask = size - 1
        var slots = [UInt64](repeating: 0, count: size)
        var keptKeys: [UInt32] = [], keptCounts: [UInt8] = [], keptEntries: [UInt32] = []
        var start = 0
        for (key, count) in zip(sortedKeys, counts) {
            let rowEntries = entries[start..<start + Int(count)]
            start += Int(count)
            var index = KeyIndex.slot(UInt64(key), mask)
            if classCount <= 3 {
                // A key whose fingerprint is already on its probe path could never be found;
                // it is dropped (a handful of keys in a model, the later in key order).
                let fingerprint = WeightTable.fingerprint(UInt64(key))
                var clash = false
                while slots[index] != 0 {
                    if slots[index] >> 48 == fingerprint { clash = true; break }
                    index = (index + 1) & mask
                }
                if clash { continue }
                var packed = fingerprint << 48
                for entry in rowEntries { packed |= UInt64(entry & 0xffff) << (16 * UInt64(entry >> 16)) }
                slots[index] = packed
            } else {
                while slots[index] != 0 { index = (index + 1) & mask }
                slots[index] = UInt64(key) << 32 | UInt64(keptEntries.count) << 8 | UInt64(count)
            }
            keptKeys.append(key)
            keptCounts.append(count)
            keptEntries.append(contentsOf: rowEntries)
        }
        self.slots = slots
        self.sortedKeys = keptKeys
        self.counts = keptCounts
        self.entries = keptEntries
    }

    /// Quantises float rows: `rows[i]` holds the (class, weight) entries of `sortedKeys[i]`.
    init(classCount: Int, sortedKeys: [UInt32], rows: [[(label: Int, weight: Float)]]) {
        let largest = rows.joined().reduce(Float(0)) { max($0, abs($1.weight)) }
        let scale = largest > 0 ? largest / 32767 : 1
        var keys: [UInt32] = [], counts: [UInt8] = [], entries: [UInt32] = []
        for (key, row) in zip(sortedKeys, rows) {
            let quantised = row.compactMap { entry -> UInt32? in
                let q = Int16((entry.weight / scale).rounded())
                return q == 0 ? nil : UInt32(entry.label) << 16 | UInt32(UInt16(bitPattern: q))
            }
            if quantised.isEmpty { continue }
            keys.append(key)
            counts.append(UInt8(quantised.count))
            entries.append(contentsOf: quantised)
        }
        self.init(classCount: classCount, scale: scale, sortedKeys: keys, counts: counts, entries: entries)
    }

    @inline(__always)
    private static func fingerprint(_ key: UInt64) -> UInt64 { ((key >> 16) & 0xffff) | 1 }

    @inline(__always)
    private static func weight(_ packed: UInt64, _ lane: UInt64) -> Float {
        Float(Int16(truncatingIfNeeded: packed >> (16 * lane)))
    }

    @inline(__always)
    func addScores(_ keys: UnsafePointer<UInt64>, _ count: Int, _ scores: UnsafeMutablePointer<Float>) {
        let mask = self.mask
        slots.withUnsafeBufferPointer { slots in
            var sink: UInt64 = 0
            for k in 0..<count { sink ^= slots[KeyIndex.slot(keys[k], mask)] }
            if isInline {
                var a: Int32 = 0, b: Int32 = 0, c: Int32 = 0
                for k in 0..<count {
                    let fingerprint = WeightTable.fingerprint(keys[k])
                    var index = KeyIndex.slot(keys[k], mask)
                    while true {
                        let slot = slots[index]
                        if slot >> 48 == fingerprint {
                            a &+= Int32(Int16(truncatingIfNeeded: slot))
                            b &+= Int32(Int16(truncatingIfNeeded: slot >> 16))
                            c &+= Int32(Int16(truncatingIfNeeded: slot >> 32))
                            break
                        }
                        if slot == 0 { break }
                        index = (index + 1) & mask
                    }
                }
                scores[0] += Float(a)
                if classCount > 1 { scores[1] += Float(b) }
                if classCount > 2 { scores[2] += Float(c) }
            } else {
                entries.withUnsafeBufferPointer { entries in
                    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { found in
                        for k in 0..<count {
                            let key = keys[k]
                            var index = KeyIndex.slot(key, mask)
                            found[k] = 0
                            while true {
                                let slot = slots[index]
                                if slot >> 32 == key {
                                    found[k] = slot
                                    sink ^= UInt64(entries[Int(truncatingIfNeeded: (slot >> 8) & 0xff_ffff)])
                                    break
                                }
                                if slot == 0 { break }
                                index = (index + 1) & mask
                            }
                        }
                        for k in 0..<count {
                            let slot = found[k]
                            let start = Int(truncatingIfNeeded: (slot >> 8) & 0xff_ffff)
                            for e in start..<start + Int(truncatingIfNeeded: slot & 0xff) {
                                let entry = entries[e]
                                scores[Int(truncatingIfNeeded: entry >> 16)] += Float(Int16(truncatingIfNeeded: entry))
                            }
                        }
                    }
                }
            }
            // Keeps the touching reads: `sink` is never this value in practice, and when it
            // is, adding zero changes nothing.
            if sink == 0x5eed_5eed_5eed_5eed { scores[0] += 0 }
        }
    }
}
