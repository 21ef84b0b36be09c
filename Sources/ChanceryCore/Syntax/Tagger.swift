/// An averaged-perceptron tagger, greedy left to right: each word's class (UPOS with XPOS, see `TagSet`) is
/// chosen from the word, its affixes and shape, the words two either side, the tag sets of the words ahead and
/// the two classes before. A second pass, when the model has one, tags the sentence again left to right reading
/// also the first pass's classes of the word and the two after it, which a left-to-right pass cannot see; the
/// first pass then reads the sentence right to left, so that its classes of the words ahead rest on their own
/// right context.
public struct Tagger: Sendable {
    /// Number of features of one word in the first pass.
    static let featureCount = 28
    /// Number of features of one word in the second pass.
    static let secondFeatureCount = featureCount + 7
    /// The first pass's weights.
    let weights: FeatureTable
    /// The second pass's weights, nil for a one-pass tagger (model format 3).
    let second: FeatureTable?
    /// Whether the first pass reads the sentence right to left (its "classes before" are those after).
    let backward: Bool
    let lexicon: TagLexicon
    /// The classes `weights` scores.
    public let tagSet: TagSet

    /// Puts a tagger together from its lexicon and one or two passes' weights.
    init(
        weights: FeatureTable, second: FeatureTable? = nil, backward: Bool = false, lexicon: TagLexicon,
        tagSet: TagSet
    ) {
        self.weights = weights
        self.second = second
        self.backward = backward
        self.lexicon = lexicon
        self.tagSet = tagSet
    }

    /// The features of word `i` given the classes chosen for the two words before (class + 1, 0 for none).
    static func features(
        _ words: [SyntaxWord], _ i: Int, p1: UInt64, p2: UInt64, lexicon: TagLexicon,
        into f: inout [UInt64]
    ) {
        let n = words.count
        let w = words[i]
        let b1 = i >= 1 ? words[i - 1] : SyntaxWord.before1
        let b2 = i >= 2 ? words[i - 2] : (i == 1 ? SyntaxWord.before1 : SyntaxWord.before2)
        let a1 = i + 1 < n ? words[i + 1] : SyntaxWord.after1
        let a2 = i + 2 < n ? words[i + 2] : (i + 1 < n ? SyntaxWord.after1 : SyntaxWord.after2)
        let amb0 = lexicon.ambiguity(w)
        let amb1 = lexicon.ambiguity(a1)
        let amb2 = lexicon.ambiguity(a2)
        let first: UInt64 = i == 0 ? 1 : 0
        f.removeAll(keepingCapacity: true)
        f.append(FeatureHash.key(0, 0))
        f.append(FeatureHash.key(1, w.lower))
        f.append(FeatureHash.key(2, w.suffix1))
        f.append(FeatureHash.key(3, w.suffix2))
        f.append(FeatureHash.key(4, w.suffix3))
        f.append(FeatureHash.key(5, w.suffix4))
        f.append(FeatureHash.key(6, w.prefix1))
        f.append(FeatureHash.key(7, w.prefix2))
        f.append(FeatureHash.key(8, w.prefix3))
        f.append(FeatureHash.key(9, w.shape))
        f.append(FeatureHash.key(10, p1))
        f.append(FeatureHash.key(11, p1, p2))
        f.append(FeatureHash.key(12, p1, w.lower))
        f.append(FeatureHash.key(13, b1.lower))
        f.append(FeatureHash.key(14, b1.suffix3))
        f.append(FeatureHash.key(15, b2.lower))
        f.append(FeatureHash.key(16, a1.lower))
        f.append(FeatureHash.key(17, a1.suffix3))
        f.append(FeatureHash.key(18, a2.lower))
        f.append(FeatureHash.key(19, amb1))
        f.append(FeatureHash.key(20, amb2))
        f.append(FeatureHash.key(21, b1.lower, w.lower))
        f.append(FeatureHash.key(22, w.lower, a1.lower))
        f.append(FeatureHash.key(23, p1, amb1))
        f.append(FeatureHash.key(24, w.flags | first << 5, a1.shape))
        f.append(FeatureHash.key(25, amb0))
        f.append(FeatureHash.key(26, p1, w.suffix3))
        f.append(FeatureHash.key(27, amb0, amb1, p1))
    }

    /// The second pass's features of word `i`: the first pass's, then the first pass's classes (class + 1, past
    /// the end 0) of the word (`r0`) and of the two after it (`r1`, `r2`), alone and with the word and the class
    /// before.
    static func secondFeatures(
        _ words: [SyntaxWord], _ i: Int, p1: UInt64, p2: UInt64, firstPass: [Int], lexicon: TagLexicon,
        into f: inout [UInt64]
    ) {
        features(words, i, p1: p1, p2: p2, lexicon: lexicon, into: &f)
        func right(_ k: Int) -> UInt64 { k < firstPass.count ? UInt64(truncatingIfNeeded: firstPass[k]) &+ 1 : 0 }
        let r0 = right(i)
        let r1 = right(i + 1)
        let r2 = right(i + 2)
        f.append(FeatureHash.key(28, r1))
        f.append(FeatureHash.key(29, r1, r2))
        f.append(FeatureHash.key(30, p1, r1))
        f.append(FeatureHash.key(31, words[i].lower, r1))
        f.append(FeatureHash.key(32, r0))
        f.append(FeatureHash.key(33, r0, r1))
        f.append(FeatureHash.key(34, p1, r0, r1))
    }

    /// The UPOS of a sentence's words.
    public func tag(_ words: [SyntaxWord]) -> [UPOS] { classes(words).map(tagSet.tag) }

    /// The class of each of a sentence's words: the second pass's when the model has one.
    public func classes(_ words: [SyntaxWord]) -> [Int] {
        let first =
            backward
            ? Tagger.decode(words.reversed(), weights, lexicon: lexicon, firstPass: nil).reversed()
            : Tagger.decode(words, weights, lexicon: lexicon, firstPass: nil)
        guard let second else { return first }
        return Tagger.decode(words, second, lexicon: lexicon, firstPass: first)
    }

    /// One greedy left-to-right pass with `table`: the first pass when `firstPass` is nil, else the second,
    /// reading those classes.
    static func decode(_ words: [SyntaxWord], _ table: FeatureTable, lexicon: TagLexicon, firstPass: [Int]?) -> [Int] {
        var tags: [Int] = []
        tags.reserveCapacity(words.count)
        var features: [UInt64] = []
        features.reserveCapacity(Tagger.secondFeatureCount)
        var scores = [Int32](repeating: 0, count: table.classes)
        var p1: UInt64 = 0
        var p2: UInt64 = 0
        for i in words.indices {
            let tag: Int
            if let t = lexicon.sure[words[i].lower] {
                tag = t
            } else {
                if let firstPass {
                    Tagger.secondFeatures(
                        words, i, p1: p1, p2: p2, firstPass: firstPass, lexicon: lexicon, into: &features)
                } else {
                    Tagger.features(words, i, p1: p1, p2: p2, lexicon: lexicon, into: &features)
                }
                for c in scores.indices { scores[c] = 0 }
                features.withUnsafeBufferPointer { f in
                    scores.withUnsafeMutableBufferPointer { table.score(f, into: $0.baseAddress!) }
                }
                var best = 0
                for c in scores.indices.dropFirst() where scores[c] > scores[best] { best = c }
                tag = best
            }
            tags.append(tag)
            p2 = p1
            p1 = UInt64(tag) + 1
        }
        return tags
    }
}
