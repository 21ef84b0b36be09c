import ArgumentParser
import ChanceryServer
import ChanceryStore
import Foundation

/// `chancery watch`: saved queries and what is new in each since it was last looked at.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Print the new events of each watchlist (then mark them seen), or save and remove watchlists.",
        discussion: """
            A watchlist is a query saved under a name, shared with the web UI (/watch, /watch/NAME.atom).
            Examples:
              chancery watch --add usa-russia --country USA --counterpart RUS
              chancery watch                         new events of every watchlist since it was last opened
              chancery watch usa-russia --peek       the same for one, without marking them seen
              chancery watch --list
              chancery watch --remove usa-russia
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var filters: FilterOptions
    @Argument(help: "Watchlists to show (default: all).") var names: [String] = []
    @Option(help: "Save the filter options as a watchlist of this name (1 to 64 letters, digits, - or _).") var add:
        String?
    @Option(help: "Remove the watchlist of this name.") var remove: String?
    @Flag(help: "List the watchlists and their queries.") var list = false
    @Flag(help: "Show new events without marking them seen.") var peek = false
    @Option(help: "How many new events to print per watchlist at most.") var limit = 100

    func validate() throws {
        if let add, !Watchlist.isValidName(add) {
            throw ValidationError("--add \(add): a name is 1 to 64 letters, digits, - or _")
        }
        if limit < 1 || limit > EventFilter.maxLimit {
            throw ValidationError("--limit must be from 1 to \(EventFilter.maxLimit)")
        }
    }

    func run() throws {
        let store = try storeOptions.open()  // writable: an older store gets the watchlist table, and opening marks lists seen
        let out = StandardOutput()
        defer { out.flush() }
        if let add {
            let query = try savedQuery()
            try store.saveWatchlist(name: add, query: query)
            StandardError.print("saved watchlist \(add): \(WatchQuery.summary(query))")
            return
        }
        if let remove {
            guard try store.removeWatchlist(remove) else {
                StandardError.print("error: no watchlist \(remove)")
                throw ExitCode(1)
            }
            StandardError.print("removed watchlist \(remove)")
            return
        }
        let all = try store.watchlists()
        if list {
            out.write(
                TextTable.render(
                    ["NAME", "QUERY", "LAST OPENED"],
                    all.map { [$0.name, WatchQuery.summary($0.query), $0.openedAt ?? "never"] }, maxWidth: 60))
            return
        }
        let unknown = names.filter { name in !all.contains { $0.name == name } }
        if !unknown.isEmpty {
            StandardError.print("error: no watchlist \(unknown.joined(separator: ", ")); see chancery watch --list")
            throw ExitCode(1)
        }
        if all.isEmpty {
            StandardError.print("no watchlists yet: save one with chancery watch --add NAME --country USA")
        }
        for w in all where names.isEmpty || names.contains(w.name) {
            var filter = try WatchQuery.filter(w.query, limit: limit)
            filter.newerThan = w.seenMention
            let page = try store.events(filter)
            out.write(
                "\(w.name) (\(WatchQuery.summary(w.query))): \(page.events.count)\(page.nextCursor == nil ? "" : "+") new since \(w.openedAt ?? "it was saved")\n"
            )
            if !page.events.isEmpty { out.write(EventsCommand.table(page.events)) }
            if !peek { try store.markWatchlistOpened(w.name) }
        }
    }

    /// The filter options as a watchlist query, checked as the web UI checks it.
    func savedQuery() throws -> String {
        _ = try filters.filter(limit: 1)
        let values: [String: String?] = [
            "country": filters.country, "counterpart": filters.counterpart, "actor": filters.actor,
            "role": filters.role, "code": filters.code,
            "root": filters.root, "plover": filters.plover, "status": filters.status, "since": filters.since,
            "until": filters.until,
            "location": filters.location, "text": filters.text, "scope": filters.scope
        ]
        let query = WatchQuery.query(values.compactMapValues { $0 })
        do { _ = try WatchQuery.filter(query, limit: 1) } catch let e as APIError { throw ValidationError(e.message) }
        return query
    }
}
