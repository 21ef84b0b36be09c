import ChanceryCore
import Foundation

/// Release-build throughput benchmark: reads a corpus, repeats it to a target size, and reports
/// documents/s and MB/s for the text + actor stages and for full coding, on one core and on all.
@main
struct Bench {
    static func main() {
        let args = CommandLine.arguments.dropFirst()
        if args.first == "store" {
            // chancery-bench store [CORPUS] [EVENTS] [PATH]
            let rest = Array(args.dropFirst())
            do {
                try StoreBench.run(
                    corpus: rest.first ?? "../shared/corpus/dev",
                    events: rest.count > 1 ? Int(rest[1]) ?? 1_000_000 : 1_000_000,
                    path: rest.count > 2 ? rest[2] : "/tmp/chancery-bench.sqlite")
            } catch {
                FileHandle.standardError.write(Data("store benchmark failed: \(error)\n".utf8))
                exit(1)
            }
            return
        }
        if args.first == "postgres" {
            // chancery-bench postgres SERVER-URL [CORPUS] [DOCUMENTS] [EVENTS]
            let rest = Array(args.dropFirst())
            do {
                try PostgresBench.run(
                    server: rest.first ?? "postgres://postgres@127.0.0.1:5432/postgres",
                    corpus: rest.count > 1 ? rest[1] : "../shared/corpus/dev",
                    documents: rest.count > 2 ? Int(rest[2]) ?? 2000 : 2000,
                    events: rest.count > 3 ? Int(rest[3]) ?? 1_000_000 : 1_000_000)
            } catch {
                FileHandle.standardError.write(Data("postgres benchmark failed: \(error)\n".utf8))
                exit(1)
            }
            return
        }
        if args.first == "write" {
            // chancery-bench write [CORPUS] [DOCUMENTS] [POSTGRES-SERVER-URL]
            let rest = Array(args.dropFirst())
            do {
                try WriteBench.run(
                    corpus: rest.first ?? "../shared/corpus/dev",
                    documents: rest.count > 1 ? Int(rest[1]) ?? 10_000 : 10_000,
                    server: rest.count > 2 ? rest[2] : nil)
            } catch {
                FileHandle.standardError.write(Data("write benchmark failed: \(error)\n".utf8))
                exit(1)
            }
            return
        }
        if args.first == "long-line" {
            // chancery-bench long-line [CORPUS]
            LongLineBench.run(corpus: args.dropFirst().first ?? "../shared/corpus/dev")
            return
        }
        if args.first == "times" {
            // chancery-bench times [CORPUS]
            TimeBench.run(corpus: args.dropFirst().first ?? "../shared/corpus/dev")
            return
        }
        let path = args.first ?? "../shared/corpus/dev"
        let targetMB = args.dropFirst().first.flatMap(Double.init) ?? 50
        var docs: [Document] = []
        DocumentReader().read(
            paths: [path], emit: { docs.append($0) }, report: { FileHandle.standardError.write(Data("\($0)\n".utf8)) })
        guard !docs.isEmpty else {
            print("no documents in \(path)")
            return
        }
        let corpusBytes = docs.reduce(0) { $0 + $1.text.utf8.count }
        let repeats = max(1, Int((targetMB * 1_000_000 / Double(corpusBytes)).rounded(.up)))
        let resources = Resources()
        let pipeline = Pipeline(resources: resources)
        let finder = MentionFinder(lexicon: resources.lexicon, words: resources.words.actors)
        let analyzer = TextAnalyzer(words: resources.words.text)
        let resolver = ActorResolver(finder: finder)
        print(
            "corpus: \(docs.count) documents, \(corpusBytes) bytes, repeated \(repeats)× = \(docs.count * repeats) documents, \(String(format: "%.1f", Double(corpusBytes * repeats) / 1e6)) MB"
        )

        // Stage 1, as the issue defines it: reading (from the files' bytes, already in memory: the disk is not
        // measured) + sentences + actors, on one core.
        let reader = DocumentReader()
        let files = (FileManager.default.fileExists(atPath: path + "/.") ? reader.filesInFolder(path) : [path])
            .compactMap { file in FileManager.default.contents(atPath: file).map { (file, $0) } }
        var start = Date()
        var mentions = 0
        var read = 0
        for _ in 0..<repeats {
            for (file, data) in files {
                reader.readData(
                    data, name: file, id: file, jsonLines: nil,
                    emit: { d in
                        let bytes = Array(d.text.utf8)
                        let a = analyzer.analyze(d)
                        mentions += resolver.resolve(d, a, bytes: bytes).reduce(0) { $0 + $1.count }
                        read += 1
                    }, report: { _ in })
            }
        }
        var seconds = Date().timeIntervalSince(start)
        report("read+text+actors, 1 core", read, corpusBytes * repeats, seconds, extra: "\(mentions) mentions")

        // The same without reading (documents already parsed), to show what each part costs.
        start = Date()
        mentions = 0
        for _ in 0..<repeats {
            for d in docs {
                let bytes = Array(d.text.utf8)
                let a = analyzer.analyze(d)
                mentions += resolver.resolve(d, a, bytes: bytes).reduce(0) { $0 + $1.count }
            }
        }
        seconds = Date().timeIntervalSince(start)
        report(
            "text+actors, 1 core", docs.count * repeats, corpusBytes * repeats, seconds, extra: "\(mentions) mentions")

        // CHANCERY_BENCH_STAGE=actors stops here, to profile the text and actor stages alone (valgrind --tool=callgrind).
        if ProcessInfo.processInfo.environment["CHANCERY_BENCH_STAGE"] == "actors" { return }

        // Full coding, one core and all cores.
        let n = max(1, 10_000 / docs.count)
        for jobs in [1, ProcessInfo.processInfo.activeProcessorCount] {
            start = Date()
            var events = 0
            for _ in 0..<n {
                events += ParallelMap.map(docs, jobs: jobs) { pipeline.run($0).events.count }.reduce(0, +)
            }
            seconds = Date().timeIntervalSince(start)
            report("code, \(jobs) core(s)", docs.count * n, corpusBytes * n, seconds, extra: "\(events) events")
        }
    }

    static func report(_ name: String, _ docs: Int, _ bytes: Int, _ seconds: Double, extra: String) {
        print(
            String(
                format: "%@: %d docs in %.2f s = %.0f docs/s, %.1f MB/s (%@)", name, docs, seconds,
                Double(docs) / seconds,
                Double(bytes) / 1e6 / seconds, extra))
    }
}
