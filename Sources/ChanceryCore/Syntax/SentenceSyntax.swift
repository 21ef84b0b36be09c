/// One sentence's syntax, parallel to its words: each word's UPOS, head and relation to it.
public struct SentenceSyntax: Sendable, Hashable {
    /// Part of speech per word.
    public var tags: [UPOS]
    /// Head of each word as a 0-based word index within the sentence; -1 for the root word.
    public var heads: [Int]
    /// Relation of each word to its head (`.root` for the root word).
    public var relations: [DependencyRelation]

    /// Creates a parse (the three arrays must be of one length).
    public init(tags: [UPOS], heads: [Int], relations: [DependencyRelation]) {
        self.tags = tags
        self.heads = heads
        self.relations = relations
    }

    /// Number of words.
    public var count: Int { tags.count }

    /// The root word's index, nil for an empty sentence.
    public var root: Int? { heads.firstIndex(of: -1) }

    /// The dependents of word `i` with relation `relation` (any relation when nil), in word order.
    public func dependents(of i: Int, _ relation: DependencyRelation? = nil) -> [Int] {
        heads.indices.filter { heads[$0] == i && (relation == nil || relations[$0] == relation) }
    }
}
