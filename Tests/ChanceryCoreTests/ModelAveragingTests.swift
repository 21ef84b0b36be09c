import Testing

@testable import ChanceryCore

@Suite struct ModelAveragingTests {
    private func scores(_ table: FeatureTable, _ features: [UInt64]) -> [Int32] {
        var s = [Int32](repeating: 0, count: table.classes)
        features.withUnsafeBufferPointer { f in s.withUnsafeMutableBufferPointer { table.score(f, into: $0.baseAddress!) } }
        return s
    }

    /// The mean table scores every feature as the mean of the tables' scores, features of one table alone
    /// counting half, and drops entries whose mean is 0.
    @Test func meanTableScoresTheMeanOfScores() throws {
        let a = FeatureTable(classes: 3, keys: [7, 9], counts: [2, 1], entries: [0 << 16 | 10, 2 << 16 | 4, 1 << 16 | 6])
        let b = FeatureTable(
            classes: 3, keys: [7, 11], counts: [2, 1], entries: [0 << 16 | 20, 2 << 16 | 0xFFFC, 1 << 16 | 8])
        let mean = try #require(FeatureTable.mean([a, b]))
        #expect(scores(mean, [7]) == [15, 0, 0])
        #expect(scores(mean, [9]) == [0, 3, 0])
        #expect(scores(mean, [11]) == [0, 4, 0])
        #expect(scores(mean, [7, 9, 11]) == [15, 7, 0])
        #expect(mean.entries.count == 3)
        #expect(FeatureTable.mean([]) == nil)
        #expect(FeatureTable.mean([a, FeatureTable(classes: 2, keys: [7], counts: [1], entries: [1 << 16 | 1])]) == nil)
    }

    /// A model averaged with itself parses as it did, and its tagger averaged too tags as it did.
    @Test func modelAveragedWithItselfParsesTheSame() throws {
        let model = SyntaxTests().tinyModel()
        let words = ["The", "minister", "met", "his", "counterpart", "in", "Paris", "."].map(SyntaxWord.init)
        let parsers = try #require(SyntaxModel.averaging([model, model], taggers: false))
        let both = try #require(SyntaxModel.averaging([model, model], taggers: true))
        #expect(parsers.analyze(words) == model.analyze(words))
        #expect(both.analyze(words) == model.analyze(words))
        #expect(SyntaxModel.averaging([], taggers: false) == nil)
    }

    /// Taggers that read in different directions are not averaged, though their parsers may be.
    @Test func taggersOfOtherDirectionsAreNotAveraged() {
        let forward = SyntaxTests().tinyModel()
        let backward = SyntaxTests().tinyModel(TaggerTraining(epochs: 3, backward: true))
        #expect(SyntaxModel.averaging([forward, backward], taggers: true) == nil)
        #expect(SyntaxModel.averaging([forward, backward], taggers: false) != nil)
    }

    /// An array larger than a huge page keeps every element.
    @Test func hugePageArrayKeepsItsElements() {
        let values = (0..<1_000_000).map { UInt32(truncatingIfNeeded: $0 &* 2_654_435_761) }
        let array = HugePageArray(values)
        #expect(array.count == values.count)
        #expect(Array(array) == values)
        #expect(HugePageArray([UInt32]()).isEmpty)
    }
}
