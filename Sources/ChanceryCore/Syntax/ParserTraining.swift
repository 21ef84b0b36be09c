/// Trains the parser: averaged perceptron over arc-hybrid moves with the dynamic oracle. After the first epoch
/// the parser follows its own (possibly wrong) move most of the time and learns the best move from there.
public struct ParserTraining: Sendable {
    /// Passes over the training sentences at most.
    public var epochs = 12
    /// Entries whose averaged weight rounds to fewer quantisation steps are pruned.
    public var minimumWeight = 1
    /// Seeds the order of sentences and the exploration.
    public var seed: UInt64 = 1
    /// Chance of following the parser's own move rather than the oracle's, from the second epoch on.
    public var exploration = 0.9

    /// Creates a training run.
    public init(epochs: Int = 12, minimumWeight: Int = 1, seed: UInt64 = 1) {
        self.epochs = epochs
        self.minimumWeight = minimumWeight
        self.seed = seed
    }

    /// The parser of the epoch with the best dev LAS (on `dev` with its `devTags`), trained on sentences with
    /// `tags` (the tagger's classes, predicted ideally); sentences the system cannot build are skipped, and
    /// counted in the log.
    public func train(
        _ sentences: [TrainingSentence], tagSet: TagSet, tags: [[Int]], dev: [TrainingSentence], devTags: [[Int]],
        log: TrainingLog = { _ in }
    ) -> (DependencyParser, Int) {
        let usable = sentences.indices.compactMap { i in sentences[i].projectivized.map { (i, $0) } }
        let lifted = usable.filter { !sentences[$0.0].isParsable }.count
        log(
            "parser: \(usable.count) sentences (\(lifted) lifted to projective), \(sentences.count - usable.count) skipped (not one root)"
        )
        var trainer = PerceptronTrainer(classes: DependencyParser.classes)
        var rng = SplitMix64(seed: seed)
        var order = usable
        var best: (DependencyParser, Int, Double)?
        for epoch in 1...max(1, epochs) {
            order.shuffle(using: &rng)
            var right = 0
            var total = 0
            for (si, tree) in order {
                let (r, t) = sentence(tree, tags[si], tagSet, &trainer, explore: epoch > 1, &rng)
                right += r
                total += t
            }
            let parser = DependencyParser(weights: trainer.averaged(minimum: minimumWeight), tagSet: tagSet)
            var score = SyntaxScore()
            for (i, g) in dev.enumerated() {
                let (h, l) = parser.parse(g.words, tags: devTags[i])
                // Only UAS and LAS are logged here, so the UPOS column is given the gold tags.
                score.add(g, tags: g.tags, heads: h, relations: l)
            }
            log(
                "parser epoch \(epoch): train moves \(fmt(Double(right) / Double(max(total, 1))))  dev UAS \(fmt(score.uas)) "
                    + "LAS \(fmt(score.las))  \(parser.weights.keys.count) features, \(parser.weights.entries.count) weights"
            )
            let measure = dev.isEmpty ? Double(epoch) : score.las
            if best == nil || measure > best!.2 { best = (parser, epoch, measure) }
        }
        return (best!.0, best!.1)
    }

    /// One sentence: returns moves predicted right and moves made.
    private func sentence(
        _ g: TrainingSentence, _ tags: [Int], _ tagSet: TagSet, _ trainer: inout PerceptronTrainer, explore: Bool,
        _ rng: inout SplitMix64
    ) -> (Int, Int) {
        let oracle = DynamicOracle(heads: g.heads, labels: g.labels)
        var state = ArcHybrid(words: g.words.count)
        var features = ParserFeatures()
        features.reset(g.words, tags, tagSet)
        var f: [UInt64] = []
        var scores = [Float](repeating: 0, count: DependencyParser.classes)
        var right = 0
        var total = 0
        while !state.isTerminal && total <= 2 * g.words.count + 2 {
            features.extract(state, into: &f)
            for c in scores.indices { scores[c] = 0 }
            trainer.score(f, into: &scores)
            let guess = scores.withUnsafeBufferPointer { DependencyParser.best($0, state) }
            let cost = costs(oracle, state)
            guard guess >= 0, let truth = bestGold(oracle, state, cost, scores) else { break }
            trainer.tick()
            let guessIsGold = isGold(guess, oracle, state, cost)
            if guessIsGold { right += 1 } else { trainer.update(f, truth: truth, guess: guess) }
            total += 1
            let follow =
                guessIsGold || (explore && Double(rng.next() >> 11) / Double(1 << 53) < exploration) ? guess : truth
            let (move, label) = DependencyParser.action(follow)
            state.apply(move, label: label)
        }
        return (right, total)
    }

    /// Every move's cost now, indexed by move (nil when invalid), and the least of them.
    private func costs(_ oracle: DynamicOracle, _ state: ArcHybrid) -> ([Int?], Int) {
        let c = [oracle.cost(.shift, state), oracle.cost(.left, state), oracle.cost(.right, state)]
        return (c, c.compactMap { $0 }.min() ?? 0)
    }

    /// Whether class `c` is among the least costly valid moves, with the gold relation when its arc is gold.
    private func isGold(_ c: Int, _ oracle: DynamicOracle, _ state: ArcHybrid, _ cost: ([Int?], Int)) -> Bool {
        let (costs, least) = cost
        let (move, label) = DependencyParser.action(c)
        guard state.isValid(move, label: label, root: DependencyParser.root), costs[move.rawValue] == least else {
            return false
        }
        return !oracle.isGoldArc(move, state) || oracle.labels[state.stack(0)] == label
    }

    /// The best-scoring class among the gold ones.
    private func bestGold(_ oracle: DynamicOracle, _ state: ArcHybrid, _ cost: ([Int?], Int), _ scores: [Float]) -> Int?
    {
        var best: Int?
        for c in 0..<DependencyParser.classes where isGold(c, oracle, state, cost) {
            if best == nil || scores[c] > scores[best!] { best = c }
        }
        return best
    }
}
