import Foundation

/// A saved query under a name, with the point up to which its events have been seen.
public struct Watchlist: Sendable, Equatable {
    /// Its name: letters, digits, `-` and `_`, so it can stand in a URL and a file name (`/watch/NAME.atom`).
    public var name: String
    /// The filters as a URL query string (`country=USA&root=14`), read as the web UI and API read them.
    public var query: String
    /// When it was saved (ISO 8601).
    public var createdAt: String
    /// When it was last opened (ISO 8601), nil if never.
    public var openedAt: String?
    /// The last mention id stored when it was last opened: events with later mentions are new.
    public var seenMention: Int64

    /// Reads a row of the `watchlist` table.
    init(_ row: StoreRow) {
        name = row["name"]
        query = row["query"]
        createdAt = row["createdAt"]
        openedAt = row["openedAt"]
        seenMention = row["seenMention"]
    }

    /// Creates a watchlist value.
    public init(name: String, query: String, createdAt: String, openedAt: String?, seenMention: Int64) {
        self.name = name
        self.query = query
        self.createdAt = createdAt
        self.openedAt = openedAt
        self.seenMention = seenMention
    }

    /// Whether `name` may name a watchlist: 1 to 64 ASCII letters, digits, `-` or `_`.
    public static func isValidName(_ name: String) -> Bool {
        (1...64).contains(name.count)
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}

extension EventStore {
    /// Saves (or replaces) a watchlist; its events so far count as seen, so it starts with nothing new.
    public func saveWatchlist(name: String, query: String) throws {
        guard Watchlist.isValidName(name) else {
            throw StoreError.badFilter(
                name: "name", value: String(name.prefix(40)), expected: "1 to 64 letters, digits, - or _")
        }
        let stamp = ISO8601DateFormatter().string(from: Date())
        try backend.write { db in
            let seen = try db.value("SELECT coalesce(max(id), 0) FROM mention", as: Int64.self) ?? 0
            try db.execute(
                """
                INSERT INTO watchlist (name, query, createdAt, openedAt, seenMention) VALUES (\(name), \(query), \(stamp), NULL, \(seen))
                ON CONFLICT(name) DO UPDATE SET query = excluded.query, seenMention = excluded.seenMention
                """)
        }
    }

    /// Every watchlist, by name.
    public func watchlists() throws -> [Watchlist] {
        try backend.read { db in
            try db.rows("SELECT name, query, createdAt, openedAt, seenMention FROM watchlist ORDER BY name").map(
                Watchlist.init)
        }
    }

    /// One watchlist, or nil.
    public func watchlist(named name: String) throws -> Watchlist? {
        try backend.read { db in
            try db.row("SELECT name, query, createdAt, openedAt, seenMention FROM watchlist WHERE name = \(name)").map(
                Watchlist.init)
        }
    }

    /// Marks a watchlist's events up to now as seen; returns false when there is no such watchlist.
    @discardableResult
    public func markWatchlistOpened(_ name: String) throws -> Bool {
        let stamp = ISO8601DateFormatter().string(from: Date())
        return try backend.write { db in
            guard try db.row("SELECT name FROM watchlist WHERE name = \(name)") != nil else { return false }
            try db.execute(
                """
                UPDATE watchlist SET openedAt = \(stamp), seenMention = (SELECT coalesce(max(id), 0) FROM mention) WHERE name = \(name)
                """)
            return true
        }
    }

    /// Removes a watchlist; returns false when there was none of that name.
    @discardableResult
    public func removeWatchlist(_ name: String) throws -> Bool {
        try backend.write { db in
            guard try db.row("SELECT name FROM watchlist WHERE name = \(name)") != nil else { return false }
            try db.execute("DELETE FROM watchlist WHERE name = \(name)")
            return true
        }
    }
}
