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
    /// The event joined with its representative mention and that mention's document.
    static let eventJoin = "JOIN mention m ON m.id = e.representative LEFT JOIN document d ON d.id = m.doc"

    /// Events matching a filter, one page of at most `filter.limit`, with every mention when `withMentions`.
    public func events(_ filter: EventFilter, withMentions: Bool = false) throws -> EventPage {
        try filter.validate()
        let (clause, args) = filter.whereClause()
        let sql = """
            SELECT \(FusedEvent.selectList) FROM (SELECT * FROM event WHERE \(clause) ORDER BY \(filter.orderClause()) LIMIT ?) e
            \(EventStore.eventJoin) ORDER BY \(filter.orderClause("e"))
            """
        return try pool.read { db in
            var events = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(args + [filter.limit + 1])).map(FusedEvent.init(row:))
            var next: String?
            if events.count > filter.limit {
                events.removeLast()
                let last = events[events.count - 1]
                let key = filter.sort == .mentions ? String(last.mentionCount) : last.dateStart
                next = EventFilter.Cursor(key: key, id: last.id).text
            }
            if withMentions {
                for i in events.indices { events[i].mentions = try mentions(db, event: events[i].id) }
            }
            return EventPage(events: events, nextCursor: next)
        }
    }

    /// One fused event with all its mentions, or nil.
    public func event(id: Int64) throws -> FusedEvent? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT \(FusedEvent.selectList) FROM event e \(EventStore.eventJoin) WHERE e.id = ?",
                                             arguments: [id]) else { return nil }
            var event = FusedEvent(row: row)
            event.mentions = try mentions(db, event: id)
            return event
        }
    }

    /// The mentions of an event, in the order they were stored.
    func mentions(_ db: Database, event: Int64) throws -> [EventMention] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT \(EventMention.selectList()) FROM mention WHERE eventId = ? ORDER BY id"), arguments: [event])
            .map { EventMention(row: $0) }
    }

    /// Calls `body` with every fused event in id order, streaming, with or without mentions.
    public func forEachEvent(withMentions: Bool = false, _ body: (FusedEvent) throws -> Void) throws {
        try pool.read { db in
            let cursor = try Row.fetchCursor(db, sql: "SELECT \(FusedEvent.selectList) FROM event e \(EventStore.eventJoin) ORDER BY e.id")
            while let row = try cursor.next() {
                var event = FusedEvent(row: row)
                if withMentions { event.mentions = try mentions(db, event: event.id) }
                try body(event)
            }
        }
    }
}
