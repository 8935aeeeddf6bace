/// A multi-class perceptron whose weights are averaged over every training step (Collins 2002),
/// with lazy averaging: each weight remembers when it last changed.
final class AveragedPerceptron: LinearScorer {
    let classCount: Int
    private var index = KeyIndex(capacity: 1 << 16)
    private var weights: [Float] = []
    private var totals: [Double] = []
    private var stamps: [Int32] = []
    /// The number of training steps so far.
    private var clock: Int32 = 0

    init(classCount: Int) { self.classCount = classCount }

    func addScores(_ keys: UnsafePointer<UInt64>, _ count: Int, _ scores: UnsafeMutablePointer<Float>) {
        for k in 0..<count {
            let row = index.row(keys[k])
            if row < 0 { continue }
            let base = Int(row) * classCount
            for c in 0..<classCount { scores[c] += weights[base + c] }
        }
    }

    /// Counts one training step; call once per decision, whether or not it was right.
    func tick() { clock += 1 }

    /// Moves the weights of `keys` towards `truth` and away from `guess`.
    func update(_ keys: UnsafePointer<UInt64>, _ count: Int, truth: Int, guess: Int) {
        guard truth != guess else { return }
        for k in 0..<count {
            let row = index.insert(keys[k])
            let base = Int(row) * classCount
            if base == weights.count {
                weights.append(contentsOf: repeatElement(0, count: classCount))
                totals.append(contentsOf: repeatElement(0, count: classCount))
                stamps.append(contentsOf: repeatElement(0, count: classCount))
            }
            step(base + truth, 1)
            step(base + guess, -1)
        }
    }

    @inline(__always)
    private func step(_ i: Int, _ delta: Float) {
        totals[i] += Double(clock - stamps[i]) * Double(weights[i])
        stamps[i] = clock
        weights[i] += delta
    }

    /// The averaged weights, without the rows whose largest absolute weight is below
    /// `threshold` and without zero entries, keys sorted so the result does not depend on
    /// insertion order.
    func frozen(threshold: Float) -> WeightTable {
        let time = Double(max(clock, 1))
        var kept: [(key: UInt64, base: Int)] = []
        for (key, row) in zip(index.keys, index.rows) where key != 0 {
            let base = Int(row) * classCount
            var largest: Float = 0
            for c in 0..<classCount { largest = max(largest, abs(average(base + c, time))) }
            if largest >= threshold && largest > 0 { kept.append((key, base)) }
        }
        kept.sort { $0.key < $1.key }
        let rows = kept.map { row in
            (0..<classCount).compactMap { c -> (label: Int, weight: Float)? in
                let weight = average(row.base + c, time)
                return weight == 0 ? nil : (c, weight)
            }
        }
        return WeightTable(classCount: classCount, sortedKeys: kept.map { UInt32($0.key) }, rows: rows)
    }

    private func average(_ i: Int, _ time: Double) -> Float {
        Float((totals[i] + Double(clock - stamps[i]) * Double(weights[i])) / time)
    }
}
