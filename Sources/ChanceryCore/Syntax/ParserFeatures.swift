/// The parser's features of a configuration (after Zhang & Nivre 2011, as in Honnibal's "parsing English in
/// 500 lines"): words and tags of the top three stack nodes, the first three buffer words and their outermost
/// children, children's relations, valency and distance, and the pairs and triples of these that matter most.
struct ParserFeatures {
    /// Lowercased-form hash per node, shifted by one so that index 0 is "no node" and index 1 the root.
    private var word: [UInt64] = []
    /// Tag per node (the tagger's class + 1, the root `rootTag`), same indexing.
    private var tag: [UInt64] = []
    /// UPOS per node (raw value + 1, the root 18), same indexing: the tag triples read these, since triples of
    /// the finer classes are too many to learn from one treebank.
    private var coarse: [UInt64] = []
    /// The root's tag, beyond any class.
    private static let rootTag: UInt64 = 1 << 20

    /// Reads a sentence's words and their classes (see `TagSet`).
    mutating func reset(_ words: [SyntaxWord], _ tags: [Int], _ tagSet: TagSet) {
        word.removeAll(keepingCapacity: true)
        tag.removeAll(keepingCapacity: true)
        coarse.removeAll(keepingCapacity: true)
        word.append(0)
        tag.append(0)
        coarse.append(0)
        word.append(0x900D)
        tag.append(ParserFeatures.rootTag)
        coarse.append(18)
        for (i, w) in words.enumerated() {
            word.append(w.lower)
            tag.append(i < tags.count ? UInt64(truncatingIfNeeded: tags[i]) &+ 1 : 0)
            coarse.append(i < tags.count ? UInt64(tagSet.tag(tags[i]).rawValue) + 1 : 0)
        }
    }

    /// The features of a configuration, replacing what `f` held. The templates' order is part of the model file:
    /// each template's index goes into its hash.
    func extract(_ s: ArcHybrid, into f: inout [UInt64]) {
        let p = FeaturePositions(s)
        var out = FeatureSink(word: word, tag: tag, coarse: coarse, nodes: s.nodes)
        swap(&out.features, &f)
        out.features.removeAll(keepingCapacity: true)
        out.addUnigrams(p)
        out.addWordPairs(p)
        out.addTagTriples(p)
        out.addValencyAndDistance(p)
        out.addLabels(p)
        out.addLabelSets(p)
        out.addAttachmentWords(p)
        swap(&out.features, &f)
    }
}

/// The nodes a configuration's features read (-1: none): the first three buffer words, the top three stack nodes and
/// their outermost children; valencies and capped distances.
struct FeaturePositions {
    /// Buffer words.
    let n0: Int, n1: Int, n2: Int
    /// Stack nodes.
    let s0: Int, s1: Int, s2: Int
    /// Leftmost and second leftmost children of n0.
    let n0l: Int, n0l2: Int
    /// Outermost children of s0, left and right, and the next ones in.
    let s0l: Int, s0l2: Int, s0r: Int, s0r2: Int
    /// Outermost children of s1.
    let s1r: Int, s1l: Int
    /// Left and right valency of s0, left valency of n0.
    let vs0l: UInt64, vs0r: UInt64, vn0l: UInt64
    /// Distance from s0 to n0 and from s1 to s0, capped at 6 (0 when a node is missing).
    let d: UInt64, d10: UInt64

    /// The positions of a configuration.
    init(_ s: ArcHybrid) {
        n0 = s.next <= s.n ? s.next : -1
        n1 = n0 >= 0 && n0 + 1 <= s.n ? n0 + 1 : -1
        n2 = n1 >= 0 && n1 + 1 <= s.n ? n1 + 1 : -1
        s0 = s.stack(0)
        s1 = s.stack(1)
        s2 = s.stack(2)
        func node(_ i: Int) -> ArcHybrid.Node? { i >= 0 ? s.nodes[i] : nil }
        func child(_ c: Int32?) -> Int {
            guard let c, c != 0 else { return -1 }
            return Int(c)
        }
        let s0n = node(s0)
        let n0n = node(n0)
        let s1n = node(s1)
        s0l = child(s0n?.left1)
        s0l2 = child(s0n?.left2)
        s0r = child(s0n?.right1)
        s0r2 = child(s0n?.right2)
        n0l = child(n0n?.left1)
        n0l2 = child(n0n?.left2)
        s1r = child(s1n?.right1)
        s1l = child(s1n?.left1)
        vs0l = UInt64(s0n?.leftCount ?? 0)
        vs0r = UInt64(s0n?.rightCount ?? 0)
        vn0l = UInt64(n0n?.leftCount ?? 0)
        d = s0 > 0 && n0 > 0 ? UInt64(min(n0 - s0, 6)) : 0
        d10 = s0 > 0 && s1 > 0 ? UInt64(min(s0 - s1, 6)) : 0
    }
}

/// Hashes feature templates into a list, numbering them in the order they are added.
struct FeatureSink {
    /// Word hash, tag and UPOS per node, shifted by one (see `ParserFeatures`).
    let word: [UInt64], tag: [UInt64], coarse: [UInt64]
    /// The configuration's nodes, for relation labels.
    let nodes: [ArcHybrid.Node]
    /// The features so far.
    var features: [UInt64] = []
    /// The next template's index.
    private var k: UInt64 = 0

    /// A sink over one sentence's words and tags and one configuration's nodes.
    init(word: [UInt64], tag: [UInt64], coarse: [UInt64], nodes: [ArcHybrid.Node]) {
        self.word = word
        self.tag = tag
        self.coarse = coarse
        self.nodes = nodes
    }

    @inline(__always) private func w(_ i: Int) -> UInt64 { word[i + 1] }
    @inline(__always) private func t(_ i: Int) -> UInt64 { tag[i + 1] }
    @inline(__always) private func u(_ i: Int) -> UInt64 { coarse[i + 1] }
    @inline(__always) private func l(_ i: Int) -> UInt64 {
        i > 0 && nodes[i].head >= 0 ? UInt64(nodes[i].label) + 1 : 0
    }
    /// The relations of a node's children on its left, a bit each, and bit 63 so that a node without children
    /// differs from no node (0).
    @inline(__always) private func leftSet(_ i: Int) -> UInt64 { i >= 0 ? nodes[i].leftLabels | 1 << 63 : 0 }
    /// The same on its right.
    @inline(__always) private func rightSet(_ i: Int) -> UInt64 { i >= 0 ? nodes[i].rightLabels | 1 << 63 : 0 }

    private mutating func add(_ a: UInt64) {
        features.append(FeatureHash.key(k, a))
        k += 1
    }
    private mutating func add(_ a: UInt64, _ b: UInt64) {
        features.append(FeatureHash.key(k, a, b))
        k += 1
    }
    private mutating func add(_ a: UInt64, _ b: UInt64, _ c: UInt64) {
        features.append(FeatureHash.key(k, a, b, c))
        k += 1
    }

    /// A bias, then the word and the tag of each position, and word-tag pairs of the nearest five.
    mutating func addUnigrams(_ p: FeaturePositions) {
        let positions = [p.n0, p.n1, p.n2, p.s0, p.s1, p.s2, p.n0l, p.n0l2, p.s0l, p.s0l2, p.s0r, p.s0r2, p.s1r]
        add(0)
        for i in positions { add(w(i)) }
        for i in positions { add(t(i)) }
        for i in [p.n0, p.n1, p.n2, p.s0, p.s1] { add(w(i), t(i)) }
    }

    /// Words and tags of s0, s1 and n0 in pairs and triples.
    mutating func addWordPairs(_ p: FeaturePositions) {
        add(w(p.s0), w(p.n0))
        add(w(p.n0), t(p.n0), w(p.s0))
        add(w(p.n0), t(p.n0), t(p.s0))
        add(w(p.s0), t(p.s0), w(p.n0))
        add(w(p.s0), t(p.s0), t(p.n0))
        add(w(p.s0) ^ t(p.s0) << 1, w(p.n0), t(p.n0))
        add(t(p.s0), t(p.n0))
        add(t(p.n0), t(p.n1))
        add(w(p.s1), w(p.s0))
        add(t(p.s1), t(p.s0))
        add(w(p.s1), t(p.s1), t(p.s0))
        add(t(p.s1), w(p.s0), t(p.s0))
    }

    /// UPOS of the stack, the buffer and their children in triples.
    mutating func addTagTriples(_ p: FeaturePositions) {
        add(u(p.n0), u(p.n1), u(p.n2))
        add(u(p.s0), u(p.n0), u(p.n1))
        add(u(p.s1), u(p.s0), u(p.n0))
        add(u(p.s0), u(p.s0l), u(p.n0))
        add(u(p.s0), u(p.s0r), u(p.n0))
        add(u(p.s0), u(p.n0), u(p.n0l))
        add(u(p.s0), u(p.s0l), u(p.s0l2))
        add(u(p.s0), u(p.s0r), u(p.s0r2))
        add(u(p.n0), u(p.n0l), u(p.n0l2))
        add(u(p.s1), u(p.s0), u(p.s0l))
        add(u(p.s1), u(p.s0), u(p.s0r))
        add(u(p.s1), u(p.s1r), u(p.s0))
        add(u(p.s2), u(p.s1), u(p.s0))
        add(u(p.s1), u(p.s1l), u(p.s0))
    }

    /// Valencies and distances with words and tags.
    mutating func addValencyAndDistance(_ p: FeaturePositions) {
        add(w(p.s0), p.vs0r)
        add(w(p.s0), p.vs0l)
        add(w(p.n0), p.vn0l)
        add(t(p.s0), p.vs0r)
        add(t(p.s0), p.vs0l)
        add(t(p.n0), p.vn0l)
        add(w(p.s0), p.d)
        add(w(p.n0), p.d)
        add(t(p.s0), p.d)
        add(t(p.n0), p.d)
        add(t(p.s0), t(p.n0), p.d)
        add(w(p.s0) ^ w(p.n0) << 1, p.d)
        add(t(p.s1), t(p.s0), p.d10)
        add(w(p.s1), w(p.s0), p.d10)
    }

    /// Relation labels of the children, alone and with words and tags.
    mutating func addLabels(_ p: FeaturePositions) {
        add(l(p.s0l))
        add(l(p.s0r))
        add(l(p.n0l))
        add(l(p.s1r))
        add(l(p.s0l2))
        add(l(p.s0r2))
        add(t(p.s0), l(p.s0l), l(p.s0r))
        add(t(p.n0), l(p.n0l), l(p.n0l2))
        add(t(p.s1), l(p.s1r), t(p.s0))
        add(w(p.s0), l(p.s0l), l(p.s0r))
        add(l(p.s1r), l(p.s0l))
        add(w(p.n0), l(p.n0l))
    }

    /// The sets of relations s0 and n0 already govern (Zhang & Nivre 2011), with their words and tags: a verb
    /// that has its subject seldom takes another.
    mutating func addLabelSets(_ p: FeaturePositions) {
        add(w(p.s0), rightSet(p.s0))
        add(t(p.s0), rightSet(p.s0))
        add(w(p.s0), leftSet(p.s0))
        add(t(p.s0), leftSet(p.s0))
        add(w(p.n0), leftSet(p.n0))
        add(t(p.n0), leftSet(p.n0))
    }

    /// The leftmost child's word (in UD a preposition or conjunction hangs under its noun) with the candidate
    /// head's: "with" under s0 decides between s1 and a later word, and under n0 between n0 and s0.
    mutating func addAttachmentWords(_ p: FeaturePositions) {
        add(w(p.s0l), w(p.s1))
        add(w(p.s0l), t(p.s1))
        add(w(p.s0l), w(p.s0), t(p.s1))
        add(w(p.s0l), t(p.s0), w(p.s1))
        add(l(p.s0l), t(p.s0), t(p.s1))
        add(w(p.n0l), w(p.s0))
        add(w(p.n0l), t(p.s0))
        add(w(p.n0l), w(p.n0), t(p.s0))
        add(w(p.n0l), t(p.n0), w(p.s0))
        add(w(p.n0), w(p.n1))
        add(w(p.n0), t(p.n1))
        add(t(p.n0), w(p.n1))
        // A comma or a dash between two candidate heads: which one it belongs to.
        add(w(p.s0), t(p.s1), t(p.n0))
        add(w(p.n0), t(p.s0), t(p.s1))
    }
}
