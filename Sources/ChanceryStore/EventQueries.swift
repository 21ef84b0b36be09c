import ChanceryCore
import GRDB

/// A page of events and where the next one starts.
public struct EventPage: Sendable {
    /// The events of this page.
    public var events: [FusedEvent]
    /// Pass as `EventFilter.after` to get the next page; nil on the last page.
    public var nextCursor: String?
}

extension EventStore {
    /// A request for fused events of `events` (the `e` of the join) with what follows the join: WHERE, ORDER BY.
    static func fusedEvents(from events: SQL = "event e", _ rest: SQL, cached: Bool = false) -> SQLRequest<FusedEvent> {
        SQLRequest(literal: "SELECT \(FusedEvent.selectList) FROM \(events) \(FusedEvent.join) \(rest)", adapter: FusedEvent.adapter, cached: cached)
    }

    /// Events matching a filter, one page of at most `filter.limit`, with every mention when `withMentions`.
    public func events(_ filter: EventFilter, withMentions: Bool = false) throws -> EventPage {
        try filter.validate()
        // The page is cut from the event table before the join, so the join runs on one page of rows only.
        let page: SQL = "(SELECT * FROM event WHERE \(filter.condition) ORDER BY \(filter.ordering()) LIMIT \(filter.limit + 1)) e"
        let request = EventStore.fusedEvents(from: page, "ORDER BY \(filter.ordering("e"))", cached: true)
        return try pool.read { db in
            var events = try request.fetchAll(db)
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
        let condition = try EventStore.wholeSelection(filter)
        return try pool.read { db in try Int.fetchOne(db, SQLRequest<Int>("SELECT count(*) FROM event WHERE \(condition)")) ?? 0 }
    }

    /// One fused event with all its mentions, or nil.
    public func event(id: Int64) throws -> FusedEvent? {
        try pool.read { db in
            guard var event = try EventStore.fusedEvents("WHERE e.id = \(id)").fetchOne(db) else { return nil }
            event.mentions = try mentions(db, event: id)
            return event
        }
    }

    /// The mentions of an event, in the order they were stored.
    func mentions(_ db: Database, event: Int64) throws -> [EventMention] {
        try SQLRequest<EventMention>(literal: "SELECT \(EventMention.selectList) FROM mention WHERE eventId = \(event) ORDER BY id", cached: true)
            .fetchAll(db)
    }

    /// Calls `body` with every fused event in id order, streaming, with or without mentions.
    public func forEachEvent(withMentions: Bool = false, _ body: (FusedEvent) throws -> Void) throws {
        try pool.read { db in
            let cursor = try EventStore.fusedEvents("ORDER BY e.id").fetchCursor(db)
            while var event = try cursor.next() {
                if withMentions { event.mentions = try mentions(db, event: event.id) }
                try body(event)
            }
        }
    }
}
