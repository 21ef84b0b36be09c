/// Trains the UPOS tagger: averaged perceptron, sentences in a seeded random order each epoch, each word's
/// features read with the tags the tagger itself chose before it (as at run time), the best epoch on dev kept.
/// With a second pass, the first is jackknifed over the training sentences so that the second learns from the
/// first's classes as wrong as they will be on new text.
public struct TaggerTraining: Sendable {
    /// Passes over the training sentences at most.
    public var epochs = 8
    /// Passes of the second tagger pass at most; 0 for a one-pass tagger.
    public var secondEpochs = 0
    /// Whether the first pass reads sentences right to left.
    public var backward = false
    /// Folds the first pass is jackknifed over to train the second.
    public var folds = 4
    /// Entries whose averaged weight rounds to fewer quantisation steps are pruned.
    public var minimumWeight = 1
    /// Seeds the order of sentences.
    public var seed: UInt64 = 1

    /// Creates a training run.
    public init(
        epochs: Int = 8, secondEpochs: Int = 0, backward: Bool = false, folds: Int = 4, minimumWeight: Int = 1,
        seed: UInt64 = 1
    ) {
        self.epochs = epochs
        self.secondEpochs = secondEpochs
        self.backward = backward
        self.folds = folds
        self.minimumWeight = minimumWeight
        self.seed = seed
    }

    /// The tagger of the epochs that tag `dev` best (the last epochs when `dev` is empty), and the run that
    /// repeats those epochs; its classes are `tagSet` (by default the pairs of `sentences`).
    public func train(
        _ sentences: [TrainingSentence], tagSet: TagSet? = nil, dev: [TrainingSentence],
        log: TrainingLog = { _ in }
    ) -> (tagger: Tagger, kept: TaggerTraining) {
        let tagSet = tagSet ?? TagSet.of(sentences)
        let gold = sentences.map(tagSet.classes)
        let lexicon = TagLexicon(
            sentences: sentences.indices.map { s in Array(zip(sentences[s].words, gold[s])) }, tagSet: tagSet)
        let pass = Pass(
            sentences: sentences, gold: gold, lexicon: lexicon, tagSet: tagSet, dev: dev, backward: backward)
        let firstPass =
            backward
            ? Pass(
                sentences: sentences.map(\.reversed), gold: gold.map { $0.reversed() }, lexicon: lexicon,
                tagSet: tagSet, dev: dev.map(\.reversed)) : pass
        let (first, firstEpoch) = firstPass.train(
            epochs: epochs, minimumWeight: minimumWeight, seed: seed, firstPass: nil, under: nil, log: log)
        var kept = self
        kept.epochs = firstEpoch
        kept.secondEpochs = 0
        let one = Tagger(weights: first, backward: backward, lexicon: lexicon, tagSet: tagSet)
        guard secondEpochs > 0 else { return (one, kept) }
        let right = kept.jackknife(sentences, tagSet: tagSet, folds: folds)
        log("tagger: first pass jackknifed over \(folds) folds for the second")
        let (second, secondEpoch) = pass.train(
            epochs: secondEpochs, minimumWeight: minimumWeight, seed: seed &+ 0x2D, firstPass: right, under: first,
            log: log)
        kept.secondEpochs = secondEpoch
        return (Tagger(weights: first, second: second, backward: backward, lexicon: lexicon, tagSet: tagSet), kept)
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
    /// for exactly this run's epochs, so a later stage learns from tags as wrong as the ones it will be given.
    public func jackknife(
        _ sentences: [TrainingSentence], tagSet: TagSet, folds: Int, log: TrainingLog = { _ in }
    ) -> [[Int]] {
        var out = sentences.map(tagSet.classes)
        guard folds >= 2 else { return out }
        for fold in 0..<folds {
            let held = sentences.indices.filter { $0 % folds == fold }
            let rest = sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] }
            var run = self
            run.seed = seed &+ UInt64(fold + 1)
            let (tagger, _) = run.train(rest, tagSet: tagSet, dev: [])
            for i in held { out[i] = tagger.classes(sentences[i].words) }
            log("jackknife fold \(fold + 1)/\(folds) tagged \(held.count) sentences")
        }
        return out
    }
}

/// One pass of the tagger in training, over fixed sentences, gold classes and lexicon.
private struct Pass {
    let sentences: [TrainingSentence]
    let gold: [[Int]]
    let lexicon: TagLexicon
    let tagSet: TagSet
    let dev: [TrainingSentence]
    /// Whether the first pass, under a second, reads right to left.
    var backward = false

    /// The weights of the epoch that tags dev best and that epoch. `firstPass` (the first pass's classes of
    /// `sentences`) makes this the second pass, scored on dev over the first pass `under`.
    func train(
        epochs: Int, minimumWeight: Int, seed: UInt64, firstPass: [[Int]]?, under: FeatureTable?, log: TrainingLog
    ) -> (FeatureTable, Int) {
        var trainer = PerceptronTrainer(classes: tagSet.count)
        var rng = SplitMix64(seed: seed)
        var order = Array(sentences.indices)
        var best: (FeatureTable, Int, Double)?
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: tagSet.count)
        let name = firstPass == nil ? "tagger" : "tagger second pass"
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
                        if let firstPass {
                            Tagger.secondFeatures(
                                s.words, i, p1: p1, p2: p2, firstPass: firstPass[si], lexicon: lexicon, into: &features)
                        } else {
                            Tagger.features(s.words, i, p1: p1, p2: p2, lexicon: lexicon, into: &features)
                        }
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
            let table = trainer.averaged(minimum: minimumWeight)
            let tagger =
                under.map { Tagger(weights: $0, second: table, backward: backward, lexicon: lexicon, tagSet: tagSet) }
                ?? Tagger(weights: table, lexicon: lexicon, tagSet: tagSet)
            let accuracy = dev.isEmpty ? Double(epoch) : TaggerTraining.accuracy(tagger, dev)
            log(
                "\(name) epoch \(epoch): train \(fmt(Double(right) / Double(max(total, 1))))  dev \(fmt(accuracy))  "
                    + "\(table.keys.count) features")
            if best == nil || accuracy > best!.2 { best = (table, epoch, accuracy) }
        }
        return (best!.0, best!.1)
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
