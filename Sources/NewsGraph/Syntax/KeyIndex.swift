/// An open-addressing hash map from 64-bit feature keys (never 0) to row numbers, with linear
/// probing; the load factor stays at most one half. Lookup and insertion are O(1) expected.
struct KeyIndex: Sendable {
    private(set) var keys: [UInt64]
    private(set) var rows: [Int32]
    private(set) var count = 0
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        rows = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key >> 17) & mask }

    /// The row of `key`, or -1.
    @inline(__always)
    func row(_ key: UInt64) -> Int32 {
        keys.withUnsafeBufferPointer { keys in
            var index = slot(key)
            while true {
                let found = keys[index]
                if found == key { return rows[index] }
                if found == 0 { return -1 }
                index = (index + 1) & mask
            }
        }
    }

    /// Adds `key` with the next row number if it is new; returns its row.
    mutating func insert(_ key: UInt64) -> Int32 {
        if (count + 1) * 2 > keys.count { grow() }
        var index = slot(key)
        while true {
            let found = keys[index]
            if found == key { return rows[index] }
            if found == 0 {
                keys[index] = key
                rows[index] = Int32(count)
                count += 1
                return rows[index]
            }
            index = (index + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldRows = rows
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        rows = [Int32](repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (key, row) in zip(oldKeys, oldRows) where key != 0 {
            var index = slot(key)
            while keys[index] != 0 { index = (index + 1) & mask }
            keys[index] = key
            rows[index] = row
        }
    }
}

/// Something that scores classes for a set of feature keys: the sum of each key's weight row.
protocol LinearScorer {
    var classCount: Int { get }
    /// Adds the weight rows of `keys[0..<count]` to `scores[0..<classCount]`. O(count × classCount).
    func addScores(_ keys: UnsafePointer<UInt64>, _ count: Int, _ scores: UnsafeMutablePointer<Float>)
}

/// The frozen weights of one averaged-perceptron classifier: a row of `classCount` floats per
/// feature key that survived pruning.
struct WeightTable: LinearScorer, Sendable {
    let classCount: Int
    /// Keys in ascending order; row `i` of `weights` belongs to `sortedKeys[i]`.
    let sortedKeys: [UInt64]
    let weights: [Float]
    private let index: KeyIndex

    init(classCount: Int, sortedKeys: [UInt64], weights: [Float]) {
        precondition(weights.count == sortedKeys.count * classCount)
        self.classCount = classCount
        self.sortedKeys = sortedKeys
        self.weights = weights
        var index = KeyIndex(capacity: sortedKeys.count)
        for key in sortedKeys { _ = index.insert(key) }
        self.index = index
    }

    @inline(__always)
    func addScores(_ keys: UnsafePointer<UInt64>, _ count: Int, _ scores: UnsafeMutablePointer<Float>) {
        let classCount = self.classCount
        weights.withUnsafeBufferPointer { weights in
            for k in 0..<count {
                let row = index.row(keys[k])
                if row < 0 { continue }
                let base = Int(row) * classCount
                for c in 0..<classCount { scores[c] += weights[base + c] }
            }
        }
    }
}
