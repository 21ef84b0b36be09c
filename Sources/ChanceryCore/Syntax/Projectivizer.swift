/// Makes a gold tree buildable by a projective transition system by lifting (Nivre & Nilsson 2005): the arc
/// whose head does not dominate every word it spans moves up to its head's head, shortest such arc first,
/// until no arcs cross. The parser then learns from the 2% of EWT sentences it would otherwise skip, at the
/// price of an attachment one level too high on the lifted words.
enum Projectivizer {
    /// The lifted heads (node numbers, index 0 unused), nil when `heads` is not a tree over the root.
    static func lifted(_ heads: [Int]) -> [Int]? {
        var h = heads
        let n = h.count - 1
        guard n >= 1, h.dropFirst().allSatisfy({ $0 >= 0 && $0 <= n }) else { return nil }
        guard (1...n).allSatisfy({ reachesRoot($0, h) }) else { return nil }
        // Each lift moves one head strictly up a finite tree, so n * n lifts bound the loop.
        for _ in 0...(n * n) {
            guard let d = shortestNonProjectiveArc(h) else { return h }
            h[d] = h[h[d]]
        }
        return nil
    }

    /// The dependent of the shortest arc whose head does not dominate a word strictly between the two.
    private static func shortestNonProjectiveArc(_ h: [Int]) -> Int? {
        var best: (d: Int, span: Int)?
        for d in 1..<h.count where h[d] > 0 {
            let (lo, hi) = (min(d, h[d]), max(d, h[d]))
            guard hi - lo > 1, best == nil || hi - lo < best!.span else { continue }
            if ((lo + 1)..<hi).contains(where: { !dominates(h[d], $0, h) }) { best = (d, hi - lo) }
        }
        return best?.d
    }

    /// Whether `a` is `k` or one of its ancestors.
    private static func dominates(_ a: Int, _ k: Int, _ h: [Int]) -> Bool {
        var x = k
        for _ in 0..<h.count {
            if x == a { return true }
            if x <= 0 { return false }
            x = h[x]
        }
        return false
    }

    /// Whether following heads from `k` arrives at the root without a cycle.
    private static func reachesRoot(_ k: Int, _ h: [Int]) -> Bool { dominates(0, k, h) }
}
