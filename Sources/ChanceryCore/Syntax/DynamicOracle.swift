/// The arc-hybrid dynamic oracle (Goldberg & Nivre 2013): how many gold arcs each move makes unreachable from
/// the current configuration, so that training can follow the parser's own mistakes and still learn the best
/// next move. Arc-hybrid is arc-decomposable, so counting the arcs a move rules out is the exact cost.
struct DynamicOracle {
    /// Gold head of each node (index 0 unused), as node numbers.
    let heads: [Int]
    /// Gold relation of each node.
    let labels: [Int]

    /// The cost of a move, nil when it is not valid.
    func cost(_ move: ArcHybrid.Move, _ state: ArcHybrid) -> Int? {
        guard state.isValid(move) else { return nil }
        let n = state.n
        let b = state.next
        switch move {
        case .shift:
            // b can no longer take a head from below the stack top, nor a dependent from anywhere on the stack.
            var cost = 0
            for (depth, k) in state.stack.reversed().enumerated() {
                let k = Int(k)
                if depth > 0 && heads[b] == k { cost += 1 }
                if k > 0 && heads[k] == b { cost += 1 }
            }
            return cost
        case .left:
            // s0 can no longer take s1 or a later word as head, nor any buffer word as dependent.
            let s0 = state.stack(0)
            let s1 = state.stack(1)
            var cost = heads[s0] == s1 ? 1 : 0
            if b + 1 <= n { for k in (b + 1)...n where heads[s0] == k { cost += 1 } }
            for k in b...n where heads[k] == s0 { cost += 1 }
            return cost
        case .right:
            // s0 can no longer take a head or a dependent from the buffer.
            let s0 = state.stack(0)
            var cost = 0
            if b <= n { for k in b...n where heads[s0] == k || heads[k] == s0 { cost += 1 } }
            return cost
        }
    }

    /// Whether the arc a move would add is the gold one, so that only the gold relation costs nothing.
    func isGoldArc(_ move: ArcHybrid.Move, _ state: ArcHybrid) -> Bool {
        let s0 = state.stack(0)
        switch move {
        case .shift: return false
        case .left: return heads[s0] == state.next
        case .right: return heads[s0] == state.stack(1)
        }
    }

    /// Whether a gold tree can be built by the transition system: no two arcs cross.
    static func isProjective(_ heads: [Int]) -> Bool {
        let n = heads.count - 1
        guard n >= 1 else { return true }
        for d in 1...n {
            let h = heads[d]
            guard h >= 0 && h <= n && h != d else { return false }
            let (lo, hi) = (min(d, h), max(d, h))
            guard hi - lo > 1 else { continue }
            for k in (lo + 1)..<hi {
                let hk = heads[k]
                if hk < lo || hk > hi { return false }
            }
        }
        return true
    }
}
