import ChanceryCore
import ChanceryFuzzing
import Foundation
import Testing

/// Inputs that once trapped the pipeline, and a few thousand recombined real sentences: none may crash it.
@Suite struct CrashTests {
    /// The new user's report of issue 13: a headline and one sentence that ended `code` and `ingest` with a trap.
    static let adviserReport = """
        date 2026-02-04
        Paris envoy holds Kremlin talks

        Emmanuel Bonne, the top diplomatic adviser of French President Emmanuel Macron, held talks with Russian \
        presidential aide Yury Ushakov in Moscow on Tuesday, according to French media.

        """

    @Test func adviserReportCodesAMeetingDatedFromTheText() {
        let (docs, errors) = readBytes(Array(CrashTests.adviserReport.utf8), name: "two.txt")
        #expect(errors.isEmpty)
        let coded = docs.map { sharedPipeline.run($0).events }.first ?? []
        #expect(dyads(coded) == ["FRA-RUS-04"])
        #expect(coded.first?.date.value == "2026-02-03")
        #expect(coded.first?.status == .reported)
    }

    /// Crawl headlines "A verb B": a verb one or two words from the sentence's end trapped on a guard that looked past it.
    @Test(arguments: [
        "meets", "visits", "hosts", "supports", "welcomes", "talks with", "met", "calls", "condemns", "attacks"
    ])
    func headlineOfTheShapeAVerbB(verb: String) {
        for text in [
            "Xi Jinping \(verb) Moscow", "Putin \(verb) Xi", "Russia \(verb)", "\(verb) Moscow", "\(verb)",
            "France \(verb) Germany.", "France and Germany \(verb)"
        ] {
            _ = events(text)
            _ = events("Headline\n\n" + text)
        }
        #expect(dyads(events("Xi Jinping \(verb) Putin")).allSatisfy { $0.hasPrefix("CHN-RUS-") })
    }

    /// "at the end of" closing a document: the time tagger looked for a holiday's name past the last token (found by
    /// Scripts/recombine.sh, seed 1).
    @Test func aTimePhraseCutOffAtTheEndOfTheTextDoesNotTrap() {
        for text in ["They met at the end of", "Talks resume at the beginning of the", "The end of"] {
            _ = events(text)
        }
        #expect(events("Putin met Xi at the end of").count <= 1)
    }

    /// A placed person opening the text before a reporting verb: the closing attribution's comma was looked for at
    /// the token before the document's first (found by Scripts/recombine.sh, seed 8).
    @Test func aSpeakerOpeningTheTextBeforeSaidDoesNotTrap() {
        for text in ["German Chancellor Olaf Scholz said.", "Said German Chancellor Olaf Scholz.", "Olaf Scholz said"] {
            _ = events(text)
        }
        #expect(events("German Chancellor Olaf Scholz said. We will help Ukraine, said Olaf Scholz.").count <= 1)
    }

    /// The recombiner's documents follow from the seed and their number alone.
    @Test func recombinerIsDeterministic() {
        let a = SentenceRecombiner(texts: [CrashTests.adviserReport], seed: 7)
        let b = SentenceRecombiner(texts: [CrashTests.adviserReport], seed: 7)
        #expect((0..<50).map { a.document(at: $0).text } == (0..<50).map { b.document(at: $0).text })
        #expect(Set((0..<50).map { a.document(at: $0).text }).count > 25)
    }

    /// Three thousand recombined documents from the bundled examples code without a trap (the script runs millions).
    @Test func recombinedExamplesDoNotTrap() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../Examples"
        ).standardized
        var texts: [String] = [CrashTests.adviserReport]
        DocumentReader().read(paths: [examples.path], emit: { texts.append($0.text) }, report: { _ in })
        #expect(texts.count >= 5)
        let recombiner = SentenceRecombiner(texts: texts, seed: 13)
        var coded = 0
        for i in 0..<3_000 {
            _ = sharedPipeline.run(recombiner.document(at: i))
            coded += 1
        }
        #expect(coded == 3_000)
    }

    /// The same documents, fewer of them, through the coder that reads a parse (`chancery code --parse`).
    @Test func recombinedExamplesDoNotTrapTheParsingCoder() throws {
        let pipeline = Pipeline(
            resources: sharedPipeline.resources, syntax: try sharedPipeline.resources.syntax.model())
        let recombiner = SentenceRecombiner(texts: [CrashTests.adviserReport], seed: 17)
        var coded = 0
        for i in 0..<300 {
            _ = pipeline.run(recombiner.document(at: i))
            coded += 1
        }
        #expect(coded == 300)
    }
}
