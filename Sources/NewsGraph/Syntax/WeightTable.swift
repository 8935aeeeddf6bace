/// Something that scores classes for a set of feature keys: the sum of each key's weight row.
protocol LinearScorer {
    var classCount: Int { get }
    /// Adds the weight rows of `keys[0..<count]` to `scores[0..<classCount]`.
    func addScores(_ keys: UnsafePointer<UInt64>, _ count: Int, _ scores: UnsafeMutablePointer<Float>)
}

/// The frozen weights of one averaged-perceptron classifier, stored sparsely: for each feature
/// key that survived pruning, its non-zero (class, weight) entries. A key is found by linear
/// probing in a table at most half full whose slots pack the key with its entries' position,
/// so scoring a feature costs one probe (O(1) expected) and one short contiguous read.
struct WeightTable: LinearScorer, Sendable {
    struct Entry: Sendable, Equatable {
        var label: Int32
        var weight: Float
    }

    let classCount: Int
    /// Keys in ascending order, each with `counts[i]` entries; entries are in key order.
    let sortedKeys: [UInt32]
    let counts: [UInt8]
    let entries: [Entry]
    /// Slot: key << 32 | first entry << 8 | entry count; 0 is empty. Unused for small tables.
    private let slots: [UInt64]
    /// For tables of at most three classes, slots that hold their key and weights together, so
    /// a feature costs one memory read; key 0 is empty.
    private let inline: [InlineSlot]
    private let mask: Int

    struct InlineSlot: Sendable {
        var key: UInt32 = 0
        var weights: (Float, Float, Float) = (0, 0, 0)
    }

    static let maxEntries = 1 << 24

    init(classCount: Int, sortedKeys: [UInt32], counts: [UInt8], entries: [Entry]) {
        precondition(counts.count == sortedKeys.count && entries.count < WeightTable.maxEntries)
        self.classCount = classCount
        self.sortedKeys = sortedKeys
        self.counts = counts
        self.entries = entries
        var size = 16
        while size < sortedKeys.count * 2 { size <<= 1 }
        mask = size - 1
        var slots = [UInt64](repeating: 0, count: classCount <= 3 ? 0 : size)
        var inline = [InlineSlot](repeating: InlineSlot(), count: classCount <= 3 ? size : 0)
        var start = 0
        for (key, count) in zip(sortedKeys, counts) {
            var index = KeyIndex.slot(UInt64(key), mask)
            if classCount <= 3 {
                while inline[index].key != 0 { index = (index + 1) & mask }
                var weights: [Float] = [0, 0, 0]
                for entry in entries[start..<start + Int(count)] { weights[Int(entry.label)] = entry.weight }
                inline[index] = InlineSlot(key: key, weights: (weights[0], weights[1], weights[2]))
            } else {
                while slots[index] != 0 { index = (index + 1) & mask }
                slots[index] = UInt64(key) << 32 | UInt64(start) << 8 | UInt64(count)
            }
            start += Int(count)
        }
        self.slots = slots
        self.inline = inline
    }

    /// Scoring for tables with inline slots: touch every key's slot, then probe and add.
    @inline(__always)
    private func addInlineScores(_ keys: UnsafePointer<UInt64>, _ count: Int, _ scores: UnsafeMutablePointer<Float>) {
        let mask = self.mask
        inline.withUnsafeBufferPointer { slots in
            var sink: UInt32 = 0
            for k in 0..<count { sink ^= slots[KeyIndex.slot(keys[k], mask)].key }
            var a: Float = 0, b: Float = 0, c: Float = 0
            for k in 0..<count {
                let key = UInt32(truncatingIfNeeded: keys[k])
                var index = KeyIndex.slot(keys[k], mask)
                while true {
                    let slot = slots[index]
                    if slot.key == key { a += slot.weights.0; b += slot.weights.1; c += slot.weights.2; break }
                    if slot.key == 0 { break }
                    index = (index + 1) & mask
                }
            }
            scores[0] += a
            if classCount > 1 { scores[1] += b }
            if classCount > 2 { scores[2] += c }
            if sink == 0x5eed_5eed { scores[0] += 0 }
        }
    }

    /// Scores in three passes so that the memory reads of all the keys overlap: first the
    /// slots are touched, then the entries, then the weights are added. The reads dominate the
    /// cost (the tables do not fit in cache), and independent reads run in parallel.
    @inline(__always)
    func addScores(_ keys: UnsafePointer<UInt64>, _ count: Int, _ scores: UnsafeMutablePointer<Float>) {
        if classCount <= 3 { return addInlineScores(keys, count, scores) }
        let mask = self.mask
        slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { found in
                    var sink: UInt64 = 0
                    for k in 0..<count {
                        let index = KeyIndex.slot(keys[k], mask)
                        found[k] = UInt64(index)
                        sink ^= slots[index]
                    }
                    for k in 0..<count {
                        let key = keys[k]
                        var index = Int(found[k])
                        found[k] = 0
                        while true {
                            let slot = slots[index]
                            if slot == 0 { break }
                            if slot >> 32 == key {
                                found[k] = slot
                                sink ^= UInt64(entries[Int(truncatingIfNeeded: (slot >> 8) & 0xff_ffff)].weight.bitPattern)
                                break
                            }
                            index = (index + 1) & mask
                        }
                    }
                    for k in 0..<count {
                        let slot = found[k]
                        let start = Int(truncatingIfNeeded: (slot >> 8) & 0xff_ffff)
                        for e in start..<start + Int(truncatingIfNeeded: slot & 0xff) {
                            scores[Int(entries[e].label)] += entries[e].weight
                        }
                    }
                    // Keeps the touching reads: `sink` is never this value in practice, and when
                    // it is, adding zero changes nothing.
                    if sink == 0x5eed_5eed_5eed_5eed { scores[0] += 0 }
                }
            }
        }
    }
}
