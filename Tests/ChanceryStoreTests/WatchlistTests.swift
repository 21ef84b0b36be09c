import ChanceryCore
import ChanceryStore
import Foundation
import Testing

/// Watchlists, dyad and scope filters, and `chancery watch` (issue 21).
@Suite struct WatchlistTests {
    @Test func dyadScopeAndNewerThanFilters() throws {
        let store = try EventStore(path: try temporaryStorePath())
        _ = try store.ingest(coded(Array(bonneReports.prefix(2))))
        var pair = EventFilter()
        pair.country = "RUS"
        pair.counterpart = "FRA"
        #expect(try store.count(pair) == 1)
        pair.counterpart = "USA"
        #expect(try store.count(pair) == 0)
        var scoped = EventFilter()
        scoped.scope = .domestic
        #expect(try store.count(scoped) == 0)
        scoped.scope = .international
        #expect(try store.count(scoped) == 1)
        var alone = EventFilter()
        alone.counterpart = "FRA"
        #expect(throws: StoreError.self) { try alone.validate() }

        try store.saveWatchlist(name: "bonne", query: "actor=Bonne")
        let saved = try #require(try store.watchlist(named: "bonne"))
        var new = EventFilter()
        new.actor = "Bonne"
        new.newerThan = saved.seenMention
        #expect(try store.count(new) == 0)
        _ = try store.ingest(coded([bonneReports[2]]))
        #expect(try store.count(new) == 1)
        #expect(try store.markWatchlistOpened("bonne") && !(try store.markWatchlistOpened("nobody")))
        new.newerThan = try #require(try store.watchlist(named: "bonne")).seenMention
        #expect(try store.count(new) == 0)
        #expect(throws: StoreError.self) { try store.saveWatchlist(name: "a b", query: "") }
        #expect(try store.removeWatchlist("bonne") && (try store.watchlists()).isEmpty)
    }

    @Test func watchCommandPrintsWhatIsNewOnce() throws {
        let path = try temporaryStorePath()
        let examples = packageRoot.appendingPathComponent("Examples").path
        let added = try runChancery([
            "watch", "--store", path, "--add", "usa-rus", "--country", "USA", "--counterpart", "RUS"
        ])
        #expect(added.status == 0 && added.err.contains("saved watchlist usa-rus: country USA · counterpart RUS"))
        #expect(try runChancery(["ingest", examples, "--store", path]).status == 0)
        let first = try runChancery(["watch", "--store", path])
        #expect(
            first.status == 0 && first.out.contains("usa-rus (country USA · counterpart RUS): 2 new")
                && first.out.contains("Lavrov"))
        let second = try runChancery(["watch", "--store", path])
        #expect(second.out.contains("usa-rus (country USA · counterpart RUS): 0 new since 20"))
        #expect(try runChancery(["watch", "--store", path, "--add", "bad", "--root", "99"]).status != 0)
        #expect(try runChancery(["watch", "nobody", "--store", path]).status == 1)
        #expect(try runChancery(["watch", "--store", path, "--remove", "usa-rus"]).status == 0)
    }
}
