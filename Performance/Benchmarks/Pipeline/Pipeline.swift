import Benchmark
import ChanceryCore
import Foundation

/// The corpus the benchmarks read: the developers' articles when `../shared` is beside the checkout, else the
/// bundled examples. Read once, before any benchmark runs.
let corpus: [Document] = {
    let here = URL(fileURLWithPath: #filePath)
    let root = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let shared = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev").path
    let path = FileManager.default.fileExists(atPath: shared) ? shared : root.appendingPathComponent("Examples").path
    var docs: [Document] = []
    DocumentReader().read(paths: [path], emit: { docs.append($0) }, report: { _ in })
    return docs
}()

/// The resources and stages, loaded once.
let resources = Resources()

/// The benchmarks: each stage over the whole corpus, one document after another on one core. A benchmark's
/// throughput is corpus passes per second; `Benchmarks/Pipeline` in README says how to compare with the baseline.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.cpuTotal, .wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .microseconds,
        warmupIterations: 2,
        scalingFactor: .one,
        maxDuration: .seconds(5),
        maxIterations: 50,
        // Allocations are exact and the median wall clock of 50 passes moves by a few per cent between runs on an
        // idle machine (the CPU-time metric ticks in 10 ms, too coarse for passes this short). A change that costs
        // more than this shows as a regression in `baseline check`.
        thresholds: [
            .wallClock: .init(relative: [.p50: 10.0]),
            .mallocCountTotal: .init(relative: [.p50: 2.0]),
        ]
    )

    let analyzer = TextAnalyzer(words: resources.words.text)
    Benchmark("text: tokens and sentences") { benchmark in
        for d in corpus { blackHole(analyzer.analyze(d)) }
    }

    let resolver = ActorResolver(finder: MentionFinder(lexicon: resources.lexicon, words: resources.words.actors))
    let analysed = corpus.map { ($0, analyzer.analyze($0), Array($0.text.utf8)) }
    Benchmark("actors: mentions resolved") { benchmark in
        for (d, a, bytes) in analysed { blackHole(resolver.resolve(d, a, bytes: bytes)) }
    }

    let tagger = TimeTagger()
    Benchmark("time: expressions tagged and anchored") { benchmark in
        for (d, a, bytes) in analysed {
            let tagged = a.sentences.map { tagger.tag(a.tokens, $0.tokens, bytes: bytes, reference: d.date) }
            blackHole(tagger.anchor(tagged, tokens: a.tokens))
        }
    }

    let pipeline = Pipeline(resources: resources)
    Benchmark("code: the whole pipeline") { benchmark in
        for d in corpus { blackHole(pipeline.run(d)) }
    }
}
