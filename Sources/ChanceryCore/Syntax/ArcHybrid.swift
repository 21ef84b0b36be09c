/// The arc-hybrid transition system (Kuhlmann et al. 2011): a stack whose bottom is the root (node 0), a buffer
/// of the words still to read (1...n), and three moves. SHIFT pushes the buffer's first word; LEFT attaches the
/// stack top to the buffer's first word; RIGHT attaches the stack top to the word below it. Attaching to the root
/// is allowed only once the buffer is empty, so every tree has exactly one root word, and the machine can never
/// be stuck: with words to read SHIFT is valid, without them RIGHT is, until only the root is left.
struct ArcHybrid {
    /// The three kinds of move.
    enum Move: Int {
        case shift = 0
        case left = 1
        case right = 2
    }

    /// One node's arcs so far: head, relation, and the two outermost children on either side (0 for none, as the
    /// root is never a child).
    struct Node {
        var head: Int32 = -1
        var label: UInt8 = 0
        var left1: Int32 = 0, left2: Int32 = 0, right1: Int32 = 0, right2: Int32 = 0
        var leftCount: UInt8 = 0, rightCount: UInt8 = 0
        /// The relations of the children on either side, one bit each.
        var leftLabels: UInt64 = 0, rightLabels: UInt64 = 0
    }

    /// Words in the sentence (nodes 1...n).
    private(set) var n: Int
    /// Node numbers, the root at the bottom.
    private(set) var stack: [Int32]
    /// The first word of the buffer (n + 1 when it is empty).
    private(set) var next: Int
    /// Nodes 0...n.
    private(set) var nodes: [Node]

    /// The start configuration for a sentence of `n` words.
    init(words n: Int) {
        self.n = n
        stack = [0]
        stack.reserveCapacity(n + 1)
        next = 1
        nodes = [Node](repeating: Node(), count: n + 1)
    }

    /// No words to read and only the root on the stack.
    var isTerminal: Bool { next > n && stack.count == 1 }

    /// The stack top (`depth` 0) or a node below it; -1 when the stack is not that deep.
    @inline(__always)
    func stack(_ depth: Int) -> Int { depth < stack.count ? Int(stack[stack.count - 1 - depth]) : -1 }

    /// Whether a move is allowed now.
    func isValid(_ move: Move) -> Bool {
        switch move {
        case .shift: return next <= n
        case .left: return stack.count >= 2 && next <= n
        case .right: return stack.count > 2 || (stack.count == 2 && next > n)
        }
    }

    /// Whether a move with relation `label` is allowed: attaching to the root takes `root`, and only that does.
    func isValid(_ move: Move, label: Int, root: Int) -> Bool {
        guard isValid(move) else { return false }
        switch move {
        case .shift: return true
        case .left: return label != root
        case .right: return (stack.count == 2) == (label == root)
        }
    }

    /// Makes a move (which must be valid).
    mutating func apply(_ move: Move, label: Int) {
        switch move {
        case .shift:
            stack.append(Int32(next))
            next += 1
        case .left:
            let d = Int(stack.removeLast())
            attach(d, to: next, label)
        case .right:
            let d = Int(stack.removeLast())
            attach(d, to: Int(stack[stack.count - 1]), label)
        }
    }

    private mutating func attach(_ d: Int, to h: Int, _ label: Int) {
        nodes[d].head = Int32(h)
        nodes[d].label = UInt8(truncatingIfNeeded: label)
        let child = Int32(d)
        if d < h {
            nodes[h].leftCount &+= 1
            nodes[h].leftLabels |= 1 << UInt64(label & 63)
            if nodes[h].left1 == 0 || child < nodes[h].left1 {
                nodes[h].left2 = nodes[h].left1
                nodes[h].left1 = child
            } else if nodes[h].left2 == 0 || child < nodes[h].left2 {
                nodes[h].left2 = child
            }
        } else {
            nodes[h].rightCount &+= 1
            nodes[h].rightLabels |= 1 << UInt64(label & 63)
            if child > nodes[h].right1 {
                nodes[h].right2 = nodes[h].right1
                nodes[h].right1 = child
            } else if child > nodes[h].right2 {
                nodes[h].right2 = child
            }
        }
    }
}
