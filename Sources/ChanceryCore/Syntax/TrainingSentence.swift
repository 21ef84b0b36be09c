import Foundation

/// A gold sentence for training and evaluation: words, tags and tree.
public struct TrainingSentence: Sendable {
    /// The words.
    public var words: [SyntaxWord]
    /// Gold UPOS per word.
    public var tags: [UPOS]
    /// Gold XPOS per word.
    public var xpos: [String]
    /// Gold head per node, as node numbers: index 0 (the root) is unused and -1.
    public var heads: [Int]
    /// Gold relation per node, index 0 unused.
    public var labels: [Int]

    /// A CoNLL-U sentence's gold columns, nil when a word lacks a UD tag or a head within the sentence.
    public init?(_ s: CoNLLUSentence) {
        words = s.words.map { SyntaxWord($0.form) }
        xpos = s.words.map(\.xpos)
        var tags: [UPOS] = []
        var heads = [-1]
        var labels = [0]
        for w in s.words {
            guard let t = w.upos, let h = w.head, h >= 0, h <= s.words.count else { return nil }
            tags.append(t)
            heads.append(h)
            labels.append(Int((DependencyRelation(deprel: w.deprel) ?? .dep).rawValue))
        }
        self.tags = tags
        self.heads = heads
        self.labels = labels
    }

    /// The words, tags and XPOS in reverse order, for a tagger pass that reads right to left (the tree is not
    /// reversed: it is not read there).
    var reversed: TrainingSentence {
        var s = self
        s.words.reverse()
        s.tags.reverse()
        s.xpos.reverse()
        return s
    }

    /// Whether the arc-hybrid system can build the gold tree: projective with exactly one root word.
    public var isParsable: Bool {
        heads.dropFirst().filter { $0 == 0 }.count == 1 && DynamicOracle.isProjective(heads)
    }

    /// The sentence with its tree lifted until projective (see `Projectivizer`), nil when it has not exactly one
    /// root word or is not a tree.
    public var projectivized: TrainingSentence? {
        guard heads.dropFirst().filter({ $0 == 0 }).count == 1, let lifted = Projectivizer.lifted(heads) else {
            return nil
        }
        var s = self
        s.heads = lifted
        return s
    }
}

/// What training reports as it goes.
public typealias TrainingLog = (String) -> Void

/// Accuracy figures on gold sentences, all words counted, punctuation included.
public struct SyntaxScore: Sendable, CustomStringConvertible {
    /// Words scored.
    public var words = 0
    /// Words with the gold UPOS, the gold head, and the gold head and universal relation.
    public var tagged = 0, attached = 0, labelled = 0

    /// UPOS accuracy.
    public var upos: Double { Double(tagged) / Double(max(words, 1)) }
    /// Unlabelled attachment score.
    public var uas: Double { Double(attached) / Double(max(words, 1)) }
    /// Labelled attachment score (universal part of DEPREL).
    public var las: Double { Double(labelled) / Double(max(words, 1)) }

    /// The three figures.
    public var description: String {
        "UPOS \(String(format: "%.4f", upos))  UAS \(String(format: "%.4f", uas))  LAS \(String(format: "%.4f", las))  (\(words) words)"
    }

    /// Scores a model on gold sentences.
    public static func of(_ model: SyntaxModel, on gold: [TrainingSentence]) -> SyntaxScore {
        var s = SyntaxScore()
        for g in gold {
            let p = model.analyze(g.words)
            s.add(g, tags: p.tags, heads: p.heads, relations: p.relations)
        }
        return s
    }

    /// Scores a model's parser given the gold tags, not its tagger's: what better tags could buy.
    public static func withGoldTags(_ model: SyntaxModel, on gold: [TrainingSentence]) -> SyntaxScore {
        var s = SyntaxScore()
        for g in gold {
            let (heads, relations) = model.parser.parse(g.words, tags: model.tagger.tagSet.classes(g))
            s.add(g, tags: g.tags, heads: heads, relations: relations)
        }
        return s
    }

    /// Adds one sentence's prediction.
    mutating func add(_ g: TrainingSentence, tags: [UPOS], heads: [Int], relations: [DependencyRelation]) {
        for i in g.words.indices {
            words += 1
            if tags[i] == g.tags[i] { tagged += 1 }
            if heads[i] + 1 == g.heads[i + 1] {
                attached += 1
                if Int(relations[i].rawValue) == g.labels[i + 1] { labelled += 1 }
            }
        }
    }
}
