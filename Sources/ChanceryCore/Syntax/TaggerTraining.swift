/// Trains the UPOS tagger: averaged perceptron, sentences in a seeded random order each epoch, each word's
/// features read with the tags the tagger itself chose before it (as at run time), the best epoch on dev kept.
public struct TaggerTraining: Sendable {
    /// Passes over the training sentences at most.
    public var epochs = 8
    /// Entries whose averaged weight rounds to fewer quantisation steps are pruned.
    public var minimumWeight = 1
    /// Seeds the order of sentences.
    public var seed: UInt64 = 1

    /// Creates a training run.
    public init(epochs: Int = 8, minimumWeight: Int = 1, seed: UInt64 = 1) {
        self.epochs = epochs
        self.minimumWeight = minimumWeight
        self.seed = seed
    }

    /// The tagger of the epoch that tags `dev` best (the last epoch when `dev` is empty), and that epoch; its
    /// classes are `tagSet` (by default the pairs of `sentences`).
    public func train(
        _ sentences: [TrainingSentence], tagSet: TagSet? = nil, dev: [TrainingSentence],
        log: TrainingLog = { _ in }
    ) -> (Tagger, Int) {
        let tagSet = tagSet ?? TagSet.of(sentences)
        let gold = sentences.map(tagSet.classes)
        let lexicon = TagLexicon(
            sentences: sentences.indices.map { s in Array(zip(sentences[s].words, gold[s])) }, tagSet: tagSet)
        var trainer = PerceptronTrainer(classes: tagSet.count)
        var rng = SplitMix64(seed: seed)
        var order = Array(sentences.indices)
        var best: (Tagger, Int, Double)?
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: tagSet.count)
        for epoch in 1...max(1, epochs) {
            order.shuffle(using: &rng)
            var right = 0
            var total = 0
            for si in order {
                let s = sentences[si]
                var p1: UInt64 = 0
                var p2: UInt64 = 0
                for i in s.words.indices {
                    var guess = lexicon.sure[s.words[i].lower]
                    if guess == nil {
                        Tagger.features(s.words, i, p1: p1, p2: p2, lexicon: lexicon, into: &features)
                        for c in scores.indices { scores[c] = 0 }
                        trainer.score(features, into: &scores)
                        var b = 0
                        for c in scores.indices.dropFirst() where scores[c] > scores[b] { b = c }
                        trainer.tick()
                        trainer.update(features, truth: gold[si][i], guess: b)
                        guess = b
                    }
                    if guess == gold[si][i] { right += 1 }
                    total += 1
                    p2 = p1
                    p1 = UInt64(guess ?? 0) + 1
                }
            }
            let tagger = Tagger(weights: trainer.averaged(minimum: minimumWeight), lexicon: lexicon, tagSet: tagSet)
            let accuracy = dev.isEmpty ? Double(epoch) : TaggerTraining.accuracy(tagger, dev)
            log(
                "tagger epoch \(epoch): train \(fmt(Double(right) / Double(max(total, 1))))  dev \(fmt(accuracy))  "
                    + "\(tagger.weights.keys.count) features")
            if best == nil || accuracy > best!.2 { best = (tagger, epoch, accuracy) }
        }
        return (best!.0, best!.1)
    }

    /// The share of words of `gold` that `tagger` tags right.
    public static func accuracy(_ tagger: Tagger, _ gold: [TrainingSentence]) -> Double {
        var right = 0
        var total = 0
        for s in gold {
            let tags = tagger.tag(s.words)
            for i in s.tags.indices {
                if tags[i] == s.tags[i] { right += 1 }
                total += 1
            }
        }
        return Double(right) / Double(max(total, 1))
    }

    /// Tags each sentence with a tagger that did not see it: `folds` taggers, each trained on the other folds
    /// for `epochs` epochs, so the parser learns from tags as wrong as the ones it will be given.
    public func jackknife(
        _ sentences: [TrainingSentence], tagSet: TagSet, folds: Int, log: TrainingLog = { _ in }
    ) -> [[Int]] {
        var out = sentences.map(tagSet.classes)
        guard folds >= 2 else { return out }
        for fold in 0..<folds {
            let held = sentences.indices.filter { $0 % folds == fold }
            let rest = sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] }
            let (tagger, _) = TaggerTraining(
                epochs: epochs, minimumWeight: minimumWeight, seed: seed &+ UInt64(fold + 1)
            )
            .train(rest, tagSet: tagSet, dev: [])
            for i in held { out[i] = tagger.classes(sentences[i].words) }
            log("jackknife fold \(fold + 1)/\(folds) tagged \(held.count) sentences")
        }
        return out
    }
}

/// Four decimals.
func fmt(_ x: Double) -> String {
    let scaled = (x * 10000).rounded()
    let whole = Int(scaled) / 10000
    let frac = abs(Int(scaled)) % 10000
    let digits = String(frac)
    return "\(whole)." + String(repeating: "0", count: 4 - digits.count) + digits
}
