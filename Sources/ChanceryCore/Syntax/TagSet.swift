/// The tagger's classes: every pair of UPOS and treebank tag (XPOS) seen in training, such as VERB/VBN, so that
/// the parser reads the finer tag (a participle is not a past tense, "to" before a verb is not a preposition)
/// while the stage still reports UPOS.
public struct TagSet: Sendable, Equatable {
    /// The UPOS of each class.
    public let upos: [UPOS]
    /// The XPOS of each class ("_" where the treebank gives none).
    public let xpos: [String]
    private let index: [Pair: Int]

    private struct Pair: Hashable {
        let upos: UPOS
        let xpos: String
    }

    /// Classes in the order given (a model file's order).
    public init(upos: [UPOS], xpos: [String]) {
        let n = min(upos.count, xpos.count)
        self.upos = Array(upos.prefix(n))
        self.xpos = Array(xpos.prefix(n))
        var index: [Pair: Int] = [:]
        for i in 0..<n where index[Pair(upos: upos[i], xpos: xpos[i])] == nil {
            index[Pair(upos: upos[i], xpos: xpos[i])] = i
        }
        self.index = index
    }

    /// The pairs of gold sentences, sorted by UPOS then XPOS so that a training run's classes do not depend on
    /// the order of its sentences.
    public static func of(_ sentences: [TrainingSentence]) -> TagSet {
        var pairs = Set<Pair>()
        for s in sentences {
            for i in s.tags.indices where i < s.xpos.count { pairs.insert(Pair(upos: s.tags[i], xpos: s.xpos[i])) }
        }
        let sorted = pairs.sorted { ($0.upos.rawValue, $0.xpos) < ($1.upos.rawValue, $1.xpos) }
        return TagSet(upos: sorted.map(\.upos), xpos: sorted.map(\.xpos))
    }

    /// Number of classes.
    public var count: Int { upos.count }

    /// The class of a pair; a pair never seen takes the first class of its UPOS (0 if the UPOS has none).
    public func index(_ tag: UPOS, _ x: String) -> Int {
        index[Pair(upos: tag, xpos: x)] ?? upos.firstIndex(of: tag) ?? 0
    }

    /// The gold class of each word of a sentence.
    public func classes(_ s: TrainingSentence) -> [Int] {
        s.tags.indices.map { index(s.tags[$0], $0 < s.xpos.count ? s.xpos[$0] : "_") }
    }

    /// The UPOS of a class (X for a number outside the set).
    @inline(__always)
    public func tag(_ c: Int) -> UPOS { c >= 0 && c < upos.count ? upos[c] : .x }
}
