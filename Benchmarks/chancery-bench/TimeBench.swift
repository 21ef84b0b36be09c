import ChanceryCore
import Foundation

/// The time tagger alone on one core: documents already read and split into sentences, so the figure is the
/// tagger's own (issue 19 asks for at least 5,000 documents/s).
enum TimeBench {
    /// Tags every sentence of the corpus at `path`, repeated to about 10,000 documents, and reports documents/s.
    static func run(corpus path: String) {
        var docs: [Document] = []
        DocumentReader().read(paths: [path], emit: { docs.append($0) }, report: { _ in })
        guard !docs.isEmpty else {
            print("no documents in \(path)")
            return
        }
        let resources = Resources()
        let analyzer = TextAnalyzer(words: resources.words.text)
        let tagger = TimeTagger(words: resources.words.time)
        let prepared = docs.map { d in (d, analyzer.analyze(d), Array(d.text.utf8)) }
        let repeats = max(1, 10_000 / docs.count)
        let start = Date()
        var expressions = 0
        for _ in 0..<repeats {
            for (document, analysis, bytes) in prepared {
                let tagged = analysis.sentences.map {
                    tagger.tag(analysis.tokens, $0.tokens, bytes: bytes, reference: document.date)
                }
                expressions += tagger.anchor(tagged, tokens: analysis.tokens).reduce(0) { $0 + $1.count }
            }
        }
        let seconds = Date().timeIntervalSince(start)
        print(
            String(
                format: "time tagger, 1 core: %d documents in %.2f s, %.0f documents/s, %d expressions",
                docs.count * repeats, seconds, Double(docs.count * repeats) / seconds, expressions))
    }
}
