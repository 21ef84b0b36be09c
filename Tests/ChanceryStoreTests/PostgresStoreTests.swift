import ChanceryCore
import ChanceryPostgres
import Foundation
import Testing

@testable import ChanceryStore

/// The PostgreSQL store answers every query as the SQLite store does, on the same documents ingested in the same order.
@Suite(TestPostgres.available) struct PostgresStoreTests {
    /// The bundled examples and the Bonne reports, stored in both engines.
    func bothEngines() throws -> (sqlite: EventStore, postgres: EventStore, docs: [StoredDocument]) {
        let docs = coded(readDocuments(packageRoot.appendingPathComponent("Examples").path) + bonneReports)
        let sqlite = try EventStore(path: try temporaryStorePath())
        let postgres = try EventStore.open(try TestPostgres.freshDatabase())
        // One ingest time for both, as documents record when they were stored.
        let time = Date(timeIntervalSince1970: 1_770_000_000)
        #expect(try sqlite.ingest(docs, at: time) == postgres.ingest(docs, at: time))
        return (sqlite, postgres, docs)
    }

    /// Every line of an export.
    func export(_ store: EventStore, _ format: ExportFormat) throws -> [String] {
        var lines: [String] = []
        try store.forEachEvent(withMentions: format == .jsonl) { lines.append(format.line($0)) }
        return lines
    }

    @Test func exportsAndQueriesMatchSQLite() throws {
        let (sqlite, postgres, _) = try bothEngines()
        #expect(try postgres.counts() == sqlite.counts())
        #expect(try sqlite.counts().events > 5)
        for format in ExportFormat.allCases { #expect(try export(postgres, format) == export(sqlite, format)) }
        var filters: [EventFilter] = [EventFilter()]
        var f = EventFilter()
        f.country = "RUS"
        f.since = Day(iso: "2026-02-01")
        f.until = Day(iso: "2026-02-28")
        filters.append(f)
        f = EventFilter()
        f.actor = "ushakov"
        f.sort = .oldest
        filters.append(f)
        f = EventFilter()
        f.text = "talks"
        filters.append(f)
        f = EventFilter()
        f.code = "04"
        f.sort = .mentions
        f.limit = 2
        filters.append(f)
        f = EventFilter()
        f.location = "moscow"
        f.status = "contested"
        filters.append(f)
        for filter in filters {
            let a = try sqlite.events(filter, withMentions: true)
            let b = try postgres.events(filter, withMentions: true)
            #expect(a.events == b.events, "filter \(filter)")
            #expect(a.nextCursor == b.nextCursor)
            #expect(try sqlite.dayCounts(filter) == postgres.dayCounts(filter))
            #expect(try sqlite.dyadCounts(filter, limit: 20) == postgres.dyadCounts(filter, limit: 20))
            #expect(try sqlite.countryCounts(filter) == postgres.countryCounts(filter))
            #expect(try sqlite.placeCounts(filter, limit: 50) == postgres.placeCounts(filter, limit: 50))
            #expect(try sqlite.dayWeights(filter) == postgres.dayWeights(filter))
        }
        // Watchlists live in the store on both engines.
        for store in [sqlite, postgres] {
            try store.saveWatchlist(name: "usa-rus", query: "country=USA&counterpart=RUS")
            #expect(try store.watchlists().map(\.name) == ["usa-rus"])
            #expect(try store.markWatchlistOpened("usa-rus"))
            #expect(try store.watchlist(named: "usa-rus")?.openedAt != nil)
            #expect(try store.removeWatchlist("usa-rus"))
            #expect(try !store.removeWatchlist("usa-rus"))
        }
        var paged = EventFilter()
        paged.limit = 2
        let second = try postgres.events(paged).nextCursor
        #expect(second != nil)
        paged.after = second
        #expect(try postgres.events(paged).events == sqlite.events(paged).events)
        #expect(try postgres.actors() == sqlite.actors())
        #expect(
            try postgres.actors(discoveredOnly: true, country: "FRA")
                == sqlite.actors(discoveredOnly: true, country: "FRA"))
        // The ingest time is each engine's own clock: everything else of the document must match.
        var pgDocument = try postgres.document(id: "outlet-b")
        var sqliteDocument = try sqlite.document(id: "outlet-b")
        pgDocument?.ingestedAt = ""
        sqliteDocument?.ingestedAt = ""
        #expect(pgDocument != nil && pgDocument == sqliteDocument)
        let inDoc = try postgres.mentions(inDocument: "outlet-a")
        let inDocSQLite = try sqlite.mentions(inDocument: "outlet-a")
        #expect(inDoc.map(\.mention) == inDocSQLite.map(\.mention) && inDoc.map(\.event) == inDocSQLite.map(\.event))
        #expect(try postgres.event(id: 1) == sqlite.event(id: 1))
    }

    @Test func deletingAndReplacingMatchSQLite() throws {
        let (sqlite, postgres, docs) = try bothEngines()
        #expect(
            try sqlite.deleteDocuments(["outlet-a", "missing"]) == postgres.deleteDocuments(["outlet-a", "missing"]))
        var changed = docs.first { $0.document.id == "outlet-b" }!
        changed.document.text += " Both sides called the talks useful."
        changed = StoredDocument(coding: changed.document, with: pipeline)
        #expect(try sqlite.ingest([changed]) == postgres.ingest([changed]))
        #expect(try sqlite.ingest(docs) == postgres.ingest(docs))
        #expect(
            try comparableExport(export(postgres, .jsonl).joined(separator: "\n"))
                == comparableExport(export(sqlite, .jsonl).joined(separator: "\n")))
        #expect(try postgres.counts() == sqlite.counts())
    }

    @Test func anotherProcessesIngestChangesTheGeneration() throws {
        let url = try TestPostgres.freshDatabase()
        let server = try EventStore.open(url, readOnly: false)
        let worker = try EventStore.open(url)
        let before = try server.generation()
        _ = try worker.ingest(coded(Array(bonneReports.prefix(1))))
        #expect(try server.generation() == before + 1)
        _ = try worker.ingest(coded(Array(bonneReports.prefix(1))))
        #expect(try server.generation() == before + 1, "an unchanged document changes nothing")
        _ = try worker.deleteDocuments(["outlet-a"])
        #expect(try server.generation() == before + 2)
    }

    @Test func refusesWhatIsNotAStore() throws {
        let foreign = try TestPostgres.freshDatabase()
        try TestPostgres.execute("CREATE TABLE invoices (id INTEGER)", in: foreign)
        #expect(throws: PostgresStoreError.self) { try EventStore.open(foreign) }
        #expect(throws: PostgresStoreError.self) {
            try EventStore.open(try TestPostgres.freshDatabase(), readOnly: true)
        }
        let newer = try TestPostgres.freshDatabase()
        _ = try EventStore.open(newer)
        try TestPostgres.execute("INSERT INTO chancery_migrations VALUES ('v99: from the future')", in: newer)
        do {
            _ = try EventStore.open(newer)
            Issue.record("a store with an unknown migration opened")
        } catch let error as PostgresStoreError {
            #expect(error.description.contains("newer Chancery") && error.description.contains("v99"))
        }
    }

    @Test func aServerThatIsNotThereIsNamedInTheError() throws {
        do {
            _ = try EventStore.open("postgres://nobody@127.0.0.1:1/none")
            Issue.record("opened a store on port 1")
        } catch let error as PostgresStoreError {
            #expect(
                error.description.contains("127.0.0.1:1") && error.description.contains("check that the server runs"))
        }
        #expect(throws: PostgresStoreError.self) { try PostgresLocation("postgres://host-without-database") }
        #expect(try PostgresLocation("postgres://ann:s%40cret@db.example:6543/events").password == "s@cret")
        #expect(PostgresLocation.isPostgres("postgres://a@b/c") && !PostgresLocation.isPostgres("chancery.sqlite"))
    }
}
