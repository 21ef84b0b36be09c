/// What the training data says of frequent words' tags: the set of UPOS each was seen with (a feature for the
/// words ahead, whose tags are not yet known) and the words that always take one class (tagged without scoring).
struct TagLexicon: Sendable {
    /// Lowercased-form hash to the bit set of UPOS seen with it often enough to matter.
    var masks: [UInt64: UInt32] = [:]
    /// Lowercased-form hash to the one class (of the tag set) of a frequent, unambiguous word.
    var sure: [UInt64: Int] = [:]

    /// Counts the classes of words in training sentences; `tagSet` gives each class's UPOS.
    init(sentences: [[(word: SyntaxWord, tag: Int)]], tagSet: TagSet, sureCount: Int = 20, sureShare: Double = 0.99) {
        var counts: [UInt64: [Int]] = [:]
        for s in sentences {
            for (w, t) in s where t >= 0 && t < tagSet.count {
                counts[w.lower, default: [Int](repeating: 0, count: tagSet.count)][t] += 1
            }
        }
        for (key, c) in counts {
            let n = c.reduce(0, +)
            guard n >= 2 else { continue }
            var perTag = [Int](repeating: 0, count: UPOS.allCases.count)
            for (i, k) in c.enumerated() { perTag[Int(tagSet.tag(i).rawValue)] += k }
            var mask: UInt32 = 0
            for (i, k) in perTag.enumerated() where Double(k) >= 0.05 * Double(n) { mask |= 1 << UInt32(i) }
            masks[key] = mask
            // Sure by UPOS: a word that is always a DET is tagged so even where its XPOS varies, since a scored
            // word costs UPOS accuracy more often than a sure one's XPOS costs the parser.
            if n >= sureCount, let best = c.indices.max(by: { c[$0] < c[$1] }),
                Double(perTag[Int(tagSet.tag(best).rawValue)]) >= sureShare * Double(n)
            {
                sure[key] = best
            }
        }
    }

    /// Creates a lexicon read from a model file.
    init(masks: [UInt64: UInt32], sure: [UInt64: Int]) {
        self.masks = masks
        self.sure = sure
    }

    /// The feature value of a word's possible tags: its tag set if frequent, else its shape.
    @inline(__always)
    func ambiguity(_ w: SyntaxWord) -> UInt64 {
        if let m = masks[w.lower] { return UInt64(m) }
        return w.shape ^ 0xA3B1
    }
}
