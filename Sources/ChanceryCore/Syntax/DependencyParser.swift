/// A greedy arc-hybrid parser: at each configuration the best-scoring valid labelled move, one pass, no search,
/// so a sentence of n words costs 2n scorings.
public struct DependencyParser: Sendable {
    /// The relations a move can carry, all of UD v2's universal ones.
    static let labelCount = DependencyRelation.allCases.count
    /// SHIFT, then LEFT with each relation, then RIGHT with each.
    static let classes = 1 + 2 * labelCount
    static let root = Int(DependencyRelation.root.rawValue)
    let weights: FeatureTable
    /// The tagger's classes, whose UPOS the parser also reads.
    let tagSet: TagSet

    /// The move and relation of a class number.
    @inline(__always)
    static func action(_ c: Int) -> (ArcHybrid.Move, Int) {
        if c == 0 { return (.shift, 0) }
        return c <= labelCount ? (.left, c - 1) : (.right, c - 1 - labelCount)
    }

    /// The class number of a move and relation.
    @inline(__always)
    static func classOf(_ move: ArcHybrid.Move, _ label: Int) -> Int {
        switch move {
        case .shift: return 0
        case .left: return 1 + label
        case .right: return 1 + labelCount + label
        }
    }

    /// The best valid class for scores given per class (which must have `classes` values).
    static func best<T: Comparable>(_ scores: UnsafeBufferPointer<T>, _ state: ArcHybrid) -> Int {
        var best = -1
        let shift = state.isValid(.shift)
        let left = state.isValid(.left)
        let right = state.isValid(.right)
        let rootOnly = state.stack.count == 2
        if shift { best = 0 }
        for l in 0..<labelCount {
            if left && l != root, best < 0 || scores[1 + l] > scores[best] { best = 1 + l }
            if right && (l == root) == rootOnly, best < 0 || scores[1 + labelCount + l] > scores[best] {
                best = 1 + labelCount + l
            }
        }
        return best
    }

    /// Parses words tagged with the tagger's classes: each word's head (0-based, -1 for the root word) and relation.
    public func parse(_ words: [SyntaxWord], tags: [Int]) -> (heads: [Int], relations: [DependencyRelation]) {
        var state = ArcHybrid(words: words.count)
        var features = ParserFeatures()
        features.reset(words, tags, tagSet)
        var f: [UInt64] = []
        f.reserveCapacity(96)
        var scores = [Int32](repeating: 0, count: DependencyParser.classes)
        var steps = 0
        while !state.isTerminal && steps <= 2 * words.count + 2 {
            features.extract(state, into: &f)
            for c in scores.indices { scores[c] = 0 }
            let c = scores.withUnsafeMutableBufferPointer { s -> Int in
                f.withUnsafeBufferPointer { weights.score($0, into: s.baseAddress!) }
                return DependencyParser.best(UnsafeBufferPointer(s), state)
            }
            guard c >= 0 else { break }
            let (move, label) = DependencyParser.action(c)
            state.apply(move, label: label)
            steps += 1
        }
        var heads = [Int](repeating: -1, count: words.count)
        var relations = [DependencyRelation](repeating: .root, count: words.count)
        for i in words.indices {
            let node = state.nodes[i + 1]
            heads[i] = node.head > 0 ? Int(node.head) - 1 : -1
            relations[i] = node.head > 0 ? DependencyRelation(rawValue: node.label) ?? .dep : .root
        }
        return (heads, relations)
    }
}
