/// What the parser knows about a word: hashes of its lower-cased form and suffix, its tag.
struct ParserWord {
    var word: UInt64
    var tag: UInt64
    var suffix: UInt64
    var shape: UInt64

    /// The virtual root that sits at the bottom of the stack.
    static let root = ParserWord(word: 0x7007, tag: 0x70, suffix: 0x7007, shape: 0x7007)
}

/// The moves of the arc-hybrid system (Kuhlmann, Gómez-Rodríguez and Satta 2011).
enum Move: Int {
    /// Push the buffer's front onto the stack.
    case shift = 0
    /// Make the buffer's front the head of the stack top, and pop it.
    case left = 1
    /// Make the word under the stack top its head, and pop the top.
    case right = 2
}

/// A parser configuration: a stack whose bottom is the virtual root (index `count`), the
/// buffer's front, and the arcs so far with the children each word has collected.
///
/// The root may take its one dependent only when the buffer is empty, so every parse has
/// exactly one root and every sentence of n words ends after exactly 2n moves.
struct ArcHybridState {
    /// The number of words; the root is word `count`.
    let count: Int
    private(set) var stack: [Int32]
    private(set) var front: Int
    private(set) var heads: [Int32]
    /// Label indices (into the model's label list); -1 before a word has a head.
    private(set) var labels: [Int32]
    private(set) var leftmost: [Int32]
    private(set) var leftmost2: [Int32]
    private(set) var rightmost: [Int32]
    private(set) var rightmost2: [Int32]
    private(set) var leftCount: [Int32]
    private(set) var rightCount: [Int32]
    /// Bit `l` is set when the word has a left (right) dependent with label `l`.
    private(set) var leftLabels: [UInt64]
    private(set) var rightLabels: [UInt64]

    init(count: Int) {
        self.count = count
        stack = [Int32(count)]
        stack.reserveCapacity(count + 1)
        front = 0
        let none = [Int32](repeating: -1, count: count + 1)
        heads = none
        labels = none
        leftmost = none
        leftmost2 = none
        rightmost = none
        rightmost2 = none
        leftCount = [Int32](repeating: 0, count: count + 1)
        rightCount = leftCount
        leftLabels = [UInt64](repeating: 0, count: count + 1)
        rightLabels = leftLabels
    }

    var isTerminal: Bool { front == count && stack.count == 1 }
    /// The stack's top, second and third words, or -1.
    var s0: Int { stack.count > 0 ? Int(stack[stack.count - 1]) : -1 }
    var s1: Int { stack.count > 1 ? Int(stack[stack.count - 2]) : -1 }
    var s2: Int { stack.count > 2 ? Int(stack[stack.count - 3]) : -1 }

    func isValid(_ move: Move) -> Bool {
        switch move {
        case .shift: return front < count
        case .left: return stack.count > 1 && front < count
        case .right: return stack.count > 2 || (stack.count == 2 && front == count)
        }
    }

    /// The (dependent, head) pair an arc move would add.
    func arc(_ move: Move) -> (dependent: Int, head: Int) {
        move == .left ? (s0, front) : (s0, s1)
    }

    mutating func apply(_ move: Move, label: Int) {
        switch move {
        case .shift:
            stack.append(Int32(front))
            front += 1
        case .left:
            let dependent = Int(stack.removeLast())
            attach(dependent, to: front, label: label, left: true)
        case .right:
            let dependent = Int(stack.removeLast())
            attach(dependent, to: Int(stack[stack.count - 1]), label: label, left: false)
        }
    }

    private mutating func attach(_ dependent: Int, to head: Int, label: Int, left: Bool) {
        heads[dependent] = Int32(head)
        labels[dependent] = Int32(label)
        let bit: UInt64 = label >= 0 && label < 64 ? 1 << UInt64(label) : 0
        if left {
            // Left dependents arrive from the nearest outwards, so the newest is the leftmost.
            leftmost2[head] = leftmost[head]
            leftmost[head] = Int32(dependent)
            leftCount[head] += 1
            leftLabels[head] |= bit
        } else {
            // Right dependents arrive from the nearest outwards too.
            rightmost2[head] = rightmost[head]
            rightmost[head] = Int32(dependent)
            rightCount[head] += 1
            rightLabels[head] |= bit
        }
    }
}
