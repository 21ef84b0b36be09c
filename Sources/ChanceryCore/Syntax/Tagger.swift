/// An averaged-perceptron tagger, greedy left to right: each word's class (UPOS with XPOS, see `TagSet`) is
/// chosen from the word, its affixes and shape, the words two either side, the tag sets of the words ahead and
/// the two classes before.
public struct Tagger: Sendable {
    /// Number of features of one word.
    static let featureCount = 28
    let weights: FeatureTable
    let lexicon: TagLexicon
    /// The classes `weights` scores.
    public let tagSet: TagSet

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

    /// The UPOS of a sentence's words.
    public func tag(_ words: [SyntaxWord]) -> [UPOS] { classes(words).map(tagSet.tag) }

    /// The class of each of a sentence's words.
    public func classes(_ words: [SyntaxWord]) -> [Int] {
        var tags: [Int] = []
        tags.reserveCapacity(words.count)
        var features: [UInt64] = []
        features.reserveCapacity(Tagger.featureCount)
        var scores = [Int32](repeating: 0, count: weights.classes)
        var p1: UInt64 = 0
        var p2: UInt64 = 0
        for i in words.indices {
            let tag: Int
            if let t = lexicon.sure[words[i].lower] {
                tag = t
            } else {
                Tagger.features(words, i, p1: p1, p2: p2, lexicon: lexicon, into: &features)
                for c in scores.indices { scores[c] = 0 }
                features.withUnsafeBufferPointer { f in
                    scores.withUnsafeMutableBufferPointer { weights.score(f, into: $0.baseAddress!) }
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
