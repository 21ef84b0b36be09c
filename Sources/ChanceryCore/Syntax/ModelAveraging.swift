/// Averaging the weights of classifiers trained apart (other seeds, other jackknifed tags): the score of the
/// mean table is the mean of their scores, so a greedy parser over it decides as the ensemble of the runs would,
/// at the cost of one table's look-ups, and one run's luck with its seed counts for less.
extension FeatureTable {
    /// The entry-by-entry mean of `tables` (same classes, same features' hashing), folded as a format 5 file keeps
    /// it; nil for no tables or tables of different classes.
    static func mean(_ tables: [FeatureTable]) -> FeatureTable? {
        guard let classes = tables.first?.classes, tables.allSatisfy({ $0.classes == classes }) else { return nil }
        let (keys, counts, entries) = FeatureTable.summed(
            tables.map { ($0.keys.map(FeatureTable.stored), $0.counts, Array($0.entries)) }, dividedBy: tables.count)
        return FeatureTable(classes: classes, keys: keys, counts: counts, entries: entries)
    }
}

extension SyntaxModel {
    /// The model with the mean of every model's parser weights, and of their taggers' weights when `taggers` is
    /// set (else `models[0]`'s tagger); nil for no models, tag sets that differ (the parsers read different
    /// classes), or taggers to average that read in different directions or passes.
    public static func averaging(_ models: [SyntaxModel], taggers: Bool) -> SyntaxModel? {
        guard let first = models.first, models.allSatisfy({ $0.tagger.tagSet == first.tagger.tagSet }),
            let weights = FeatureTable.mean(models.map(\.parser.weights))
        else { return nil }
        let parser = DependencyParser(weights: weights, tagSet: first.parser.tagSet)
        guard taggers else { return SyntaxModel(tagger: first.tagger, parser: parser) }
        let t = models.map(\.tagger)
        guard t.allSatisfy({ $0.backward == first.tagger.backward && ($0.second == nil) == (first.tagger.second == nil) }),
            let tagWeights = FeatureTable.mean(t.map(\.weights))
        else { return nil }
        let second = first.tagger.second == nil ? nil : FeatureTable.mean(t.compactMap(\.second))
        let tagger = Tagger(
            weights: tagWeights, second: second, backward: first.tagger.backward, lexicon: first.tagger.lexicon,
            tagSet: first.tagger.tagSet)
        return SyntaxModel(tagger: tagger, parser: parser)
    }
}
