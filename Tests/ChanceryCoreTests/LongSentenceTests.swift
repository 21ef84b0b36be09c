import Testing

@testable import ChanceryCore

/// A run of text with no sentence end is cut into sentences of at most `SentenceSplitter.maxTokens` tokens, so coding
/// is linear in its length: one 400 KB sentence took 3.8 s, and each event repeated the whole of it as evidence.
@Suite struct LongSentenceTests {
    /// `count` clauses joined by commas, with no full stop anywhere: about 9 tokens a clause.
    static func run(clauses count: Int) -> String {
        (0..<count).map { "Turkey condemned Israel over the strikes in Gaza on day \($0)" }.joined(separator: ", ")
    }

    @Test func aRunWithoutSentenceEndsIsCutAtCommasIntoBoundedSentences() {
        let text = LongSentenceTests.run(clauses: 2_000)
        let analysis = TextAnalyzer().analyze(Document(id: "run", text: text))
        let limit = SentenceSplitter.maxTokens
        #expect(analysis.sentences.count >= analysis.tokens.count / limit)
        #expect(analysis.sentences.allSatisfy { $0.tokens.count <= limit })
        // Every token is in exactly one sentence, in order.
        let covered = analysis.sentences.map(\.tokens)
        #expect(covered.first?.lowerBound == 0 && covered.last?.upperBound == analysis.tokens.count)
        #expect(zip(covered, covered.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        // Each piece but the last ends just after a comma.
        for range in covered.dropLast() { #expect(analysis.tokens[range.upperBound - 1].norm == ",") }
    }

    @Test func ordinarySentencesAreNotCut() {
        let text = LongSentenceTests.run(clauses: 40) + ". Putin met Xi in Beijing on Monday."
        let analysis = TextAnalyzer().analyze(Document(id: "two", text: text))
        #expect(analysis.sentences.count == 2)
    }

    @Test func codingTheRunGivesBoundedEvidence() {
        let document = Document(id: "run", text: LongSentenceTests.run(clauses: 600), date: Day(iso: "2026-03-10"))
        let events = sharedPipeline.run(document).events
        #expect(!events.isEmpty)
        #expect(events.allSatisfy { $0.evidence.text.utf8.count < 20 * SentenceSplitter.maxTokens })
    }
}
