import ChanceryCore
import ChanceryFuzzing
import ChanceryPostgres
import ChanceryStore
import Foundation

/// Store write benchmark: the writing half of `chancery ingest` alone. Codes recombined documents (or a JSON Lines
/// file's records) in this process (not timed), then times `EventStore.ingest` of them in batches of 256, as `chancery ingest` writes them, into a new SQLite
/// file and, given a server, a new PostgreSQL database: documents/s and the writer's CPU time, median of `runs`.
enum WriteBench {
    /// Documents per `ingest` call, as `chancery ingest --batch` defaults to.
    static let batch = 256

    /// Runs the benchmark on `documents` documents recombined from `corpus`.
    static func run(corpus: String, documents: Int, server: String?, runs: Int = 5) throws {
        var seed: [Document] = []
        DocumentReader().read(paths: [corpus], emit: { seed.append($0) }, report: { _ in })
        guard !seed.isEmpty else { throw BenchError.noDocuments(corpus) }
        let docs = WriteBench.documents(documents, from: seed, corpus: corpus)
        let pipeline = Pipeline(resources: Resources())
        let coded = ParallelMap.map(docs, jobs: ProcessInfo.processInfo.activeProcessorCount) {
            StoredDocument(coding: $0, with: pipeline)
        }
        let mentions = coded.reduce(0) { $0 + $1.events.count }
        print("write: \(coded.count) coded documents, \(mentions) mentions, batches of \(batch)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chancery-write-bench-\(UUID())")
            .path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sqlite = try (0..<runs).map { i in try time(coded, into: EventStore(path: folder + "/run\(i).sqlite")) }
        report("SQLite", coded.count, sqlite)
        guard let server else { return }
        let stamp = Int(Date().timeIntervalSince1970)
        let postgres = try (0..<runs).map { i in
            try time(
                coded,
                into: EventStore.open(PostgresAdmin.createDatabase("chancery_write_\(stamp)_\(i)", server: server)))
        }
        report("PostgreSQL, one writer", coded.count, postgres)
    }

    /// The documents to write: a JSON Lines file's first `count` records as they are (full articles with their ids,
    /// outlets and dates, as `chancery ingest` reads them), otherwise `count` stories recombined from the texts.
    static func documents(_ count: Int, from seed: [Document], corpus: String) -> [Document] {
        guard corpus.hasSuffix(".jsonl") else {
            return RecombinedCorpus.documents(count: count, texts: seed.map(\.text), seed: 20)
        }
        return Array(seed.prefix(count))
    }

    /// Wall and CPU seconds of this process to ingest `coded` into `store`.
    static func time(_ coded: [StoredDocument], into store: EventStore) throws -> (wall: Double, cpu: Double) {
        let cpu0 = cpuSeconds()
        let start = Date()
        for from in stride(from: 0, to: coded.count, by: batch) {
            _ = try store.ingest(Array(coded[from..<min(coded.count, from + batch)]))
        }
        return (Date().timeIntervalSince(start), cpuSeconds() - cpu0)
    }

    /// User + system CPU seconds of this process so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static func report(_ engine: String, _ documents: Int, _ times: [(wall: Double, cpu: Double)]) {
        let walls = times.map(\.wall).sorted()
        let cpus = times.map(\.cpu).sorted()
        let wall = walls[walls.count / 2]
        print(
            String(
                format: "write into %@: %.0f docs/s (median of %d: %.3f s wall, %.3f s CPU; runs %@)", engine,
                Double(documents) / wall, times.count, wall, cpus[cpus.count / 2],
                times.map { String(format: "%.3f", $0.wall) }.joined(separator: " ")))
    }
}
