import ChanceryCore
import ChanceryFuzzing
import ChanceryPostgres
import ChanceryStore
import Foundation

/// PostgreSQL benchmark: `chancery ingest` documents/s with 1, 2 and 4 worker processes on one database (SQLite with one
/// process beside it), then `events --country X --since D --until D+90` latency over a million events.
enum PostgresBench {
    /// Runs both parts against the server of `server` (a `postgres://` URL to a database it may create databases from).
    static func run(server: String, corpus: String, documents: Int, events: Int) throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "chancery"
        ).path
        var seed: [Document] = []
        DocumentReader().read(paths: [corpus], emit: { seed.append($0) }, report: { _ in })
        guard !seed.isEmpty else { throw BenchError.noDocuments(corpus) }
        let docs = RecombinedCorpus.documents(count: documents, texts: seed.map(\.text), seed: 20)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chancery-pg-bench-\(UUID().uuidString)"
        ).path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let input = folder + "/corpus.jsonl"
        try RecombinedCorpus.jsonLines(docs).write(toFile: input, atomically: true, encoding: .utf8)
        print(
            "corpus: \(docs.count) documents, \(docs.count / 5) stories each reported by 5 outlets, recombined from \(corpus)"
        )
        let stamp = Int(Date().timeIntervalSince1970)
        let sqlite = try ingest(binary, shards: [input], store: folder + "/bench.sqlite")
        print(
            String(format: "ingest into SQLite, 1 process: %.0f docs/s (%.1f s)", Double(docs.count) / sqlite, sqlite))
        for workers in [1, 2, 4] {
            let url = try PostgresAdmin.createDatabase("chancery_bench_\(stamp)_\(workers)", server: server)
            let shards = try (0..<workers).map { try shard(input, $0, of: workers) }
            let seconds = try ingest(binary, shards: shards, store: url)
            print(
                String(
                    format: "ingest into PostgreSQL, %d worker process(es): %.0f docs/s (%.1f s)", workers,
                    Double(docs.count) / seconds, seconds))
        }
        try queries(try PostgresAdmin.createDatabase("chancery_bench_\(stamp)_query", server: server), events: events)
    }

    /// Every `n`th line of a file from `offset` on, as a file of its own.
    static func shard(_ path: String, _ offset: Int, of n: Int) throws -> String {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        let out = path + ".\(offset)of\(n)"
        try (lines.enumerated().filter { $0.offset % n == offset }.map(\.element).joined(separator: "\n") + "\n")
            .write(toFile: out, atomically: true, encoding: .utf8)
        return out
    }

    /// Seconds for one `chancery ingest` process a shard, all started at once, to finish.
    static func ingest(_ binary: String, shards: [String], store: String) throws -> Double {
        let processes = shards.map { shard in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: binary)
            p.arguments = ["ingest", shard, "--store", store]
            p.standardError = FileHandle.nullDevice
            return p
        }
        let start = Date()
        for p in processes { try p.run() }
        for p in processes { p.waitUntilExit() }
        guard processes.allSatisfy({ $0.terminationStatus == 0 }) else { throw CocoaError(.executableLoad) }
        return Date().timeIntervalSince(start)
    }

    /// Fills a store with `events` events (one mention, one per ten a document; 250 countries and ten years, as
    /// `StoreBench` spreads them) by SQL on the server, then times 30 `events` queries through the store.
    static func queries(_ url: String, events n: Int) throws {
        let store = try EventStore.open(url)
        let countries = Array(
            Set(Pipeline(resources: Resources()).resources.lexicon.countryNames.keys.filter { $0.count == 3 })
        ).sorted()
        let list = "ARRAY[" + countries.map { "'\($0)'" }.joined(separator: ",") + "]"
        let c1 = "(\(list))[((g / 97) % \(countries.count) + 1)::int]"
        let c2 = "(\(list))[((g / 97 + 1 + g % 5) % \(countries.count) + 1)::int]"
        let day = "to_char(date '2016-01-01' + ((g * 7919) % 3650)::int, 'YYYY-MM-DD')"
        let start = Date()
        try PostgresAdmin.execute(
            [
                "INSERT INTO document (id, hash, date, sourceKey, text, ingestedAt) SELECT 'bench-' || g, 'h', NULL, 'bench', 'text', '2026' "
                    + "FROM generate_series(0, \(n / 10)) g",
                """
                INSERT INTO mention (id, doc, local, sentence, evidenceText, evidenceStart, evidenceEnd, sourceText, sourceActor, sourceCountry,
                    sourceRole, sourceDiscovered, targetText, targetActor, targetCountry, targetRole, targetDiscovered, cameo, root, quad, plover,
                    goldstein, dateValue, datePrecision, dateText, dateBasis, status, attribution, sourceKey, reported)
                SELECT g, 'bench-' || (g / 10), 'e' || (g % 10), 0, 'A synthetic evidence sentence.', 0, 30, 'A', 'Actor ' || \(c1), \(c1), 'GOV', 0,
                    'B', 'Actor ' || \(c2), \(c2), 'GOV', 0, '040', '04', 1, 'CONSULT', 1.0, \(day), 'day', 'synthetic', 'text', 'asserted', '[]',
                    'bench', \(day) FROM generate_series(1::bigint, \(n)) g
                """,
                """
                INSERT INTO event (id, representative, representativeRank, sourceActor, sourceCountry, sourceRole, targetActor, targetCountry,
                    targetRole, cameo, root, quad, plover, goldstein, dateValue, datePrecision, dateText, dateBasis, dateStart, dateEnd, dateKind,
                    dateScore, statusMask, status, mentions, sources, articles, firstReport, lastReport)
                SELECT id, id, 0, sourceActor, sourceCountry, sourceRole, targetActor, targetCountry, targetRole, cameo, root, quad, plover,
                    goldstein, dateValue, datePrecision, dateText, dateBasis, dateValue, dateValue, 'day', 1, 1, 'asserted', 1, 1, 1, reported, reported
                FROM mention
                """,
                "UPDATE mention SET eventId = id",
                "ANALYZE"
            ], in: url)
        let counts = try store.counts()
        print(
            String(
                format: "query store fill (SQL on the server): %d events in %.1f s", counts.events,
                Date().timeIntervalSince(start)))
        var times: [Double] = []
        var found = 0
        let base = Day(year: 2016, month: 1, day: 1)
        for i in 0..<30 {
            var f = EventFilter()
            f.country = countries[(i * 37) % countries.count]
            f.since = base.adding(days: (i * 97) % 3000)
            f.until = f.since!.adding(days: 90)
            let t = Date()
            found += try store.events(f).events.count
            times.append(Date().timeIntervalSince(t) * 1000)
        }
        times.sort()
        print(
            String(
                format:
                    "PostgreSQL events --country X --since D --until D+90 (limit 50) over %d events: median %.2f ms, p90 %.2f ms, max %.2f ms (%d rows returned in 30 queries)",
                counts.events, times[15], times[27], times[29], found))
    }
}
