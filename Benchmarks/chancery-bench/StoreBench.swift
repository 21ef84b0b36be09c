import ChanceryCore
import ChanceryStore
import Foundation

/// Store benchmark: fills a store with about `events` fused events made from the corpus's real coded
/// events (actors' countries rotated and dates spread over ten years so they stay distinct), then times
/// `events` queries with a country filter and a date range.
enum StoreBench {
    static func run(corpus: String, events target: Int, path: String) throws {
        var docs: [Document] = []
        DocumentReader().read(paths: [corpus], emit: { docs.append($0) }, report: { _ in })
        guard !docs.isEmpty else { throw BenchError.noDocuments(corpus) }
        let pipeline = Pipeline(resources: Resources())
        let seed = ParallelMap.map(docs, jobs: ProcessInfo.processInfo.activeProcessorCount) { pipeline.run($0).events }
            .flatMap { $0 }
        guard !seed.isEmpty else { throw BenchError.noEvents(corpus) }
        let countries = Array(Set(pipeline.resources.lexicon.countryNames.keys.filter { $0.count == 3 })).sorted()
        try? FileManager.default.removeItem(atPath: path)
        let store = try EventStore(path: path)
        let start = Date()
        var made = 0
        var batch: [StoredDocument] = []
        var n = 0
        let base = Day(year: 2016, month: 1, day: 1)
        while made < target {
            let e0 = seed[n % seed.count]
            var e = e0
            let day = base.adding(days: (n * 7919) % 3650)
            e.source.country = countries[(n / seed.count) % countries.count]
            if e.target != nil { e.target!.country = countries[(n / seed.count + 1 + n % 5) % countries.count] }
            e.date = Event.EventDate(value: day.description, precision: .day, text: "synthetic", basis: .text)
            e.doc = "bench-\(n / 10)"
            e.id = "e\(n % 10)"
            if n % 10 == 0 || batch.isEmpty {
                batch.append(
                    StoredDocument(document: Document(id: e.doc, text: e.evidence.text, date: day), events: []))
            }
            batch[batch.count - 1].events.append(e)
            n += 1
            made += 1
            if batch.count >= 1000 {
                _ = try store.ingest(batch)
                batch.removeAll()
            }
        }
        if !batch.isEmpty { _ = try store.ingest(batch) }
        let fill = Date().timeIntervalSince(start)
        let counts = try store.counts()
        print(
            String(format: "store fill: %d mentions, %d fused events in %.1f s", counts.mentions, counts.events, fill))

        var times: [Double] = []
        var found = 0
        for i in 0..<30 {
            var f = EventFilter()
            f.country = countries[(i * 37) % countries.count]
            let since = base.adding(days: (i * 97) % 3000)
            f.since = since
            f.until = since.adding(days: 90)
            let t = Date()
            found += try store.events(f).events.count
            times.append(Date().timeIntervalSince(t) * 1000)
        }
        times.sort()
        print(
            String(
                format:
                    "events --country X --since D --until D+90 (limit 50) over %d events: median %.2f ms, p90 %.2f ms, max %.2f ms (%d rows returned in 30 queries)",
                counts.events, times[15], times[27], times[29], found))
    }
}
