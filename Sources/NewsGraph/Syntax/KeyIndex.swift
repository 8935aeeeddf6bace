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
    private func slot(_ key: UInt64) -> Int { KeyIndex.slot(key, mask) }

    /// The first slot to probe for `key` in a table of `mask + 1` slots (multiplicative hashing).
    @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> 32) & mask }

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

