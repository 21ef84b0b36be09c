import ChanceryCore

/// A page of events and where the next one starts.
public struct EventPage: Sendable {
    /// The events of this page.
    public var events: [FusedEvent]
    /// Pass as `EventFilter.after` to get the next page; nil on the last page.
    public var nextCursor: String?
}

extension EventStore {
    /// Fused events of `events` (the `e` of the join) with what follows the join: WHERE, ORDER BY.
    static func fusedEvents(_ db: any StoreDatabase, from events: StoreSQL = "event e", _ rest: StoreSQL) throws
        -> [FusedEvent]
    {
        try db.rows("SELECT \(FusedEvent.selectList) FROM \(events) \(FusedEvent.join) \(rest)").map(FusedEvent.init)
    }

    /// Events matching a filter, one page of at most `filter.limit`, with every mention when `withMentions`.
    public func events(_ filter: EventFilter, withMentions: Bool = false) throws -> EventPage {
        try filter.validate()
        return try backend.read { db in
            // The page is cut from the event table before the join, so the join runs on one page of rows only.
            let page: StoreSQL = """
                (SELECT * FROM event WHERE \(filter.condition(db.dialect)) ORDER BY \(filter.ordering()) LIMIT \(filter.limit + 1)) e
                """
            var events = try EventStore.fusedEvents(db, from: page, "ORDER BY \(filter.ordering("e"))")
            var next: String?
            if events.count > filter.limit {
                events.removeLast()
                next = filter.cursor(after: events[events.count - 1]).text
            }
            if withMentions {
                for i in events.indices { events[i].mentions = try mentions(db, event: events[i].id) }
            }
            return EventPage(events: events, nextCursor: next)
        }
    }

    /// How many events a filter matches, on all its pages.
    public func count(_ filter: EventFilter) throws -> Int {
        try filter.validate()
        return try backend.read { db in
            try db.value(
                "SELECT count(*) FROM event WHERE \(EventStore.wholeSelection(filter, db.dialect))", as: Int.self) ?? 0
        }
    }

    /// One fused event with all its mentions, or nil.
    public func event(id: Int64) throws -> FusedEvent? {
        try backend.read { db in
            guard var event = try EventStore.fusedEvents(db, "WHERE e.id = \(id)").first else { return nil }
            event.mentions = try mentions(db, event: id)
            return event
        }
    }

    /// The mentions of an event, in the order they were stored.
    func mentions(_ db: any StoreDatabase, event: Int64) throws -> [EventMention] {
        try db.rows("SELECT \(EventMention.selectList) FROM mention WHERE eventId = \(event) ORDER BY id").map {
            EventMention($0)
        }
    }

    /// Events read a page at a time by `forEachEvent`, so that a million events are never all in memory.
    static let streamPage = 1000

    /// Calls `body` with every fused event in id order, streaming, with or without mentions, from one read transaction.
    public func forEachEvent(withMentions: Bool = false, _ body: (FusedEvent) throws -> Void) throws {
        try backend.read { db in
            var last: Int64 = .min
            while true {
                let page = try EventStore.fusedEvents(
                    db, "WHERE e.id > \(last) ORDER BY e.id LIMIT \(EventStore.streamPage)")
                for var event in page {
                    if withMentions { event.mentions = try mentions(db, event: event.id) }
                    try body(event)
                }
                guard let end = page.last, page.count == EventStore.streamPage else { return }
                last = end.id
            }
        }
    }
}
