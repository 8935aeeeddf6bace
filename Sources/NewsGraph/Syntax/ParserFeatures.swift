/// The parser's features in the style of Zhang and Nivre (2011), adapted to arc-hybrid: words
/// and tags of the top three stack words and the first three buffer words, their outermost
/// children and the children's labels, distances, valencies and label sets.
enum ParserFeatures {
    static let maxTransitionCount = 72
    static let maxLabelCount = 40
    private static let none: UInt64 = 0x0e0e_0000_0000_0003

    @inline(__always)
    private static func distance(_ a: Int, _ b: Int) -> UInt64 {
        let d = abs(b - a)
        switch d {
        case 0...4: return UInt64(d)
        case 5...6: return 5
        case 7...9: return 6
        default: return 7
        }
    }

    /// The keys for choosing the next move in `state`. O(1).
    @inline(__always)
    static func transition(_ state: ArcHybridState, _ words: UnsafeBufferPointer<ParserWord>, into keys: UnsafeMutablePointer<UInt64>) -> Int {
        let n = state.count
        let s0 = state.s0, s1 = state.s1, s2 = state.s2
        let b0 = state.front < n ? state.front : -1
        let b1 = state.front + 1 < n ? state.front + 1 : -1
        let b2 = state.front + 2 < n ? state.front + 2 : -1
        let b3 = state.front + 3 < n ? state.front + 3 : -1
        @inline(__always) func w(_ i: Int) -> UInt64 { i < 0 ? none : words[i].word }
        @inline(__always) func t(_ i: Int) -> UInt64 { i < 0 ? none : words[i].tag }
        @inline(__always) func l(_ i: Int) -> UInt64 { i < 0 ? none : UInt64(bitPattern: Int64(state.labels[i])) &+ 1 }
        @inline(__always) func lm(_ i: Int) -> Int { i < 0 ? -1 : Int(state.leftmost[i]) }
        @inline(__always) func lm2(_ i: Int) -> Int { i < 0 ? -1 : Int(state.leftmost2[i]) }
        @inline(__always) func rm(_ i: Int) -> Int { i < 0 ? -1 : Int(state.rightmost[i]) }
        @inline(__always) func rm2(_ i: Int) -> Int { i < 0 ? -1 : Int(state.rightmost2[i]) }
        @inline(__always) func vl(_ i: Int) -> UInt64 { i < 0 ? none : UInt64(state.leftCount[i]) }
        @inline(__always) func vr(_ i: Int) -> UInt64 { i < 0 ? none : UInt64(state.rightCount[i]) }
        @inline(__always) func sl(_ i: Int) -> UInt64 { i < 0 ? none : state.leftLabels[i] }
        @inline(__always) func sr(_ i: Int) -> UInt64 { i < 0 ? none : state.rightLabels[i] }

        let s0w = w(s0), s0t = t(s0), s1w = w(s1), s1t = t(s1), s2t = t(s2)
        let b0w = w(b0), b0t = t(b0), b1w = w(b1), b1t = t(b1), b2t = t(b2)
        let s0l = lm(s0), s0l2 = lm2(s0), s0r = rm(s0), s0r2 = rm2(s0)
        let s1l = lm(s1), s1r = rm(s1)
        let b0l = lm(b0), b0l2 = lm2(b0)
        let s0lt = t(s0l), s0rt = t(s0r), s1rt = t(s1r), s1lt = t(s1l), b0lt = t(b0l)
        let d = s0 >= 0 && s0 < n && b0 >= 0 ? distance(s0, b0) : 9
        let d2 = s0 >= 0 && s0 < n && s1 >= 0 && s1 < n ? distance(s1, s0) : 9

        var k = 0
        @inline(__always) func add(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            keys[k] = FeatureHash.key(template, a, b, c)
            k += 1
        }
        add(1, 0)
        add(2, s0w); add(3, s0t); add(4, s0w, s0t)
        add(5, s1w); add(6, s1t); add(7, s1w, s1t)
        add(8, b0w); add(9, b0t); add(10, b0w, b0t)
        add(11, b1w); add(12, b1t); add(15, b2t); add(16, s2t)
        add(18, s0w, s0t << 8 | b0t, b0w); add(21, s0w, s0t, b0t); add(22, s0t, b0w, b0t); add(23, s0w, b0w); add(24, s0t, b0t)
        add(25, b0t, b1t); add(26, s1w, s1t << 8 | s0t, s0w); add(27, s1t, s0t); add(28, s1w, s0w); add(31, s1t, b0t)
        add(33, b0t, b1t, b2t); add(34, s0t, b0t, b1t); add(35, s1t, s0t, b0t); add(36, s2t, s1t, s0t)
        add(37, s0t, s0lt, b0t); add(38, s0t, s0rt, b0t); add(39, s0t, b0t, b0lt); add(40, s1t, s0t, s0lt)
        add(41, s1t, s0t, s0rt); add(42, s1t, s1rt, s0t)
        add(45, s0t, d); add(47, b0t, d); add(48, s0t << 8 | b0t, d); add(49, s0w, b0w, d)
        add(50, s1t << 8 | s0t, d2); add(52, s1t << 8 | s0t, b0t, d)
        add(54, s0t, vr(s0)); add(56, s0t, vl(s0)); add(58, b0t, vl(b0)); add(59, s1t, vr(s1))
        add(61, w(s0l)); add(62, s0lt); add(63, l(s0l)); add(65, s0rt); add(66, l(s0r))
        add(67, w(b0l)); add(68, b0lt); add(69, l(b0l)); add(71, s1rt); add(72, l(s1r)); add(73, s1lt, l(s1l))
        add(74, t(s0l2), l(s0l2)); add(75, t(s0r2), l(s0r2)); add(76, t(b0l2), l(b0l2))
        add(78, s0t, s0lt, t(s0l2)); add(80, b0t, b0lt, t(b0l2))
        add(83, s0t, sr(s0)); add(85, s0t, sl(s0)); add(87, b0t, sl(b0)); add(88, s1t, sr(s1))
        add(92, b1t, b2t, t(b3)); add(94, s0t, l(s0l), l(s0r)); add(95, s1t, s0t, l(s1r))
        return k
    }

    /// The keys for choosing the label of the arc from `head` to `dependent`. O(1).
    @inline(__always)
    static func label(_ state: ArcHybridState, _ words: UnsafeBufferPointer<ParserWord>, dependent: Int, head: Int,
                      into keys: UnsafeMutablePointer<UInt64>) -> Int {
        let n = state.count
        @inline(__always) func w(_ i: Int) -> UInt64 { i < 0 ? none : words[i].word }
        @inline(__always) func t(_ i: Int) -> UInt64 { i < 0 ? none : words[i].tag }
        @inline(__always) func l(_ i: Int) -> UInt64 { i < 0 ? none : UInt64(bitPattern: Int64(state.labels[i])) &+ 1 }
        let dw = words[dependent].word, dt = words[dependent].tag
        let hw = words[head].word, ht = words[head].tag
        let direction: UInt64 = head > dependent ? 1 : 2
        let dist = head < n ? distance(dependent, head) : 9
        let dl = Int(state.leftmost[dependent]), dr = Int(state.rightmost[dependent])
        let hl = Int(state.leftmost[head]), hr = Int(state.rightmost[head])
        let before = dependent > 0 ? dependent - 1 : -1
        let after = dependent + 1 < n ? dependent + 1 : -1
        var k = 0
        @inline(__always) func add(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) {
            keys[k] = FeatureHash.key(template, a, b, c)
            k += 1
        }
        add(101, direction)
        add(102, dw, direction); add(103, dt, direction); add(104, dw, dt, direction)
        add(105, hw, direction); add(106, ht, direction); add(107, hw, ht, direction)
        add(108, dt, ht, direction); add(109, dw, ht, direction); add(110, dt, hw, direction)
        add(111, dw, hw, direction); add(112, dt << 8 | ht, dist, direction)
        add(113, dt, l(dl), direction); add(114, dt, l(dr), direction)
        add(115, dt, w(dl), direction); add(116, dt << 8 | ht, t(dl), direction)
        add(117, dt, state.leftLabels[dependent], direction); add(118, dt, state.rightLabels[dependent], direction)
        add(119, dt << 8 | ht, state.leftLabels[head], direction); add(120, dt << 8 | ht, state.rightLabels[head], direction)
        add(121, dt, l(hl), direction); add(122, dt, l(hr), direction)
        add(123, words[dependent].suffix, dt, direction); add(124, t(before), dt, direction); add(125, t(after), dt, direction)
        add(126, dw, w(dl)); add(127, dt, w(dr)); add(128, hw, dt, w(dl)); add(129, words[dependent].shape, dt, ht)
        add(130, dt, w(hl), direction); add(131, ht, l(state.leftmost2[head] >= 0 ? Int(state.leftmost2[head]) : -1), dt)
        add(132, w(before), dt, direction); add(133, hw, w(dl), direction); add(134, words[head].suffix, dt, direction)
        return k
    }
}
