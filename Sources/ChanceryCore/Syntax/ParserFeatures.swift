/// The parser's features of a configuration (after Zhang & Nivre 2011, as in Honnibal's "parsing English in
/// 500 lines"): words and tags of the top three stack nodes, the first three buffer words and their outermost
/// children, children's relations, valency and distance, and the pairs and triples of these that matter most.
struct ParserFeatures {
    /// Lowercased-form hash per node, shifted by one so that index 0 is "no node" and index 1 the root.
    private var word: [UInt64] = []
    /// Tag per node (UPOS + 1, the root 18), same indexing.
    private var tag: [UInt64] = []

    /// Reads a sentence's words and tags.
    mutating func reset(_ words: [SyntaxWord], _ tags: [UPOS]) {
        word.removeAll(keepingCapacity: true)
        tag.removeAll(keepingCapacity: true)
        word.append(0)
        tag.append(0)
        word.append(0x900D)
        tag.append(18)
        for (i, w) in words.enumerated() {
            word.append(w.lower)
            tag.append(i < tags.count ? UInt64(tags[i].rawValue) + 1 : 0)
        }
    }

    /// The features of a configuration, replacing what `f` held.
    func extract(_ s: ArcHybrid, into f: inout [UInt64]) {
        f.removeAll(keepingCapacity: true)
        let n0 = s.next <= s.n ? s.next : -1
        let n1 = n0 >= 0 && n0 + 1 <= s.n ? n0 + 1 : -1
        let n2 = n1 >= 0 && n1 + 1 <= s.n ? n1 + 1 : -1
        let s0 = s.stack(0)
        let s1 = s.stack(1)
        let s2 = s.stack(2)
        func node(_ i: Int) -> ArcHybrid.Node? { i >= 0 ? s.nodes[i] : nil }
        func child(_ c: Int32?) -> Int {
            guard let c, c != 0 else { return -1 }
            return Int(c)
        }
        let s0n = node(s0)
        let n0n = node(n0)
        let s1n = node(s1)
        let s0l = child(s0n?.left1)
        let s0l2 = child(s0n?.left2)
        let s0r = child(s0n?.right1)
        let s0r2 = child(s0n?.right2)
        let n0l = child(n0n?.left1)
        let n0l2 = child(n0n?.left2)
        let s1r = child(s1n?.right1)
        let s1l = child(s1n?.left1)
        @inline(__always) func w(_ i: Int) -> UInt64 { word[i + 1] }
        @inline(__always) func t(_ i: Int) -> UInt64 { tag[i + 1] }
        @inline(__always) func l(_ i: Int) -> UInt64 {
            i > 0 && s.nodes[i].head >= 0 ? UInt64(s.nodes[i].label) + 1 : 0
        }
        var k: UInt64 = 0
        func add(_ a: UInt64) {
            f.append(FeatureHash.key(k, a))
            k += 1
        }
        func add(_ a: UInt64, _ b: UInt64) {
            f.append(FeatureHash.key(k, a, b))
            k += 1
        }
        func add(_ a: UInt64, _ b: UInt64, _ c: UInt64) {
            f.append(FeatureHash.key(k, a, b, c))
            k += 1
        }
        let positions = [n0, n1, n2, s0, s1, s2, n0l, n0l2, s0l, s0l2, s0r, s0r2, s1r]
        add(0)
        for p in positions { add(w(p)) }
        for p in positions { add(t(p)) }
        for p in [n0, n1, n2, s0, s1] { add(w(p), t(p)) }
        add(w(s0), w(n0))
        add(w(n0), t(n0), w(s0))
        add(w(n0), t(n0), t(s0))
        add(w(s0), t(s0), w(n0))
        add(w(s0), t(s0), t(n0))
        add(w(s0) ^ t(s0) << 1, w(n0), t(n0))
        add(t(s0), t(n0))
        add(t(n0), t(n1))
        add(w(s1), w(s0))
        add(t(s1), t(s0))
        add(w(s1), t(s1), t(s0))
        add(t(s1), w(s0), t(s0))
        add(t(n0), t(n1), t(n2))
        add(t(s0), t(n0), t(n1))
        add(t(s1), t(s0), t(n0))
        add(t(s0), t(s0l), t(n0))
        add(t(s0), t(s0r), t(n0))
        add(t(s0), t(n0), t(n0l))
        add(t(s0), t(s0l), t(s0l2))
        add(t(s0), t(s0r), t(s0r2))
        add(t(n0), t(n0l), t(n0l2))
        add(t(s1), t(s0), t(s0l))
        add(t(s1), t(s0), t(s0r))
        add(t(s1), t(s1r), t(s0))
        add(t(s2), t(s1), t(s0))
        add(t(s1), t(s1l), t(s0))
        let vs0l = UInt64(s0n?.leftCount ?? 0)
        let vs0r = UInt64(s0n?.rightCount ?? 0)
        let vn0l = UInt64(n0n?.leftCount ?? 0)
        let d = s0 > 0 && n0 > 0 ? UInt64(min(n0 - s0, 6)) : 0
        let d10 = s0 > 0 && s1 > 0 ? UInt64(min(s0 - s1, 6)) : 0
        add(w(s0), vs0r)
        add(w(s0), vs0l)
        add(w(n0), vn0l)
        add(t(s0), vs0r)
        add(t(s0), vs0l)
        add(t(n0), vn0l)
        add(w(s0), d)
        add(w(n0), d)
        add(t(s0), d)
        add(t(n0), d)
        add(t(s0), t(n0), d)
        add(w(s0) ^ w(n0) << 1, d)
        add(t(s1), t(s0), d10)
        add(w(s1), w(s0), d10)
        add(l(s0l))
        add(l(s0r))
        add(l(n0l))
        add(l(s1r))
        add(l(s0l2))
        add(l(s0r2))
        add(t(s0), l(s0l), l(s0r))
        add(t(n0), l(n0l), l(n0l2))
        add(t(s1), l(s1r), t(s0))
        add(w(s0), l(s0l), l(s0r))
        add(l(s1r), l(s0l))
        add(w(n0), l(n0l))
    }
}
